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

    /// Lines longer than the decoding buffer take their own path: the same paragraphs, trimmed,
    /// with the same offsets, among short lines.
    @Test func longLinesAreCutLikeShortOnes() {
        let long = String(repeating: "增长5%。", count: Text.bufferedBytes / 8 + 10)
        let text = "标题\n\u{3000}\(long)  \n\(long)\n短句。"
        let (paragraphs, length, lines) = TextLines.paragraphs(of: text)
        #expect(paragraphs.map(\.text) == ["标题", long, long, "短句。"])
        #expect(paragraphs.map(\.scalars) == paragraphs.map { Array($0.text.unicodeScalars) })
        let longCount = long.unicodeScalars.count
        #expect(paragraphs.map(\.offset) == [0, 4, 4 + longCount + 3, 4 + 2 * longCount + 4])
        #expect(length == text.unicodeScalars.count)
        #expect(lines == 4)
        let bytes = Array(long.utf8)
        #expect(bytes.count > Text.bufferedBytes)
        #expect(bytes.withUnsafeBufferPointer { Text.decode($0) } == Array(long.unicodeScalars))
        #expect(bytes.withUnsafeBufferPointer { Text.scalarCount($0) } == longCount)
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

    /// Sentences of random text (terminators searched four scalars at a time) against the plain
    /// definition: a sentence ends after a terminator and the terminators and closing marks
    /// that follow it; what is left after the last is a sentence too.
    @Test func sentencesOfAnyTextAreThePlainDefinitions() {
        let pool = Array("中文，。！？!?”」）a1 ".unicodeScalars) + ["\u{3002}", "\u{FF01}", "\u{9F02}", "\u{4E02}"]
        var random = SeededGenerator(seed: 43)
        for _ in 0..<800 {
            let scalars = (0..<Int.random(in: 0...60, using: &random)).map { _ in pool.randomElement(using: &random)! }
            var expected: [Range<Int>] = []
            var start = 0
            var index = 0
            while index < scalars.count {
                guard TextLines.terminators.contains(scalars[index]) else { index += 1; continue }
                var end = index + 1
                while end < scalars.count, TextLines.isTerminator(scalars[end]) || TextLines.isClosing(scalars[end]) { end += 1 }
                expected.append(start..<end)
                start = end
                index = end
            }
            if start < scalars.count { expected.append(start..<scalars.count) }
            #expect(TextLines.sentenceRanges(scalars) == expected, "\(String(String.UnicodeScalarView(scalars)))")
        }
    }
}
