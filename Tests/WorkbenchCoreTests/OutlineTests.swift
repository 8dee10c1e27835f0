import Testing
import WorkbenchSDK
@testable import WorkbenchCore

@Suite struct OutlineTests {
    struct Key: Hashable, CustomStringConvertible {
        var level: Int
        var line: Int
        var title: String
        var description: String { "L\(line) level \(level) \(title)" }
    }

    @Test func bundledReportMatchesTheGoldOutline() throws {
        let gold = try Fixtures.json("gold/shanxi-2025/outline.json") as! [String: Any]
        let nodes = gold["nodes"] as! [[String: Any]]
        let expected = Set(nodes.compactMap { node -> Key? in
            let level = node["level"] as! Int
            guard (1...3).contains(level) else { return nil }
            return Key(level: level, line: node["line"] as! Int, title: node["title"] as! String)
        })
        let report = BundledReports.defaultReport()
        let found = Set(report.outline.filter { (1...3).contains($0.level) }.map { Key(level: $0.level, line: $0.line, title: $0.title) })
        #expect(found.subtracting(expected).isEmpty, "extra nodes: \(found.subtracting(expected).sorted { $0.line < $1.line })")
        #expect(expected.subtracting(found).isEmpty, "missing nodes: \(expected.subtracting(found).sorted { $0.line < $1.line })")
        #expect(expected.count == 52)
    }

    @Test func bundledReportOffsetsPeriodsAndSpansMatchTheGold() throws {
        let gold = try Fixtures.json("gold/shanxi-2025/outline.json") as! [String: Any]
        let nodes = (gold["nodes"] as! [[String: Any]]).filter { (1...3).contains($0["level"] as! Int) }
        let report = BundledReports.defaultReport()
        for node in nodes {
            let line = node["line"] as! Int
            let title = node["title"] as! String
            guard let ours = report.outline.first(where: { $0.line == line && $0.title == title }) else { continue }
            #expect(ours.offset == node["offset"] as! Int, "offset of \(title)")
            #expect(ours.period?.label == node["period"] as? String, "period of \(title)")
            #expect(ours.endOffset == node["end_offset"] as! Int, "end of \(title)")
        }
    }

    @Test func bundledReportParagraphsBelongToTheRightSections() {
        let report = BundledReports.defaultReport()
        func section(ofLine line: Int) -> OutlineNode? {
            report.paragraphs.first { $0.line == line }.flatMap { report.node($0.section) }
        }
        // L18–L21 follow （五） but belong to part 一 itself.
        #expect(section(ofLine: 18)?.title == "一、2024年工作回顾")
        #expect(section(ofLine: 17)?.title == "（五）用情用力保障和改善民生")
        #expect(section(ofLine: 27)?.title == "激发消费潜能")
        // A sub-section's closing paragraph stays in it.
        #expect(section(ofLine: 37)?.title.hasPrefix("（二）") == true)
        #expect(section(ofLine: 2)?.kind == .document)
    }

    @Test func bundledReportHasItsMetadataAndListItems() {
        let report = BundledReports.defaultReport()
        #expect(report.name == "shanxi-2025")
        #expect(report.speaker == "金湘军")
        #expect(report.date == "2025-01-17")
        let items = report.outline.filter { $0.kind == .item }
        // 一是…十五是 of the 15 livelihood projects in L61.
        #expect(items.filter { $0.line == 61 }.count == 15)
        #expect(items.first { $0.line == 61 }?.title.hasPrefix("一是新建改造") == true)
        #expect(items.allSatisfy { report.node($0.parent ?? 0)?.line == 61 || $0.line != 61 })
    }

    @Test func parentsPrecedeChildrenAndIdsAreIndexes() {
        for report in [BundledReports.defaultReport()] + ((try? ["henan-2025", "henan-2026", "national-2025"].map(Fixtures.report)) ?? []) {
            for (index, node) in report.outline.enumerated() {
                #expect(node.id == index)
                if let parent = node.parent {
                    #expect(parent < index)
                    #expect(report.outline[parent].level < node.level)
                    #expect(report.outline[parent].offset <= node.offset)
                    #expect(report.outline[parent].endOffset >= node.endOffset)
                }
            }
        }
    }

    @Test(arguments: [("henan-2025", 3, 18, 2025, "河南省"), ("henan-2026", 3, 15, 2026, "河南省"), ("national-2025", 3, 17, 2025, "全国")])
    func otherReportsHaveSensibleOutlines(name: String, parts: Int, subSections: Int, year: Int, province: String) throws {
        let report = try Fixtures.report(name)
        #expect(report.name == name)
        #expect(report.year == year)
        #expect(report.province == province)
        #expect(report.outline.filter { $0.kind == .part }.count == parts)
        #expect(report.outline.filter { $0.kind == .subSection }.count == subSections)
        #expect(report.outline.filter { $0.kind == .topic }.count >= 20)
        let partPeriods = report.outline.filter { $0.kind == .part }.map { $0.period?.kind }
        #expect(partPeriods.first == .review)
        #expect(partPeriods.dropFirst().allSatisfy { $0 == .plan })
    }

    @Test func fiveYearReviewAndPlanPeriodsInAFirstYearReport() throws {
        let report = try Fixtures.report("henan-2026")
        let byTitle = Dictionary(report.outline.map { ($0.title, $0.period?.label) }, uniquingKeysWith: { first, _ in first })
        #expect(byTitle["综合实力稳步提升"] == "2021-2025-review")
        #expect(byTitle["（一）千方百计稳就业稳企业稳市场稳预期"] == "2025-review")
        #expect(byTitle["二、“十五五”时期主要目标任务"] == "2026-2030-plan")
        #expect(byTitle["三、2026年重点工作安排"] == "2026-plan")
    }

    @Test func reportWithoutAHeadingStillLoads() throws {
        let report = try Fixtures.report("national-2025")
        #expect(report.title == "2025年国务院政府工作报告")
        #expect(report.outline.first { $0.kind == .part }?.title == "一、2024年工作回顾")
        // Its review has no （一）: its paragraphs numbered 一是…七是 are the sub-sections, and
        // their figures' section.
        let review = report.outline.filter { $0.kind == .subSection && $0.line < 40 }
        #expect(review.count == 7)
        #expect(review.first?.title == "一是因时因势加强和创新宏观调控，推动经济回升向好")
        #expect(review.first?.headingIsFirstSentence == true)
        let section = report.metrics.first { $0.text == "240小时" }?.section
        #expect(report.outline.first { $0.id == section }?.title == "二是坚定不移全面深化改革扩大开放，增强发展内生动力")
    }

    /// Paragraphs numbered 一是、二是 are sub-sections only in a run of two or more, in sequence,
    /// in a part without （一）, and when their first sentence is a short heading.
    @Test func numberedParagraphsAreSubSectionsOnlyWhereTheyHeadThePart() {
        let text = """
        2025年某省政府工作报告
        一、2024年工作回顾
        一是扩大有效需求，经济稳中向好。全年生产总值增长5%，新增就业47万人。
        二是加快产业升级。规上工业增加值增长6%。
        四是这一段不在序列中。新建学校10所。
        二、2025年工作安排
        （一）扩大内需。
        一是促进消费。社会消费品零售总额增长5%。
        二是扩大投资。固定资产投资增长6%。
        三、其他
        一是只有一段。增长3%。
        """
        let report = Fixtures.parse(text)
        let subSections = report.outline.filter { $0.kind == .subSection }.map(\.title)
        #expect(subSections == ["一是扩大有效需求，经济稳中向好", "二是加快产业升级", "（一）扩大内需"])
        // Like a （一） heading that is a first sentence, each holds its own paragraph.
        let second = report.metrics.first { $0.text == "6%" }?.section
        #expect(report.outline.first { $0.id == second }?.title == "二是加快产业升级")
        let outOfSequence = report.metrics.first { $0.text == "10所" }?.section
        #expect(report.outline.first { $0.id == outOfSequence }?.title == "一、2024年工作回顾")
        // Numbering that starts again at 一是 numbers lists inside topics: none is a sub-section.
        let lists = Fixtures.parse("""
        2025年某省政府工作报告
        一、2024年工作回顾
        成绩显著。
        二、2025年工作安排
        着力扩大内需。围绕消费和投资两端发力。
        一是促进消费。社会消费品零售总额增长5%。
        二是扩大投资。固定资产投资增长6%。
        着力稳定就业。落实就业优先政策。
        一是支持青年就业。帮扶高校毕业生10万人。
        二是支持农民工就业。新增转移就业40万人。
        """)
        #expect(lists.outline.filter { $0.kind == .subSection }.isEmpty)
    }

    /// A paragraph after a sub-section headed by its first sentence stays in it while the next
    /// sub-section in sequence is still to come; after the last one it is the part's.
    @Test func aParagraphGoingOnBeforeTheNextSubSectionIsInIt() {
        let report = Fixtures.parse("""
        2025年某省政府工作报告
        一、2024年工作回顾
        （一）稳定经济。全年生产总值增长5%。
        （二）推动创新。研发投入增长8%。
        坚持以科技创新引领产业升级，新建实验室12个。
        （三）扩大开放。进出口增长6%。
        这些成绩来之不易，新增就业47万人。
        二、2025年工作安排
        推进。
        """)
        func title(_ text: String) -> String? {
            let section = report.metrics.first { $0.text == text }?.section
            return report.outline.first { $0.id == section }?.title
        }
        #expect(title("12个") == "（二）推动创新")
        #expect(title("47万人") == "一、2024年工作回顾")
    }

    /// Parts written without numbers (`2024年工作回顾`): the review's figures are achieved, the
    /// plan's targets; the `一、` under such a heading heads a sub-section, not a part.
    @Test func unnumberedPartHeadings() {
        let report = Fixtures.parse("""
            2025年某市政府工作报告
            各位代表：
            2024年工作回顾
            一、经济运行稳中有进
            全年地区生产总值增长5.1%。
            2025年工作安排
            今年主要预期目标建议：地区生产总值增长5.5%左右。
            """)
        #expect(report.outline.filter { $0.kind == .part }.map(\.title) == ["2024年工作回顾", "2025年工作安排"])
        #expect(report.metrics.map(\.role) == [.achieved, .target])
        #expect(HeadlineTargets.find(in: report).map(\.indicator) == ["gdp"])
        // Numbered parts that name their times stay the parts.
        let numbered = Fixtures.parse("2025年某省政府工作报告\n2024年工作回顾\n一、2024年工作回顾\n增长5%。\n二、2025年工作安排\n增长6%。\n")
        #expect(numbered.outline.filter { $0.kind == .part }.map(\.title) == ["一、2024年工作回顾", "二、2025年工作安排"])
        // A sentence is no heading.
        #expect(HeadingRules.unnumberedPart(Fixtures.paragraph("过去一年取得的成就来之不易。")) == nil)
    }

    @Test func textWithoutPartsLoadsWithWhatCanBeInferred() {
        let report = Fixtures.parse("随便写的一段话。\n没有任何标题。\n", file: "notes/My Notes.txt")
        #expect(report.name == "my-notes")
        #expect(report.outline.count == 1)
        #expect(report.paragraphs.count == 2)
        #expect(report.year == nil)
    }

    @Test func crlfAndBOMGiveTheSameModelAsLF() throws {
        let text = BundledReports.shanxi2025Text
        let crlf = "\u{FEFF}" + text.replacing("\n", with: "\r\n")
        let a = ReportLoader().load(text: text, sourceFile: "x.txt")
        let b = ReportLoader().load(text: crlf, sourceFile: "x.txt")
        #expect(a.outline == b.outline)
        #expect(a.paragraphs == b.paragraphs)
    }
}
