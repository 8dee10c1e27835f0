import WorkbenchSDK

/// Last year's targets against what this year's report says was achieved.
enum TargetOutcomes {
    struct Row: Equatable {
        var indicator: String
        var target: HeadlineTargets.Target
        var outcome: Metric?
        var verdict: String
        /// The outcome reports the change the other way round from the target (a fall against a
        /// growth target): its value counts negative.
        var opposite = false
        /// What the later report says in words where no figure decides (完成国家下达的年度目标任务).
        var statement: Statement?

        /// The outcome's value the target's way round (`居民消费价格下降0.2%` against a CPI target: −0.2).
        var outcomeValue: Double? {
            outcome?.normalizedValue.map { opposite ? -$0 : $0 }
        }
    }

    /// Indicators where the target is a ceiling: lower is better.
    static let ceilings: Set<String> = ["unemployment", "cpi"]

    /// For each headline target of `earlier`, the figure of the same indicator that `later`
    /// reports as achieved for `earlier`'s year — a one-year figure, not a five-year one — and
    /// the verdict: `met`, `missed` or `not-stated`. Standard indicators are found by their id;
    /// the others (`粮食产量`, `规上工业增加值增长`) by what their subject measures (`IndicatorKey`),
    /// a figure with the very same subject first.
    static func compare(_ earlier: Report, with later: Report) -> [Row] {
        let year = earlier.year
        // (Not a part of the year: 一季度…增长6.1% before 全年增长4.8%.)
        let achieved = later.metrics.filter { metric in
            metric.role == .achieved && metric.period.map { $0.from == $0.to && (year == nil || $0.from == year) } == true
                && !coversPartOfYear(metric)
        }
        let keys = achieved.map { IndicatorKey(subject: $0.subject) }
        return StatedTargets.find(in: earlier).map { target in
            var row = judged(target)
            // (No figure decides: the review may say it in words.)
            if row.verdict == "not-stated", let statement = statedInWords(target, in: later, year: year) {
                row.verdict = statement.verdict
                row.statement = statement
            }
            return row
        }
        func judged(_ target: HeadlineTargets.Target) -> Row {
            if let row = judgedInWords(target, achieved: achieved) { return row }
            guard let goal = target.metric else {
                // 进出口稳中提质 against 进出口总值增长14.1%: a target in words cannot be judged, but
                // what was achieved for its indicator is shown beside it, of the kind the
                // indicator is usually set in (a rate of unemployment, not its change), a fall
                // counting negative.
                let kind = usualKind(of: target.indicator)
                let ofIndicator = achieved.filter {
                    HeadlineTargets.indicator(of: $0.subject) == target.indicator && sameMeasure($0.subject, as: target.text)
                }
                let outcome = target.isStandard ? (ofIndicator.first { $0.kind == kind } ?? ofIndicator.first) : nil
                return Row(indicator: target.indicator, target: target, outcome: outcome, verdict: "not-stated",
                           opposite: outcome.map { isFall($0, against: nil) } ?? false)
            }
            let comparable = achieved.indices.filter { achieved[$0].kind == goal.kind && achieved[$0].normalizedUnit == goal.normalizedUnit }
            if target.isStandard {
                let outcome = sameGroup(as: goal, among: comparable.map { achieved[$0] }.filter {
                    HeadlineTargets.indicator(of: $0.subject) == target.indicator && sameMeasure($0.subject, as: goal.subject)
                }, strict: target.indicator == "income") ?? (target.indicator == "cpi" ? priceIndexChange(in: achieved) : nil)
                let opposite = outcome.map { isFall($0, against: goal) } ?? false
                return Row(indicator: target.indicator, target: target, outcome: outcome,
                           verdict: verdict(target: target, outcome: outcome, opposite: opposite), opposite: opposite)
            }
            let key = IndicatorKey(subject: goal.subject)
            let admitted = comparable.filter { key.admits(keys[$0], kind: goal.kind) }
            guard let found = admitted.first(where: { achieved[$0].subject == goal.subject }) ?? admitted.first else {
                return Row(indicator: target.indicator, target: target, outcome: nil, verdict: "not-stated")
            }
            // 能耗降低3% against 能耗上升1%: the outcome is a cut of −1.
            let opposite = key.isOpposite(to: keys[found])
            return Row(indicator: target.indicator, target: target, outcome: achieved[found],
                       verdict: verdict(target: target, outcome: achieved[found], opposite: opposite), opposite: opposite)
        }
    }

    /// Whether `outcome` (a subject) measures what `goal` (a target's subject or text) does
    /// where one indicator has two measures: the registered rate of unemployment (城镇登记失业率)
    /// is not the surveyed one (城镇调查失业率, or a rate named neither way).
    static func sameMeasure(_ outcome: String, as goal: String) -> Bool {
        Text.contains("登记", in: outcome) == Text.contains("登记", in: goal)
    }

    /// `居民消费价格指数为100.2`: a price index on last year's 100, as the rise it says (0.2%), for
    /// a report that gives no rise of prices.
    static func priceIndexChange(in achieved: [Metric]) -> Metric? {
        // (The whole basket's index, not food's; and not the base it is on, （以上年为100）.)
        let indices = achieved.filter { metric in
            metric.kind == .level && metric.unit == nil && metric.normalizedValue.map { (80...120).contains($0) } == true
                && (Text.contains("居民消费价格指数", in: metric.subject) || Text.contains("CPI", in: metric.subject))
                && !Text.contains("食品", in: metric.subject) && !Text.contains("以上年", in: metric.subject)
        }
        guard var index = indices.first(where: { $0.normalizedValue != 100 }) ?? indices.first, let value = index.normalizedValue else { return nil }
        index.kind = .growth
        index.normalizedValue = ((value - 100) * 1_000_000_000).rounded() / 1_000_000_000
        index.normalizedUnit = "%"
        return index
    }

    /// Whether `metric`'s subject names a part of the year (一季度…, 上半年…, …12月份增长).
    static func coversPartOfYear(_ metric: Metric) -> Bool {
        Subjects.measureOfPeriod(Text.scalars(metric.subject)[...]).hadPeriod
    }

    /// Targets in words that the outcomes decide: 正增长 is met by any rise, and
    /// 居民收入增长与经济增长(基本)同步 when income rose as fast as the economy (基本: within half a
    /// point), each of town and country when the report gives only those. Nil for other targets.
    static func judgedInWords(_ target: HeadlineTargets.Target, achieved: [Metric]) -> Row? {
        let matches: (Metric) -> Bool = { metric in
            metric.kind == .growth && metric.normalizedUnit == "%" && (target.isStandard
                ? HeadlineTargets.indicator(of: metric.subject) == target.indicator
                : IndicatorKey(subject: target.metric?.subject ?? target.indicator).admits(IndicatorKey(subject: metric.subject), kind: .growth))
        }
        if let goal = target.metric, goal.kind == .growth, goal.normalizedValue == nil, Text.contains("正增长", in: goal.text) {
            guard let outcome = achieved.first(where: matches) else {
                return Row(indicator: target.indicator, target: target, outcome: nil, verdict: "not-stated")
            }
            let opposite = isFall(outcome, against: nil)
            let value = signedValue(of: outcome, against: nil) ?? 0
            return Row(indicator: target.indicator, target: target, outcome: outcome, verdict: value > 0 ? "met" : "missed",
                       opposite: opposite)
        }
        guard target.metric == nil, target.indicator == "income", Text.contains("同步", in: target.text) else { return nil }
        let incomes = achieved.filter(matches)
        let economy = achieved.first { $0.kind == .growth && $0.normalizedUnit == "%" && HeadlineTargets.indicator(of: $0.subject) == "gdp" }
        // The whole population's income, else the lower of town's and country's; within each,
        // real growth (实际增长, as the economy's is counted) before nominal where both are given.
        let whole = preferringReal(incomes.filter { group(of: $0.subject) == nil }).first
        let groups = ["城镇", "农村"].compactMap { name in preferringReal(incomes.filter { group(of: $0.subject) == name }).first }
        let lowest = whole ?? groups.min { (signedValue(of: $0, against: nil) ?? 0) < (signedValue(of: $1, against: nil) ?? 0) }
        guard let income = lowest, let growth = signedValue(of: income, against: nil),
              let economy, let economyGrowth = signedValue(of: economy, against: nil) else {
            return Row(indicator: target.indicator, target: target, outcome: lowest, verdict: "not-stated",
                       opposite: lowest.map { isFall($0, against: nil) } ?? false)
        }
        let slack = Text.contains("基本", in: target.text) ? 0.5 : 0
        return Row(indicator: target.indicator, target: target, outcome: income,
                   verdict: growth >= economyGrowth - slack - 1e-9 ? "met" : "missed", opposite: isFall(income, against: nil))
    }

    /// The figures of growth after prices (实际增长) of `figures` (one group's), or all of them
    /// when none is.
    static func preferringReal(_ figures: [Metric]) -> [Metric] {
        let real = figures.filter { Text.contains("实际", in: $0.subject) }
        return real.isEmpty ? figures : real
    }

    /// Whose figure a subject gives: town's (城镇居民人均可支配收入) or country's (农村居民…), or
    /// nil for the whole population's.
    static func group(of subject: String) -> String? {
        if Text.contains("城镇", in: subject) || Text.contains("城市居民", in: subject) { return "城镇" }
        if Text.contains("农村", in: subject) || Text.contains("农民", in: subject) { return "农村" }
        return nil
    }

    /// Of `outcomes` (in the report's order), the first of `goal`'s group: town's target against
    /// town's outcome, country's against country's; a target for all, the figure for all first.
    /// `strict` (incomes, where town's and country's differ by points): none when the report
    /// gives only another group's; else (城镇调查失业率 against 调查失业率) the first figure.
    static func sameGroup(as goal: Metric, among outcomes: [Metric], strict: Bool) -> Metric? {
        let wanted = group(of: goal.subject)
        if let found = outcomes.first(where: { group(of: $0.subject) == wanted }) { return found }
        return wanted == nil || !strict ? outcomes.first : nil
    }

    /// `居民消费价格下降0.2%` against `居民消费价格涨幅2%左右` (or no target): a fall reported
    /// for an indicator whose target is no cut, which counts as a negative rise.
    static func isFall(_ outcome: Metric, against goal: Metric?) -> Bool {
        IndicatorKey(subject: outcome.subject).direction == .down && goal.map { IndicatorKey(subject: $0.subject).direction != .down } ?? true
    }

    /// The value of `outcome` the way `goal` counts (negative for a fall against a rise).
    static func signedValue(of outcome: Metric?, against goal: Metric?) -> Double? {
        guard let outcome, let value = outcome.normalizedValue else { return nil }
        return isFall(outcome, against: goal) ? -value : value
    }

    /// One indicator in one report, for `trend`: its headline target and what the report says
    /// was achieved the year before. `indicator` is a standard id (`gdp`), a name of one
    /// (`生产总值`, which is `gdp`), or another target's name as written in any report (`粮食产量`,
    /// `规模以上工业增加值增长`), matched by `IndicatorKey`.
    static func trend(of indicator: String, in report: Report) -> (target: HeadlineTargets.Target?, outcome: Metric?) {
        let lastYear: (Metric) -> Bool = { metric in
            metric.role == .achieved && metric.period.map { $0.from == $0.to && $0.from == (report.year ?? 0) - 1 } == true
                && !coversPartOfYear(metric)
        }
        let standardId = HeadlineTargets.indicators.contains { $0.id == indicator } ? indicator : HeadlineTargets.indicator(of: indicator)
        if let id = standardId {
            let target = StatedTargets.find(in: report).first { $0.indicator == id }
            let found = report.metrics.filter { metric in
                lastYear(metric) && HeadlineTargets.indicator(of: metric.subject) == id
                    && sameMeasure(metric.subject, as: target?.metric?.subject ?? target?.text ?? "")
                    // (A target in words, 正增长, has no unit to match.)
                    && (target?.metric).flatMap { $0.normalizedValue == nil ? nil : $0 }
                        .map { $0.kind == metric.kind && $0.normalizedUnit == metric.normalizedUnit } ?? true
            }
            // Without a target to match, the kind the indicator is set in: 地区生产总值达到5.53万亿元、
            // 增长4.8% gives the growth, as a target of gdp would.
            let usual = found.filter { $0.kind == usualKind(of: id) }
            var pool = usual.isEmpty ? found : usual
            // (Income as `compare` reads it: the whole population's first, growth after prices
            // before nominal growth.)
            if id == "income" {
                let whole = pool.filter { group(of: $0.subject) == nil }
                pool = preferringReal(whole.isEmpty ? pool : whole)
            }
            return (target, pool.first)
        }
        let key = IndicatorKey(subject: indicator)
        // A name of one scalar or none would match figures with no subject.
        guard key.name.unicodeScalars.count >= 2 else { return (nil, nil) }
        let target = HeadlineTargets.find(in: report).first { target in
            !target.isStandard && IndicatorKey(subject: target.metric?.subject ?? target.indicator).name == key.name
        }
        let goal = target?.metric
        let goalKey = goal.map { IndicatorKey(subject: $0.subject) }
        let outcome = report.metrics.first { metric in
            guard lastYear(metric) else { return false }
            let found = IndicatorKey(subject: metric.subject)
            guard let goal, let goalKey else { return found == key }
            return metric.kind == goal.kind && metric.normalizedUnit == goal.normalizedUnit && goalKey.admits(found, kind: goal.kind)
        }
        return (target, outcome)
    }

    /// The kind a standard indicator's target is set in: a count of jobs, a rate of
    /// unemployment, and growth for the rest.
    static func usualKind(of id: String) -> Metric.Kind {
        switch id {
        case "urban-jobs": return .count
        case "unemployment": return .share
        default: return .growth
        }
    }

    /// 左右: within half a percentage point (or 10% of a level) counts as met, and beyond it in the
    /// good direction too; 以上/超过/余: at least; 以内/不超过: at most; no such word: at least, or
    /// at most for ceilings (unemployment, prices, and pollution or the use of energy: a target
    /// of 细颗粒物平均浓度35微克/立方米左右, but not one of 污染耕地安全利用率93%以上). `opposite`:
    /// the outcome reports the change the other way round (a rise against a targeted cut).
    static func verdict(target: HeadlineTargets.Target, outcome: Metric?, opposite: Bool = false) -> String {
        guard let goal = target.metric?.normalizedValue, let value = outcome?.normalizedValue else { return "not-stated" }
        let actual = opposite ? -value : value
        let qualifier = target.metric?.qualifier
        let floor = qualifier == .atLeast || qualifier == .moreThan
        let ceiling = qualifier == .atMost
            || !floor && (ceilings.contains(target.indicator) || target.metric?.isBetterWhenLower == true)
        let tolerance = target.metric?.normalizedUnit == "%" ? 0.5 : abs(goal) * 0.1
        let slack = target.metric?.qualifier == .approx ? tolerance : 0
        if ceiling { return actual <= goal + slack + 1e-9 ? "met" : "missed" }
        return actual >= goal - slack - 1e-9 ? "met" : "missed"
    }
}
