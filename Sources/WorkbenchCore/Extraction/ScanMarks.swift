import CTextKernels

/// The positions of a paragraph that the quantity scanner's steps look at, found in one pass:
/// a scalar that may start a figure, a rank word or a slogan (by the scanner's and the slogan
/// lexicon's bit tables), or a quotation mark (“ ” 「 」). The steps (slogans, short
/// quotations, figures) and the outline's search for numbered items (whose openings are among
/// the figure starters) walk these positions, about one scalar in ten, instead of each reading
/// the whole paragraph and branching at every scalar that may start something.
enum ScanMarks {
    /// The marked scalars of the Basic Multilingual Plane, one bit each: those that may start a
    /// figure (`figures`) or a slogan (`slogans`), and the quotation marks. Made once for a
    /// scanner, so that marking tests one bit per scalar (testing the two tables and the
    /// quotation marks apart cost twice as many instructions a scalar of the report).
    static func table(figures: [UInt64], slogans: [UInt64]) -> [UInt64] {
        precondition(figures.count == 0x10000 / 64 && slogans.count == 0x10000 / 64, "one bit for each scalar of the plane")
        var table = Text.filled(UInt64(0), count: 0x10000 / 64)
        for word in table.indices { table[word] = figures[word] | slogans[word] }
        // “ ” (U+201C, U+201D) and 「 」 (U+300C, U+300D).
        for quote: UInt32 in [0x201C, 0x201D, 0x300C, 0x300D] { table[Int(quote >> 6)] |= 1 << UInt64(quote & 63) }
        return table
    }

    /// The marked positions of `scalars` (by `table`, made by `table(figures:slogans:)`), in
    /// order. A scalar beyond the Basic Multilingual Plane is always marked (the slogan lexicon
    /// looks those up one by one). Made at the paragraph's length: for marks used at once and
    /// dropped.
    static func positions(in scalars: [Unicode.Scalar], table: [UInt64]) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: scalars.count) { marked, count in
            count = mark(scalars, table, into: marked)
        }
    }

    /// `positions`, marked in `scratch` (grown to the paragraph's length when shorter, and kept
    /// for the next paragraph) and returned in an array of their own size: the parser keeps
    /// every paragraph's marks while it works, and an array the paragraph's length for about
    /// one scalar in ten was most of a large report's extra memory.
    static func positions(in scalars: [Unicode.Scalar], table: [UInt64], scratch: inout [Int32]) -> [Int32] {
        grow(&scratch, toHold: scalars.count)
        return scratch.withUnsafeMutableBufferPointer { scratch in
            let count = mark(scalars, table, into: scratch)
            return Array(UnsafeBufferPointer(rebasing: scratch[..<count]))
        }
    }

    /// Grows a scratch of positions kept from paragraph to paragraph to hold `count` (at least
    /// doubling, so that it grows a few times a report).
    private static func grow(_ scratch: inout [Int32], toHold count: Int) {
        if scratch.count < count { scratch = Text.filled(0, count: max(count, 2 * scratch.count)) }
    }

    private static func mark(_ scalars: [Unicode.Scalar], _ table: [UInt64], into marked: UnsafeMutableBufferPointer<Int32>) -> Int {
        precondition(table.count == 0x10000 / 64, "one bit for each scalar of the plane")
        return scalars.withUnsafeBufferPointer { scalars in
            table.withUnsafeBufferPointer { table in
                mark(scalars, table, into: marked)
            }
        }
    }

    /// A function of its own, so that the loop's few values stay in registers: each position is
    /// written, and the count moves on only for a marked one (no branch on the scalar).
    @inline(never)
    private static func mark(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ table: UnsafeBufferPointer<UInt64>,
                             into marked: UnsafeMutableBufferPointer<Int32>) -> Int {
        var count = 0
        for position in 0..<scalars.count {
            let value = scalars[position].value
            let low = Int(truncatingIfNeeded: value & 0xFFFF)
            let marks = table[low &>> 6] &>> UInt64(low & 63) & 1
            marked[count] = Int32(truncatingIfNeeded: position)
            count &+= Int(truncatingIfNeeded: value < 0x10000 ? marks : 1)
        }
        return count
    }

    /// Per scalar of the Basic Multilingual Plane (by a scalar's low 16 bits): bit 0 set when
    /// `table` marks it; bit 1 when it is a sector keyword of one scalar; bit 2 when a longer
    /// keyword opens with it, bit 3 when a longer keyword has it second. A keyword may start
    /// where bit 1 is set, or bit 2 with bit 3 on the next scalar: one table read per scalar
    /// for both marks (a hash of each pair of scalars cost more than the extra positions the
    /// looser test lets through).
    static func flags(table: [UInt64], keywords: SectorLexicon) -> [UInt8] {
        precondition(table.count == 0x10000 / 64, "one bit for each scalar of the plane")
        var flags = Text.filled(UInt8(0), count: 0x10000)
        for value in 0..<0x10000 where table[value >> 6] >> UInt64(value & 63) & 1 != 0 { flags[value] |= 1 }
        func low(_ scalar: Unicode.Scalar) -> Int { Int(scalar.value & 0xFFFF) }
        for sector in keywords.sectors {
            for keyword in sector.scalars where !keyword.isEmpty {
                if keyword.count == 1 {
                    flags[low(keyword[0])] |= 2
                } else {
                    flags[low(keyword[0])] |= 4
                    flags[low(keyword[1])] |= 8
                }
            }
        }
        return flags
    }

    /// `positions(in:table:scratch:)` for a paragraph whose sector keywords are looked for too:
    /// the same pass writes into `keywordScratch` (grown like `scratch`) the positions where a
    /// keyword may start (all of them, and a few more), for
    /// `SectorLexicon.matches(in:marked:)`, and returns how many. `flags` are
    /// `flags(table:keywords:)`. (Two passes, one for each, read every scalar twice and cost
    /// more than half as many instructions again.)
    static func positions(in scalars: [Unicode.Scalar], flags: [UInt8], scratch: inout [Int32],
                          keywordScratch: inout [Int32]) -> (marks: [Int32], keywordCount: Int) {
        precondition(flags.count == 0x10000, "flags for each scalar of the plane")
        grow(&scratch, toHold: scalars.count)
        grow(&keywordScratch, toHold: scalars.count)
        return scratch.withUnsafeMutableBufferPointer { scratch in
            keywordScratch.withUnsafeMutableBufferPointer { keywordScratch in
                scalars.withUnsafeBufferPointer { scalars in
                    flags.withUnsafeBufferPointer { flags in
                        let (count, keywordCount) = mark(scalars, flags, into: scratch, keywordsInto: keywordScratch)
                        return (Array(UnsafeBufferPointer(rebasing: scratch[..<count])), keywordCount)
                    }
                }
            }
        }
    }

    /// Both marks in one pass, in C (`wb_mark_positions`): sixty-four positions a step, each
    /// scalar's flags read once and turned into bit masks with vector instructions, and only the
    /// marked positions written. The Swift loop it replaced (a branch-free store and count per
    /// position for each mark) took 25 instructions a scalar, 0.42 M of a load of the bundled
    /// report; the kernel about 8 (0.13 M).
    private static func mark(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ flags: UnsafeBufferPointer<UInt8>,
                             into marked: UnsafeMutableBufferPointer<Int32>,
                             keywordsInto keywordMarked: UnsafeMutableBufferPointer<Int32>) -> (Int, Int) {
        guard let base = scalars.baseAddress, let flagBase = flags.baseAddress, let markedBase = marked.baseAddress,
              let keywordBase = keywordMarked.baseAddress else { return (0, 0) }
        precondition(marked.count >= scalars.count && keywordMarked.count >= scalars.count, "room for every position")
        var keywordCount = 0
        let count = wb_mark_positions(base, scalars.count, flagBase, markedBase, keywordBase, &keywordCount)
        return (count, keywordCount)
    }
}
