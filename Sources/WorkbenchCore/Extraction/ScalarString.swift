import CTextKernels

/// Strings the extractor makes for each figure: its text and subject from scalars it holds,
/// its rule string from parts.
///
/// Each scalar's bytes are written directly from its value: going through `UTF8.encode`'s
/// per-byte callback cost as much as `String`'s validation of the bytes (~560 instructions for
/// a subject of ten ideographs). `Text.string` writes through here too. (Copying the parts out of the paragraph's `String` instead was
/// slower still: slicing a `String` checks scalar alignment, and the scalar-to-UTF-8 offsets
/// had to be worked out first.)
enum ScalarString {
    /// The string of `scalars`.
    static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer { make($0) }
    }

    /// The string of `scalars`.
    static func make(_ scalars: [Unicode.Scalar]) -> String {
        scalars.withUnsafeBufferPointer { make($0) }
    }

    /// Written by `wb_utf8_encode`, four three-byte scalars a step (the Swift loop, a branch on
    /// each scalar's length and a store per byte, cost about 15 instructions a scalar: 0.11 M a
    /// load of the bundled report).
    static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        guard let base = scalars.baseAddress else { return "" }
        let length = Text.utf8Count(scalars)
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { bytes in
            guard let target = bytes.baseAddress else { return 0 }
            return wb_utf8_encode(base, scalars.count, target)
        }
    }

    /// The six strings one after another (a figure's rule and its parts), written into one
    /// string of their total length: appended one by one, each append cost ~330 instructions;
    /// taken as a variadic list, the list was an allocation per call and each part a retain.
    static func joined(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String, _ f: String) -> String {
        let length = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count + f.utf8.count
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { bytes in
            var written = 0
            func write(_ part: String) {
                guard let target = bytes.baseAddress else { return }
                if let done = part.utf8.withContiguousStorageIfAvailable({ utf8 -> Int in
                    if let source = utf8.baseAddress { (target + written).update(from: source, count: utf8.count) }
                    return utf8.count
                }) {
                    written += done
                } else {
                    for byte in part.utf8 {
                        target[written] = byte
                        written += 1
                    }
                }
            }
            write(a)
            write(b)
            write(c)
            write(d)
            write(e)
            write(f)
            return written
        }
    }
}
