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
    /// the verdict: `met`, `missed` or `not-stated`.
    static func compare(_ earlier: Report, with later: Report) -> [Row] {
        let year = earlier.year
        let achieved = later.metrics.filter { metric in
            metric.role == .achieved && metric.period.map { $0.from == $0.to && (year == nil || $0.from == year) } == true
        }
        return HeadlineTargets.find(in: earlier).filter(\.isStandard).map { target in
            let outcome = target.metric.flatMap { goal in
                achieved.first { metric in
                    HeadlineTargets.indicator(of: metric.subject) == target.indicator
                        && metric.kind == goal.kind && metric.normalizedUnit == goal.normalizedUnit
                }
            }
            return Row(indicator: target.indicator, target: target, outcome: outcome,
                       verdict: verdict(target: target, outcome: outcome))
        }
    }

    /// 左右: within half a percentage point (or 10% of a level) counts as met, and beyond it in the
    /// good direction too; 以上: at least; 以内/不超过: at most; no qualifier: at least (at most
    /// for ceilings).
    static func verdict(target: HeadlineTargets.Target, outcome: Metric?) -> String {
        guard let goal = target.metric?.normalizedValue, let actual = outcome?.normalizedValue else { return "not-stated" }
        let ceiling = ceilings.contains(target.indicator) || target.metric?.qualifier == .atMost
        let tolerance = target.metric?.normalizedUnit == "%" ? 0.5 : abs(goal) * 0.1
        let slack = target.metric?.qualifier == .approx ? tolerance : 0
        if ceiling { return actual <= goal + slack + 1e-9 ? "met" : "missed" }
        return actual >= goal - slack - 1e-9 ? "met" : "missed"
    }
}
