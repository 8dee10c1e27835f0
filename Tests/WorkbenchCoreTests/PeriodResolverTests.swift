import Testing
import WorkbenchSDK
@testable import WorkbenchCore

@Suite struct PeriodResolverTests {
    let resolver = PeriodResolver(reportYear: 2026)

    func cue(_ text: String, _ kind: Period.Kind) -> String? {
        resolver.cue(Array(text.unicodeScalars)[...], kind: kind)?.label
    }

    @Test func partsTakeTheirYearsFromTheHeading() {
        #expect(resolver.partPeriod(title: "一、2025年工作回顾", previousPlan: nil)?.label == "2025-review")
        #expect(resolver.partPeriod(title: "一、“十四五”时期和2025年工作回顾", previousPlan: nil)?.label == "2021-2025-review")
        #expect(resolver.partPeriod(title: "二、“十五五”时期主要目标任务", previousPlan: nil)?.label == "2026-2030-plan")
        #expect(resolver.partPeriod(title: "三、2026年重点工作安排", previousPlan: nil)?.label == "2026-plan")
        #expect(resolver.partPeriod(title: "一、2024 年工作回顾", previousPlan: nil)?.label == "2024-review")
    }

    @Test func partsWithoutYearsFollowTheReport() {
        #expect(resolver.partPeriod(title: "一、过去一年工作回顾", previousPlan: nil)?.label == "2025-review")
        #expect(resolver.partPeriod(title: "三、全面提升政府治理效能", previousPlan: nil)?.label == "2026-plan")
        let plan = Period(year: 2026, kind: .plan)
        #expect(resolver.partPeriod(title: "四、加强政府自身建设", previousPlan: plan) == plan)
    }

    /// A report delivered after a government's term reviews the five years before it.
    @Test func termReviewsCoverFiveYears() {
        #expect(resolver.partPeriod(title: "一、过去五年工作回顾", previousPlan: nil)?.label == "2021-2025-review")
        #expect(resolver.partPeriod(title: "一、2025年和过去五年工作", previousPlan: nil)?.label == "2021-2025-review")
        #expect(resolver.partPeriod(title: "一、2025年及本届政府工作回顾", previousPlan: nil)?.label == "2021-2025-review")
        #expect(resolver.partPeriod(title: "一、2025年计划执行情况", previousPlan: nil)?.label == "2025-review")
        // Proposals for the next term are planned, whoever makes them.
        #expect(resolver.partPeriod(title: "二、今后五年目标任务和本届政府工作建议", previousPlan: nil)?.label == "2026-2030-plan")
    }

    /// Reports open with the review: a first part whose heading names no time is the year
    /// before, when a later part plans a named time; alone, nothing tells.
    @Test func aFirstPartWithoutATimeReviews() {
        let slogan = "一、坚持以新思想为指导，新福建建设取得新进展新成效"
        #expect(resolver.partPeriods(titles: [slogan, "二、2026年工作总体要求和主要任务", "三、加强政府自身建设"]).map { $0?.label }
                == ["2025-review", "2026-plan", "2026-plan"])
        #expect(resolver.partPeriods(titles: [slogan, "二、今年工作安排"]).map { $0?.label } == ["2025-review", "2026-plan"])
        #expect(resolver.partPeriods(titles: [slogan]).map { $0?.label } == ["2026-plan"])
        // A first part that sets out work to come is the plan (a report whose review has no heading).
        #expect(resolver.partPeriods(titles: ["一、总体要求和主要目标", "二、今年重点工作"]).map { $0?.label } == ["2026-plan", "2026-plan"])
        // A part after one that sets out both the plan and the year's work is the year's; after the
        // plan alone, the plan's.
        #expect(resolver.partPeriods(titles: ["一、“十四五”时期和2025年工作回顾", "二、“十五五”时期主要目标和2026年工作安排", "三、切实加强政府自身建设"])
                    .map { $0?.label } == ["2021-2025-review", "2026-2030-plan", "2026-plan"])
        #expect(resolver.partPeriods(titles: ["一、“十四五”时期工作回顾", "二、“十五五”时期主要目标任务", "三、切实加强政府自身建设"])
                    .map { $0?.label } == ["2021-2025-review", "2026-2030-plan", "2026-2030-plan"])
        // Parts that all name no time keep the report's year.
        #expect(resolver.partPeriods(titles: ["一、深化改革", "二、扩大开放"]).map { $0?.label } == ["2026-plan", "2026-plan"])
    }

    @Test func sentenceOpeningsSetThePeriod() {
        #expect(cue("过去的五年极不寻常。", .review) == "2021-2025-review")
        // A five-year total is no figure of last year's.
        #expect(cue("五年累计新增城镇就业400万人以上。", .review) == "2021-2025-review")
        #expect(cue("“十四五”时期，我们……", .review) == "2021-2025-review")
        #expect(cue("刚刚过去的2025年很不平凡。", .review) == "2025-review")
        // An address to the delegates before the phrase is no part of it.
        #expect(cue("各位代表，刚刚过去的2025年，全省地区生产总值增长5.3%。", .review) == "2025-review")
        #expect(cue("同志们：过去五年，我们……", .review) == "2021-2025-review")
        #expect(cue("各位代表，我们要……", .review) == nil)
        #expect(cue(String(repeating: "各位代表，", count: 50_000) + "过去五年，我们……", .review) == "2021-2025-review")
        #expect(cue("一年来，主要做了以下工作。", .review) == "2025-review")
        #expect(cue("“十五五”时期是基本实现现代化夯实基础的关键时期。", .plan) == "2026-2030-plan")
        #expect(cue("今年是“十五五”开局之年。", .plan) == "2026-plan")
        #expect(cue("推动高质量发展。", .plan) == nil)
        // 十四五 mentioned later in the sentence is not an opening.
        #expect(cue("能耗强度提前完成“十四五”目标。", .review) == nil)
        // Years as references: before a year, since a year, or older than a term's review.
        #expect(cue("2024年，全省经济回升向好。", .review) == "2024-review")
        #expect(cue("2005年前老旧小区改造全面完成。", .review) == nil)
        #expect(cue("2000年以前建成的老旧小区全部改造。", .review) == nil)
        #expect(cue("2020年以来累计新增就业150万人。", .review) == "2020-2025-review")
        #expect(cue("2012年，我省率先开展试点。", .review) == nil)
        #expect(cue("2025年前三季度，全省生产总值增长5.1%。", .review) == "2025-review")
        // The dash of a highlight item comes before the phrase too.
        #expect(cue("——这五年，综合实力大幅跃升。", .review) == "2021-2025-review")
        #expect(resolver.carriesOn(Array("——这五年，综合实力大幅跃升。".unicodeScalars)[...]))
    }

    /// A phrase of five years set apart opens an account of the five years; one that runs into
    /// its sentence dates that sentence alone; 全年 is the year reviewed again.
    @Test func fiveYearsOfOneSentenceOrOfTheSentencesAfter() {
        #expect(resolver.carriesOn(Array("过去五年，全省粮食产量累计达到3.1亿吨。".unicodeScalars)[...]))
        #expect(resolver.carriesOn(Array("五年来，我们始终坚持稳中求进。".unicodeScalars)[...]))
        #expect(!resolver.carriesOn(Array("近五年全省研发经费年均增长12.1%。".unicodeScalars)[...]))
        #expect(!resolver.carriesOn(Array("五年累计新增城镇就业400万人以上。".unicodeScalars)[...]))
        #expect(cue("全年完成水利投资800亿元以上。", .review) == "2025-review")
        // A past plan's term, likewise; the plan ahead opens its account.
        #expect(!resolver.carriesOn(Array("“十四五”期间单位地区生产总值能耗累计下降13%以上。".unicodeScalars)[...]))
        #expect(resolver.carriesOn(Array("“十四五”时期，我们经受住了多重考验。".unicodeScalars)[...]))
        #expect(resolver.carriesOn(Array("“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。".unicodeScalars)[...]))
        #expect(resolver.carriesOn(Array("“十四五”时期极不平凡。".unicodeScalars)[...]))
        // Three years, likewise.
        #expect(cue("近三年累计引进人才1200余名。", .review) == "2023-2025-review")
        #expect(!resolver.carriesOn(Array("近三年累计引进人才1200余名。".unicodeScalars)[...]))
        // Never past its sentence, and 三年来首次 is a record of the year's.
        #expect(!resolver.carriesOn(Array("三年来，全省累计改造老旧小区3200个。".unicodeScalars)[...]))
        #expect(cue("三年来首次实现外贸正增长。", .review) == nil)
        let periods = Fixtures.reviewAndPlan("2024年，全省经济回升向好。\n近五年全省研发经费年均增长12.1%。\n全省城镇居民人均可支配收入增长4.5%。\n过去五年，全省粮食产量累计达到3.1亿吨。\n进出口总额增长6.7%。\n全年完成水利投资800亿元以上。").metrics.map { $0.period?.label }
        #expect(periods == ["2020-2024-review", "2024-review", "2020-2024-review", "2020-2024-review", "2024-review"])
    }

    /// A copy that lost the plan part's heading: a sentence opening with the report's year (or a
    /// later one) plans it, even in a review part; 今年 does when the report is delivered in it.
    @Test func planSentencesInAReviewPart() {
        #expect(cue("2026年全市经济社会发展主要预期目标是：地区生产总值增长5%左右。", .review) == "2026-plan")
        // Only the report's own year: a later one in a review speaks of a goal.
        #expect(cue("2027年建成投运后年吞吐量可达500万人次。", .review) == nil)
        #expect(cue("2030年前实现碳达峰。", .review) == nil)
        // A month dates an event; a report's name is a news page's framing.
        #expect(cue("2026年1月，我市成功举办冰雪节。", .review) == nil)
        #expect(cue("2026年云南省政府工作报告显示，2025年全省经济稳中向好。", .review) == nil)
        #expect(cue("2026年政府工作报告显示，全年目标如下。", .plan) == nil)
        // A span opens no single year.
        #expect(cue("2026年起今后五年的主要目标是：", .review) == nil)
        #expect(cue("2026年至2030年，全省经济年均增长5%。", .plan) == nil)
        // 今年: only when the report is delivered in the year it plans.
        #expect(cue("今年经济社会发展主要预期目标是：", .review) == nil)
        let january = PeriodResolver(reportYear: 2026, deliveryYear: 2026)
        let december = PeriodResolver(reportYear: 2026, deliveryYear: 2025)
        let sentence = Array("今年经济社会发展主要预期目标是：".unicodeScalars)[...]
        #expect(january.cue(sentence, kind: .review)?.label == "2026-plan")
        #expect(december.cue(sentence, kind: .review) == nil)
        #expect(january.cue(Array("今年1-10月，接待游客4100万人次。".unicodeScalars)[...], kind: .review) == nil)
    }

    /// A digest or news page with no parts: its sentences' time phrases give the roles, once the
    /// report's year is known.
    @Test func aTextWithoutPartsFollowsItsSentences() {
        let text = "2026年天津市政府工作报告\n——2026年1月26日在天津市第十八届人民代表大会第四次会议上\n各位代表：\n"
            + "2025年，全市地区生产总值增长4.8%。\n2026年主要预期目标是：地区生产总值增长4.5%左右。\n"
        let metrics = ReportLoader().load(text: text, sourceFile: "tianjin.txt").metrics
        #expect(metrics.map(\.role) == [.achieved, .target])
        #expect(metrics.map { $0.period?.label } == ["2025-review", "2026-plan"])
        // Without a year nothing tells which years are planned.
        let undated = ReportLoader().load(text: "报告\n2025年，地区生产总值增长4.8%。\n", sourceFile: "x.txt").metrics
        #expect(undated.map(\.role) == [.other])
        // A report delivered in December: its 今年 is no plan; a span of years sets no period.
        let december = "2023年某市政府工作报告\n——2022年12月19日在某市第十七届人民代表大会第三次会议上\n各位代表：\n"
            + "今年，全市规上工业增加值增长6.5%。\n2023年，地区生产总值增长5%左右。\n2023年至2027年，年均增长6%。\n"
        let late = ReportLoader().load(text: december, sourceFile: "x.txt").metrics
        #expect(late.map(\.role) == [.other, .target, .other])
    }

    @Test func aPartThatReviewsOnePlanAndSetsOutTheNext() {
        let part = resolver.partPeriod(title: "二、“十四五”时期发展成就和“十五五”时期主要目标任务", previousPlan: nil)
        #expect(part?.label == "2021-2025-review")
        #expect(cue("“十五五”时期，首都发展的主要目标是：", .review) == "2026-2030-plan")
        #expect(resolver.partPeriod(title: "一、2025年主要工作", previousPlan: nil)?.label == "2025-review")
        #expect(resolver.partPeriod(title: "一、过去一年的工作", previousPlan: nil)?.label == "2025-review")
        #expect(resolver.partPeriod(title: "二、今后五年的主要目标任务", previousPlan: nil)?.label == "2026-2030-plan")
        #expect(cue("刚刚过去的一年，我们……", .review) == "2025-review")
    }

    /// A date opening a sentence (`2023年6月…考察`) is an event in the years reviewed: it dates
    /// its own sentence, not the account of five years after it.
    @Test func aDateDatesItsOwnSentenceOnly() {
        #expect(!resolver.carriesOn(Array("2023年6月习近平总书记亲临考察并发表重要讲话。".unicodeScalars)[...]))
        #expect(!resolver.carriesOn(Array("2025年1-11月，规上工业增加值增长6%。".unicodeScalars)[...]))
        #expect(resolver.carriesOn(Array("2024年，全省经济回升向好。".unicodeScalars)[...]))
        let report = Fixtures.parse("2026年某省政府工作报告\n“十四五”时期发展成就和2025年工作回顾\n“十四五”时期极不平凡。2023年6月习近平总书记亲临考察。\n——这五年综合实力大幅提升。经济总量达到2.67万亿元。\n二、2026年工作安排\n推进。\n")
        #expect(report.metrics.map { $0.period?.label } == ["2021-2025-review"])
    }

    /// A deadline (2030年前) sets a goal, not the year the plan's next sentences speak of.
    @Test func aDeadlineOpensNoYear() {
        #expect(cue("2030年前，非化石能源消费比重达到25%。", .plan) == nil)
        #expect(cue("2027年底前，全部建成。", .plan) == nil)
        #expect(cue("2027年，全省生产总值突破8万亿元。", .plan) == "2027-plan")
        #expect(PeriodResolver.opensOneYear(Array("前三季度，增长5%".unicodeScalars)[...]))
    }

    @Test func yearsAreReadWithFullWidthDigitsAndSpaces() {
        let text = Array("２０２５年和2024 年".unicodeScalars)[...]
        #expect(PeriodResolver.year(in: text, at: 0)?.year == 2025)
        #expect(PeriodResolver.year(in: text, at: 6)?.year == 2024)
        #expect(PeriodResolver.year(in: Array("12025年".unicodeScalars)[...], at: 1) == nil)
    }

    @Test func labelsRoundTrip() {
        for label in ["2024-review", "2021-2025-review", "2026-plan"] {
            #expect(Period(label: label)?.label == label)
        }
        #expect(Period(label: "soon-plan") == nil)
    }
}
