import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A clause after a figure whose subject named an owner before 累计 or 全年 is of that owner too,
/// when it is another item of the owner's list (after 、) or a clause of the same shape.
@Suite struct ParallelClauseOwnerTests {
    func subjects(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.subject)
    }

    @Test func anItemAfterTheOwnersFirstFigureKeepsTheOwner() {
        #expect(subjects("中老铁路累计发送旅客4200万人次、运输货物5800万吨。") == ["中老铁路累计发送旅客", "中老铁路运输货物"])
        #expect(subjects("机场全年完成旅客吞吐量3200万人次、货邮吞吐量28万吨。") == ["机场全年完成旅客吞吐量", "机场货邮吞吐量"])
        #expect(subjects("中欧班列全年开行1500列、发送集装箱15万标箱。") == ["中欧班列全年开行", "中欧班列发送集装箱"])
    }

    @Test func afterACommaOnlyAClauseOfTheSameShape() {
        #expect(subjects("中老铁路累计发送旅客4200万人次，运输货物5800万吨。") == ["中老铁路累计发送旅客", "中老铁路运输货物"])
        #expect(subjects("中欧班列全年开行1500列，发送集装箱15万标箱。").last == "发送集装箱")
    }

    @Test func aClauseWithAnOwnerOfItsOwnKeepsIt() {
        #expect(subjects("全省累计完成投资5000亿元、太原市新增就业3万人。").last == "太原市新增就业")
        #expect(subjects("全省全年完成投资5000亿元、其中民间投资2000亿元。").last?.hasPrefix("全省") == false)
        // No adverb between owner and verb: nothing says where the owner ends.
        #expect(subjects("中老铁路发送旅客4200万人次、运输货物5800万吨。").last == "运输货物")
        // A measure is no owner; a clause naming a thing of the owner's kind has its own.
        #expect(subjects("港口货物吞吐量全年完成18亿吨、集装箱吞吐量3500万标箱。").last == "集装箱吞吐量")
        #expect(subjects("全市旅游接待人数全年达到1.2亿人次、旅游总收入1500亿元。").last == "旅游总收入")
        #expect(subjects("全省高速公路累计通车9000公里、农村公路新改建1.2万公里。").last == "农村公路新改建")
    }
}
