import Testing
@testable import WorkbenchCore

@Suite struct EnumeratorsTests {
    @Test(arguments: [("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("十五", 15), ("二十", 20),
                      ("二十三", 23), ("九十九", 99), ("两", 2)])
    func smallNumeralsRead(text: String, value: Int) {
        #expect(Enumerators.value(Array(text.unicodeScalars)) == value)
    }

    @Test(arguments: ["", "零", "十十", "一二", "百", "一百"])
    func nonNumeralsAreRejected(text: String) {
        #expect(Enumerators.value(Array(text.unicodeScalars)) == nil)
    }

    @Test func fiveYearPlansHaveTheirYears() {
        #expect(Enumerators.fiveYearPlan(1) == 1953...1957)
        #expect(Enumerators.fiveYearPlan(3) == 1966...1970)
        #expect(Enumerators.fiveYearPlan(13) == 2016...2020)
        #expect(Enumerators.fiveYearPlan(14) == 2021...2025)
        #expect(Enumerators.fiveYearPlan(15) == 2026...2030)
    }

    @Test func leadingEnumeratorNeedsItsTerminator() {
        let part = Array("十二、总结".unicodeScalars)
        #expect(Enumerators.leading(part[...], then: ["、"])?.value == 12)
        #expect(Enumerators.leading(part[...], then: ["、"])?.length == 3)
        #expect(Enumerators.leading(Array("一是".unicodeScalars)[...], then: ["、"]) == nil)
    }
}
