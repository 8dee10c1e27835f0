import WorkbenchSDK

/// `metrics`, `explain`: the figures of the current report.
enum MetricCommands {
    static let columns = ["line", "offset", "text", "value", "valueHigh", "unit", "normalizedValue", "normalizedUnit",
                          "kind", "role", "qualifier", "estimated", "subject", "section", "sector", "period"]

    static let metrics = CoreCommand(
        spec: CommandSpec(
            name: "metrics", summary: "Every figure of the current report, with unit, meaning, role and indicator",
            usage: "metrics [--sector ID] [--role R] [--kind K] [--unit U] [--section TEXT] [--text TEXT] [--line N] [--explain]",
            arguments: [
                ArgumentSpec(name: "--sector", summary: "only this sector id"),
                ArgumentSpec(name: "--role", summary: "achieved, target or other", values: Metric.Role.allCases.map(\.rawValue)),
                ArgumentSpec(name: "--kind", summary: "level, growth, share, rank or count", values: Metric.Kind.allCases.map(\.rawValue)),
                ArgumentSpec(name: "--unit", summary: "only figures whose normalized unit is this (%, 元, 个 …)"),
                ArgumentSpec(name: "--section", summary: "only figures whose section title contains TEXT"),
                ArgumentSpec(name: "--text", summary: "only figures whose subject or text contains TEXT"),
                ArgumentSpec(name: "--line", summary: "only figures on line N"),
                ArgumentSpec(name: "--explain", summary: "add the rule that found each figure and decided its meaning"),
            ],
            examples: ["metrics", "metrics --role target --kind growth", "metrics --sector energy", "metrics --line 24 --explain"]),
        run: { session, arguments in
            let report = try session.requireCurrent()
            let filter = try MetricFilter.parse(arguments)
            try filter.validate(against: report)
            var table = ResultTable(columns: columns + (filter.explain ? ["rule"] : []))
            for metric in report.metrics where filter.accepts(metric, in: report) {
                table.append(row(metric, in: report) + (filter.explain ? [.text(metric.rule)] : []))
            }
            return .table(table)
        })

    static let explain = CoreCommand(
        spec: CommandSpec(name: "explain", summary: "Why each figure on a line was read as it was",
                          usage: "explain LINE",
                          arguments: [ArgumentSpec(name: "LINE", summary: "a line number", required: true)],
                          examples: ["explain 24"]),
        run: { session, arguments in
            guard arguments.count == 1, let line = Int(arguments[0]) else {
                throw WorkbenchError.usage("explain takes one line number", remedy: "Usage: explain LINE")
            }
            return try metrics.run(&session, ["--line", String(line), "--explain"])
        })

    static func row(_ metric: Metric, in report: Report) -> [Cell] {
        [.integer(metric.line), .integer(metric.offset), .text(metric.text), .optional(metric.value),
         .optional(metric.valueHigh), .optional(metric.unit), .optional(metric.normalizedValue),
         .optional(metric.normalizedUnit), .text(metric.kind.rawValue), .text(metric.role.rawValue),
         .optional(metric.qualifier?.rawValue), .bool(metric.estimated), .text(metric.subject),
         .optional(report.node(metric.section)?.title), .optional(metric.sector), .optional(metric.period?.label)]
    }
}

/// The filters of `metrics`.
struct MetricFilter {
    var sector: String?
    var role: Metric.Role?
    var kind: Metric.Kind?
    var unit: String?
    var section: String?
    var text: String?
    var line: Int?
    var explain = false

    static func parse(_ arguments: [String]) throws(WorkbenchError) -> MetricFilter {
        var filter = MetricFilter()
        var cursor = ArgumentCursor(arguments, context: "metrics", help: "See: help metrics")
        while let option = cursor.next() {
            switch option {
            case "--sector": filter.sector = try cursor.value(for: option)
            case "--role":
                let given = try cursor.value(for: option)
                guard let role = Metric.Role(rawValue: given) else {
                    throw .usage("metrics: unknown role '\(given)'", remedy: "Use achieved, target or other")
                }
                filter.role = role
            case "--kind":
                let given = try cursor.value(for: option)
                guard let kind = Metric.Kind(rawValue: given) else {
                    throw .usage("metrics: unknown kind '\(given)'", remedy: "Use level, growth, share, rank or count")
                }
                filter.kind = kind
            case "--unit": filter.unit = try cursor.value(for: option)
            case "--section": filter.section = try cursor.value(for: option)
            case "--text": filter.text = try cursor.value(for: option)
            case "--line":
                let given = try cursor.value(for: option)
                guard let line = Int(given) else {
                    throw .usage("metrics: --line takes a number (got '\(given)')", remedy: "See: help metrics")
                }
                filter.line = line
            case "--explain": filter.explain = true
            default:
                throw .usage("metrics: unexpected '\(option)'",
                             remedy: Suggestions.phrase(for: option, among: ["--sector", "--role", "--kind", "--unit", "--section", "--text", "--line", "--explain"]) ?? "See: help metrics")
            }
        }
        return filter
    }

    /// Refuses values that can match nothing because they do not exist: an unknown sector id,
    /// a line outside the report.
    func validate(against report: Report) throws(WorkbenchError) {
        let sectors = SectorLexicon.standard.sectors.map(\.id)
        if let sector, !sectors.contains(sector) {
            throw .usage("metrics: unknown sector '\(sector)'",
                         remedy: Suggestions.phrase(for: sector, among: sectors) ?? "Sectors: \(sectors.joined(separator: ", "))")
        }
        if let line, line < 1 || line > report.lineCount {
            throw .usage("metrics: line \(line) is outside the report", remedy: "\(report.name) has lines 1 to \(report.lineCount)")
        }
    }

    func accepts(_ metric: Metric, in report: Report) -> Bool {
        if let sector, metric.sector != sector { return false }
        if let role, metric.role != role { return false }
        if let kind, metric.kind != kind { return false }
        if let unit, metric.normalizedUnit != unit && metric.unit != unit { return false }
        if let line, metric.line != line { return false }
        if let section, !(report.node(metric.section)?.title.contains(section) ?? false) { return false }
        if let text, !metric.subject.contains(text) && !metric.text.contains(text) { return false }
        return true
    }
}
