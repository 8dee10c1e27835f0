import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Streaks (连续N年/次/届): the thing, 连续, what kept happening to it, and what is counted.
@Suite struct StreaksTests {
    func figures(_ text: String) -> [Metric] {
        Fixtures.reviewAndPlan(text).metrics
    }

    @Test func aStreakOfYearsTakesThePredicateAfterIt() throws {
        let rows = figures("全省粮食产量连续13年稳定在430亿斤以上。")
        #expect(rows.map(\.subject) == ["全省粮食产量连续稳定在430亿斤以上的年数", "全省粮食产量"])
        let streak = try #require(rows.first)
        #expect(streak.role == .other)
        #expect(streak.kind == .level)
    }

    @Test func aStreakWithNoThingBeforeItIsItsPredicate() {
        #expect(figures("连续10年提高城乡居民基础养老金。").map(\.subject) == ["连续提高城乡居民基础养老金的年数"])
    }

    @Test func aRankAfterAStreakIsTheThings() {
        let rows = figures("营商环境评价连续三年位居全国前列。")
        #expect(rows.map(\.subject) == ["营商环境评价连续位居全国前列的年数", "营商环境评价全国排名"])
    }

    @Test func timesAndTermsInARowAreStreaksToo() {
        let rows = figures("援藏援疆工作连续3次获全国先进典型，连续12届获中国戏剧梅花奖。")
        #expect(rows.map(\.subject) == ["援藏援疆工作连续获全国先进典型的次数", "连续获中国戏剧梅花奖的届数"])
        #expect(rows.map(\.role) == [.other, .other])
        #expect(rows.map(\.unit) == ["次", "届"])
    }

    @Test func termsOutsideAStreakAreNoFigures() {
        #expect(figures("十四届全国人大三次会议审议通过，两届全运会在我省举办。").isEmpty)
    }

    @Test func listedStreaksShareThePredicateAfterTheLast() {
        let rows = figures("长江干流断面连续8年、赣江干流断面连续5年保持Ⅱ类水质。")
        #expect(rows.map(\.subject) == ["长江干流断面连续保持Ⅱ类水质的年数", "赣江干流断面连续保持Ⅱ类水质的年数"])
    }

    @Test func aComparisonOfTheFigureBeforeIsNoPartOfTheThing() {
        let rows = figures("PM2.5年均浓度较“十三五”末改善16.5%，连续5年达国家二级标准。")
        #expect(rows.last?.subject == "PM2.5年均浓度连续达国家二级标准的年数")
    }

    @Test func quartersAreCountedAsQuarters() {
        #expect(figures("打击治理电信网络诈骗成效连续5个季度居全国前列。").first?.subject
                == "打击治理电信网络诈骗成效连续居全国前列的季度数")
    }
}
