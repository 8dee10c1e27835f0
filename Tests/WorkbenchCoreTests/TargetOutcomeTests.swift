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
}
