import Foundation
import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Paragraphs and sentences keep their texts as parts of the loaded text; to everything outside
/// they must look exactly like ones holding strings of their own.
@Suite struct TextPartTests {
    @Test func paragraphsAndSentencesArePartsOfTheLoadedText() {
        let text = "一、总体要求\n  今年增长5%左右。明年更好！还有呢？没有\n单句。\n"
        let report = ReportLoader().load(text: text, sourceFile: "t.txt")
        #expect(report.paragraphs.map(\.text) == ["一、总体要求", "今年增长5%左右。明年更好！还有呢？没有", "单句。"])
        for paragraph in report.paragraphs {
            #expect(paragraph.textPart.base == text)
            #expect(String(paragraph.textPart) == paragraph.text)
            #expect(paragraph.sentences.map(\.text).joined() == paragraph.text)
            for sentence in paragraph.sentences {
                #expect(sentence.textPart.base == text)
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

    @Test func aParagraphPartEncodesDecodesAndComparesLikeAString() throws {
        let text = "标题\n正文。"
        let part = Paragraph(index: 1, text: text[text.index(text.startIndex, offsetBy: 3)...],
                             position: TextPosition(line: 2, offset: 3), sentences: [], period: nil, section: 0)
        let copy = Paragraph(index: 1, text: "正文。", position: TextPosition(line: 2, offset: 3), sentences: [],
                             period: nil, section: 0)
        #expect(part == copy)
        #expect(part.hashValue == copy.hashValue)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let encoded = try encoder.encode(part)
        #expect(String(decoding: encoded, as: UTF8.self)
            == #"{"index":1,"position":{"line":2,"offset":3},"section":0,"sentences":[],"text":"正文。"}"#)
        #expect(try JSONDecoder().decode(Paragraph.self, from: encoded) == copy)
    }

    @Test func settingTheTextReplacesThePart() {
        var sentence = Sentence(text: "甲乙丙。"[...].dropFirst(), position: TextPosition(line: 1, offset: 1), period: nil)
        #expect(sentence.text == "乙丙。")
        sentence.text = "新的。"
        #expect(sentence.text == "新的。")
        #expect(sentence.textPart.base == "新的。")
    }
}
