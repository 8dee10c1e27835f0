import WorkbenchSDK

/// Commands across the loaded reports: `targets --all`, `compare A B`, `trend INDICATOR`.
enum CorpusCommands {
    static let compare = CoreCommand(
        spec: CommandSpec(name: "compare", summary: "A report's headline targets against what the next year's report says was achieved",
                          usage: "compare A B",
                          arguments: [ArgumentSpec(name: "A", summary: "the report that set the targets", required: true),
                                      ArgumentSpec(name: "B", summary: "the next year's report", required: true)],
                          examples: ["compare henan-2025 henan-2026"]),
        run: { session, arguments in
            guard arguments.count == 2 else {
                throw WorkbenchError.usage("compare takes two report names", remedy: "Usage: compare A B (see 'reports')")
            }
            let earlier = try session.report(named: arguments[0])
            let later = try session.report(named: arguments[1])
            var table = ResultTable(columns: ["indicator", "target", "targetValue", "qualifier", "outcome", "outcomeValue", "verdict", "line", "outcomeLine"])
            for row in TargetOutcomes.compare(earlier, with: later) {
                table.append([.text(row.indicator), .text(row.target.metric?.text ?? row.target.text),
                              .optional(row.target.metric?.normalizedValue), .optional(row.target.metric?.qualifier?.rawValue),
                              .optional(row.outcome?.text), .optional(row.outcome?.normalizedValue), .text(row.verdict),
                              .integer(row.target.position.line), .optional(row.outcome?.line)])
            }
            return .table(table)
        })

    static let trend = CoreCommand(
        spec: CommandSpec(name: "trend", summary: "One headline indicator across all loaded reports: each year's target and last year's outcome",
                          usage: "trend INDICATOR",
                          arguments: [ArgumentSpec(name: "INDICATOR", summary: "a headline indicator id", values: HeadlineTargets.indicators.map(\.id), required: true)],
                          examples: ["trend gdp", "trend urban-jobs"]),
        run: { session, arguments in
            let ids = HeadlineTargets.indicators.map(\.id)
            guard arguments.count == 1, ids.contains(arguments[0]) else {
                throw WorkbenchError.usage("trend takes one headline indicator", remedy: "Indicators: \(ids.joined(separator: ", "))")
            }
            let indicator = arguments[0]
            var table = ResultTable(columns: ["report", "province", "year", "target", "targetValue", "qualifier", "previousOutcome", "previousOutcomeValue"])
            let reports = session.reports.sorted { ($0.province ?? "", $0.year ?? 0) < ($1.province ?? "", $1.year ?? 0) }
            for report in reports {
                let target = HeadlineTargets.find(in: report).first { $0.indicator == indicator }
                // What this report says was achieved last year, for the same indicator.
                let outcome = report.metrics.first { metric in
                    metric.role == .achieved && metric.period.map { $0.from == $0.to && $0.from == (report.year ?? 0) - 1 } == true
                        && HeadlineTargets.indicator(of: metric.subject) == indicator
                        && (target?.metric).map { $0.kind == metric.kind && $0.normalizedUnit == metric.normalizedUnit } ?? true
                }
                table.append([.text(report.name), .optional(report.province), .optional(report.year),
                              .optional(target.map { $0.metric?.text ?? $0.text }), .optional(target?.metric?.normalizedValue),
                              .optional(target?.metric?.qualifier?.rawValue), .optional(outcome?.text), .optional(outcome?.normalizedValue)])
            }
            return .table(table)
        })
}
