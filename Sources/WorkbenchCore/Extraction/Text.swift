/// Small scalar-level text helpers for the extractor's hot loops (no allocation).
enum Text {
    /// True when `word` is written in `scalars` starting at `index`.
    static func matches<Word: Sequence>(_ word: Word, in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool
    where Word.Element == Unicode.Scalar {
        var cursor = index
        for scalar in word {
            guard cursor < scalars.endIndex, scalars[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    /// True when `needle` occurs anywhere in `haystack`.
    static func contains(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let slice = haystack[...]
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, matches(needle, in: slice, at: index) { return true }
            index += 1
        }
        return false
    }
}

extension String {
    /// True when `word` occurs in the string, compared scalar by scalar (Foundation's `contains`
    /// folds character clusters and is many times slower on the extractor's hot paths).
    func includes(_ word: String) -> Bool {
        Text.contains(Array(word.unicodeScalars), in: Array(unicodeScalars))
    }
}
