import WorkbenchSDK

/// The characters that words of a list begin with, as a bit per scalar of the Basic
/// Multilingual Plane: whether a word may begin at a character is one bit (by its
/// `CharacterCodes` code) instead of a dictionary lookup that hashes the character through
/// Unicode normalisation. Reading a sentence, most characters begin no word.
struct FirstLetters: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// Some word begins with a character that has no code: every character then may begin one.
    private var anyUncoded = false

    init(_ letters: some Sequence<Character>) {
        for letter in letters {
            let code = CharacterCodes.code(letter)
            if code == 0 || code >= 0x10000 {
                anyUncoded = true
            } else {
                bits[Int(code >> 6)] |= 1 << UInt64(code & 63)
            }
        }
    }

    /// False only when no word of the list can begin with the character whose code is `code`
    /// (0, a character with no code, may begin any).
    func mayBegin(_ code: UInt32) -> Bool {
        guard code != 0, code < 0x10000, !anyUncoded else { return true }
        return bits[Int(code >> 6)] >> UInt64(code & 63) & 1 != 0
    }
}
