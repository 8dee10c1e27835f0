import Testing
@testable import WorkbenchCore

@Suite struct RuleStringsTests {
    @Test func aRuleStringIsWrittenFromItsPartsWhetherNewOrKept() {
        var rules = RuleStrings()
        var range = Candidate.Rule(.digits)
        range.range = true
        let keys = [
            RuleStrings.Key(rule: .init(.digits), kind: "percent+growth-cue", qualifier: "", role: "; role:period ", period: "2025-plan"),
            RuleStrings.Key(rule: range, kind: "percent+growth-cue", qualifier: "", role: "; role:period ", period: "2025-plan"),
            RuleStrings.Key(rule: .init(.digits), kind: "measure-word", qualifier: "; qualifier:leading", role: "; role:duration",
                            period: ""),
            RuleStrings.Key(rule: .init(.digits), kind: "percent+growth-cue", qualifier: "", role: "; role:period ", period: "2024-review"),
        ]
        let expected = [
            "digits; kind:percent+growth-cue; role:period 2025-plan",
            "digits+range; kind:percent+growth-cue; role:period 2025-plan",
            "digits; kind:measure-word; qualifier:leading; role:duration",
            "digits; kind:percent+growth-cue; role:period 2024-review",
        ]
        for _ in 0..<2 {
            for (key, string) in zip(keys, expected) { #expect(rules.string(for: key) == string) }
        }
        // More combinations than are kept: the oldest are written again, the same.
        for year in 1900..<2000 {
            let key = RuleStrings.Key(rule: .init(.chineseNumerals), kind: "k", qualifier: "", role: "", period: "\(year)")
            #expect(rules.string(for: key) == "chinese-numerals; kind:k\(year)")
        }
        for (key, string) in zip(keys, expected) { #expect(rules.string(for: key) == string) }
    }
}
