import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Goals that a clause of the year's plan sets for a later year (到2030年, 2027年底前).
@Suite struct PlanHorizonTests {
    static let opening = "2026年某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第五次会议上\n各位代表：\n"

    func periods(_ body: String) -> [String: String] {
        let metrics = ReportLoader().load(text: Self.opening + body, sourceFile: "x.txt").metrics
        return Dictionary(metrics.map { ($0.text, $0.period?.label ?? "none") }, uniquingKeysWith: { first, _ in first })
    }

    func years(_ text: String) -> [Int] {
        let scalars = Array(text.unicodeScalars)[...]
        var scopes: [PlanHorizon.Scope] = []
        PlanHorizon.scopes(in: scalars, sentence: scalars.indices, into: &scopes)
        return scopes.map(\.year)
    }

    @Test func aSentenceThatOpensWithALaterYearIsAGoalForIt() {
        let found = periods("一、2025年工作回顾\n地区生产总值增长5.5%。\n二、2026年工作安排\n"
                            + "地区生产总值增长5%左右。到2030年，全省生产总值突破8万亿元，城镇化率达到70%。全年新增就业50万人。\n"
                            + "力争到2028年底，数字经济核心产业增加值占比达到12%。\n")
        #expect(found["5%左右"] == "2026-plan")
        #expect(found["8万亿元"] == "2026-2030-plan")
        #expect(found["70%"] == "2026-2030-plan")
        // The next sentence is the year's again.
        #expect(found["50万人"] == "2026-plan")
        #expect(found["12%"] == "2026-2028-plan")
        // A review's figures keep their year.
        #expect(found["5.5%"] == "2025-review")
    }

    /// In a later clause a horizon covers its own part of the sentence, up to ；.
    @Test func aLaterClauseCoversItsPartUpToASemicolon() {
        let found = periods("一、2025年工作回顾\n地区生产总值增长5.5%。\n二、2026年工作安排\n"
                            + "新建高标准农田100万亩，到2027年累计建成500万亩；新增设施农业3万亩。\n"
                            + "2030年前，非化石能源消费比重达到25%。\n")
        #expect(found["100万亩"] == "2026-plan")
        #expect(found["500万亩"] == "2026-2027-plan")
        #expect(found["3万亩"] == "2026-plan")
        #expect(found["25%"] == "2026-2030-plan")
    }

    /// A clause with a time of its own (今年, 全年) ends a horizon's scope, and a goal for a later
    /// year is no headline target of the year's.
    @Test func aTimeOfItsOwnEndsTheScope() {
        let text = Self.opening + "一、2025年工作回顾\n地区生产总值增长5.5%。\n二、2026年工作安排\n"
            + "今年主要预期目标是：力争到2028年全省生产总值突破8万亿元，今年地区生产总值增长5%左右；城镇新增就业50万人以上。\n"
            + "新建高标准农田80万亩，到2030年累计建成5000万亩，全年粮食产量稳定在700亿斤以上。\n"
        let report = ReportLoader().load(text: text, sourceFile: "x.txt")
        let found = Dictionary(report.metrics.map { ($0.text, $0.period?.label ?? "none") }, uniquingKeysWith: { first, _ in first })
        #expect(found["8万亿元"] == "2026-2028-plan")
        #expect(found["5%左右"] == "2026-plan")
        #expect(found["5000万亩"] == "2026-2030-plan")
        #expect(found["700亿斤以上"] == "2026-plan")
        #expect(HeadlineTargets.find(in: report).filter { $0.indicator == "gdp" }.compactMap { $0.metric?.text } == ["5%左右"])
    }

    /// A five-year plan already reaches 2030: its 到2030年 changes nothing.
    @Test func aPlanThatReachesTheYearKeepsItsPeriod() {
        let found = periods("一、2025年工作回顾\n地区生产总值增长5.5%。\n二、“十五五”时期主要目标任务\n"
                            + "到2030年，全省生产总值突破8万亿元。\n三、2026年重点工作\n到2026年底，建成5G基站10万个。\n")
        #expect(found["8万亿元"] == "2026-2030-plan")
        #expect(found["10万个"] == "2026-plan")
    }

    @Test func horizonsAreReadAtTheHeadOfAClause() {
        #expect(years("到2030年，全省生产总值突破8万亿元") == [2030])
        #expect(years("确保到2027年末基本完成") == [2027])
        #expect(years("2027年底前全部建成，至2030年累计达到100个") == [2027, 2030])
        // Not inside a clause, not a year that opens a clause without 到 or 前.
        #expect(years("全省生产总值到2030年突破8万亿元") == [])
        #expect(years("2027年，全省生产总值突破8万亿元") == [])
        #expect(years("到202年") == [])
    }
}
