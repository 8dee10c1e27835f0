/// A list of words kept as scalars, for asking whether a piece of text starts with, ends with
/// or contains one of them without building strings (the parser asks this for every sentence
/// and every figure).
struct WordList: Sendable {
    let words: [String]
    let scalars: [[Unicode.Scalar]]

    init(_ words: [String]) {
        self.words = words
        self.scalars = words.map { Array($0.unicodeScalars) }
    }

    /// The index of the first word that `text` starts with.
    func prefix(of text: ArraySlice<Unicode.Scalar>) -> Int? {
        scalars.firstIndex { Text.matches($0, in: text, at: text.startIndex) }
    }

    /// The index of the first word that `text` ends with.
    func suffix(of text: ArraySlice<Unicode.Scalar>) -> Int? {
        scalars.firstIndex { word in
            text.count >= word.count && Text.matches(word, in: text, at: text.endIndex - word.count)
        }
    }

    /// True when any word occurs in `text` (searched where it lies, without copying it).
    func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.contains { Text.contains($0, in: text) }
    }
}
