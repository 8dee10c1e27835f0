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

    static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var length = 0
        for scalar in scalars { length &+= Text.utf8Width(scalar) }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { bytes in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    bytes[index] = UInt8(truncatingIfNeeded: value)
                    index += 1
                } else if value < 0x800 {
                    bytes[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    bytes[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    index += 2
                } else if value < 0x1_0000 {
                    bytes[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    bytes[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    bytes[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    index += 3
                } else {
                    bytes[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    bytes[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    bytes[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    bytes[index + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    index += 4
                }
            }
            return index
        }
    }

    /// The strings one after another, written into one string of their total length (appended
    /// one by one, each append cost ~330 instructions).
    static func joined(_ parts: String...) -> String {
        var length = 0
        for part in parts { length += part.utf8.count }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { bytes in
            var written = 0
            for var part in parts {
                part.withUTF8 { utf8 in
                    guard let source = utf8.baseAddress, let target = bytes.baseAddress else { return }
                    (target + written).update(from: source, count: utf8.count)
                    written += utf8.count
                }
            }
            return written
        }
    }
}
