import Testing
@testable import WorkbenchCore

@Suite struct TextLinesTests {
    @Test func paragraphsKeepLineAndScalarOffsetOfFirstCharacter() {
        let text = "标题\n\n\u{3000}\u{3000}正文一。\n  second \n"
        let (paragraphs, length, lines) = TextLines.paragraphs(of: text)
        #expect(paragraphs.map(\.text) == ["标题", "正文一。", "second"])
        #expect(paragraphs.map(\.line) == [1, 3, 4])
        #expect(paragraphs.map(\.offset) == [0, 6, 13])
        #expect(length == text.unicodeScalars.count)
        #expect(lines == 4)
    }

    @Test func offsetsCountScalarsNotGraphemes() {
        // "e\u{301}" is one grapheme but two scalars.
        let (paragraphs, _, _) = TextLines.paragraphs(of: "e\u{301}x\n甲")
        #expect(paragraphs[1].offset == 4)
    }

    @Test func sentencesEndAfterTerminatorAndClosingQuotes() {
        let scalars = Array("他说：“好。”然后走了！还有吗？没有".unicodeScalars)
        let sentences = TextLines.sentenceRanges(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(sentences == ["他说：“好。”", "然后走了！", "还有吗？", "没有"])
    }

    @Test func sentencesCoverTheWholeParagraph() {
        let scalars = Array("一。二。。三".unicodeScalars)
        let ranges = TextLines.sentenceRanges(scalars)
        #expect(ranges.first?.lowerBound == 0)
        #expect(ranges.last?.upperBound == scalars.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test func terminatorsAreExactlyTheListedMarks() {
        // The lookup keys terminators by their lowest byte: every other scalar of the plane,
        // ideographs sharing a low byte with 。 included, must read as no terminator.
        #expect(Set(TextLines.terminators.map { $0.value & 0xFF }).count == TextLines.terminators.count)
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextLines.isTerminator(scalar) == TextLines.terminators.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }
}
