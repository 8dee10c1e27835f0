import Testing
import WorkbenchSDK
@testable import SectorsModule

/// The parts the policy-term statistics are built from.
@Suite struct PolicyTermsTests {
    @Test func termKeysHoldTheirScalars() {
        let terms = ["两重", "四好农村路", "e\u{301}x", "𠀀𠀁𠀂𠀃", "九个字的名字也可以", "\u{0}\u{10FFFF}"]
        for term in terms {
            let scalars = Array(term.unicodeScalars)
            let key = TermKey(values: scalars.map(\.value)[...])
            #expect(key.count == scalars.count)
            #expect(key.string.unicodeScalars.elementsEqual(scalars))
            #expect((0..<key.count).map { key[$0] } == scalars)
        }
        // Equal scalars, equal keys; a shorter term is another key.
        let a = Array("四好农村路".unicodeScalars).map(\.value)
        #expect(TermKey(values: a[...]) == TermKey(values: Array("四好农村路".unicodeScalars).map(\.value)[...]))
        #expect(TermKey(values: a[..<4]) != TermKey(values: a[...]))
        #expect(TermKey(values: a[1...]) != TermKey(values: a[..<4]))
    }

    @Test func hanIsTheIdeographicProperty() {
        for value in UInt32(0)...0x3_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(PolicyTerms.isHan(scalar) == scalar.properties.isIdeographic, "U+\(String(value, radix: 16))")
        }
    }

    @Test func punctuationAndSpaceAreReadAsCharactersReadThem() {
        for value in UInt32(0)...0x3_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(PolicyTerms.isPunctuationOrSpace(scalar) == (character.isPunctuation || character.isWhitespace),
                    "U+\(String(value, radix: 16))")
        }
    }

    @Test func neighboursAreThreeDistinctScalars() {
        var neighbours = PolicyTerms.Neighbours()
        for scalar in ["的", "的", "和", "的", "与", "及"] as [Unicode.Scalar] { neighbours.note(scalar.value) }
        #expect(neighbours.count == 3)
    }

    @Test func aTermCountsOncePerParagraphAndAGroupScoresItsOwn() {
        func paragraph(_ index: Int, _ text: String) -> Paragraph {
            Paragraph(index: index, text: text, position: TextPosition(line: index + 1, offset: 0), sentences: [],
                      period: nil, section: 0)
        }
        // 数字经济 stands between different characters each time; “两重” is quoted once.
        let paragraphs = [paragraph(0, "发展数字经济，壮大数字经济规模。"), paragraph(1, "我们以数字经济为引领"),
                          paragraph(2, "做优数字经济和“两重”建设"), paragraph(3, "农业农村现代化")]
        let terms = PolicyTerms(paragraphs: paragraphs)
        let top = terms.top(in: [0, 1, 2], limit: 3)
        #expect(top.first == "数字经济")
        #expect(top.contains("两重"))
        #expect(terms.top(in: [3], limit: 3).isEmpty)
        #expect(terms.top(in: [], limit: 3).isEmpty)
    }

    @Test func theTermTableNumbersKeysInTheOrderFirstSeen() {
        var table = TermTable(capacity: 4)
        var reference: [TermKey: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        // Few distinct scalars, so that keys repeat; enough keys to grow the table many times.
        let alphabet = Array("的经济发展数字一二三".unicodeScalars) + ["\u{0}", "\u{10FFFF}"]
        for _ in 0..<20_000 {
            let key = TermKey(values: (0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)!.value }[...])
            let (index, isNew) = table.index(of: key)
            if let known = reference[key] {
                #expect(index == known && !isNew)
            } else {
                #expect(index == reference.count && isNew)
                reference[key] = index
            }
        }
        #expect(table.count == reference.count)
        #expect(table.keys.enumerated().allSatisfy { reference[$0.element] == $0.offset })
    }

    /// Terms as the plain definition on `Character`s finds them, on text where scalars and
    /// characters part ways: compatibility ideographs (U+F9BA is 了, a weak edge; U+F900 is 豈),
    /// combining marks, variation selectors, a quoted name of one character in two scalars.
    @Test func termsAreThoseOfTheCharacterDefinition() {
        // Also quoted names one of which lies inside a character of another (an emoji ZWJ
        // sequence, a Hangul syllable and a trailing jamo): terms are kept whole by characters.
        let pieces = ["数字", "经济", "发展", "完成", "了", "\u{F9BA}", "\u{F900}", "豈", "山", "葛\u{E0100}", "城", "“", "”", "e\u{301}",
                      "é", "，", "两重", "👨‍👩‍👧", "的", "“四好农村路”", "A", "“两👨‍👩”", "“两👨”", "“가\u{11A8}”", "“가가”", "\u{11A8}"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            // Indices as a caller gives them: in order, or (rarely) repeated.
            let repeated = round % 10 == 0
            let paragraphs = (0..<Int.random(in: 1...12, using: &generator)).map { position in
                let index = repeated ? position / 2 : position
                let text = (0..<Int.random(in: 1...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                return Paragraph(index: index, text: text, position: TextPosition(line: index + 1, offset: 0), sentences: [],
                                 period: nil, section: 0)
            }
            let terms = PolicyTerms(paragraphs: paragraphs)
            let reference = ReferencePolicyTerms(paragraphs: paragraphs)
            let all = Set(paragraphs.map(\.index))
            let some = Set(all.filter { _ in Bool.random(using: &generator) })
            for group in [all, some] {
                #expect(terms.top(in: group, limit: 5).map { Array($0.utf8) } == reference.top(in: group, limit: 5).map { Array($0.utf8) },
                        "round \(round): \(paragraphs.map(\.text))")
            }
        }
    }

    /// A term is kept whole by characters: 两👨 is not inside 两👨‍👩 (one character ends it).
    @Test func termsInsideACharacterOfAnotherAreBothKept() {
        let paragraphs = (0..<2).map { index in
            Paragraph(index: index, text: "“两👨‍👩”“两👨”", position: TextPosition(line: index + 1, offset: 0), sentences: [],
                      period: nil, section: 0)
        }
        #expect(PolicyTerms(paragraphs: paragraphs).top(in: [0, 1], limit: 5) == ["两👨", "两👨‍👩"])
        #expect(!PolicyTerms.holds("两👨‍👩", "两👨") && PolicyTerms.holds("四好农村路", "农村") && PolicyTerms.holds("路", ""))
        #expect(!PolicyTerms.holds("가\u{11A8}", "가") && !PolicyTerms.holds("农", "农村"))
    }
}
