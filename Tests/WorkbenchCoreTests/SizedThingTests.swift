import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A size written before 的 (总投资40亿元的…, 总规模100亿元的…, 全长…的…) measures the thing the 的
/// names: the subject is that thing and the measure, not the verb before the measure.
@Suite struct SizedThingTests {
    func subjects(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.subject)
    }

    @Test func theSizeIsOfTheThingNamedAfterDe() {
        #expect(subjects("设立总规模100亿元的科创母基金。") == ["科创母基金总规模"])
        #expect(subjects("开工建设总投资40亿元的抽水蓄能电站。") == ["抽水蓄能电站总投资"])
        #expect(subjects("投资超过550亿元的晋北采煤沉陷区新能源基地开工建设。") == ["晋北采煤沉陷区新能源基地投资"])
        #expect(subjects("全长1.3万公里的三个一号旅游公路提前三年全线贯通。").first == "三个一号旅游公路全长")
        // The thing ends where a figure of it begins.
        #expect(subjects("实施总投资1.2万亿元的省重点项目1500个。") == ["省重点项目总投资", "省重点项目"])
    }

    @Test func aGoalOrALevelIsNoThingSized() {
        #expect(subjects("完成投资500亿元的年度目标。") == ["完成投资"])
        // No 的 after the figure: the words before it stay.
        #expect(subjects("全省完成投资500亿元。") == ["全省完成投资"])
        // No measure of size before it.
        #expect(subjects("新增2个的试点。").first != "试点新增")
    }
}
