import WorkbenchSDK

/// Commands across the loaded reports: `targets --all`, `compare A B`, `trend INDICATOR`.
enum CorpusCommands {
    static let compare = CoreCommand(
        spec: CommandSpec(name: "compare", summary: "A report's targets for the standard and headline indicators against what the next year's report says was achieved",
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
            // Another place's or another year's outcomes would judge the targets by figures that
            // are not theirs.
            if let first = earlier.year, let second = later.year, second != first + 1 {
                throw WorkbenchError.usage("compare: \(later.name) reviews \(second - 1), not \(earlier.name)'s year \(first)",
                                           remedy: "Give the report that set the targets first and the next year's report second (see 'reports')")
            }
            if let place = earlier.province, let other = later.province, place != other {
                throw WorkbenchError.usage("compare: \(earlier.name) is \(place)'s report and \(later.name) is \(other)'s",
                                           remedy: "Compare two years of one place's reports (see 'reports')")
            }
            var table = ResultTable(columns: ["indicator", "target", "targetValue", "qualifier", "outcome", "outcomeValue", "verdict", "line", "outcomeLine"])
            for row in TargetOutcomes.compare(earlier, with: later) {
                table.append([.text(row.indicator), .text(row.target.metric?.text ?? row.target.text),
                              .optional(row.target.metric?.normalizedValue), .optional(row.target.metric?.qualifier?.rawValue),
                              .optional(row.outcome?.text ?? row.statement?.text), .optional(row.outcomeValue), .text(row.verdict),
                              .integer(row.target.position.line), .optional(row.outcome?.line ?? row.statement?.line)])
            }
            return .table(table)
        })

    static let trend = CoreCommand(
        spec: CommandSpec(name: "trend", summary: "One headline indicator across all loaded reports: each year's target and last year's outcome",
                          usage: "trend INDICATOR",
                          arguments: [ArgumentSpec(name: "INDICATOR", summary: "a headline indicator id, or a target's name as written (粮食产量)",
                                                   values: HeadlineTargets.indicators.map(\.id), required: true)],
                          examples: ["trend gdp", "trend urban-jobs", "trend 粮食产量"]),
        run: { session, arguments in
            guard arguments.count == 1, arguments[0].unicodeScalars.filter({ !$0.properties.isWhitespace }).count >= 2 else {
                throw WorkbenchError.usage("trend takes one indicator",
                                           remedy: "Give an id (\(HeadlineTargets.indicators.map(\.id).joined(separator: ", "))) or a target's name, e.g. trend 粮食产量")
            }
            let indicator = arguments[0]
            let reports = session.reports.sorted { ($0.province ?? "", $0.year ?? 0) < ($1.province ?? "", $1.year ?? 0) }
            let rows = reports.map { ($0, TargetOutcomes.trend(of: indicator, in: $0)) }
            guard rows.contains(where: { $0.1.target != nil || $0.1.outcome != nil }) else {
                throw WorkbenchError.usage("no loaded report has a headline target or last year's figure for '\(indicator)'",
                                           remedy: "Ids: \(HeadlineTargets.indicators.map(\.id).joined(separator: ", ")); other targets by their name in 'targets --all'")
            }
            var table = ResultTable(columns: ["report", "province", "year", "target", "targetValue", "qualifier", "previousOutcome", "previousOutcomeValue"])
            for (report, found) in rows {
                let target = found.target
                table.append([.text(report.name), .optional(report.province), .optional(report.year),
                              .optional(target.map { $0.metric?.text ?? $0.text }), .optional(target?.metric?.normalizedValue),
                              .optional(target?.metric?.qualifier?.rawValue), .optional(found.outcome?.text),
                              .optional(TargetOutcomes.signedValue(of: found.outcome, against: target?.metric))])
            }
            return .table(table)
        })
}
