/// A term of up to nine Unicode scalars as a dictionary key: three scalars to a 64-bit word,
/// each as its value plus one in 21 bits (0 marks an empty place). Hashing and comparing three
/// words is what made counting every n-gram of a report affordable: a `String` per n-gram,
/// hashed through Unicode normalisation, cost most of the `sectors` command.
struct TermKey: Hashable {
    static let capacity = 9

    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// The number of scalars.
    private(set) var count = 0

    /// The key of `scalars`, which must have at most `capacity` of them.
    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        precondition(scalars.count <= Self.capacity, "a term key holds at most \(Self.capacity) scalars")
        var place = 0
        for scalar in scalars {
            let bits = UInt64(scalar.value + 1) << (21 * UInt64(place % 3))
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
