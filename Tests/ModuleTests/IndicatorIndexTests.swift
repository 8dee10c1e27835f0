import Testing
import WorkbenchSDK

/// `IndicatorIndex` finds exactly the figures `measuresSameIndicator` accepts, in order.
@Suite struct IndicatorIndexTests {
    static func metric(_ subject: String, kind: Metric.Kind = .growth, unit: String? = "%") -> Metric {
        Metric(text: "5%", position: TextPosition(line: 1, offset: 0), value: 5, valueHigh: nil, unit: unit,
               normalizedValue: 5, normalizedValueHigh: nil, normalizedUnit: unit, kind: kind, role: .achieved,
               qualifier: nil, estimated: false, subject: subject, section: 0, period: nil, sector: nil,
               paragraph: 0, rule: "")
    }

    @Test func matchesAreThoseOfThePairwiseTest() {
        // Subjects from a few characters, so that suffixes of every length coincide often;
        // an "e" followed by a combining accent is one character.
        let alphabet = ["率", "值", "量", "加", "增", "电", "e\u{301}", "é"]
        var generator = SystemRandomNumberGenerator()
        let kinds: [Metric.Kind] = [.growth, .level, .share]
        let units: [String?] = ["%", "亿元", nil]
        for _ in 0..<40 {
            let metrics = (0..<60).map { _ in
                Self.metric((0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined(),
                            kind: kinds.randomElement(using: &generator)!, unit: units.randomElement(using: &generator)!)
            }
            let index = IndicatorIndex(metrics)
            for probe in metrics {
                let expected = metrics.indices.filter { metrics[$0].measuresSameIndicator(as: probe) }
                #expect(index.matches(for: probe) == expected, "\(probe.subject)")
            }
        }
    }

    @Test func subjectsEndingAlikeMatch() {
        let metrics = [Self.metric("新能源和清洁能源装机占比", kind: .share), Self.metric("开工率"), Self.metric("装机占比", kind: .share),
                       Self.metric("完工率"), Self.metric(""), Self.metric("比", kind: .share)]
        let index = IndicatorIndex(metrics)
        #expect(index.matches(for: Self.metric("装机占比", kind: .share)) == [0, 2, 5])
        #expect(index.matches(for: Self.metric("开工率")) == [1])
        #expect(index.matches(for: Self.metric("")) == [])
        #expect(index.matches(for: Self.metric("装机占比", kind: .growth)) == [])
    }
}
