import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// The quarters of one measure named once before 分别 (四个季度, 一至四季度, 后三个季度): the count
/// of quarters is no figure, and each figure is its quarter's.
@Suite struct QuarterListTests {
    func rows(_ text: String) -> [Metric] {
        Fixtures.reviewAndPlan(text).metrics
    }

    @Test func theQuartersCountIsNoFigureAndEachFigureIsItsQuarters() {
        let gdp = rows("全省地区生产总值四个季度分别增长5.2%、5.4%、5.6%和5.8%。")
        #expect(gdp.map(\.text) == ["5.2%", "5.4%", "5.6%", "5.8%"])
        #expect(gdp.map(\.subject) == ["一季度全省地区生产总值增长", "二季度全省地区生产总值增长", "三季度全省地区生产总值增长", "四季度全省地区生产总值增长"])
        #expect(rows("规上工业增加值一至四季度分别增长6.1%、6.3%、6.0%、6.2%。").map(\.subject).last == "四季度规上工业增加值增长")
        #expect(rows("地区生产总值后三个季度分别增长5.4%、5.6%、5.8%。").map(\.subject).first == "二季度地区生产总值增长")
    }

    /// What was done, written after 分别 (完成投资), is each period's measure; a measure written
    /// before its periods is each period's.
    @Test func whatWasDoneAfterRespectivelyIsEachPeriods() {
        #expect(rows("重点项目四个季度分别完成投资800亿元、900亿元、950亿元、1000亿元。").map(\.subject).first == "一季度重点项目完成投资")
        #expect(rows("重点项目一季度、二季度分别完成投资800亿元、900亿元。").map(\.subject) == ["一季度重点项目完成投资", "二季度重点项目完成投资"])
        #expect(rows("地区生产总值一季度、上半年和全年分别增长5.9%、5.8%、5.7%。").map(\.subject)
                == ["一季度地区生产总值增长", "上半年地区生产总值增长", "地区生产总值增长"])
    }

    @Test func aCountThatIsNotTheListsStays() {
        // As many figures as quarters only: three figures after 四个季度 are no quarters' list.
        #expect(rows("四个季度分别增长5.2%、5.4%、5.6%。").first?.text == "四个季度")
        // Quarters not before 分别: a count of quarters.
        #expect(rows("连续四个季度保持增长。").map(\.text) == ["四个季度"])
        // 前三个季度 is one period, not three quarters.
        #expect(rows("前三个季度分别增长5%、6%、7%。").first?.text == "三个季度")
    }

    @Test func periodsAloneAreTheMeasureBeforeThemInThatPeriod() {
        let gdp = rows("全省地区生产总值增长5.7%，一季度、上半年、前三季度和全年分别增长5.9%、5.8%、5.6%、5.7%。").map(\.subject)
        #expect(gdp == ["全省地区生产总值增长", "一季度全省地区生产总值增长", "上半年全省地区生产总值增长",
                        "前三季度全省地区生产总值增长", "全省地区生产总值增长"])
        // In brackets after the year's figure.
        #expect(rows("全省地区生产总值增长5.1%（一季度4.3%、上半年4.8%）。").map(\.subject).last == "上半年全省地区生产总值增长")
        // Each quarter's rate of the measure before.
        let rates = rows("全市生产总值增长5.6%，各季度增速分别为5.3%、5.5%、5.7%、5.6%。").map(\.subject)
        #expect(rates.dropFirst() == ["一季度全市生产总值增速", "二季度全市生产总值增速", "三季度全市生产总值增速", "四季度全市生产总值增速"])
        // After another sentence, the periods name no measure: each stays its own period
        // (not 上半年一季度 from the item before it).
        let alone = rows("城镇调查失业率平均为5.2%。一季度、上半年、前三季度和全年分别增长5.9%、5.8%、5.6%、5.7%，经济运行总体平稳。").map(\.subject)
        #expect(alone.dropFirst() == ["一季度", "上半年", "前三季度", "全年"])
        // Nor a measure that moved otherwise: a rate, a count, prices that rose (上涨).
        for before in ["城镇调查失业率5.2%", "城镇新增就业52万人", "居民消费价格上涨0.3%"] {
            #expect(rows(before + "，一季度、上半年、前三季度和全年分别增长5.9%、5.8%、5.6%、5.7%。").map(\.subject).dropFirst()
                    == ["一季度", "上半年", "前三季度", "全年"])
        }
        // A gap to a benchmark in between is passed over: each quarter's rate is of the measure.
        let gap = rows("全市生产总值增长5.6%（高于全国0.6个百分点），各季度增速分别为5.3%、5.5%、5.7%、5.6%。").map(\.subject)
        #expect(gap.suffix(4) == ["一季度全市生产总值增速", "二季度全市生产总值增速", "三季度全市生产总值增速", "四季度全市生产总值增速"])
    }

    @Test func aMeasureAndItsRateBetweenTheQuartersAndRespectively() {
        let rates = rows("四个季度经济增速分别为5.2%、5.4%、5.6%、5.8%。")
        #expect(rates.map(\.text) == ["5.2%", "5.4%", "5.6%", "5.8%"])
        #expect(rates.map(\.subject) == ["一季度经济增速", "二季度经济增速", "三季度经济增速", "四季度经济增速"])
        let industry = rows("全市生产总值增长5.6%，各季度规上工业增加值增速分别为5.3%、5.5%、5.7%、5.6%。").map(\.subject)
        #expect(industry.last == "四季度规上工业增加值增速")
        // A count of quarters with figures of another kind after it stays.
        #expect(rows("四个季度举办展会分别为20场、30场。").map(\.text).first == "四个季度")
    }
}
