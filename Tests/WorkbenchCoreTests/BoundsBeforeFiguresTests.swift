import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Bounds written before a figure (近, 超过, 不低于) qualify it, even with whose and how often
/// between them, and are no part of what it counts; a part of a figure (含…) is named without 含.
@Suite struct BoundsBeforeFiguresTests {
    func rows(_ text: String) -> [Metric] {
        Fixtures.reviewAndPlan(text).metrics
    }

    @Test func aBoundBeforeWhoseAndHowOften() {
        let pension = rows("城乡居民基础养老金最低标准不低于每人每年7000元。")
        #expect(pension.map(\.qualifier) == [.atLeast])
        #expect(pension.map(\.subject) == ["城乡居民基础养老金最低标准"])
    }

    @Test func aBoundAloneBeforeACountWhoseNounFollows() {
        #expect(rows("举办展会30场，近200家企业参加展会。").map(\.subject) == ["举办展会", "企业参加展会"])
        #expect(rows("超过200家世界500强企业在陕设立分支机构。").first?.subject == "世界500强企业在陕设立分支机构")
        #expect(rows("超过200家世界500强企业在陕设立分支机构。").first?.qualifier == .atLeast)
    }

    @Test func aPartOfTheFigureBefore() {
        #expect(rows("城镇新增就业50万人（含高校毕业生20万人）。").map(\.subject) == ["城镇新增就业", "高校毕业生"])
    }

    @Test func 上BeforeABareHundredOrThousandIsALowerBound() {
        let rows = rows("引进高层次人才上百名，建成上千个村级服务站，吸纳就业上万人。")
        #expect(rows.map(\.qualifier) == [.atLeast, .atLeast, .atLeast])
        #expect(rows.map(\.subject) == ["引进高层次人才", "建成村级服务站", "吸纳就业"])
        #expect(rows.map(\.normalizedValue) == [100, 1000, 10000])
    }

    @Test func 上ThatEndsAnotherWordIsNoBound() {
        // 以上 closes the figure before; 网上 ends a noun. Neither bounds the figure after it.
        #expect(rows("网上百家老字号店铺开业。").allSatisfy { $0.qualifier != .atLeast })
        #expect(rows("粮食产量1400万吨以上，百家企业入选。").last?.qualifier == nil)
    }

    @Test func aRoundNumberOfPeopleDoingSomethingIsACount() {
        let found = rows("项目建成后可带动近万人就业，上万人参与志愿服务。")
        #expect(found.map(\.normalizedValue) == [10000, 10000])
        #expect(found.map(\.qualifier) == [.approx, .atLeast])
        #expect(found.first?.subject == "项目建成后可带动就业")
        // (超万人企业 names a class of firms by their size: no figure.)
        #expect(rows("培育超万人企业。").isEmpty)
    }

    @Test func gotIsNoPartOfWhatIsCounted() {
        #expect(rows("取得授权发明专利2.1万件，获得省级以上奖励120项。").map(\.subject) == ["授权发明专利", "省级以上奖励"])
    }
}
