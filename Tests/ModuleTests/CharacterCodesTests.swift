import Foundation
import Testing
import WorkbenchSDK
@testable import ProjectsModule

/// Codes stand for characters only where no other character equals them.
@Suite struct CharacterCodesTests {
    /// Every scalar with a code is its own composed form, so two characters with different
    /// codes are never equal. (Other scalars may equal one: U+F900 equals 豈 U+8C48, U+212B
    /// equals Å. Those have no code, and are compared as characters.)
    @Test func scalarsWithCodesAreTheirOwnComposedForms() {
        var coded = 0
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), CharacterCodes.isOwnCharacter(scalar) else { continue }
            coded += 1
            let composed = String(scalar).precomposedStringWithCanonicalMapping
            #expect(composed.unicodeScalars.elementsEqual([scalar]), "U+\(String(value, radix: 16))")
        }
        #expect(coded > 20_000)
        #expect(!CharacterCodes.isOwnCharacter("\u{F900}") && Character("\u{F900}") == Character("\u{8C48}"))
    }

    @Test func codesAreForCharactersOfOneScalar() {
        #expect(CharacterCodes.code("山") == 0x5C71)
        #expect(CharacterCodes.code("a") == 0x61)
        #expect(CharacterCodes.code("e\u{301}") == 0)
        #expect(CharacterCodes.code("\u{212B}") == 0)
        #expect(CharacterCodes.code("\u{F900}") == 0)
        #expect(CharacterCodes.code("😀") == 0)
        #expect(CharacterCodes.codes(Array("太原、e\u{301}")) == [0x592A, 0x539F, 0x3001, 0])
    }

    @Test func firstLettersNeverSkipACharacterAWordBeginsWith() {
        let texts: [Character] = ["太", "原", "国", "省", "\u{F900}", "\u{8C48}", "\u{C5}", "A\u{30A}", "\u{212B}", "e", "é", "e\u{301}", "😀"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let words = (0..<Int.random(in: 0...4, using: &generator)).map { _ in texts.randomElement(using: &generator)! }
            let letters = FirstLetters(words)
            for character in texts where words.contains(character) {
                #expect(letters.mayBegin(CharacterCodes.code(character)), "\(words) \(character)")
            }
        }
        let han = FirstLetters(["太", "原"])
        #expect(!han.mayBegin(CharacterCodes.code("山")))
        #expect(han.mayBegin(CharacterCodes.code("太")))
        #expect(han.mayBegin(0))
    }

    /// `Letters.has` finds a word where comparing the characters finds it, codes or not.
    @Test func lettersFindWordsAsCharactersDo() {
        let pieces: [Character] = ["豈", "\u{F900}", "高", "速", "e", "é", "e\u{301}", "\u{212B}", "\u{C5}", "、"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            let word = (0..<Int.random(in: 1...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            let letters = Letters(text)
            for index in -1...(text.count + 1) {
                let expected = index >= 0 && index + word.count <= text.count && Array(text[index..<(index + word.count)]) == word
                #expect(letters.has(Letters(word), at: index) == expected, "\(word) at \(index) in \(text)")
            }
        }
    }
}
