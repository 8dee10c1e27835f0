import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// The headline list in its shapes: one paragraph, or spread over the paragraphs after the
/// lead-in (one item a line, numbered or not), and where it stops.
@Suite struct HeadlineTargetsTests {
    func report(list: String, after: String = "实现上述目标，必须坚持稳中求进，全力以赴抓好各项工作。") -> Report {
        Fixtures.parse("""
            2026年某省政府工作报告
            一、2025年工作回顾
            过去一年，全省生产总值增长5.3%。
            二、2026年工作总体要求和主要目标
            \(list)
            \(after)
            三、2026年重点工作
            （一）扩大有效需求。全年固定资产投资增长6%，城镇新增就业50万人。

            """)
    }

    let expected = ["gdp", "规模以上工业增加值增长", "urban-jobs", "unemployment", "income"]

    @Test func aListInTheLeadInsParagraph() {
        let targets = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：地区生产总值增长5%左右；规模以上工业增加值增长6%；城镇新增就业45万人以上，城镇调查失业率5.5%左右；居民收入增长与经济增长同步。"))
        #expect(targets.map(\.indicator) == expected)
    }

    /// `社会消费品零售总额、固定资产投资增长4%左右`: a rate of growth after two indicators joined
    /// by 、 is each one's (the first had no figure); a level after them is not shared.
    @Test func aRateAfterTwoIndicatorsIsEachOnes() {
        let targets = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：地区生产总值增长5%左右，社会消费品零售总额、固定资产投资增长4%左右，城镇调查失业率5.5%左右。"))
        #expect(targets.map(\.indicator) == ["gdp", "retail-sales", "fixed-asset-investment", "unemployment"])
        #expect(targets.map { $0.metric?.value } == [5, 4, 4, 5.5])
        let levels = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：地区生产总值增长5%左右，社会消费品零售总额、固定资产投资达到1万亿元。"))
        #expect(levels.map { $0.metric?.value } == [5, nil, 1])
    }

    /// A news page quotes the first few targets before the report's whole list: of two lead-ins
    /// that plan the same year, the longer list is the headline.
    @Test func aParagraphOpeningWithTongShiGoesOnWithTheList() {
        let list = "今年全区经济社会发展主要预期目标是：经济增长5.5%左右；城镇新增就业18万人；居民消费价格涨幅2%左右。"
        let more = HeadlineTargets.find(in: report(list: list, after: "同时，粮食产量稳定在800亿斤以上，能耗强度和碳排放强度完成国家下达的任务。"))
        #expect(more.map(\.indicator) == ["gdp", "urban-jobs", "cpi", "粮食产量", "能耗强度和碳排放强度完成国家下达的任务"])
        // Prose after the list, with no figure and no indicator, is none of it.
        let prose = HeadlineTargets.find(in: report(list: list, after: "同时，我们要坚持稳中求进，全力以赴抓好各项工作。"))
        #expect(prose.map(\.indicator) == ["gdp", "urban-jobs", "cpi"])
        // Nor last year's figures, a second target of an indicator the list set, or a figure
        // that is no bounded target (20件民生实事, a budget).
        for after in ["同时，去年全省新增城镇就业48万人，为今年打下了良好基础。", "同时，2025年全省地区生产总值增长5.2%。",
                      "同时，全省5个设区市要力争地区生产总值增长6%以上。", "同时，要办好20件民生实事。",
                      "此外，我们将发行新增专项债券1200亿元，支持重大项目建设。"] {
            #expect(HeadlineTargets.find(in: report(list: list, after: after)).map(\.indicator) == ["gdp", "urban-jobs", "cpi"])
        }
        // A standard indicator the list left out still goes on with it.
        #expect(HeadlineTargets.find(in: report(list: list, after: "此外，外贸进出口增长5%以上。")).map(\.indicator).last == "foreign-trade")
    }

    @Test func theLongerOfTwoListsWins() {
        // Only of lists that plan one year: a longer list for 2027 is none.
        let laterGoals = "实施科技创新行动，到2027年，主要目标是：研发投入强度2.8%，高新技术企业2万家，技术合同成交额1000亿元，科技人才50万人。"
        let annual = "今年的主要预期目标是：地区生产总值增长5%左右；城镇新增就业45万人以上。"
        #expect(HeadlineTargets.find(in: report(list: annual + "\n" + laterGoals)).map(\.indicator) == ["gdp", "urban-jobs"])
        let partial = "今年经济社会发展主要预期目标是：地区生产总值增长5%左右；城镇新增就业45万人以上等。"
        let whole = "今年的主要预期目标是：地区生产总值增长5%左右；规模以上工业增加值增长6%；城镇新增就业45万人以上，城镇调查失业率5.5%左右；居民收入增长与经济增长同步。"
        #expect(HeadlineTargets.find(in: report(list: partial + "\n" + whole)).map(\.indicator) == expected)
        #expect(HeadlineTargets.find(in: report(list: whole + "\n" + partial)).map(\.indicator) == expected)
    }

    /// A short lead-in (`预期目标：`), and a 。 after a stretch goal with more of the list after it.
    @Test func shortLeadInsAndAStretchGoalsFullStop() {
        let targets = HeadlineTargets.find(in: report(list: "预期目标：地区生产总值增长5%左右，在实际工作中争取更好结果。规模以上工业增加值增长6%，城镇新增就业45万人以上，城镇调查失业率5.5%左右，居民收入增长与经济增长同步。"))
        #expect(targets.map(\.indicator) == expected)
    }

    /// A stretch is a higher level of the same measure: a level beside a growth rate is none.
    @Test func aStretchInAnotherUnitIsNoStretch() {
        let other = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：地区生产总值增长6%左右，力争突破1万亿元；城镇新增就业45万人以上。"))
        #expect(other.first?.indicator == "gdp")
        #expect(other.first?.stretch == nil)
        let same = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：地区生产总值增长6%左右、力争7%；城镇新增就业45万人以上。"))
        #expect(same.first?.stretch?.value == 7)
        // A target without a number compares by kind: 保持正增长、争取增长3%.
        let positive = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：进出口总额力争保持正增长、争取增长3%；城镇新增就业45万人以上。"))
        #expect(positive.first?.stretch?.value == 3)
        #expect(positive.count == 2)
    }

    /// A 分别 pair is two targets; a comparison with a benchmark is no item of its own and names
    /// no indicator (与经济增长同步 is not gdp).
    @Test func pairsAndBenchmarks() {
        let targets = HeadlineTargets.find(in: report(list: "主要预期目标是：地区生产总值增长5%左右、略高于全省增速，在实际工作中争取更好结果；城乡居民人均可支配收入分别增长5.5%左右和6%左右；一般公共预算收入与经济增长同步。"))
        #expect(targets.map(\.indicator) == ["gdp", "income", "income", "一般公共预算收入与经济增长同步"])
        #expect(targets.map { $0.metric?.value } == [5, 5.5, 6, nil])
        #expect(targets.map { $0.stretch?.value } == [nil, nil, nil, nil])
        #expect(targets[1].text.hasPrefix("城镇") && targets[2].text.hasPrefix("农村"))
        #expect(targets[0].text == "地区生产总值增长5%左右、略高于全省增速、在实际工作中争取更好结果")
        // Keeping pace with the economy, set apart by a comma, says more of the item before it.
        let pace = HeadlineTargets.find(in: report(list: "主要预期目标是：地区生产总值增长5%；居民人均可支配收入增长5%左右，与经济增长同步；城镇新增就业5万人。"))
        #expect(pace.map(\.indicator) == ["gdp", "income", "urban-jobs"])
        #expect(pace[1].text.hasSuffix("与经济增长同步"))
        // (Not a measure of its own after 的.)
        let own = HeadlineTargets.find(in: report(list: "主要预期目标是：地区生产总值增长5%；居民消费价格涨幅2%左右；同经济增长相协调的居民收入增长。"))
        #expect(own.map(\.indicator) == ["gdp", "cpi", "income"])
    }

    /// `分别增长5%、7%`: the second figure of the pair, an item of its own between 、 marks, is
    /// named and lined up as the pair joined by 和 is.
    @Test func aPairJoinedByAListMark() {
        let targets = HeadlineTargets.find(in: report(list: "主要预期目标是：地区生产总值增长5%左右，城乡居民人均可支配收入分别增长5%、7%，城镇新增就业5万人。"))
        #expect(targets.map(\.indicator) == ["gdp", "income", "income", "urban-jobs"])
        #expect(targets[2].text == "农村居民人均可支配收入增长7%")
        // The first item of a list of names is the first name's alone.
        let listed = HeadlineTargets.find(in: report(list: "主要预期目标是：地区生产总值增长5%左右，一般公共预算收入、固定资产投资分别增长3%、6%，城镇新增就业5万人。"))
        #expect(listed.map(\.indicator) == ["gdp", "一般公共预算收入增长", "fixed-asset-investment", "urban-jobs"])
    }

    /// A headline target said again to explain it is listed once by `targets`.
    @Test func aHeadlineTargetSaidAgainIsListedOnce() {
        let parsed = report(list: "主要预期目标是：地区生产总值增长5.5%左右；外贸进出口增长3%；城镇新增就业5万人。",
                            after: "提出上述预期目标，主要考虑是：地区生产总值增长5.5%左右，与全国保持同步。推动民营经济增长5.5%左右，跨境电商进出口增长3%。")
        let table = TargetCommands.table(for: parsed)
        let value = table.columns.firstIndex(of: "value")!
        // Said again, gdp is listed once; 民营经济 and 跨境电商进出口 are targets of their own.
        #expect(table.rows.filter { $0[value] == .number(5.5) }.count == 2)
        #expect(table.rows.filter { $0[value] == .number(3) }.count == 2)
        #expect(table.rows.count == 7)
    }

    /// Exports alone are no `foreign-trade`; each figure of a 城乡 pair is named by its own
    /// subject; an item that is no standard indicator keeps its figure's sector.
    @Test func exportsPairsAndSectorsOfItems() {
        let parsed = report(list: "主要预期目标是：地区生产总值增长6%左右；外贸出口增长5%；城乡居民人均可支配收入分别增长5.5%、6.5%；粮食产量稳定在1200万吨以上。")
        let targets = HeadlineTargets.find(in: parsed)
        #expect(targets.map(\.indicator) == ["gdp", "外贸出口增长", "income", "income", "粮食产量"])
        #expect(targets.map(\.text)[2...3] == ["城镇居民人均可支配收入增长5.5%", "农村居民人均可支配收入增长6.5%"])
        let table = TargetCommands.table(for: parsed)
        let sector = table.columns.firstIndex(of: "sector")!
        #expect(table.rows.prefix(5).map { $0[sector] } == [.text("macro"), .text("reform-opening"), .text("macro"), .text("macro"), .text("agriculture-rural")])
    }

    /// 主要预期指标如下： with one item a line set out by dashes.
    @Test func indicatorsSetOutByDashes() {
        let parsed = report(list: "建议2023年主要预期指标如下：\n——地区生产总值增长6.5%左右；\n——城镇登记失业率控制在5%以内；\n——居民收入增速与经济增长基本同步。")
        let targets = HeadlineTargets.find(in: parsed)
        #expect(targets.map(\.indicator) == ["gdp", "unemployment", "income"])
        #expect(parsed.metrics.dropFirst().first?.subject == "地区生产总值增长")
    }

    /// Words that sum up a group of items (加快构建优势；) are no item; an item with no figure
    /// that names something measured is one.
    @Test func glossesOnAGroupAreNoItems() {
        let targets = HeadlineTargets.find(in: report(list: "主要预期目标是：地区生产总值增长5%左右，高技术制造业增加值稳步提升，加快构建优势；固定资产投资增长3%，对标全国全力消减差距；提高居民基础养老金，主要污染物减排量完成国家下达目标，在全国实现位次前移；守住不发生系统性风险底线。"))
        #expect(targets.map(\.indicator) == ["gdp", "高技术制造业增加值稳步提升", "fixed-asset-investment", "提高居民基础养老金", "主要污染物减排量完成国家下达目标",
                                              "守住不发生系统性风险底线"])
        #expect(targets[1].text == "高技术制造业增加值稳步提升，加快构建优势")
    }

    /// Items written one a sentence go on past each 。; a sentence about the targets ends them.
    @Test func itemsOneASentenceInTheLeadInsParagraph() {
        let targets = HeadlineTargets.find(in: report(list: "主要预期目标是：地区生产总值增长5%左右。规模以上工业增加值增长6%。城镇新增就业45万人以上。城镇调查失业率5.5%左右。居民收入增长与经济增长同步。经济增长5%左右的目标，兼顾了需要与可能。"))
        #expect(targets.map(\.indicator) == expected)
        // A sentence saying what the year is ends the list, though it has a year and a figure.
        let prose = HeadlineTargets.find(in: report(list: "主要预期目标是：地区生产总值增长5%左右。2025年是收官之年，新建学校30所。"))
        #expect(prose.map(\.indicator) == ["gdp"])
    }

    @Test func aListOneItemALine() {
        let targets = HeadlineTargets.find(in: report(list: """
            今年的主要预期目标是：
            地区生产总值增长5%左右；
            规模以上工业增加值增长6%；
            城镇新增就业45万人以上，城镇调查失业率5.5%左右；
            居民收入增长与经济增长同步。
            """))
        #expect(targets.map(\.indicator) == expected)
        #expect(targets[0].position.line == 6)
        #expect(targets[0].metric?.text == "5%左右")
    }

    @Test func aListThatBeginsBesideTheLeadInAndGoesOn() {
        let targets = HeadlineTargets.find(in: report(list: """
            今年的主要预期目标是：地区生产总值增长5%左右；
            规模以上工业增加值增长6%；
            城镇新增就业45万人以上，城镇调查失业率5.5%左右；
            居民收入增长与经济增长同步
            """))
        // The last item has no mark at all; the paragraph after it is not read.
        #expect(targets.map(\.indicator) == expected)
    }

    @Test func numberedItemsEachEndingTheirSentence() {
        let targets = HeadlineTargets.find(in: report(list: """
            今年的主要预期目标是：
            1.地区生产总值增长5%左右。
            2.规模以上工业增加值增长6%。
            3.城镇新增就业45万人以上，城镇调查失业率5.5%左右。
            4.居民收入增长与经济增长同步。
            """))
        #expect(targets.map(\.indicator) == expected)
        #expect(targets[1].text == "规模以上工业增加值增长6%")
        for numbers in [["（1）", "（2）", "（3）", "（4）"], ["①", "②", "③", "④"], ["一是", "二是", "三是", "四是"], ["——", "——", "——", "——"]] {
            let lines = zip(numbers, ["地区生产总值增长5%左右；", "规模以上工业增加值增长6%；", "城镇新增就业45万人以上，城镇调查失业率5.5%左右；", "居民收入增长与经济增长同步。"])
            let found = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：\n" + lines.map { $0 + $1 }.joined(separator: "\n")))
            #expect(found.map(\.indicator) == expected, "\(numbers)")
        }
    }

    /// In a report without part headings nothing is a heading in the outline: the list still stops
    /// where the numbering changes style, at section numbers, and before prose after its 。.
    @Test func numberingAndProseEndTheList() {
        func targets(_ text: String) -> [String] {
            HeadlineTargets.find(in: Fixtures.parse("2025年某省政府工作报告\n各位代表：\n" + text)).map(\.indicator)
        }
        #expect(targets("今年主要预期目标是：\n1.地区生产总值增长5%左右；\n2.城镇调查失业率5.5%左右。\n（一）着力扩大有效投资，实施重点项目1000个。\n（二）大力提振消费，社会消费品零售总额增长6%。\n")
                == ["gdp", "unemployment"])
        #expect(targets("今年主要预期目标是：\n1.地区生产总值增长5%左右；\n2.城镇调查失业率5.5%左右。\n①社会消费品零售总额增长6%。\n") == ["gdp", "unemployment"])
        #expect(targets("今年主要预期目标是：\n地区生产总值增长5%左右；\n城镇调查失业率5.5%左右。\n经济增长5%左右的目标，兼顾了需要与可能。\n") == ["gdp", "unemployment"])
        // A restarted numbering, a highlight after the list's 。, prose after a one-paragraph list.
        #expect(targets("今年主要预期目标是：\n1.地区生产总值增长5%左右；\n2.城镇调查失业率5.5%左右。\n1.扩大有效投资，固定资产投资增长6%。\n") == ["gdp", "unemployment"])
        #expect(targets("今年主要预期目标是：\n——地区生产总值增长5%左右；\n——城镇调查失业率5.5%左右。\n——坚持稳中求进，固定资产投资增长6%。\n") == ["gdp", "unemployment"])
        #expect(targets("今年主要预期目标是：\n地区生产总值增长5%左右；城镇调查失业率5.5%左右。\n经济增长5.5%左右的目标，兼顾了需要与可能。\n") == ["gdp", "unemployment"])
        // A plan to 2030 is not this year's; 今年是“十五五”开局之年 is.
        #expect(targets("到2030年，全省经济社会发展的主要目标是：地区生产总值年均增长5%。\n主要预期目标是：地区生产总值增长5%左右。\n") == ["gdp"])
        #expect(HeadlineTargets.find(in: Fixtures.parse("2026年某省政府工作报告\n各位代表：\n到2030年，全省经济社会发展的主要目标是：地区生产总值年均增长5%。\n主要预期目标是：地区生产总值增长5%左右。\n")).first?.metric?.text == "5%左右")
        #expect(targets("今年是“十五五”开局之年，今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n") == ["gdp"])
        // The list paragraph need not say 今年, and a five-year word after the lead-in is an item.
        #expect(targets("今后五年的主要目标是：地区生产总值年均增长5%。\n主要预期目标是：地区生产总值增长5%左右，单位生产总值能耗完成“十四五”目标。\n")
                == ["gdp", "单位生产总值能耗完成“十四五”目标"])
        // A ratio to output is no output; 居民可支配收入 is income.
        #expect(HeadlineTargets.indicator(of: "全社会研发经费支出相当于全市生产总值的比例达到4.5%左右") == nil)
        #expect(HeadlineTargets.indicator(of: "数字经济核心产业增加值占地区生产总值比重达到12%") == nil)
        #expect(HeadlineTargets.indicator(of: "居民可支配收入与经济增长基本同步") == "income")
    }

    @Test func unnumberedItemsEachEndingTheirSentence() {
        let targets = HeadlineTargets.find(in: report(list: """
            今年的主要预期目标是：
            地区生产总值增长5%左右。
            规模以上工业增加值增长6%。
            城镇新增就业45万人以上，城镇调查失业率5.5%左右。
            居民收入增长与经济增长同步。
            """))
        #expect(targets.map(\.indicator) == expected)
    }

    @Test func aLeadInOfItsOwnAboveTheWholeList() {
        let list = "地区生产总值增长5%左右，在实际工作中努力争取更好结果；规模以上工业增加值增长6%；城镇新增就业45万人以上，城镇调查失业率5.5%左右；"
            + "居民收入增长与经济增长同步；粮食产量稳定在1300亿斤以上；单位地区生产总值能耗降低3%左右，主要污染物排放总量持续下降，"
            + "生态环境质量保持稳定，空气质量优良天数比率和地表水水质优良率均完成国家下达任务。"
        #expect(list.unicodeScalars.count > HeadlineTargets.maximumItemLength)
        let targets = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：\n" + list))
        #expect(targets.prefix(5).map(\.indicator) == expected)
        #expect(targets.count == 10)
    }

    @Test func aStretchGoalOnTheNextLineAndABareLastItem() {
        let targets = HeadlineTargets.find(in: report(list: """
            今年的主要预期目标是：
            地区生产总值增长5%左右，
            在实际工作中努力争取更好结果；
            规模以上工业增加值增长6%；
            城镇新增就业45万人以上，城镇调查失业率5.5%左右；
            居民消费价格涨幅2%左右
            """))
        #expect(targets.map(\.indicator) == ["gdp", "规模以上工业增加值增长", "urban-jobs", "unemployment", "cpi"])
        #expect(targets[0].text.hasSuffix("努力争取更好结果"))
    }

    @Test func theListStopsAtItsFullStopAndBeforeProse() {
        // Closed by 。 in the lead-in's paragraph: the next line is not an item.
        let closed = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：地区生产总值增长5%左右。", after: "规模以上工业增加值增长6%；"))
        #expect(closed.map(\.indicator) == ["gdp"])
        // A long paragraph after an open list is prose, not an item.
        let prose = String(repeating: "坚持稳中求进工作总基调，", count: 14) + "推动高质量发展。"
        let open = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：地区生产总值增长5%左右；", after: prose))
        #expect(open.map(\.indicator) == ["gdp"])
        // Numbered items stop where the numbering does.
        let numbered = HeadlineTargets.find(in: report(list: "今年的主要预期目标是：\n1.地区生产总值增长5%左右。\n2.城镇调查失业率5.5%左右。",
                                                      after: "粮食产量稳定在1300亿斤以上。"))
        #expect(numbered.map(\.indicator) == ["gdp", "unemployment"])
    }

    @Test func leadInsVary() {
        for lead in ["经济社会发展的主要预期目标建议为：", "主要预期目标安排如下：", "主要预期目标确定为", "主要目标为："] {
            let targets = HeadlineTargets.find(in: report(list: "今年\(lead)地区生产总值增长5%左右，城镇调查失业率5.5%左右。"))
            #expect(targets.map(\.indicator) == ["gdp", "unemployment"], "\(lead)")
        }
    }

    @Test func aReportWithoutPartHeadingsStillHasItsList() {
        let report = Fixtures.parse("2025年某省政府工作报告\n各位代表：\n过去一年，全省生产总值增长5.3%。\n"
            + "2025年起今后五年的主要目标是：地区生产总值年均增长5%。\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右。\n")
        #expect(!report.outline.contains { $0.kind == .part })
        // Its sentences' own time phrases give the periods (2025年起 opens five years, not one).
        #expect(report.paragraphs.map { $0.sentences.first?.period?.label } == [nil, nil, "2024-review", nil, "2025-plan"])
        #expect(HeadlineTargets.find(in: report).map { $0.metric?.text } == ["5%左右", "5.5%左右"])
    }

    @Test func everyLeadInSaysTarget() {
        // find passes over paragraphs without 标 before looking for the lead-ins.
        #expect(HeadlineTargets.leadIns.allSatisfy { $0.unicodeScalars.contains("标") })
    }

    @Test func itemNumbers() {
        func length(_ text: String) -> Int { HeadlineTargets.itemNumberLength(Array(text.unicodeScalars)) }
        #expect(length("1.地区") == 2)
        #expect(length("１２、地区") == 3)
        #expect(length("（3）地区") == 3)
        #expect(length("(十)地区") == 3)
        #expect(length("⑤地区") == 1)
        #expect(length("六是地区") == 2)
        #expect(length("5%左右") == 0)
        #expect(length("3是") == 0)
        #expect(length("1.5万亿元") == 0)
        #expect(length("地区") == 0)
        #expect(length("") == 0)
    }
}
