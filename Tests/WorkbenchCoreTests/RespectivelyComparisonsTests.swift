import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// 分别 lists with a comparison (比“十三五”时期, 较上年同期) before or after 分别, and trade
/// measures written once after the last name.
@Suite struct RespectivelyComparisonsTests {
    func subjects(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.subject)
    }

    @Test func aFallAfterAComparisonAfterRespectivelyIsEachFiguresAndKeepsTheComparison() {
        #expect(subjects("单位地区生产总值能耗和二氧化碳排放分别比“十三五”时期下降14.1%、16.2%。")
                == ["单位地区生产总值能耗比“十三五”时期下降", "二氧化碳排放比“十三五”时期下降"])
        // (As the comparison written before 分别 reads, and a single figure's.)
        #expect(subjects("能耗和排放比上年分别下降3%、4%。") == ["能耗比上年下降", "排放比上年下降"])
        #expect(subjects("能耗比上年下降3%。") == ["能耗比上年下降"])
        // (A rise after a comparison takes neither: only a rise right after 分别 is each figure's.)
        #expect(subjects("出口和进口分别比上年增长3%、4%。") == ["出口", "进口"])
    }

    @Test func aComparisonBeforeRespectivelyIsEveryNamesNotTheLasts() {
        #expect(subjects("生产安全事故起数、死亡人数较“十三五”同期分别下降62.97%、53.06%。")
                == ["生产安全事故起数较“十三五”同期下降", "死亡人数较“十三五”同期下降"])
        // (Before a rise it is left out, as after 分别.)
        #expect(subjects("出口、进口较上年分别增长3%、4%。") == ["出口增长", "进口增长"])
        // (比重 is a measure of each name, not a comparison.)
        #expect(subjects("研发投入、数字经济占GDP比重分别达2.5%、45%。")
                == ["研发投入占GDP比重", "数字经济占GDP比重"])
        #expect(subjects("文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%、5%。")
                == ["文化及相关产业增加值占地区生产总值比重", "旅游及相关产业增加值占地区生产总值比重"])
    }

    @Test func tradeMeasuresWrittenAfterTheLastNameAreEachNames() {
        #expect(subjects("集成电路、锂电池出口分别增长25%、30%。") == ["集成电路出口增长", "锂电池出口增长"])
        #expect(subjects("对非洲、拉美市场出口分别增长12%和9%。") == ["对非洲出口增长", "拉美市场出口增长"])
    }

    @Test func alertsAndStandardsAreSharedMeasures() {
        #expect(subjects("刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%。") == ["刑事治安警情下降", "涉诈警情下降", "涉毒警情下降"])
        #expect(subjects("城市低保、农村低保标准分别提高8%、9%。") == ["城市低保标准", "农村低保标准"])
    }
}
