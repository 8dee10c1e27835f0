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

    /// Every string of up to four scalars over numerals and others reads as the plain
    /// definition says: one digit, or 十 with an optional digit (1-9) before and after it.
    @Test func everyShortStringReadsAsThePlainDefinition() {
        let alphabet: [Unicode.Scalar] = ["一", "二", "九", "十", "两", "零", "百", "a"]
        func reference(_ chars: [Unicode.Scalar]) -> Int? {
            guard !chars.isEmpty, chars.count <= 3 else { return nil }
            if let ten = chars.firstIndex(of: "十") {
                guard ten <= 1, let tens = ten == 0 ? 1 : Enumerators.digit(chars[0]), tens > 0 else { return nil }
                let rest = chars[(ten + 1)...]
                if rest.isEmpty { return tens * 10 }
                guard rest.count == 1, let unit = Enumerators.digit(rest.first!), unit > 0 else { return nil }
                return tens * 10 + unit
            }
            guard chars.count == 1, let single = Enumerators.digit(chars[0]), single > 0 else { return nil }
            return single
        }
        var strings: [[Unicode.Scalar]] = [[]]
        var frontier: [[Unicode.Scalar]] = [[]]
        for _ in 0..<4 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + [$0] } }
            strings += frontier
        }
        for chars in strings {
            #expect(Enumerators.value(chars) == reference(chars), "\(String(String.UnicodeScalarView(chars)))")
            #expect(Enumerators.value(chars[...]) == reference(chars))
        }
    }

    @Test func fiveYearPlanNamesAreFoundWithTheirEnd() {
        let text = Array("“十四五”时期和十五五规划，五五".unicodeScalars)[...]
        #expect(Enumerators.fiveYearPlanName(in: text, at: 1)?.years == 2021...2025)
        #expect(Enumerators.fiveYearPlanName(in: text, at: 1)?.end == 4)
        #expect(Enumerators.fiveYearPlanName(in: text, at: 8)?.years == 2026...2030)
        #expect(Enumerators.fiveYearPlanName(in: text, at: 8)?.end == 11)
        #expect(Enumerators.fiveYearPlanName(in: text, at: 14)?.years == 1976...1980)
        #expect(Enumerators.fiveYearPlanName(in: text, at: 0) == nil)
        #expect(Enumerators.fiveYearPlanName(in: text, at: 2)?.years == 1971...1975)
        #expect(Enumerators.fiveYearPlanName(in: text, at: 5) == nil)
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
