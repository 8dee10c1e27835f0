import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// `“十四五”以来` before a plan has ended is the plan's years so far, and the account it opens
/// ends at the next numbered section of a one-year review.
@Suite struct PlanToDateTests {
    func periods(_ review: String, year: Int = 2025) -> [String] {
        let report = Fixtures.parse("\(year)年某省政府工作报告\n一、\(year - 1)年工作回顾\n" + review + "\n二、\(year)年工作安排\n推进。\n")
        return report.metrics.map { $0.period?.label ?? "none" }
    }

    @Test func sincePlanBeganIsTheYearsSoFar() {
        #expect(periods("“十四五”以来，全市地区生产总值年均增长5.8%。") == ["2021-2024-review"])
        // In the plan's last year's review, the whole plan.
        #expect(periods("“十四五”以来，全市地区生产总值年均增长5.8%。", year: 2026) == ["2021-2025-review"])
        // 时期 names the whole plan, as before.
        #expect(periods("“十四五”时期，全市地区生产总值年均增长5.8%。") == ["2021-2025-review"])
    }

    @Test func aNumberedSectionOfAOneYearReviewIsThatYearsAgain() {
        let review = """
        过去一年，全市实现地区生产总值5280.6亿元。
        “十四五”以来，全市地区生产总值年均增长5.8%。
        （一）聚焦稳进提质，经济运行持续向好。新签约亿元以上项目436个。
        （二）聚焦民生福祉，人民群众更有获得感。城镇新增就业4.8万人。
        """
        #expect(periods(review) == ["2024-review", "2021-2024-review", "2024-review", "2024-review"])
        // A part that reviews five years keeps its span in its sections.
        let term = Fixtures.parse("2023年某省政府工作报告\n一、过去五年工作回顾\n（一）经济实力跃上新台阶。地区生产总值年均增长6.1%。\n二、2023年工作安排\n推进。\n")
        #expect(term.metrics.map { $0.period?.label } == ["2018-2022-review"])
    }

    /// A numbered section's own words after its number may open a span.
    @Test func aNumberedSectionMayOpenItsOwnSpan() {
        let review = """
        （一）聚焦稳进提质，经济运行持续向好。新签约亿元以上项目136个。
        （三）五年来，累计建成高标准农田30万亩。
        """
        #expect(periods(review) == ["2024-review", "2020-2024-review"])
    }
}
