import WorkbenchSDK

/// Environment, ecology and energy-transition figures: what was achieved, what is targeted, and
/// where the report gives both, the achieved value beside the target with the direction of
/// change (新能源和清洁能源装机占比 49.7% → 50%以上, up).
public struct EcologyModule: WorkbenchModule {
    public init() {}

    public let name = "ecology"
    public let version = "1.0.0"
    public let summary = "Environment, ecology and energy-transition figures, achieved beside targets"

    public var commands: [CommandSpec] {
        [CommandSpec(name: "ecology", summary: "Ecology and energy-transition indicators with betterWhen, achieved beside targets",
                     usage: "ecology [--role achieved|target|other]",
                     arguments: [ArgumentSpec(name: "--role", summary: "only achieved figures, or only targets",
                                              values: Metric.Role.allCases.map(\.rawValue))],
                     examples: ["ecology", "ecology --role target"], table: "ecology")]
    }

    public func run(command: String, arguments: [String], context: ModuleContext) throws -> ResultTable {
        var role: Metric.Role?
        if !arguments.isEmpty {
            guard arguments.count == 2, arguments[0] == "--role", let given = Metric.Role(rawValue: arguments[1]) else {
                throw ModuleError("ecology takes only --role achieved|target|other", remedy: "Usage: ecology [--role R]", isUsage: true)
            }
            role = given
        }
        let report = context.report
        let figures = EcologyIndicators.figures(in: report)
        let achieved = figures.filter { $0.role == .achieved }
        let indicators = IndicatorIndex(achieved)
        var table = ResultTable(columns: ["indicator", "value", "unit", "role", "betterWhen", "line", "text", "kind",
                                          "normalizedValue", "normalizedUnit", "achievedBefore", "change", "period"])
        for metric in figures where role == nil || metric.role == role {
            let indicator = EcologyIndicators.indicator(metric)
            var before: Metric?
            if metric.role == .target {
                // The achieved figure of the same indicator, the closest in wording (the latest of
                // those as close) and in unit.
                // (Additions are compared with additions: 新增新能源装机80万千瓦 is not below a stock
                // of 580万千瓦.)
                var closest: (shared: Int, index: Int)?
                // (And what was done over five years is no year's: 营造林3195万亩 of the 十四五
                // review stands beside no 2026 target of 600万亩.)
                for index in indicators.matches(for: metric)
                where EcologyIndicators.countsAdditions(achieved[index]) == EcologyIndicators.countsAdditions(metric)
                    && EcologyIndicators.comparableSpans(achieved[index], metric) {
                    guard let shared = EcologyIndicators.sharedWording(achieved[index], metric),
                          shared >= closest?.shared ?? 0 else { continue }
                    closest = (shared, index)
                }
                before = closest.map { achieved[$0.index] }
            }
            table.append([
                "indicator": .text(indicator), "value": metric.value.map(Cell.number) ?? .null,
                "unit": metric.unit.map(Cell.text) ?? .null, "role": .text(metric.role.rawValue),
                "betterWhen": .text(EcologyIndicators.betterWhen(metric)), "line": .integer(metric.line),
                "text": .text(metric.text), "kind": .text(metric.kind.rawValue),
                "normalizedValue": metric.normalizedValue.map(Cell.number) ?? .null,
                "normalizedUnit": metric.normalizedUnit.map(Cell.text) ?? .null,
                "achievedBefore": before.map { .text($0.text) } ?? .null,
                "change": Self.change(from: before, to: metric),
                "period": metric.period.map { .text($0.label) } ?? .null,
            ])
        }
        return table
    }

    /// `up`, `down` or `same` from the achieved value to the target, when both have values.
    static func change(from before: Metric?, to target: Metric) -> Cell {
        guard let old = before?.normalizedValue, let new = target.normalizedValue else { return .null }
        return .text(new > old ? "up" : new < old ? "down" : "same")
    }
}
