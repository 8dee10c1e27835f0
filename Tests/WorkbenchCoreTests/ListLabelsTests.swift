import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A count in numerals right after a list of as many items names the list.
@Suite struct ListLabelsTests {
    func texts(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.text)
    }

    @Test func aCountOfTheListJustWrittenIsNoFigure() {
        #expect(texts("扎实抓好稳增长、防风险、保民生三项基本任务。").isEmpty)
        #expect(texts("充分发挥安阳、商丘、信阳、三门峡四个端点城市作用。").isEmpty)
    }

    @Test func aCountOfMoreOrFewerThanTheListIsAFigure() {
        #expect(texts("在安阳、商丘新建三个物流园区。") == ["三个"])
        #expect(texts("新建学校、医院等五个项目。") == ["五个"])
        // (Digits are a figure the report counts on purpose.)
        #expect(texts("建成安阳、商丘2个物流枢纽。") == ["2个"])
    }

    @Test func theRuleReadsOnlyWhatItShould() {
        let s = Array("稳增长、防风险、保民生三项".unicodeScalars)[...]
        #expect(QuantityScanner.countsListBefore(s, at: 11, value: 3))
        #expect(!QuantityScanner.countsListBefore(s, at: 11, value: 2))
        #expect(!QuantityScanner.countsListBefore(s, at: 0, value: 3))
    }
}
