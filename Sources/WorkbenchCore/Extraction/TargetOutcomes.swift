import WorkbenchSDK

/// Last year's targets against what this year's report says was achieved.
enum TargetOutcomes {
    struct Row: Equatable {
        var indicator: String
        var target: HeadlineTargets.Target
        var outcome: Metric?
        var verdict: String
    }

    /// Indicators where the target is a ceiling: lower is better.
    static let ceilings: Set<String> = ["unemployment", "cpi"]

    /// For each headline target of `earlier`, the figure of the same indicator that `later`
    /// reports as achieved for `earlier`'s year — a one-year figure, not a five-year one — and
    /// the verdict: `met`, `missed` or `not-stated`. Standard indicators are found by their id;
    /// the others (`粮食产量`, `规上工业增加值增长`) by what their subject measures (`IndicatorKey`).
    static func compare(_ earlier: Report, with later: Report) -> [Row] {
        let year = earlier.year
        let achieved = later.metrics.filter { metric in
            metric.role == .achieved && metric.period.map { $0.from == $0.to && (year == nil || $0.from == year) } == true
        }
        let keys = achieved.map { IndicatorKey(subject: $0.subject) }
        return HeadlineTargets.find(in: earlier).map { target in
            guard let goal = target.metric else {
                return Row(indicator: target.indicator, target: target, outcome: nil, verdict: "not-stated")
            }
            let comparable = achieved.indices.filter { achieved[$0].kind == goal.kind && achieved[$0].normalizedUnit == goal.normalizedUnit }
            if target.isStandard {
                let outcome = comparable.first { HeadlineTargets.indicator(of: achieved[$0].subject) == target.indicator }.map { achieved[$0] }
                return Row(indicator: target.indicator, target: target, outcome: outcome, verdict: verdict(target: target, outcome: outcome))
            }
            let key = IndicatorKey(subject: goal.subject)
            guard let found = comparable.first(where: { keys[$0].name == key.name }) else {
                return Row(indicator: target.indicator, target: target, outcome: nil, verdict: "not-stated")
            }
            // 能耗降低3% against 能耗上升1%: the outcome is a cut of −1.
            let opposite = goal.kind == .growth && (key.direction == .down) != (keys[found].direction == .down)
            return Row(indicator: target.indicator, target: target, outcome: achieved[found],
                       verdict: verdict(target: target, outcome: achieved[found], opposite: opposite))
        }
    }

    /// One indicator in one report, for `trend`: its headline target and what the report says
    /// was achieved the year before. `indicator` is a standard id (`gdp`) or a target's name as
    /// written in any report (`粮食产量`, `规模以上工业增加值增长`), matched by `IndicatorKey`.
    static func trend(of indicator: String, in report: Report) -> (target: HeadlineTargets.Target?, outcome: Metric?) {
        let standard = HeadlineTargets.indicators.contains { $0.id == indicator }
        let key = IndicatorKey(subject: indicator)
        // A name of one scalar or none would match figures with no subject.
        guard standard || key.name.unicodeScalars.count >= 2 else { return (nil, nil) }
        let target = HeadlineTargets.find(in: report).first { target in
            standard ? target.indicator == indicator
                     : !target.isStandard && IndicatorKey(subject: target.metric?.subject ?? target.indicator).name == key.name
        }
        let outcome = report.metrics.first { metric in
            metric.role == .achieved && metric.period.map { $0.from == $0.to && $0.from == (report.year ?? 0) - 1 } == true
                && (standard ? HeadlineTargets.indicator(of: metric.subject) == indicator
                             : IndicatorKey(subject: metric.subject).name == key.name)
                && (target?.metric).map { $0.kind == metric.kind && $0.normalizedUnit == metric.normalizedUnit } ?? true
        }
        return (target, outcome)
    }

    /// 左右: within half a percentage point (or 10% of a level) counts as met, and beyond it in the
    /// good direction too; 以上: at least; 以内/不超过: at most; no qualifier: at least (at most
    /// for ceilings: unemployment, prices, and pollution or the use of energy). `opposite`: the
    /// outcome reports the change the other way round (a rise against a targeted cut).
    static func verdict(target: HeadlineTargets.Target, outcome: Metric?, opposite: Bool = false) -> String {
        guard let goal = target.metric?.normalizedValue, let value = outcome?.normalizedValue else { return "not-stated" }
        let actual = opposite ? -value : value
        let ceiling = ceilings.contains(target.indicator) || target.metric?.qualifier == .atMost
            || target.metric?.isBetterWhenLower == true
        let tolerance = target.metric?.normalizedUnit == "%" ? 0.5 : abs(goal) * 0.1
        let slack = target.metric?.qualifier == .approx ? tolerance : 0
        if ceiling { return actual <= goal + slack + 1e-9 ? "met" : "missed" }
        return actual >= goal - slack - 1e-9 ? "met" : "missed"
    }
}
