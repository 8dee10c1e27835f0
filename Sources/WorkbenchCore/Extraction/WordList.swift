/// A list of words kept as scalars, for asking whether a piece of text starts with, ends with
/// or contains one of them without building strings (the parser asks this for every sentence
/// and every figure).
struct WordList: Sendable {
    let words: [String]
    let scalars: [[Unicode.Scalar]]
    /// One bit (scalar value mod 64) for the first scalar of each word: `occurs` skips every
    /// position whose bit is clear instead of trying each word there.
    private let firstScalars: UInt64
    /// The same for the last scalar of each word: `suffix` answers nil at once for a text whose
    /// last scalar ends no word (most texts), instead of trying each word.
    private let lastScalars: UInt64
    /// An empty word occurs in any text.
    private let hasEmptyWord: Bool

    init(_ words: [String]) {
        self.words = words
        self.scalars = words.map { Array($0.unicodeScalars) }
        self.firstScalars = scalars.reduce(0) { mask, word in
            word.first.map { mask | 1 << UInt64($0.value & 63) } ?? mask
        }
        self.lastScalars = scalars.reduce(0) { mask, word in
            word.last.map { mask | 1 << UInt64($0.value & 63) } ?? mask
        }
        self.hasEmptyWord = scalars.contains(where: \.isEmpty)
    }

    /// False when no word can start with `scalar` (true may be a collision of the filter).
    func mayStart(with scalar: Unicode.Scalar) -> Bool {
        hasEmptyWord || firstScalars & 1 << UInt64(scalar.value & 63) != 0
    }

    /// The index of the first word that `text` starts with.
    func prefix(of text: ArraySlice<Unicode.Scalar>) -> Int? {
        // Without an empty word, a word the text starts with starts with the text's first scalar.
        if !hasEmptyWord {
            guard let first = text.first, firstScalars & 1 << UInt64(first.value & 63) != 0 else { return nil }
        }
        return scalars.firstIndex { Text.matches($0, in: text, at: text.startIndex) }
    }

    /// The index of the first word that `text` ends with.
    func suffix(of text: ArraySlice<Unicode.Scalar>) -> Int? {
        // Without an empty word, a word the text ends with ends with the text's last scalar.
        if !hasEmptyWord {
            guard let last = text.last, lastScalars & 1 << UInt64(last.value & 63) != 0 else { return nil }
        }
        return scalars.firstIndex { word in
            text.count >= word.count && Text.matches(word, in: text, at: text.endIndex - word.count)
        }
    }

    /// True when any word occurs in `text` (searched where it lies, without copying it).
    func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        if hasEmptyWord { return true }
        for position in text.indices where firstScalars & 1 << UInt64(text[position].value & 63) != 0 {
            for word in scalars where word[0] == text[position] && Text.matches(word, in: text, at: position) { return true }
        }
        return false
    }
}
