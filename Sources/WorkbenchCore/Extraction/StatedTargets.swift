import WorkbenchSDK

/// The year's targets for the standard indicators, lined up across reports: the headline list's,
/// and for each standard indicator it leaves out, the target the plan sets for it elsewhere.
/// Beijing, for one, sets 城镇新增就业 in its paragraph on jobs, not among 主要预期目标; without it
/// `trend urban-jobs` and `compare` had nothing for Beijing.
enum StatedTargets {
    /// The kind of figure each standard indicator's target is: a figure of another kind that
    /// names it (生产总值达到5万亿元, a level) is no target for the growth rate.
    static let kinds: [String: Metric.Kind] = [
        "gdp": .growth, "fixed-asset-investment": .growth, "retail-sales": .growth, "foreign-trade": .growth,
        "income": .growth, "cpi": .growth, "urban-jobs": .count, "unemployment": .share,
    ]

    /// Whether `subject` is indicator `id` itself, for the whole region: after a scope word
    /// (全省, 全年) it begins with one of the indicator's words. 各市县城镇新增就业, 跨境电商进出口,
    /// 农村居民人均可支配收入 and 海洋生产总值 are parts of it.
    static func names(_ id: String, only subject: String) -> Bool {
        var rest = Substring(subject)
        for scope in IndicatorKey.scopes where rest.hasPrefix(scope) {
            rest = rest.dropFirst(scope.count)
            break
        }
        let words = HeadlineTargets.indicators.first { $0.id == id }?.words ?? []
        return words.contains { rest.hasPrefix($0) }
    }

    /// The headline targets of `report`, then the standard indicators the list leaves out that
    /// the plan for the report's own year sets (not a five-year plan), marked `isListed: false`.
    static func find(in report: Report) -> [HeadlineTargets.Target] {
        var targets = HeadlineTargets.find(in: report)
        guard let year = report.year else { return targets }
        let listed = Set(targets.lazy.filter(\.isStandard).map(\.indicator))
        for (id, _) in HeadlineTargets.indicators where !listed.contains(id) {
            let stated = report.metrics.first { metric in
                metric.role == .target && metric.kind == kinds[id]
                    && metric.period.map { $0.kind == .plan && $0.from == year && $0.to == year } == true
                    && HeadlineTargets.indicator(of: metric.subject) == id && Self.names(id, only: metric.subject)
            }
            guard let stated else { continue }
            targets.append(HeadlineTargets.Target(indicator: id, isStandard: true, text: stated.subject + stated.text,
                                                  position: stated.position, metric: stated, stretch: nil, isListed: false))
        }
        return targets
    }
}
