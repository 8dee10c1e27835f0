/// The positions of a paragraph that the quantity scanner's steps look at, found in one pass:
/// a scalar that may start a figure, a rank word or a slogan (by the scanner's and the slogan
/// lexicon's bit tables), or a quotation mark (“ ” 「 」). The steps (slogans, short
/// quotations, figures) and the outline's search for numbered items (whose openings are among
/// the figure starters) walk these positions, about one scalar in ten, instead of each reading
/// the whole paragraph and branching at every scalar that may start something.
enum ScanMarks {
    /// The marked positions of `scalars`, in order. A scalar beyond the Basic Multilingual
    /// Plane is always marked (the slogan lexicon looks those up one by one). Made at the
    /// paragraph's length: for marks used at once and dropped.
    static func positions(in scalars: [Unicode.Scalar], figures: [UInt64], slogans: [UInt64]) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: scalars.count) { marked, count in
            count = mark(scalars, figures, slogans, into: marked)
        }
    }

    /// `positions`, marked in `scratch` (grown to the paragraph's length when shorter, and kept
    /// for the next paragraph) and returned in an array of their own size: the parser keeps
    /// every paragraph's marks while it works, and an array the paragraph's length for about
    /// one scalar in ten was most of a large report's extra memory.
    static func positions(in scalars: [Unicode.Scalar], figures: [UInt64], slogans: [UInt64],
                          scratch: inout [Int32]) -> [Int32] {
        if scratch.count < scalars.count { scratch = Text.filled(0, count: max(scalars.count, 2 * scratch.count)) }
        return scratch.withUnsafeMutableBufferPointer { scratch in
            let count = mark(scalars, figures, slogans, into: scratch)
            return Array(UnsafeBufferPointer(rebasing: scratch[..<count]))
        }
    }

    private static func mark(_ scalars: [Unicode.Scalar], _ figures: [UInt64], _ slogans: [UInt64],
                             into marked: UnsafeMutableBufferPointer<Int32>) -> Int {
        scalars.withUnsafeBufferPointer { scalars in
            figures.withUnsafeBufferPointer { figures in
                slogans.withUnsafeBufferPointer { slogans in
                    mark(scalars, figures, slogans, into: marked)
                }
            }
        }
    }

    /// A function of its own, so that the loop's few values stay in registers: each position is
    /// written, and the count moves on only for a marked one (no branch on the scalar).
    @inline(never)
    private static func mark(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ figures: UnsafeBufferPointer<UInt64>,
                             _ slogans: UnsafeBufferPointer<UInt64>, into marked: UnsafeMutableBufferPointer<Int32>) -> Int {
        precondition(figures.count == 0x10000 / 64 && slogans.count == 0x10000 / 64, "one bit for each scalar of the plane")
        var count = 0
        for position in 0..<scalars.count {
            let value = scalars[position].value
            let low = Int(truncatingIfNeeded: value & 0xFFFF)
            let starts = (figures[low &>> 6] | slogans[low &>> 6]) &>> UInt64(low & 63) & 1
            // “ and ” (U+201C, U+201D), 「 and 」 (U+300C, U+300D): with the last bit set, U+201D
            // or U+300D.
            let paired = value | 1
            let quote: UInt64 = paired == 0x201D || paired == 0x300D ? 1 : 0
            marked[count] = Int32(truncatingIfNeeded: position)
            count &+= Int(truncatingIfNeeded: value < 0x10000 ? starts | quote : 1)
        }
        return count
    }
}
