/// How `SectorLexicon` finds its keywords in a text, in two passes: the first writes down every
/// position where a keyword may start, by two bit tables and with no branch on what it finds
/// (about one scalar in eleven passes them, at unpredictable places: a branch there was
/// mispredicted at most of them); the second tries the keywords at those positions only.
///
/// The first pass is `mark` here, over a text in chunks; or, for a paragraph of the body,
/// `ScanMarks`, which marks where keywords may start in the pass that marks where figures may
/// (by looser tests: a scalar that opens a keyword followed by one that comes second in some
/// keyword), and hands the positions to `matches(in:marked:)`.
extension SectorLexicon {
    /// The first pass's two tables, read in place: one bit per scalar of the Basic Multilingual
    /// Plane that is a keyword of one scalar (`singles`), and one per hash of the first two
    /// scalars of longer keywords (`openings`). A set bit may be a collision; a clear bit is
    /// certain.
    struct Filters {
        let singles: UnsafeBufferPointer<UInt64>
        let openings: UnsafeBufferPointer<UInt64>

        /// 1 when a keyword may start with `first` followed by `next` (`"\u{0}"` at the end of
        /// the text), else 0.
        @inline(__always)
        func mayStart(_ first: Unicode.Scalar, _ next: Unicode.Scalar) -> Int {
            let single = Int(first.value & 0xFFFF)
            let opening = SectorLexicon.openingBit(first, next)
            let may = singles[single &>> 6] &>> UInt64(single & 63) | openings[opening &>> 6] &>> UInt64(opening & 63)
            return Int(truncatingIfNeeded: may & 1)
        }
    }

    /// Calls `body` with the filters, read through buffer pointers: as arrays of `self`, each
    /// read was a bounds check and a reload at every scalar of the report.
    func withFilters<Result>(_ body: (Filters) -> Result) -> Result {
        singles.withUnsafeBufferPointer { singles in
            openings.withUnsafeBufferPointer { openings in
                body(Filters(singles: singles, openings: openings))
            }
        }
    }

    /// Every keyword occurrence in `text`, trying only the positions `marked` (offsets from the
    /// text's start, in order): all those where `Filters.mayStart` holds, and maybe more.
    func matches(in text: ArraySlice<Unicode.Scalar>, marked: UnsafeBufferPointer<Int32>) -> Matches {
        var found = Matches()
        found.found.reserveCapacity(marked.count / 2 + 4)
        // `ScanMarks` marks a scalar that opens a keyword before one that comes second in
        // some keyword, not necessarily the same: the pair's bit in `openings` is tested before
        // the pair index is probed (most of those marks are no keyword's opening).
        openings.withUnsafeBufferPointer { openings in
            withTables(text) { scalars, keywords, entries, pairs in
                tryMarked(marked, from: 0, scalars, keywords, entries, pairs, openings: openings) { position, entryIndex in
                    found.found.append(Matches.Match(position: text.startIndex + position, entry: entryIndex))
                }
            }
        }
        dropCovered(&found, in: text)
        return found
    }

    /// Calls `body` with (offset in `text`, entry index) for each keyword occurrence, by
    /// position; at one position, the sectors that list one word come in lexicon order.
    @inline(__always)
    func forEachMatch(in text: ArraySlice<Unicode.Scalar>, _ body: (Int, Int) -> Void) {
        withFilters { filters in
            withTables(text) { scalars, keywords, entries, pairs in
                // The positions of a chunk of the text are marked, then tried.
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.chunk) { marked in
                    var chunkStart = 0
                    while chunkStart < scalars.count {
                        let chunkEnd = min(chunkStart + Self.chunk, scalars.count)
                        let count = Self.mark(scalars, chunkStart..<chunkEnd, filters, into: marked)
                        tryMarked(UnsafeBufferPointer(rebasing: marked[..<count]), from: chunkStart, scalars, keywords, entries,
                                  pairs, openings: nil, body)
                        chunkStart = chunkEnd
                    }
                }
            }
        }
    }

    /// Calls `body` with the text and the lexicon's tables as buffers.
    @inline(__always)
    private func withTables(_ text: ArraySlice<Unicode.Scalar>,
                            _ body: (UnsafeBufferPointer<Unicode.Scalar>, UnsafeBufferPointer<Unicode.Scalar>,
                                     UnsafeBufferPointer<Entry>, PairIndex.Reader) -> Void) {
        keywordScalars.withUnsafeBufferPointer { keywords in
            entries.withUnsafeBufferPointer { entries in
                pairs.withReader { pairs in
                    text.withUnsafeBufferPointer { scalars in
                        body(scalars, keywords, entries, pairs)
                    }
                }
            }
        }
    }

    /// Positions a scan marks before trying any of them: a buffer of 1 KB, which
    /// `withUnsafeTemporaryAllocation` keeps on the stack (a larger one went to malloc).
    private static let chunk = 256

    /// Writes into `marked` the offsets (from the range's start) of the positions in `range`
    /// where a keyword may start (`Filters.mayStart`), and returns how many. A function of its
    /// own, so that its few values stay in registers (inlined, the count lived in memory: a
    /// store and a load per scalar, each waiting for the last). Each scalar is loaded once, as
    /// the next of the one before; the text's last scalar, with none after it, is tried after
    /// the loop.
    @inline(never)
    private static func mark(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ filters: Filters,
                             into marked: UnsafeMutableBufferPointer<Int32>) -> Int {
        guard !range.isEmpty else { return 0 }
        var count = 0
        var first = scalars[range.lowerBound]
        // Positions whose next scalar is in the text.
        let paired = min(range.upperBound, scalars.count - 1)
        var position = range.lowerBound
        while position < paired {
            let next = scalars[position &+ 1]
            marked[count] = Int32(truncatingIfNeeded: position &- range.lowerBound)
            count &+= filters.mayStart(first, next)
            first = next
            position &+= 1
        }
        if position < range.upperBound {
            marked[count] = Int32(truncatingIfNeeded: position &- range.lowerBound)
            count &+= filters.mayStart(first, "\u{0}")
        }
        return count
    }

    /// The second pass: tries the keywords at `chunkStart` plus each of `marked`; with
    /// `openings` (the filter's bits), only where a pair's bit is set are longer keywords tried.
    @inline(__always)
    private func tryMarked(_ marked: UnsafeBufferPointer<Int32>, from chunkStart: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
                           _ keywords: UnsafeBufferPointer<Unicode.Scalar>, _ entries: UnsafeBufferPointer<Entry>,
                           _ pairs: PairIndex.Reader, openings: UnsafeBufferPointer<UInt64>?, _ body: (Int, Int) -> Void) {
        for mark in marked {
            let position = chunkStart + Int(mark)
            let first = scalars[position]
            if let group = index[first] {
                for entryIndex in group { body(position, entryIndex) }
            }
            guard position + 1 < scalars.count else { continue }
            if let openings {
                let bit = SectorLexicon.openingBit(first, scalars[position + 1])
                guard openings[bit &>> 6] &>> UInt64(bit & 63) & 1 != 0 else { continue }
            }
            // Every keyword of the group opens with these two scalars: the rest is compared.
            for entryIndex in pairs.range(first, scalars[position + 1]) {
                let entry = entries[entryIndex]
                guard entry.count <= scalars.count - position else { continue }
                var matched = true
                for offset in 2..<entry.count where scalars[position + offset] != keywords[entry.start + offset] {
                    matched = false
                    break
                }
                if matched { body(position, entryIndex) }
            }
        }
    }
}
