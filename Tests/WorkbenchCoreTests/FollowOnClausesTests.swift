import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Clauses after a figure that say only how its measure moved over a longer time, how it was
/// counted, or in which part of the year: the measure is the one before them.
@Suite struct FollowOnClausesTests {
    func subjects(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.subject)
    }

    @Test func aCumulativeChangeContinuesTheMeasure() {
        #expect(subjects("单位地区生产总值能耗下降3.5%，累计下降22.1%，工业增加值增长6%。")
            == ["单位地区生产总值能耗下降", "单位地区生产总值能耗累计下降", "工业增加值增长"])
        // The plan's years open it.
        #expect(subjects("单位地区生产总值能耗下降3.5%，“十四五”累计下降22.1%。")[1] == "“十四五”单位地区生产总值能耗累计下降")
    }

    @Test func howAFigureWasCountedIsNoMeasure() {
        #expect(subjects("外贸进出口总额6100亿元，按年平均汇率折算增长5%。")[1] == "外贸进出口总额增长")
        #expect(subjects("外贸进出口总额6100亿元，以美元计增长3%。")[1] == "外贸进出口总额增长")
        // 以 opening a measure stays (以旧换新 is a programme, not a way of counting).
        #expect(subjects("以旧换新带动销售额120亿元。").first?.contains("以旧换新") == true)
    }

    @Test func aPeriodOfTheYearOpensTheSubject() {
        #expect(subjects("全省地区生产总值一季度增长5.4%，上半年增长5.6%。") == ["一季度全省地区生产总值增长", "上半年全省地区生产总值增长"])
        #expect(subjects("规上工业增加值1—11月增长6.2%。") == ["1—11月规上工业增加值增长"])
        // The whole year is no part of it, and a period alone stays.
        #expect(subjects("地区生产总值全年增长5%。").first != "全年地区生产总值增长")
    }

    @Test func aBaselineAndWhereItWasCutTo() {
        #expect(subjects("煤炭消费量由2020年的2.8亿吨压减到2.5亿吨，工业增加值增长6%。") == ["煤炭消费量", "煤炭消费量", "工业增加值增长"])
    }

    @Test func fineParticlesAreEcology() {
        let rows = Fixtures.reviewAndPlan("细颗粒物平均浓度下降到36微克/立方米。").metrics
        #expect(rows.map(\.sector) == ["ecology-environment"])
    }

    @Test func aFigureInBracketsIsAnAside() {
        #expect(subjects("进出口总额7200亿元（其中出口6100亿元），增长6.1%。") == ["进出口总额", "出口", "进出口总额增长"])
    }
}
