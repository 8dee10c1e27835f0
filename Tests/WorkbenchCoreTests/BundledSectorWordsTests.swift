import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Words of the bundled sector lexicon that figures with no other sector word depend on (they
/// came out with no sector at all).
@Suite struct BundledSectorWordsTests {
    func sectors(_ text: String) -> [String?] {
        Fixtures.reviewAndPlan(text).metrics.map(\.sector)
    }

    @Test func pipeNetworksResettlementHousingAndMonitoredHouseholds() {
        #expect(sectors("改造老旧供热、燃气、排水管网800公里。") == ["investment-infrastructure"])
        #expect(sectors("续建安置房7550套。") == ["social-livelihood"])
        #expect(sectors("改造危旧房3000户。") == ["social-livelihood"])
        #expect(sectors("精准识别帮扶监测对象16.6万户。") == ["agriculture-rural"])
        #expect(sectors("黄河干流流经县综合治理工程完工率达到85%以上。") == ["ecology-environment"])
    }
}
