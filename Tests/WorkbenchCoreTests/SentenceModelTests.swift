import Foundation
import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A sentence keeps its text as a part of its paragraph's string; to everything outside it must
/// look exactly like a sentence holding a string of its own.
@Suite struct SentenceModelTests {
    @Test func sentencesArePartsOfTheirParagraphsText() {
        let report = ReportLoader().load(text: "一、总体要求\n今年增长5%左右。明年更好！还有呢？没有\n单句。\n", sourceFile: "t.txt")
        for paragraph in report.paragraphs {
            #expect(paragraph.sentences.map(\.text).joined() == paragraph.text)
            for sentence in paragraph.sentences {
                #expect(sentence.textPart.base == paragraph.text)
                #expect(String(sentence.textPart) == sentence.text)
            }
        }
        #expect(report.paragraphs[1].sentences.map(\.text) == ["今年增长5%左右。", "明年更好！", "还有呢？", "没有"])
    }

    @Test func aPartEncodesDecodesAndComparesLikeAString() throws {
        let paragraph = "前文。今年增长5%左右。"
        let start = paragraph.index(paragraph.startIndex, offsetBy: 3)
        let position = TextPosition(line: 2, offset: 3)
        let part = Sentence(text: paragraph[start...], position: position, period: nil)
        let copy = Sentence(text: "今年增长5%左右。", position: position, period: nil)
        #expect(part == copy)
        #expect(part.hashValue == copy.hashValue)

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let encoded = try encoder.encode(part)
        #expect(encoded == (try encoder.encode(copy)))
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"position":{"line":2,"offset":3},"text":"今年增长5%左右。"}"#)
        #expect(try JSONDecoder().decode(Sentence.self, from: encoded) == copy)
    }

    @Test func settingTheTextReplacesThePart() {
        var sentence = Sentence(text: "甲乙丙。"[...].dropFirst(), position: TextPosition(line: 1, offset: 1), period: nil)
        #expect(sentence.text == "乙丙。")
        sentence.text = "新的。"
        #expect(sentence.text == "新的。")
        #expect(sentence.textPart.base == "新的。")
    }
}
