import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// How far a word of change or of comparison reaches: not across two clauses; and the ways a gap
/// to a benchmark or a target is written.
@Suite struct CueReachTests {
    func kinds(_ text: String) -> [Metric.Kind] {
        Fixtures.reviewAndPlan(text).metrics.map(\.kind)
    }

    @Test func aCueTwoClausesBackIsAnotherFiguresWords() {
        #expect(kinds("社会治理效能持续提高，社会治安状况良好，人民群众安全感达98.2%。") == [.share])
        // (One clause back it still reaches: 增长，其中… is the same change.)
        #expect(kinds("规上工业增加值增长，其中制造业8.1%。") == [.growth])
        // (A rate named in the figure's own clause is nearer: 满意度.)
        #expect(kinds("提高建成项目治理效能，项目区农民满意度不低于80%。") == [.share])
        #expect(kinds("群众满意度提高5个百分点。") == [.growth])
    }

    @Test func gapsToABenchmarkOrATargetAreLevels() {
        #expect(kinds("民间投资增长2.7%，高出全国平均水平9.1个百分点。") == [.growth, .level])
        #expect(kinds("高标准农田比例达到60%，超过全国平均水平0.28个百分点。") == [.share, .level])
        #expect(kinds("水体比例优于国家考核目标14.6个百分点。") == [.level])
    }

    @Test func placesOfARankingAreRanksAndPeopleAreCounted() {
        #expect(kinds("金川集团在世界500强排名由369位上升到235位。") == [.rank, .rank])
        #expect(kinds("引进院士等高层次人才120位。") == [.count])
    }
}
