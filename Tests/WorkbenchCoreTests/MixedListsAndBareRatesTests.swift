import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// 分别 lists whose figures carry verbs of their own (分别增长3.2%、下降4.1%), and measures written
/// as bare numbers: coefficients and deaths per unit of output or traffic.
@Suite struct MixedListsAndBareRatesTests {
    func rows(_ text: String) -> [(subject: String, value: Double?)] {
        Fixtures.reviewAndPlan(text).metrics.map { ($0.subject, $0.value) }
    }

    @Test func aVerbInsideARespectivelyListIsItsFiguresOwn() {
        let mixed = rows("进出口总额、出口额分别增长3.2%、下降4.1%。")
        #expect(mixed.map(\.subject) == ["进出口总额增长", "出口额下降"])
        #expect(mixed.map(\.value) == [3.2, 4.1])
        // A rise after a fall keeps none of the list's verb.
        #expect(rows("事故起数、死亡人数分别下降12%、增长3%。").map(\.subject) == ["事故起数下降", "死亡人数"])
        // Figures with no verb of their own keep the list's; a later one with its own takes it.
        #expect(rows("一般公共预算收入、税收收入、非税收入分别增长3.2%、4.5%、下降1.2%。").map(\.subject)
                == ["一般公共预算收入增长", "税收收入增长", "非税收入下降"])
        // One name before 分别 is a pair (城乡), its two figures with their verbs.
        #expect(rows("城乡居民人均可支配收入分别增长5.1%、下降0.3%。").map(\.subject)
                == ["城镇居民人均可支配收入增长", "农村居民人均可支配收入下降"])
        // Without 分别, a verb after a list mark begins a figure of its own.
        #expect(rows("出口额增长3.2%、下降的是进口。").map(\.subject) == ["出口额增长"])
    }

    @Test func coefficientsAndDeathRatesAreBareNumbers() {
        let metrics = Fixtures.reviewAndPlan("亿元生产总值生产安全事故死亡率降至0.006，道路交通万车死亡率1.2，居民收入基尼系数0.46。").metrics
        #expect(metrics.map(\.subject) == ["亿元生产总值生产安全事故死亡率", "道路交通万车死亡率", "居民收入基尼系数"])
        #expect(metrics.map(\.value) == [0.006, 1.2, 0.46])
        #expect(metrics.allSatisfy { $0.kind == .level && $0.unit == nil })
        // A bare number that does not close its clause is still no figure (死亡率 is no unit).
        #expect(Fixtures.reviewAndPlan("事故死亡率降低30个案例。").metrics.allSatisfy { $0.unit != nil })
    }

    /// Own verbs pair with figures named before 分别 too, and every fall is one (回落, 下滑); a
    /// count of what has a coefficient is no coefficient.
    @Test func ownVerbsAfterFiguresAndTheirNames() {
        #expect(rows("全省进出口总额1.02万亿元、出口额6200亿元，分别增长3.2%、下降4.1%。").map(\.subject)
                == ["全省进出口总额", "出口额", "全省进出口总额增长", "出口额下降"])
        #expect(rows("商品房销售面积、销售额分别下降12.3%、回落8.5%。").map(\.subject) == ["商品房销售面积下降", "销售额回落"])
        #expect(Fixtures.reviewAndPlan("执行新的工伤保险行业风险系数的企业达到3200。").metrics.isEmpty)
    }

    /// A measure and a cue alone after a figure of another measure take its owner.
    @Test func aMeasureAloneTakesTheOwnerBeforeIt() {
        #expect(rows("市属国有企业资产总额增长5%，营业收入增长6%，利润总额增长8%以上。").map(\.subject)
                == ["市属国有企业资产总额增长", "市属国有企业营业收入增长", "市属国有企业利润总额增长"])
    }
}
