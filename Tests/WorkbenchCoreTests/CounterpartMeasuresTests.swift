import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A measure written alone after its counterpart (进口 and 出口, 存款 and 贷款, 收入 and 支出) is of
/// the same owner; a verb of building alone acts on the thing the verb before it built.
@Suite struct CounterpartMeasuresTests {
    func subjects(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.subject)
    }

    @Test func aCounterpartTakesTheOwnerBeforeIt() {
        #expect(subjects("货物进口增长3%、出口增长5%。金融机构存款余额增长8%，贷款余额增长7%。")
                == ["货物进口增长", "货物出口增长", "金融机构存款余额增长", "金融机构贷款余额增长"])
    }

    @Test func theOwnerIsFoundPastHowTheFigureBeforeChanged() {
        #expect(subjects("地方一般公共预算收入增长2.3%、支出首次超过7000亿元。")
                == ["地方一般公共预算收入增长", "地方一般公共预算支出"])
    }

    @Test func aMeasureWithAnOwnerOfItsOwnKeepsIt() {
        #expect(subjects("货物进口增长3%，服务出口增长5%。") == ["货物进口增长", "服务出口增长"])
        #expect(Subjects.counterpartFront(of: 0..<2, first: 2..<6, in: Array("出口贸易进口".unicodeScalars)[...]) == 2..<4)
        #expect(Subjects.counterpartFront(of: 0..<2, first: 2..<6, in: Array("出口贸易顺差".unicodeScalars)[...]) == nil)
    }

    @Test func aStateOfBuildingAloneIsOfWhatWasBuilt() {
        #expect(subjects("建成过江通道4座、在建8座。") == ["建成过江通道", "过江通道在建"])
    }

    @Test func aPartAfterQizhongIsMeasuredAsTheWhole() {
        #expect(subjects("汽车保有量由2552万辆增至3230万辆，其中新能源汽车由45万辆增至356万辆。")
                == ["汽车保有量", "汽车保有量", "新能源汽车保有量", "新能源汽车保有量"])
        // (Not a rank after it, nor a part with a measure of its own.)
        #expect(subjects("汽车总产量达162.6万辆，其中新能源汽车产量超110万辆、居全国第9。").last == "新能源汽车产量全国排名")
        #expect(Subjects.measuredAsWhole("新能源汽车产量", whole: "汽车产量") == nil)
    }
}
