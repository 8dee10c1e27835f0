import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A unit written only after the last number of a list, tiers of a ranking, the digits of a code,
/// and verbs that adjust a level by a rate.
@Suite struct ListUnitsTiersAndCodesTests {
    func rows(_ text: String) -> [Metric] {
        Fixtures.reviewAndPlan(text).metrics
    }

    @Test func numbersWithTheirOwnMultiplierTakeTheListsUnit() {
        let found = rows("电子信息、有色金属、装备制造业产业规模分别达1.28万亿、1.18万亿、8200亿元。")
        #expect(found.map(\.normalizedValue) == [1.28e12, 1.18e12, 8.2e11])
        #expect(found.map(\.normalizedUnit) == ["元", "元", "元"])
        #expect(found.map(\.subject) == ["电子信息产业规模", "有色金属产业规模", "装备制造业产业规模"])
    }

    @Test func theFirstTierOfARanking() {
        let found = rows("即时零售规模稳居全国第一梯队，垃圾分类工作居全国第一档。")
        #expect(found.map(\.kind) == [.rank, .rank])
        #expect(found.map(\.text) == ["第一梯队", "第一档"])
        // (With nothing that ranks: no figure.)
        #expect(rows("组建第一梯队攻关团队。").isEmpty)
    }

    @Test func theDigitsOfACodeAreNoFigure() {
        #expect(rows("电动垂直起降飞行器AR-E3000成功首飞。").isEmpty)
    }

    @Test func adjustedByARateIsAChange() {
        #expect(rows("退休人员基本养老金总体上调2%，融资平台债务累计压降85.2%。").map(\.kind) == [.growth, .growth])
    }
}
