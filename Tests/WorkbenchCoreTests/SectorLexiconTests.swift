import Testing
import WorkbenchSDK
@testable import WorkbenchCore

@Suite struct SectorLexiconTests {
    /// What `SectorLexicon.scores` means, written plainly: each distinct keyword found in the
    /// text counts once, for the first sector (in lexicon order) that lists it, weighted by its
    /// length, double when its first occurrence ends the text and `headBonus` is on. An
    /// occurrence inside a longer keyword of another sector found at the same place does not
    /// count, nor one right after 占 (占全省, 占全国的) in a clause stating a share, or after 单位
    /// when it opens the base of an intensity, or inside such a one. A word of measure (`measures`,
    /// written `~word` in the lexicon) counts 1 instead of its length.
    static func referenceScores(_ lexicon: SectorLexicon, _ text: String, headBonus: Bool,
                                measures: Set<[Unicode.Scalar]> = []) -> [Int] {
        let scalars = Array(text.unicodeScalars)
        var occurrences: [(start: Int, keyword: [Unicode.Scalar], sector: Int)] = []
        for (sector, entry) in lexicon.sectors.enumerated() {
            for keyword in entry.scalars where !keyword.isEmpty {
                for start in scalars.indices where Array(scalars[start...].prefix(keyword.count)) == keyword {
                    occurrences.append((start, keyword, sector))
                }
            }
        }
        func isMeasureOfAnother(_ start: Int) -> Bool {
            let before = Array(scalars[..<start])
            if before.suffix(2) == ["单", "位"] {
                return ["地区生产总值", "生产总值", "国内生产总值", "GDP", "工业增加值", "增加值"]
                    .contains { Array(scalars[start...].prefix($0.unicodeScalars.count)) == Array($0.unicodeScalars) }
            }
            // A share stated in the clause after it, and 占 not taking (乱占, 抢占).
            let clause = scalars[start...].prefix(24).prefix { !"，。；".unicodeScalars.contains($0) }
            let statesShare = clause.contains { "比%％份成".unicodeScalars.contains($0) }
            func taken(_ position: Int) -> Bool { position >= 1 && "乱侵抢霸挤强".unicodeScalars.contains(scalars[position - 1]) }
            // The base of a ratio: 与 before, 比率/比值/比例/之比 after in the clause.
            if before.last == "与" {
                let near = Array(scalars[start...].prefix(16).prefix { !"，。；".unicodeScalars.contains($0) })
                return zip(near, near.dropFirst()).contains { ($0 == "比" && "率值例".unicodeScalars.contains($1)) || ($0 == "之" && $1 == "比") }
            }
            // 占 at most 10 scalars before it with only words between (占全省的, 占规上工业): the
            // base of a share.
            for position in stride(from: start - 1, through: max(0, start - 10), by: -1) {
                let scalar = scalars[position]
                if scalar == "占" { return !taken(position) && statesShare }
                if scalar.value < 0x3000 || "，、。；：".unicodeScalars.contains(scalar) { return false }
            }
            return false
        }
        func counts(_ occurrence: (start: Int, keyword: [Unicode.Scalar], sector: Int)) -> Bool {
            !isMeasureOfAnother(occurrence.start) && !occurrences.contains { other in
                let covers = other.keyword.count > occurrence.keyword.count && other.start <= occurrence.start
                    && other.start + other.keyword.count >= occurrence.start + occurrence.keyword.count
                return covers && (other.sector != occurrence.sector || isMeasureOfAnother(other.start))
            }
        }
        // The head: where the keyword that ends last ends (not a word of measure).
        let headEnd = occurrences.filter { counts($0) && !measures.contains($0.keyword) }.map { $0.start + $0.keyword.count }.max()
        var scores = Array(repeating: 0, count: lexicon.sectors.count)
        var counted: Set<[Unicode.Scalar]> = []
        for (sector, entry) in lexicon.sectors.enumerated() {
            for keyword in entry.scalars where !keyword.isEmpty && !counted.contains(keyword) {
                guard occurrences.contains(where: { $0.keyword == keyword && $0.sector == sector && counts($0) }) else { continue }
                counted.insert(keyword)
                scores[sector] += measures.contains(keyword) ? 1 : keyword.count
            }
        }
        // One head: the first keyword (by where it starts, then by sector) that ends at `headEnd`
        // scores once more, though its word was counted before.
        if headBonus, let head = occurrences.filter({ counts($0) && !measures.contains($0.keyword) && $0.start + $0.keyword.count == headEnd })
            .min(by: { ($0.start, $0.sector) < ($1.start, $1.sector) }) {
            scores[head.sector] += head.keyword.count
        }
        return scores
    }

    @Test func scoresMatchThePlainDefinitionOnRandomTexts() {
        // A small alphabet, so that keywords overlap, share their first one or two scalars,
        // repeat, and end the text; one word is listed by two sectors.
        let lexicon = SectorLexicon(text: """
            a: 甲 甲乙 甲乙丙 乙丙
            b: 乙 甲乙丙丁 丙丁 甲乙
            c: 丁甲 ~甲丙 丙
            """)
        let measures: Set<[Unicode.Scalar]> = [Array("甲丙".unicodeScalars)]
        let alphabet = Array("甲乙丙丁，占全单位的比抢".unicodeScalars)
        var random = SeededGenerator(seed: 29)
        // Short texts, and some longer than the scan's chunk of 256 scalars (a keyword may
        // open at a chunk's last scalar and go on in the next).
        for round in 0..<440 {
            let length = round < 400 ? Int.random(in: 0...24, using: &random) : Int.random(in: 250...800, using: &random)
            var text = String.UnicodeScalarView()
            for _ in 0..<length { text.append(alphabet.randomElement(using: &random)!) }
            let string = String(text)
            for headBonus in [false, true] {
                #expect(lexicon.scores(string, headBonus: headBonus)
                        == Self.referenceScores(lexicon, string, headBonus: headBonus, measures: measures),
                        "\(string) headBonus \(headBonus)")
            }
        }
    }

    /// A keyword inside a longer one of another sector, and the whole a share is taken of or
    /// the base of an intensity, say nothing of what a text is about.
    @Test func coveredKeywordsAndMeasuresOfAnotherDoNotCount() {
        let lexicon = SectorLexicon(text: """
            macro: 地区生产总值 生产总值
            industry: 中小企业 工业 企业
            tech: 科技型中小企业
            digital: 数字经济
            ecology: 单位地区生产总值能耗 二氧化碳排放
            """)
        func best(_ text: String) -> String? { lexicon.best(lexicon.scores(text, headBonus: true)) }
        #expect(best("单位地区生产总值能耗下降") == "ecology")
        // (二氧化碳排放 is the head, though 降低 follows it.)
        #expect(lexicon.scores("单位地区生产总值二氧化碳排放降低", headBonus: true) == [0, 0, 0, 0, 12])
        #expect(best("社会物流总费用与地区生产总值的比率") == nil)
        #expect(best("数字经济核心产业增加值占地区生产总值比重") == "digital")
        #expect(best("制造业占全省工业的比重") == nil)
        #expect(best("科技型中小企业") == "tech")
        // Within one sector the shorter word still counts (企业 in 中小企业).
        #expect(lexicon.scores("中小企业", headBonus: false) == [0, 6, 0, 0, 0])
        // Not a measure of another: 全省地区生产总值; 单位 ending a noun, 占 taking, no share stated.
        #expect(best("全省地区生产总值") == "macro")
        let nouns = SectorLexicon(text: "reform: 改革\nagriculture: 耕地\ndigital: 人工智能\n")
        #expect(nouns.best(nouns.scores("深化事业单位改革", headBonus: false)) == "reform")
        #expect(nouns.best(nouns.scores("严厉打击乱占耕地建房", headBonus: false)) == "agriculture")
        #expect(nouns.best(nouns.scores("抢占人工智能制高点", headBonus: false)) == "digital")
        #expect(nouns.best(nouns.scores("人工智能占用资源", headBonus: false)) == "digital")
    }

    /// A blocker (`!以上市`) scores nothing and hides the keywords inside it, of its own sector
    /// or another; elsewhere they count.
    @Test func aBlockerHidesTheKeywordsInsideIt() {
        let lexicon = SectorLexicon(text: "finance: 上市 !以上市\necology: 空气\ntech: 创新 !再创新高\n")
        #expect(lexicon.scores("地级以上市空气质量", headBonus: false) == [0, 2, 0])
        #expect(lexicon.scores("企业上市", headBonus: false) == [2, 0, 0])
        #expect(lexicon.scores("产量再创新高", headBonus: true) == [0, 0, 0])
        #expect(lexicon.scores("创新成果", headBonus: true) == [0, 0, 4])
        // A blocker owns no container and is no head; a preferred sector with no score wins nothing.
        let parks = SectorLexicon(text: "finance: 上市 !以上市\nreform: ^园区\nindustry: 工业\n")
        var scores = parks.zeroScores()
        let head = parks.add(Array("地级以上市工业园区".unicodeScalars)[...], headBonus: true, times: 1, to: &scores)
        #expect(scores == [0, 0, 4] && head == 2)
        #expect(parks.add(Array("地级以上市".unicodeScalars)[...], headBonus: true, times: 1, to: &scores) == nil)
        #expect(MetricExtractor.best([0, 0, 0], of: parks, preferring: 0) == nil)
    }

    /// A container's word (`^项目`) ending a subject leaves the sector to the one word of another
    /// sector before it; alone, or after words of two sectors, it decides as any keyword does.
    @Test func aContainerAtTheHeadLeavesTheSectorToItsOwner() {
        let lexicon = SectorLexicon(text: """
            tech: 科技 创新
            investment: ^项目 基础设施
            ecology: 碳
            reform: ^试点 ^园区
            social: 专科
            """)
        func best(_ text: String) -> String? { lexicon.best(lexicon.scores(text, headBonus: true)) }
        #expect(best("省级科技攻关项目") == "tech")
        #expect(best("国家碳达峰试点") == "ecology")
        #expect(best("零碳园区") == "ecology")
        #expect(best("临床重点专科项目") == "social")
        #expect(best("新开工重点项目") == "investment")
        #expect(best("优选基础设施、科技创新等领域项目") == "investment")
        // Not at the head: the container counts as its length.
        #expect(lexicon.scores("项目建设科技", headBonus: true) == [4, 2, 0, 0, 0])
        // Without the head bonus nothing changes.
        #expect(lexicon.scores("科技攻关项目", headBonus: false) == [2, 2, 0, 0, 0])
        #expect(lexicon.scores("科技攻关项目", headBonus: true) == [4, 0, 0, 0, 0])
    }

    /// (With keywords that no keyword of another sector contains: such a one, or 占 before a
    /// keyword, decides what counts from outside the part.)
    @Test func aPartOfATextScoresAsTheTextItselfWould() {
        let lexicon = SectorLexicon(text: "a: 甲乙 乙\nb: 丙丁 丙丁丁\n")
        let scalars = Array("甲乙丙丁丁，乙丙甲乙丙丁".unicodeScalars)
        let matches = lexicon.matches(in: scalars[...])
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                var fromMatches = lexicon.zeroScores()
                lexicon.add(matches, in: lower..<upper, headBonus: true, times: 1, to: &fromMatches)
                #expect(fromMatches == lexicon.scores(scalars[lower..<upper], headBonus: true), "\(lower)..<\(upper)")
            }
        }
    }

    /// A section title learned from its heading paragraph's matches scores as the title scanned
    /// on its own; a heading elsewhere, or a title not written in the paragraph, is not learned
    /// and is scanned when asked for.
    @Test func titleScoresLearnedFromTheHeadingAreTheTitlesOwn() {
        let lexicon = SectorLexicon(text: "a: 甲乙 乙\nb: 乙丙 丙丁丁\nc: 戊\n")
        let heading = RawParagraph(scalars: Array("二、甲乙丙丁丁。戊".unicodeScalars), position: TextPosition(line: 3, offset: 40))
        let matches = lexicon.matches(in: heading.scalars[...])
        func node(_ id: Int, _ title: String, offset: Int) -> OutlineNode {
            OutlineNode(id: id, kind: .part, level: 1, title: title, position: TextPosition(line: 3, offset: offset),
                        endOffset: offset + 10, period: nil, parent: 0, headingIsFirstSentence: false)
        }
        let nodes = [node(0, "报告", offset: 0), node(1, "甲乙丙丁丁", offset: 40), node(2, "甲乙丙丁丁", offset: 90),
                     node(3, "丙丁乙", offset: 40), node(4, "", offset: 40)]
        #expect(SectionScores.find("甲乙丙丁丁", in: heading.scalars) == 2..<7)
        #expect(SectionScores.find("丙丁乙", in: heading.scalars) == nil)
        #expect(SectionScores.find("", in: heading.scalars) == nil)
        var learned = SectionScores(outline: nodes, sectors: lexicon)
        for section in nodes.indices { learned.learn(section, heading: heading, matches: matches) }
        var scanned = SectionScores(outline: nodes, sectors: lexicon)
        for section in nodes.indices {
            #expect(learned[section] == lexicon.scores(nodes[section].title), "node \(section)")
            #expect(learned[section] == scanned[section], "node \(section)")
        }
        // Node 1's title is the run 甲乙丙丁丁, not the paragraph around it: 甲乙 for a (its 乙 is
        // inside b's 乙丙); 乙丙, 丙丁丁 for b; nothing for c (戊 follows the title).
        #expect(learned[1] == [2, 2 + 3, 0])
    }

    @Test func pairIndexFindsEachPairsRangeAndNothingElse() {
        let index = PairIndex([("甲", "乙", 0..<2), ("甲", "丙", 2..<5), ("\u{0}", "\u{0}", 5..<6), ("甲", "乙", 7..<9)])
        index.withReader { reader in
            #expect(reader.range("甲", "乙") == 0..<2)
            #expect(reader.range("甲", "丙") == 2..<5)
            #expect(reader.range("\u{0}", "\u{0}") == 5..<6)
            #expect(reader.range("乙", "甲").isEmpty)
            #expect(reader.range("甲", "甲").isEmpty)
        }
        // Many pairs: every probe sequence ends, and each pair keeps its own range.
        var many: [(first: Unicode.Scalar, second: Unicode.Scalar, range: Range<Int>)] = []
        for position in 0..<500 {
            let first = Unicode.Scalar(UInt32(0x4E00 + position))!
            let second = Unicode.Scalar(UInt32(0x4E00 + position * 7 % 500))!
            many.append((first, second, position..<(position + 1)))
        }
        PairIndex(many).withReader { reader in
            #expect(many.allSatisfy { reader.range($0.first, $0.second) == $0.range })
            #expect(reader.range("a", "b").isEmpty)
        }
    }
}
