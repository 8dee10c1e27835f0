import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Clauses of a review of several years that open with one of them (`五年来…，2025年接待游客…`).
@Suite struct YearClausesTests {
    func spans(_ text: String, from: Int = 2021, to: Int = 2025) -> [String] {
        let scalars = Array(text.unicodeScalars)[...]
        var spans: [(range: Range<Int>, year: Int)] = []
        YearClauses.spans(in: scalars, sentence: scalars.indices, reviewing: Period(from: from, to: to, kind: .review), into: &spans)
        return spans.map { "\($0.year):" + Text.string(scalars[$0.range]) }
    }

    @Test func aClauseOpeningWithOneOfTheYearsIsThatYears() {
        #expect(spans("五年来，旅游总收入年均增长18%，2025年接待游客11.6亿人次。") == ["2025:2025年接待游客11.6亿人次"])
        // A mark right after the year: the clause after it.
        #expect(spans("粮食产量连续五年稳定，2023年，总产量1285万吨，创历史新高。") == ["2023:2023年，总产量1285万吨"])
        // Not a year inside a clause, a start (以来, 至), a base (比2020年), a year outside the span,
        // or a review of one year.
        #expect(spans("由2020年的9016亿元增加到2025年的1.36万亿元，2021年以来累计新增就业163万人，2019年达到5%。").isEmpty)
        #expect(spans("全年增长5%，2025年达到5万亿元。", from: 2025, to: 2025).isEmpty)
        // A clause comparing the year with another, or counting over years, measures the span.
        #expect(spans("年均增长5.5%，2025年比2020年增长31%，2025年是2020年的1.5倍。").isEmpty)
        // Against the year before, the year's; a 、 ends the clause.
        #expect(spans("五年来年均增长6%，2025年比上年增长5.5%，2025年为3500亿元、五年累计1.6万亿元。")
                == ["2025:2025年比上年增长5.5%", "2025:2025年为3500亿元"])
    }

    @Test func theFiguresOfSuchAClauseAreTheYears() {
        let report = ReportLoader().load(text: "2026年某省政府工作报告\n一、“十四五”时期和2025年工作回顾\n五年来，旅游总收入年均增长18%，2025年接待游客11.6亿人次。\n", sourceFile: "x.txt")
        #expect(report.metrics.map { $0.period?.label } == ["2021-2025-review", "2025-review"])
    }
}
