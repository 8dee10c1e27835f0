/// Ranges keyed by a pair of scalars (the first two of a keyword), in a small open-addressing
/// table: the sector lexicon tries only the keywords that open with the two scalars it sees,
/// instead of every keyword that opens with the first (a dozen for 发 or 产).
struct PairIndex: Sendable {
    /// One slot of the table: a key of 0 is empty.
    struct Slot: Sendable {
        var key: UInt64 = 0
        var start: Int32 = 0
        var end: Int32 = 0
    }

    private var slots: [Slot]
    private let mask: Int

    /// `ranges` by their pairs; a pair given twice keeps its first range.
    init(_ ranges: [(first: Unicode.Scalar, second: Unicode.Scalar, range: Range<Int>)]) {
        // At most half full: a probe rarely goes past its first slot.
        var size = 16
        while size < ranges.count * 2 { size *= 2 }
        mask = size - 1
        slots = Text.filled(Slot(), count: size)
        for (first, second, range) in ranges {
            let key = Self.key(first, second)
            var slot = Self.slot(of: key, mask: mask)
            while slots[slot].key != 0, slots[slot].key != key { slot = (slot + 1) & mask }
            guard slots[slot].key == 0 else { continue }
            slots[slot] = Slot(key: key, start: Int32(range.lowerBound), end: Int32(range.upperBound))
        }
    }

    /// Never 0 (the empty key), whatever the scalars.
    @inline(__always)
    static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        (UInt64(first.value) << 32 | UInt64(second.value)) + 1
    }

    @inline(__always)
    static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The table as read inside one scan: lookups without bounds checks or retains.
    struct Reader {
        fileprivate let slots: UnsafeBufferPointer<Slot>
        fileprivate let mask: Int

        /// The range stored for the pair, or an empty range.
        @inline(__always)
        func range(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Range<Int> {
            let key = PairIndex.key(first, second)
            var slot = PairIndex.slot(of: key, mask: mask)
            while true {
                let found = slots[slot]
                if found.key == key { return Int(found.start)..<Int(found.end) }
                if found.key == 0 { return 0..<0 }
                slot = (slot + 1) & mask
            }
        }
    }

    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        slots.withUnsafeBufferPointer { body(Reader(slots: $0, mask: mask)) }
    }
}
