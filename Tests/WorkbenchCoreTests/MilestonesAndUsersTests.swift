import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Milestones passed (迈上5万亿台阶), users counted by a bare 万 or 亿, computing power in PF,
/// and a plan's words before what it sets.
@Suite struct MilestonesAndUsersTests {
    func rows(_ text: String) -> [Metric] {
        Fixtures.reviewAndPlan(text).metrics
    }

    @Test func aMilestoneWithItsUnitLeftOutIsMoney() {
        let gdp = rows("地区生产总值迈上5万亿台阶、五年增量超1.36万亿元。")
        #expect(gdp.map(\.text) == ["5万亿", "1.36万亿元"])
        #expect(gdp.first?.normalizedValue == 5e12)
        #expect(gdp.first?.normalizedUnit == "元")
        #expect(gdp.first?.kind == .level)
        #expect(gdp.first?.subject == "地区生产总值")
        // (Not in a clause about something other than an amount: 台 of 台阶 is never a unit.)
        #expect(rows("服务能力迈上5万台阶。").isEmpty)
    }

    @Test func oneTrillionSteppedOntoButNotACountOfSteps() {
        let onto = rows("川南经济区经济总量迈上万亿元台阶。")
        #expect(onto.map(\.normalizedValue) == [1e12])
        #expect(onto.first?.subject == "川南经济区经济总量")
        // 跨过两个万亿元大关 counts milestones; the amount is the figure after it.
        let across = rows("经济总量跨过两个万亿元大关、达到6.77万亿元。")
        #expect(across.map(\.text) == ["6.77万亿元"])
    }

    @Test func usersCountedByABareMultiplier() {
        let users = rows("“湘易办”用户突破3500万、月访问量稳定在2000万人次，平台用户超1亿。")
        #expect(users.map(\.normalizedValue) == [3.5e7, 2e7, 1e8])
        #expect(users.map(\.normalizedUnit) == ["人", "人次", "人"])
        #expect(users.map(\.subject) == ["“湘易办”用户", "月访问量", "平台用户"])
        #expect(users.first?.qualifier == .atLeast)
    }

    @Test func computingPowerInPF() {
        let power = rows("总算力突破1.3万PF、增长20倍，智能算力达4800PF。")
        #expect(power.map(\.text) == ["1.3万PF", "20倍", "4800PF"])
        #expect(power.first?.normalizedValue == 13000)
        #expect(power.map(\.subject) == ["总算力", "总算力增长", "智能算力"])
    }

    @Test func aPlansWordsOpenNoSubject() {
        let plan = Fixtures.reviewAndPlan("推进。", "提出地区生产总值年均增长5%—5.5%。").metrics
        #expect(plan.last?.subject == "地区生产总值年均增长")
    }
}
