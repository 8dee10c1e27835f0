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

    @Test func sentenceOpeningsSetThePeriod() {
        #expect(cue("过去的五年极不寻常。", .review) == "2021-2025-review")
        #expect(cue("“十四五”时期，我们……", .review) == "2021-2025-review")
        #expect(cue("刚刚过去的2025年很不平凡。", .review) == "2025-review")
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
