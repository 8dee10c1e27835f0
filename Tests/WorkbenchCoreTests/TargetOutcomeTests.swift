import Testing
import WorkbenchSDK
@testable import WorkbenchCore

@Suite struct TargetOutcomeTests {
    func verdict(_ indicator: String, _ target: String, outcome: Double?) -> String {
        let report = Fixtures.parse("2025年某省政府工作报告\n一、2024年工作回顾\n过去一年成绩显著。\n二、2025年工作安排\n主要预期目标是：\(target)。\n")
        guard let goal = HeadlineTargets.find(in: report).first else { return "no target" }
        var metric = goal.metric
        metric?.normalizedValue = outcome
        return TargetOutcomes.verdict(target: goal, outcome: outcome == nil ? nil : metric)
    }

    /// A 2025 report whose headline list is `targets`, and the 2026 report that reviews 2025
    /// with `review`.
    func reports(targets: String, review: String) -> (earlier: Report, later: Report) {
        let earlier = Fixtures.parse("2025年某省政府工作报告\n一、2024年工作回顾\n过去一年成绩显著。\n二、2025年工作安排\n今年主要预期目标是：\(targets)\n")
        let later = Fixtures.parse("2026年某省政府工作报告\n一、2025年工作回顾\n过去一年，\(review)\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n")
        return (earlier, later)
    }

    /// Targets in words that outcomes decide: 正增长 by any rise, 收入与经济增长同步 by income
    /// rising as fast as the economy (基本: within half a point; town's and country's when no
    /// figure for all is given, the lower deciding).
    @Test func positiveGrowthAndIncomeInStepAreJudged() {
        let (earlier, later) = reports(targets: "地区生产总值增长5%以上，进出口总额力争保持正增长，居民人均可支配收入增长与经济增长基本同步。",
                                       review: "全省地区生产总值增长3.7%，进出口总额增长2.7%，城镇和农村居民人均可支配收入分别增长4.3%、5.3%。")
        let rows = TargetOutcomes.compare(earlier, with: later)
        #expect(rows.first { $0.indicator == "foreign-trade" }?.verdict == "met")
        let income = rows.first { $0.indicator == "income" }
        #expect(income?.verdict == "met")
        #expect(income?.outcome?.text == "4.3%")
        let (fell, slower) = reports(targets: "进出口总额力争保持正增长，居民收入增长与经济增长同步。",
                                     review: "地区生产总值增长5.2%，进出口总额下降1.2%，居民人均可支配收入增长4.9%。")
        let missed = TargetOutcomes.compare(fell, with: slower)
        #expect(missed.first { $0.indicator == "foreign-trade" }?.verdict == "missed")
        #expect(missed.first { $0.indicator == "income" }?.verdict == "missed")
        // 基本同步 allows half a point.
        let (basic, close) = reports(targets: "居民收入增长与经济增长基本同步。", review: "地区生产总值增长5.2%，居民人均可支配收入增长4.9%。")
        #expect(TargetOutcomes.compare(basic, with: close).first { $0.indicator == "income" }?.verdict == "met")
        // Growth after prices is what the economy's is: 实际增长 decides where both are given.
        let (inStep, nominal) = reports(targets: "居民收入增长与经济增长同步。",
                                        review: "地区生产总值增长5.2%，全省居民人均可支配收入增长5.6%，扣除价格因素实际增长5.1%。")
        let real = TargetOutcomes.compare(inStep, with: nominal).first { $0.indicator == "income" }
        #expect(real?.outcome?.text == "5.1%")
        #expect(real?.verdict == "missed")
        // Real growth is preferred within a group, not across them: town's nominal 4.3% is still the lower.
        let (groups, split) = reports(targets: "居民收入增长与经济增长同步。",
                                      review: "地区生产总值增长5.2%，城镇居民人均可支配收入增长4.3%，农村居民人均可支配收入增长6.5%，扣除价格因素实际增长6.4%。")
        let lower = TargetOutcomes.compare(groups, with: split).first { $0.indicator == "income" }
        #expect(lower?.outcome?.text == "4.3%")
        #expect(lower?.verdict == "missed")
    }

    /// Only incomes pair town's with town's: a town's unemployment target takes the rate the
    /// review gives.
    @Test func otherIndicatorsTakeTheFigureThereIs() {
        let (earlier, later) = reports(targets: "城镇调查失业率5.5%左右。", review: "地区生产总值增长5.2%，调查失业率平均为5.1%。")
        #expect(TargetOutcomes.compare(earlier, with: later).first { $0.indicator == "unemployment" }?.verdict == "met")
    }

    /// Town's and country's income targets are judged against their own outcomes, not the first
    /// income figure of the review.
    @Test func townAndCountryIncomesPairUp() {
        let (earlier, later) = reports(targets: "城乡居民人均可支配收入分别增长5%和6%。",
                                       review: "城镇和农村居民人均可支配收入分别增长4.3%、6.3%。")
        let rows = TargetOutcomes.compare(earlier, with: later).filter { $0.indicator == "income" }
        #expect(rows.map { $0.outcome?.text } == ["4.3%", "6.3%"])
        #expect(rows.map(\.verdict) == ["missed", "met"])
    }

    /// A target in words (进出口稳中提质) is not judged, but the outcome of its indicator is shown.
    @Test func aTargetInWordsShowsItsIndicatorsOutcome() {
        let (earlier, later) = reports(targets: "地区生产总值增长5.5%左右，进出口稳中提质。",
                                       review: "地区生产总值增长5.6%，进出口总值增长14.1%。")
        let rows = TargetOutcomes.compare(earlier, with: later)
        let trade = rows.first { $0.indicator == "foreign-trade" }
        #expect(trade?.verdict == "not-stated")
        #expect(trade?.outcome?.text == "14.1%")
        #expect(rows.first { $0.indicator == "gdp" }?.verdict == "met")
        // A fall counts negative; a rate is shown, not its change.
        let (before, after) = reports(targets: "地区生产总值增长5%左右，城镇调查失业率保持在合理水平，进出口稳中提质。",
                                      review: "地区生产总值增长5.2%，城镇调查失业率为5.1%、下降0.2个百分点，进出口总值下降3.2%。")
        let fallen = TargetOutcomes.compare(before, with: after)
        #expect(fallen.first { $0.indicator == "foreign-trade" }?.outcomeValue == -3.2)
        #expect(fallen.first { $0.indicator == "unemployment" }?.outcome?.text == "5.1%")
    }

    @Test func qualifiersDecideTheVerdict() {
        #expect(verdict("gdp", "地区生产总值增长5.5%左右", outcome: 5.1) == "met")      // within half a point
        #expect(verdict("gdp", "地区生产总值增长5.5%左右", outcome: 4.9) == "missed")
        #expect(verdict("gdp", "地区生产总值增长5%以上", outcome: 4.9) == "missed")
        #expect(verdict("gdp", "地区生产总值增长5%以上", outcome: 5.0) == "met")
        #expect(verdict("unemployment", "城镇调查失业率5.5%左右", outcome: 5.2) == "met")  // a ceiling
        #expect(verdict("unemployment", "城镇调查失业率5.5%左右", outcome: 6.2) == "missed")
        #expect(verdict("urban-jobs", "城镇新增就业110万人以上", outcome: 1_217_000) == "met")
        #expect(verdict("gdp", "地区生产总值增长5%左右", outcome: nil) == "not-stated")
    }

    /// A fall reported against a growth target counts negative: 社会消费品零售总额下降3% misses
    /// a 6% target, and 居民消费价格下降0.2% is −0.2 against a CPI ceiling.
    @Test func aFallAgainstAGrowthTargetIsNegative() {
        let (earlier, later) = reports(targets: "社会消费品零售总额增长6%，居民消费价格涨幅3%左右。",
                                       review: "社会消费品零售总额下降3%，居民消费价格下降0.2%。")
        let rows = TargetOutcomes.compare(earlier, with: later)
        #expect(rows.map(\.indicator) == ["retail-sales", "cpi"])
        #expect(rows.map(\.outcomeValue) == [-3, -0.2])
        #expect(rows.map(\.verdict) == ["missed", "met"])
        // trend shows the fall as compare does.
        let trend = TargetOutcomes.trend(of: "retail-sales", in: later)
        #expect(TargetOutcomes.signedValue(of: trend.outcome, against: trend.target?.metric) == -3)
    }

    @Test func aSubjectsKeyDropsScopeVerbAndSpelling() {
        let target = IndicatorKey(subject: "规上工业增加值增长")
        let outcome = IndicatorKey(subject: "全省规模以上工业增加值增长")
        #expect(target == outcome)
        #expect(target.name == "规上工业增加值" && target.direction == .up)
        let cut = IndicatorKey(subject: "单位国内生产总值能耗降低")
        #expect(cut == IndicatorKey(subject: "单位地区生产总值能耗下降"))
        #expect(cut.direction == .down)
        // 全国 is another quantity, not a scope: the country's harvest. 地方 (a province's own
        // revenue, apart from the centre's), 全社会 and 设区城市 are scopes.
        #expect(IndicatorKey(subject: "地方一般公共预算收入增长").name == "一般公共预算收入")
        #expect(IndicatorKey(subject: "全社会研发经费支出占地区生产总值比重") == IndicatorKey(subject: "研发经费支出占地区生产总值比重"))
        #expect(IndicatorKey(subject: "设区城市PM2.5平均浓度") == IndicatorKey(subject: "PM2.5平均浓度"))
        #expect(IndicatorKey(subject: "全国粮食产量") != IndicatorKey(subject: "粮食产量"))
        #expect(IndicatorKey(subject: "能耗降低").isOpposite(to: IndicatorKey(subject: "能耗上升")))
        #expect(!IndicatorKey(subject: "能耗降低").isOpposite(to: IndicatorKey(subject: "能耗")))
        #expect(!IndicatorKey(subject: "粮食产量").admits(IndicatorKey(subject: "粮食产量增加"), kind: .level))
        #expect(!IndicatorKey(subject: "化学需氧量排放量减少").admits(IndicatorKey(subject: "化学需氧量排放量减少"), kind: .level))
        #expect(HeadlineTargets.indicator(of: "万元地区生产总值用水量下降") == nil)
        #expect(HeadlineTargets.indicator(of: "单位国内生产总值能耗降低") == nil)
        #expect(HeadlineTargets.indicator(of: "单位地区生产总值二氧化碳排放降低") == nil)
        #expect(HeadlineTargets.indicator(of: "在主要污染物排放持续下降的同时全省地区生产总值增长") == "gdp")
        #expect(IndicatorKey(subject: "粮食产量") == IndicatorKey(subject: "全年粮食总产量"))
        #expect(IndicatorKey(subject: "粮食产量").direction == .none)
        // A verb is not taken when it would leave less than two scalars of name.
        #expect(IndicatorKey(subject: "增长").name == "增长")
        #expect(IndicatorKey(subject: "全省").name == "全省")
        #expect(IndicatorKey(subject: "开工率") != IndicatorKey(subject: "完工率"))
    }

    /// Targets outside the standard ids are compared too, by what their subject measures: levels,
    /// cuts (a rise against a targeted cut is a miss) and pollution (a ceiling).
    @Test func targetsWithTheirOwnSubjectMeetTheirOutcomes() {
        let (earlier, later) = reports(
            targets: "地区生产总值增长5%左右；规上工业增加值增长6%左右；粮食产量1300亿斤以上；单位地区生产总值能耗降低3%左右；细颗粒物平均浓度35微克/立方米左右；一般公共预算收入增长4%；城乡居民收入稳步增长。",
            review: "全省生产总值增长5.2%，规模以上工业增加值增长7.1%，粮食产量1280亿斤，单位生产总值能耗上升3%，细颗粒物平均浓度40微克/立方米，一般公共预算收入5000亿元。")
        let rows = TargetOutcomes.compare(earlier, with: later)
        func row(_ indicator: String) -> TargetOutcomes.Row? { rows.first { $0.indicator == indicator } }
        #expect(row("gdp")?.verdict == "met")
        #expect(row("规上工业增加值增长")?.outcome?.text == "7.1%")
        #expect(row("规上工业增加值增长")?.verdict == "met")
        #expect(row("粮食产量")?.verdict == "missed")
        #expect(row("单位地区生产总值能耗降低")?.outcome?.text == "3%")
        #expect(row("单位地区生产总值能耗降低")?.verdict == "missed")
        #expect(row("细颗粒物平均浓度")?.verdict == "missed")   // lower is better
        // A level is not the outcome of a growth target.
        #expect(row("一般公共预算收入增长")?.verdict == "not-stated")
        #expect(rows.count == 7, "\(rows.map(\.indicator))")

        // trend: by id, or by a target's name in any spelling.
        #expect(TargetOutcomes.trend(of: "粮食产量", in: earlier).target?.metric?.text == "1300亿斤以上")
        #expect(TargetOutcomes.trend(of: "粮食总产量", in: later).outcome?.text == "1280亿斤")
        #expect(TargetOutcomes.trend(of: "规模以上工业增加值增长", in: earlier).target?.metric?.text == "6%左右")
        #expect(TargetOutcomes.trend(of: "gdp", in: later).outcome?.text == "5.2%")
        #expect(TargetOutcomes.trend(of: "煎饼", in: later).outcome == nil)
        // An empty name would match a figure with no subject.
        var subjectless = later
        subjectless.metrics[0].subject = ""
        #expect(subjectless.metrics[0].role == .achieved)
        #expect(TargetOutcomes.trend(of: "", in: subjectless).outcome == nil)
        #expect(TargetOutcomes.trend(of: " ", in: subjectless).outcome == nil)
    }

    /// Cases a reviewer found: an explicit 以上 is a floor even for a subject that names
    /// pollution; an outcome with no verb is not a change the other way round; a change is not
    /// the outcome of a level; a name of a standard indicator is that indicator in trend.
    @Test func floorsVerbsAndChanges() {
        let (earlier, later) = reports(
            targets: "地区生产总值增长5%左右；受污染耕地安全利用率93%以上；单位地区生产总值能耗降低3%左右；粮食产量1300亿斤以上。",
            review: "全省生产总值增长5.2%，受污染耕地安全利用率95%，单位地区生产总值能耗、二氧化碳排放分别下降3.5%、4%，粮食产量增加6.6亿斤，全国粮食产量1.43万亿斤。")
        let rows = TargetOutcomes.compare(earlier, with: later)
        func row(_ indicator: String) -> TargetOutcomes.Row? { rows.first { $0.indicator == indicator } }
        #expect(row("受污染耕地安全利用率")?.verdict == "met")
        #expect(row("单位地区生产总值能耗降低")?.outcome?.text == "3.5%")
        #expect(row("单位地区生产总值能耗降低")?.verdict == "met")
        #expect(row("粮食产量")?.verdict == "not-stated", "\(String(describing: row("粮食产量")?.outcome))")
        // trend by a name of a standard indicator is that indicator.
        #expect(TargetOutcomes.trend(of: "生产总值", in: later).target?.indicator == "gdp")
        #expect(TargetOutcomes.trend(of: "生产总值", in: later).outcome?.text == "5.2%")
    }

    /// A standard indicator set outside the headline list (Beijing's 城镇新增就业 in its jobs
    /// paragraph) is still that indicator's target, marked as not listed; one of another kind
    /// (a level of output) or of a five-year plan is not.
    @Test func standardIndicatorsSetElsewhereLineUp() {
        let (earlier, later) = reports(
            targets: "地区生产总值增长5%左右。\n促进就业。城镇新增就业不少于26万人，生产总值达到5万亿元。",
            review: "城镇新增就业29.9万人。")
        let targets = StatedTargets.find(in: earlier)
        #expect(targets.map(\.indicator) == ["gdp", "urban-jobs"])
        #expect(targets.map(\.isListed) == [true, false])
        // 城镇调查失业率 set in a paragraph of its own is unemployment.
        let jobless = Fixtures.parse("2025年某省政府工作报告\n一、2024年工作回顾\n推进。\n二、2025年工作安排\n稳定就业。城镇调查失业率控制在5%以内。\n")
        #expect(StatedTargets.find(in: jobless).map(\.indicator) == ["unemployment"])
        #expect(HeadlineTargets.find(in: earlier).count == 1)
        let jobs = TargetOutcomes.compare(earlier, with: later).first { $0.indicator == "urban-jobs" }
        #expect(jobs?.verdict == "met")
        #expect(TargetOutcomes.trend(of: "urban-jobs", in: earlier).target?.metric?.text == "26万人")
        let fiveYear = Fixtures.parse("2026年某省政府工作报告\n一、2025年工作回顾\n成绩显著。\n二、“十五五”时期主要目标\n城镇新增就业500万人以上。\n三、2026年工作安排\n主要预期目标是：地区生产总值增长5%左右。\n")
        #expect(StatedTargets.find(in: fiveYear).map(\.indicator) == ["gdp"])
        // A part of the indicator (a county's floor, one kind of trade, rural income) is not it.
        let parts = reports(targets: "地区生产总值增长5%左右。\n稳定就业。各市县城镇新增就业不少于1万人，全省城镇新增就业45万人，跨境电商进出口增长20%，农村居民人均可支配收入增长7%。",
                            review: "推进。").earlier
        let stated = StatedTargets.find(in: parts)
        #expect(stated.map(\.indicator) == ["gdp", "urban-jobs"])
        #expect(stated.last?.metric?.text == "45万人")
    }

    /// With no target to match, trend takes last year's figure in the kind the indicator is set
    /// in: the growth of GDP, not its level stated first.
    @Test func trendWithoutATargetTakesTheUsualKind() {
        let report = Fixtures.parse("2026年某省政府工作报告\n一、2025年工作回顾\n过去一年，全省地区生产总值达到5.53万亿元、稳居全国前十、增长4.8%。\n二、2026年工作安排\n推进。\n")
        let found = TargetOutcomes.trend(of: "gdp", in: report)
        #expect(found.target == nil)
        #expect(found.outcome?.text == "4.8%")
    }

    /// A review that restates last year's goal (年初确定的…目标) is not reporting an outcome: the
    /// figure after the goal is.
    @Test func aRestatedGoalIsNoOutcome() {
        let (earlier, later) = reports(targets: "地区生产总值增长5%—5.5%，社会消费品零售总额增长6%—6.5%，城镇新增就业50万人以上。",
                                       review: "我们坚持年初确定的地区生产总值增长5%—5.5%的预期目标不动摇，全年实际增长4.6%。年初确定的社会消费品零售总额增长6%—6.5%的目标没有完成，全年增长5.2%。城镇新增就业完成年初确定的50万人目标，达到47万人。")
        let rows = TargetOutcomes.compare(earlier, with: later)
        #expect(rows.map(\.indicator) == ["gdp", "retail-sales", "urban-jobs"])
        #expect(rows.map { $0.outcome?.text } == ["4.6%", "5.2%", "47万人"])
        #expect(rows.map(\.verdict) == ["missed", "missed", "missed"])
        // The restated goals are neither outcomes nor the report's own targets.
        let restated = later.metrics.filter { $0.role == .other && $0.rule.contains("restated-goal") }
        #expect(restated.map(\.text) == ["5%—5.5%", "6%—6.5%", "50万人"])
        // An outcome said against its goal is an outcome.
        let (_, against) = reports(targets: "", review: "城镇新增就业52万人的成绩超出年度目标，地区生产总值增长12%的好成绩高于目标。")
        #expect(against.metrics.prefix(2).map(\.role) == [.achieved, .achieved])
    }

    /// A figure of part of the year (一季度, 上半年, 12月份) is no outcome of a year's target,
    /// and the year's figure after it is named by the measure before it.
    @Test func partsOfTheYearAreNoOutcome() {
        let (earlier, later) = reports(targets: "地区生产总值增长5%以上，社会消费品零售总额增长5%左右。",
                                       review: "一季度全省生产总值增长6.1%，上半年增长5.5%，全年增长4.8%。社会消费品零售总额12月份增长7.2%，全年增长3.9%。")
        #expect(later.metrics.prefix(5).map(\.subject) == ["一季度全省生产总值增长", "上半年全省生产总值增长", "全省生产总值增长",
                                                          "12月份社会消费品零售总额增长", "社会消费品零售总额增长"])
        let rows = TargetOutcomes.compare(earlier, with: later)
        #expect(rows.map { $0.outcome?.text } == ["4.8%", "3.9%"])
        #expect(rows.map(\.verdict) == ["missed", "missed"])
        #expect(TargetOutcomes.trend(of: "gdp", in: later).outcome?.text == "4.8%")
    }

    /// The registered rate of unemployment is another measure than the surveyed one.
    @Test func registeredAndSurveyedUnemploymentAreApart() {
        let (earlier, later) = reports(targets: "城镇调查失业率5.5%以内。", review: "城镇调查失业率保持稳定，城镇登记失业率1.78%。")
        #expect(TargetOutcomes.compare(earlier, with: later).map(\.verdict) == ["not-stated"])
        let (registered, both) = reports(targets: "城镇登记失业率控制在3.5%以内。", review: "城镇调查失业率5.1%，城镇登记失业率2.9%。")
        let row = TargetOutcomes.compare(registered, with: both).first
        #expect(row?.outcome?.text == "2.9%")
        #expect(row?.verdict == "met")
    }

    /// `trend` reads income as `compare` does (growth after prices first), and finds last
    /// year's figure for a target in words (正增长).
    @Test func trendReadsOutcomesAsCompareDoes() {
        let (earlier, later) = reports(targets: "固定资产投资正增长，居民收入增长与经济增长同步。",
                                       review: "全省生产总值增长5.5%。固定资产投资下降2.1%。全体居民人均可支配收入名义增长5.8%、实际增长5.1%。")
        #expect(TargetOutcomes.trend(of: "income", in: later).outcome?.text == "5.1%")
        let inWords = Fixtures.parse("2025年某省政府工作报告\n一、2024年工作回顾\n固定资产投资增长1.9%。\n二、2025年工作安排\n今年主要预期目标是：固定资产投资正增长。\n")
        #expect(TargetOutcomes.trend(of: "fixed-asset-investment", in: inWords).outcome?.text == "1.9%")
        #expect(TargetOutcomes.compare(earlier, with: later).first { $0.indicator == "income" }?.outcome?.text == "5.1%")
    }

    /// Outcomes the review states in words decide targets no figure decides: 完成…目标任务 and
    /// 控制在目标范围内 are met, 没有完成 missed, 与上年持平 a change of nothing.
    @Test func outcomesStatedInWords() {
        let (earlier, later) = reports(
            targets: "单位地区生产总值能耗降低完成国家下达任务，居民收入增长与经济增长同步，城镇调查失业率5.5%以内，城镇新增就业50万人以上，固定资产投资增长3%以上，粮食产量稳定在600亿斤以上。",
            review: "单位地区生产总值能耗下降2.9%，完成国家下达的年度目标任务。居民收入增长与经济增长同步。城镇调查失业率控制在目标范围内。城镇新增就业完成年度目标任务。全社会固定资产投资与上年持平。年初确定的粮食产量目标没有完成。")
        let rows = TargetOutcomes.compare(earlier, with: later)
        #expect(rows.map(\.verdict) == ["met", "met", "met", "met", "missed", "missed"])
        #expect(rows.first?.statement?.text == "单位地区生产总值能耗下降2.9%，完成国家下达的年度目标任务")
        #expect(rows.first?.statement?.line == 3)
        // Words about another measure, or words that judge nothing, decide nothing.
        let (other, silent) = reports(targets: "城镇新增就业50万人以上。", review: "城镇新增就业情况良好，农村劳动力转移完成年度目标任务。")
        #expect(TargetOutcomes.compare(other, with: silent).map(\.verdict) == ["not-stated"])
    }

    /// A price index on last year's 100 is the rise it says; 社零 is retail sales.
    @Test func aPriceIndexAndShortNames() {
        let (earlier, later) = reports(targets: "社会消费品零售总额增长5%左右，居民消费价格涨幅2%左右。",
                                       review: "社零总额增长4.6%，居民消费价格指数为100.2。")
        let rows = TargetOutcomes.compare(earlier, with: later)
        #expect(rows.map { $0.outcome?.text } == ["4.6%", "100.2"])
        #expect(rows.map(\.outcomeValue) == [4.6, 0.2])
        #expect(rows.map(\.verdict) == ["met", "met"])
        // A fall below 100 is a fall of prices.
        let (_, lower) = reports(targets: "", review: "居民消费价格指数为99.9。")
        #expect(TargetOutcomes.compare(earlier, with: lower).first { $0.indicator == "cpi" }?.outcomeValue == -0.1)
    }

    /// Words decide only about the measure that opens their clause, close to it, and a negation
    /// is a miss; a goal reached is an outcome; a price index's base is no index.
    @Test func wordsThatDecideNothing() {
        let targets = "固定资产投资增长5%，进出口总额增长3%，居民消费价格涨幅3%左右，居民收入增长与经济增长同步，城镇新增就业50万人。"
        func verdicts(_ review: String) -> [String: String] {
            let (earlier, later) = reports(targets: targets, review: review)
            return Dictionary(uniqueKeysWithValues: TargetOutcomes.compare(earlier, with: later).map { ($0.indicator, $0.verdict) })
        }
        #expect(verdicts("居民收入增长未能与经济增长同步。")["income"] == "missed")
        #expect(verdicts("固定资产投资中的基础设施投资没有完成年度目标。")["fixed-asset-investment"] == "not-stated")
        #expect(verdicts("进出口总额中民营企业占比与上年持平。")["foreign-trade"] == "not-stated")
        #expect(verdicts("物价上涨挂钩联动机制全面落实，完成年度目标任务。")["cpi"] == "not-stated")
        #expect(verdicts("外贸企业帮扶政策全部落地，顺利完成年度任务。")["foreign-trade"] == "not-stated")
        #expect(verdicts("城镇新增就业困难人员就业完成年度目标任务。")["urban-jobs"] == "not-stated")
        #expect(verdicts("居民消费价格指数（以上年为100）为103.5。")["cpi"] == "not-stated")
        let (goal, reached) = reports(targets: "地区生产总值增长5.5%左右。", review: "全年实现地区生产总值增长5.5%的预期目标。")
        #expect(TargetOutcomes.compare(goal, with: reached).first?.verdict == "met")
    }
}
