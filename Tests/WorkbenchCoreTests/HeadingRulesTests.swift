import Testing
@testable import WorkbenchCore

@Suite struct HeadingRulesTests {
    func p(_ text: String) -> RawParagraph { Fixtures.paragraph(text) }

    @Test func partHeadingsAreShortNumberedLines() {
        #expect(HeadingRules.part(p("一、2024年工作回顾")) == .init(number: 1, title: "一、2024年工作回顾", isFirstSentence: false))
        #expect(HeadingRules.part(p("三、全面提升政府治理效能。"))?.title == "三、全面提升政府治理效能")
        #expect(HeadingRules.part(p("十、加强自身建设"))?.number == 10)
        // A numbered sentence inside the text is not a part.
        #expect(HeadingRules.part(p("一、二类地区要加快发展。其他地区稳步推进。")) == nil)
        #expect(HeadingRules.part(p("一、")) == nil)
        #expect(HeadingRules.part(p("一是推动发展")) == nil)
    }

    @Test func subSectionsAreWholeLinesOrFirstSentences() {
        let line = HeadingRules.subSection(p("（一）聚焦推动经济持续回升向好，全方位扩大有效需求"))
        #expect(line == .init(number: 1, title: "（一）聚焦推动经济持续回升向好，全方位扩大有效需求", isFirstSentence: false))
        let first = HeadingRules.subSection(p("（二）因地制宜发展新质生产力。以科技创新引领产业创新。"))
        #expect(first == .init(number: 2, title: "（二）因地制宜发展新质生产力", isFirstSentence: true))
        #expect(HeadingRules.subSection(p("(三)半角括号也算"))?.number == 3)
        #expect(HeadingRules.subSection(p("（一）千方百计稳就业稳企业稳市场稳预期。"))?.isFirstSentence == false)
        #expect(HeadingRules.subSection(p("（注）说明")) == nil)
    }

    @Test func highlightsStartWithTwoDashes() {
        #expect(HeadingRules.highlight(p("——向新而行动力澎湃。全力打造平台。"))?.title == "——向新而行动力澎湃")
        #expect(HeadingRules.highlight(p("向新而行")) == nil)
        #expect(HeadingRules.highlight(p("——")) == nil)
    }

    @Test func addressesAreRecognised() {
        #expect(HeadingRules.isAddress(p("各位代表！")))
        #expect(HeadingRules.isAddress(p("各位代表:")))
        #expect(!HeadingRules.isAddress(p("各位代表，过去一年成绩的取得，根本在于……")))
    }

    @Test(arguments: [
        ("激发消费潜能。开展提振消费专项行动。", "激发消费潜能"),
        ("统筹推进教育科技人才体制机制一体改革，提升整体创新效能。深化教育综合改革。", "统筹推进教育科技人才体制机制一体改革，提升整体创新效能"),
        ("“稳”的态势巩固延续。主要表现在……", "“稳”的态势巩固延续"),
        ("着眼促进人的现代化，今年再办好15件民生实事。一是新建改造养老工程。", "着眼促进人的现代化，今年再办好15件民生实事"),
        // 京 and 万 have a numeric value, but open words, not numbers.
        ("京津冀协同发展纵深推进。与京津共建6条产业链。", "京津冀协同发展纵深推进"),
        ("万众一心抓落实。全省上下团结奋斗。", "万众一心抓落实"),
    ])
    func topicLeadsAreFound(text: String, lead: String) {
        #expect(HeadingRules.topicLead(p(text)) == lead)
    }

    @Test(arguments: [
        "今年是“十四五”规划收官之年。做好政府工作，要以……",          // a time word opens it
        "各位代表，高质量发展是必由之路。我们坚定不移……",             // address
        "综合各方面因素，我们有信心完成今年发展目标任务。从发展环境看……", // first person
        "一年来，主要做了以下工作。",                                    // nothing follows
        "一是因时因势加强和创新宏观调控。出台一揽子增量政策。",           // a list item
        "主要预期目标是：经济增长5%左右。其他目标……",                     // colon
        "2025年是“十四五”规划收官之年。过去五年……",                     // a year opens it
        "２０２５年全省经济稳中有进。过去五年……",                         // in full-width digits too
        "推动高质量发展的关键在于坚持以经济建设为中心、以改革开放为动力、以科技创新为引领、以人民为中心不断前进。此后……", // too long
        "全省地区生产总值一季度增长5.4%，上半年增长5.6%。外贸稳中提质……",   // a rate: a data sentence
        "森林覆盖率提高1.2个百分点。湿地保护率……",                         // percentage points
        "规上工业增加值突破1万亿元。制造业……",                              // a figure after a verb of change
    ])
    func narrativeOpeningsAreNotTopics(text: String) {
        #expect(HeadingRules.topicLead(p(text)) == nil)
    }

    @Test func itemsNeedAClauseBoundaryBeforeThem() {
        let scalars = Array("今年办好实事。一是建设养老工程；二是改造学校。唯一是指".unicodeScalars)[...]
        #expect(HeadingRules.item(at: 7, in: scalars)?.number == 1)
        #expect(HeadingRules.item(at: 16, in: scalars)?.number == 2)
        #expect(HeadingRules.item(at: 23, in: scalars) == nil)
        let ordinal = Array("第一，加强领导。外送量全国第一，".unicodeScalars)[...]
        #expect(HeadingRules.item(at: 0, in: ordinal)?.number == 1)
        #expect(HeadingRules.item(at: 13, in: ordinal) == nil)
    }

    @Test func everyItemOpeningIsAmongTheScannersMarks() {
        // The outline finds items only at the paragraph's ScanMarks, made with the scanner's
        // starters: an opening missing from them would never be tried.
        for (word, opening) in zip(QuantityScanner.starters, HeadingRules.itemOpenings) {
            #expect(opening & ~word == 0)
        }
    }
}
