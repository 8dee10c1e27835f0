import WorkbenchSDK

/// Text read character by character, with each character's code (`CharacterCodes`): where both
/// have codes, two characters compare as integers, not through Unicode normalisation (a
/// sentence is compared with dozens of words at every project it names).
struct Letters: Sendable {
    let characters: [Character]
    let codes: [UInt32]

    init(_ characters: [Character]) {
        self.characters = characters
        codes = CharacterCodes.codes(characters)
    }

    init(_ text: String) {
        self.init(Array(text))
    }

    var count: Int { characters.count }
    var isEmpty: Bool { characters.isEmpty }
    var indices: Range<Int> { characters.indices }

    subscript(position: Int) -> Character { characters[position] }
    subscript(range: Range<Int>) -> ArraySlice<Character> { characters[range] }

    /// Whether the character at `position` is `letter` (whose code is `code`).
    func isLetter(at position: Int, _ letter: Character, code: UInt32) -> Bool {
        let own = codes[position]
        return own != 0 && code != 0 ? own == code : characters[position] == letter
    }

    /// Whether `word` is written at `index`, inside `range` (the whole text when nil).
    func has(_ word: Letters, at index: Int, within range: Range<Int>? = nil) -> Bool {
        let bounds = range ?? characters.indices
        guard index >= bounds.lowerBound, index + word.count <= bounds.upperBound else { return false }
        for offset in 0..<word.count where !isLetter(at: index + offset, word.characters[offset], code: word.codes[offset]) {
            return false
        }
        return true
    }
}
