import Foundation
import WorkbenchSDK

/// A paragraph as `PolicyTerms` reads it: one unit per character, so that units are equal
/// exactly when the characters are (canonical equivalence, as `Character` compares).
///
/// A paragraph made only of scalars with `CharacterCodes` codes (nearly every paragraph of a
/// report) is read on its scalars: each is a character, and no two of them are equal. Any other
/// paragraph is cut into characters; a character's unit is then the scalar it composes to when
/// that scalar has a code (U+F900 and 豈 U+8C48 are both 豈, `e` + U+0301 is é), else a number
/// of its own above the scalars (`firstOther` and up) shared by the characters equal to it.
struct TermReading {
    /// The first unit that stands for a character with no one-scalar form.
    static let firstOther: UInt32 = 0x20_0000

    private(set) var units: [UInt32] = []
    /// Only for a paragraph read as characters: its characters, whether each is Han (its first
    /// scalar is an ideograph), and whether each is punctuation or white space.
    private var characters: [Character] = []
    private var han: [Bool] = []
    private var marks: [Bool] = []
    private(set) var isPlain = true
    /// The units given to characters with no one-scalar form, kept from paragraph to paragraph.
    private var others: [Character: UInt32] = [:]

    /// Reads `text`, replacing the previous paragraph.
    mutating func read(_ text: Substring) {
        units.removeAll(keepingCapacity: true)
        isPlain = true
        for scalar in text.unicodeScalars {
            guard CharacterCodes.isOwnCharacter(scalar) else { isPlain = false; break }
            units.append(scalar.value)
        }
        guard !isPlain else { return }
        units.removeAll(keepingCapacity: true)
        characters = Array(text)
        han = characters.map { $0.unicodeScalars.first.map(PolicyTerms.isHan) ?? false }
        marks = characters.map { $0.isPunctuation || $0.isWhitespace }
        for character in characters { units.append(unit(of: character)) }
    }

    private mutating func unit(of character: Character) -> UInt32 {
        let code = CharacterCodes.code(character)
        if code != 0 { return code }
        let composed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        if composed.count == 1, let only = composed.first, CharacterCodes.isOwnCharacter(only) { return only.value }
        if let known = others[character] { return known }
        let unit = Self.firstOther + UInt32(others.count)
        others[character] = unit
        return unit
    }

    var count: Int { units.count }

    func isHan(_ position: Int) -> Bool {
        // A plain paragraph's units are its scalars.
        isPlain ? Unicode.Scalar(units[position]).map(PolicyTerms.isHan) ?? false : han[position]
    }

    /// Punctuation or white space, as `Character.isPunctuation` and `isWhitespace` say.
    func isMark(_ position: Int) -> Bool {
        isPlain ? Unicode.Scalar(units[position]).map(PolicyTerms.isPunctuationOrSpace) ?? false : marks[position]
    }

    /// The characters in `range` as written, for a paragraph read as characters (nil for one
    /// read on its scalars, whose key spells them).
    func written(_ range: Range<Int>) -> String? {
        isPlain ? nil : String(characters[range])
    }

    /// The key of the characters in `range` when every one has a one-scalar form (nil: the
    /// term is kept as its text, `written(range)`).
    func key(_ range: Range<Int>) -> TermKey? {
        if isPlain { return TermKey(values: units[range]) }
        let slice = units[range]
        return slice.allSatisfy({ $0 < Self.firstOther }) ? TermKey(values: slice) : nil
    }
}

/// A term as `PolicyTerms` keeps it: scalars packed in a key (nearly all), or, for characters
/// with no one-scalar form, its text (compared as `String`s compare).
enum TermName: Hashable {
    case key(TermKey)
    case text(String)

    var string: String {
        switch self {
        case .key(let key): return key.string
        case .text(let text): return text
        }
    }

    /// Its length in characters.
    var count: Int {
        switch self {
        case .key(let key): return key.count
        case .text(let text): return text.count
        }
    }
}
