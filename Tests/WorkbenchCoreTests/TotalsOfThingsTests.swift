import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A total told alone (总量, 总规模, 总投资, 总里程) is of the thing named before it: the topic of
/// the clause before, or what the count before it counted.
@Suite struct TotalsOfThingsTests {
    func subjects(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.subject)
    }

    @Test func aTotalAfterATopicIsTheTopics() {
        #expect(subjects("市场经营主体增量提质，总量突破1000万户。") == ["市场经营主体总量"])
        #expect(subjects("高速公路建设提速，总里程达8667公里。") == ["高速公路总里程"])
    }

    @Test func aTotalSizeAfterACountIsOfWhatWasCounted() {
        #expect(subjects("省级引导基金引导设立基金24只、总规模934亿元。") == ["省级引导基金引导设立基金", "省级引导基金引导设立基金总规模"])
        #expect(subjects("新注册企业1990家、总投资5785.5亿元。") == ["新注册企业", "新注册企业总投资"])
    }
}
