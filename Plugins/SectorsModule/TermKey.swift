/// A term of up to nine Unicode scalars as a dictionary key: three scalars to a 64-bit word,
/// each as its value plus one in 21 bits (0 marks an empty place). Hashing and comparing three
/// words is what made counting every n-gram of a report affordable: a `String` per n-gram,
/// hashed through Unicode normalisation, cost most of the `sectors` command.
struct TermKey: Hashable {
    static let capacity = 9

    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// The three words, for hashing.
    var packed: (UInt64, UInt64, UInt64) { words }

    /// The number of scalars.
    private(set) var count = 0

    /// The key of the scalars whose values are `values` (at most `capacity` of them).
    init(values: ArraySlice<UInt32>) {
        precondition(values.count <= Self.capacity, "a term key holds at most \(Self.capacity) scalars")
        var place = 0
        for value in values {
            let bits = UInt64(value + 1) << (21 * UInt64(place % 3))
            switch place / 3 {
            case 0: words.0 |= bits
            case 1: words.1 |= bits
            default: words.2 |= bits
            }
            place += 1
        }
        count = place
    }

    /// Scalar `place` (0-based, below `count`).
    subscript(place: Int) -> Unicode.Scalar {
        let word = place < 3 ? words.0 : place < 6 ? words.1 : words.2
        let value = UInt32(truncatingIfNeeded: word >> (21 * UInt64(place % 3))) & 0x1F_FFFF
        // Only valid scalars are stored.
        return Unicode.Scalar(value - 1) ?? " "
    }

    /// The term as text.
    var string: String {
        var text = String.UnicodeScalarView()
        for place in 0..<count { text.append(self[place]) }
        return String(text)
    }

    static func == (a: TermKey, b: TermKey) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }
}

/// The index of each distinct `TermKey` seen, in the order first seen: an open-addressing table
/// with a multiplicative hash. Counting every n-gram of a report spent most of its time in the
/// standard `Hasher` (three words through SipHash per n-gram) and in growing a `Dictionary`.
/// The hash is seeded at random per table, so that no text can be written to collide.
struct TermTable {
    /// The keys, in the order first seen; a key's index is its place here.
    private(set) var keys: [TermKey] = []
    /// Per slot, the index of the key there plus one (0: empty). Never more than half full.
    private var slots: [Int32]
    private var mask: Int
    private let seed = UInt64.random(in: 0...UInt64.max) | 1

    init(capacity: Int = 1024) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    /// The index of `key`, added at the end if it is new.
    mutating func index(of key: TermKey) -> (index: Int, isNew: Bool) {
        var slot = slot(for: key)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if keys[entry - 1] == key { return (entry - 1, false) }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
        return (keys.count - 1, true)
    }

    private func slot(for key: TermKey) -> Int {
        let (a, b, c) = key.packed
        var hash = (a ^ seed) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ b ^ (hash >> 29)) &* 0xC2B2_AE3D_27D4_EB4F
        hash = (hash ^ c ^ (hash >> 32)) &* 0x1656_67B1_9E37_79F9
        return Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = slot(for: key)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
