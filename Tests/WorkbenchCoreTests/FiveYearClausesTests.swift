import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Clauses of a year's review that review five years (`2022年…；五年累计培育186家`).
@Suite struct FiveYearClausesTests {
    static let opening = "2023年某省政府工作报告\n——2023年1月15日在某省第十四届人民代表大会第一次会议上\n各位代表：\n"

    func periods(_ body: String) -> [String: String] {
        let metrics = ReportLoader().load(text: Self.opening + body, sourceFile: "x.txt").metrics
        return Dictionary(metrics.map { ($0.text, $0.period?.label ?? "none") }, uniquingKeysWith: { first, _ in first })
    }

    func spans(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)[...]
        var spans: [Range<Int>] = []
        FiveYearClauses.spans(in: scalars, sentence: scalars.indices, into: &spans)
        return spans.map { Text.string(scalars[$0]) }
    }

    @Test func aClauseAfterASemicolonRunsToTheNextOne() {
        #expect(spans("2022年，新增企业42家；五年累计培育186家，累计新增上市公司274家；全年增长5%。")
                == ["五年累计培育186家，累计新增上市公司274家"])
        // After a comma, to the next comma; 过去的五年 is read from its head.
        #expect(spans("全省生产总值增长3%，过去的五年年均增长5.1%，居全国前列。") == ["过去的五年年均增长5.1%"])
        // 五 elsewhere opens nothing: a count, a plan's name, a phrase in the middle of a clause.
        #expect(spans("建成五个园区；“十四五”规划顺利实施，累计五年投入100亿元。").isEmpty)
        // A phrase that is a clause of its own opens the next; the first time in five years is the year's.
        #expect(spans("增长3%，五年来，累计新增就业310万人，居全国前列。") == ["五年来，累计新增就业310万人"])
        #expect(spans("达到5.1万亿元，五年来首次迈上5万亿元台阶。").isEmpty)
        #expect(spans("增产3亿斤，近五年累计增产45亿斤；五年共引进企业86家。") == ["近五年累计增产45亿斤", "五年共引进企业86家"])
    }

    @Test func theFiguresOfSuchAClauseReviewTheFiveYearsToTheSentencesYear() {
        let found = periods("一、过去五年工作回顾\n2022年，新增高新技术企业42家；五年累计培育186家，年均增长12%；全年新增就业50万人。全省生产总值增长3%，五年来年均增长5.1%。\n二、2023年工作安排\n推进。\n")
        #expect(found["42家"] == "2022-review")
        #expect(found["186家"] == "2018-2022-review")
        #expect(found["12%"] == "2018-2022-review")
        #expect(found["50万人"] == "2022-review")
        #expect(found["3%"] == "2022-review")
        #expect(found["5.1%"] == "2018-2022-review")
    }

    @Test func onlyOneYearsReviewNarrowsToFiveYears() {
        #expect(FiveYearClauses.period(reviewing: Period(year: 2022, kind: .review)) == Period(from: 2018, to: 2022, kind: .review))
        #expect(FiveYearClauses.period(reviewing: Period(from: 2018, to: 2022, kind: .review)) == nil)
        #expect(FiveYearClauses.period(reviewing: Period(year: 2023, kind: .plan)) == nil)
        #expect(FiveYearClauses.period(reviewing: nil) == nil)
    }
}
