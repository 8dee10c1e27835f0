import WorkbenchSDK

/// The charts of a report, drawn from its model tables (the same rows `sql` and `export` see):
/// sector shares, headline targets, projects by region, ecology achieved beside target.
enum ReportCharts {
    enum Kind: String, CaseIterable, Sendable {
        case sectors, targets, projects, ecology
    }

    static func chart(_ kind: Kind, report: String, tables: ModelTables) -> BarChart {
        switch kind {
        case .sectors: return sectors(report: report, tables: tables)
        case .targets: return targets(report: report, tables: tables)
        case .projects: return projects(report: report, tables: tables)
        case .ecology: return ecology(report: report, tables: tables)
        }
    }

    /// Each sector's share of the report's text, largest first.
    static func sectors(report: String, tables: ModelTables) -> BarChart {
        var chart = BarChart(title: "\(report): share of the text by sector", series: ["share"], groups: [],
                             emptyNote: "no sector table (is the sectors module loaded?)")
        for row in rows(of: "sectors", report: report, tables: tables) {
            guard let sector = text(row["sector"]), let share = number(row["share"]), share > 0 else { continue }
            chart.groups.append(.init(label: sector, values: [share * 100], valueLabels: [percent(share * 100)]))
        }
        chart.groups.sort { ($0.values[0] ?? 0) > ($1.values[0] ?? 0) }
        return chart
    }

    /// The headline targets (主要预期目标); growth rates share one scale, each other unit its own.
    static func targets(report: String, tables: ModelTables) -> BarChart {
        var chart = BarChart(title: "\(report): headline targets", series: ["target"], groups: [],
                             emptyNote: "no headline targets found")
        for row in rows(of: "targets", report: report, tables: tables) where row["headline"] == .bool(true) {
            guard let indicator = text(row["indicator"]) else { continue }
            let value = number(row["normalizedValue"]) ?? number(row["value"])
            let unit = text(row["normalizedUnit"]) ?? text(row["unit"]) ?? ""
            chart.groups.append(.init(label: indicator, values: [value], valueLabels: [text(row["text"]) ?? ""], scaleKey: unit))
        }
        return chart
    }

    /// How many named projects each region has, most first; projects with no region last.
    static func projects(report: String, tables: ModelTables) -> BarChart {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for row in rows(of: "projects", report: report, tables: tables) {
            let region = text(row["region"]).flatMap { $0.isEmpty ? nil : $0 } ?? noRegion
            if counts[region] == nil { order.append(region) }
            counts[region, default: 0] += 1
        }
        let sorted = order.sorted { left, right in
            if (left == noRegion) != (right == noRegion) { return right == noRegion }
            return (counts[left] ?? 0) > (counts[right] ?? 0)
        }
        return BarChart(title: "\(report): named projects by region", series: ["projects"],
                        groups: sorted.map { .init(label: $0, values: [Double(counts[$0] ?? 0)], valueLabels: [String(counts[$0] ?? 0)]) },
                        emptyNote: "no projects found (is the projects module loaded?)")
    }

    static let noRegion = "(no region)"

    /// Every ecology target beside the achieved figure it moves from, each on its own scale
    /// (the units differ); achieved figures without a target follow.
    static func ecology(report: String, tables: ModelTables) -> BarChart {
        let rows = rows(of: "ecology", report: report, tables: tables)
        var chart = BarChart(title: "\(report): ecology, achieved and target", series: ["achieved", "target"], groups: [],
                             emptyNote: "no ecology figures found (is the ecology module loaded?)")
        var pairedAchieved = Set<String>()
        for row in rows where text(row["role"]) == "target" {
            guard let indicator = text(row["indicator"]) else { continue }
            let before = text(row["achievedBefore"])
            let achieved = before.flatMap { written in rows.first { text($0["role"]) == "achieved" && text($0["text"]) == written } }
            if let before { pairedAchieved.insert(before) }
            chart.groups.append(.init(label: indicator,
                                      values: [achieved.flatMap { number($0["normalizedValue"]) }, number(row["normalizedValue"])],
                                      valueLabels: [before ?? "", text(row["text"]) ?? ""], scaleKey: indicator))
        }
        for row in rows where text(row["role"]) == "achieved" {
            guard let indicator = text(row["indicator"]), let written = text(row["text"]), !pairedAchieved.contains(written) else { continue }
            chart.groups.append(.init(label: indicator, values: [number(row["normalizedValue"]), nil],
                                      valueLabels: [written, ""], scaleKey: indicator + "#" + written))
        }
        return chart
    }

    // MARK: - Reading rows

    static func rows(of name: String, report: String, tables: ModelTables) -> [[String: Cell]] {
        tables.rows(of: name, report: report).map(\.values)
    }

    static func text(_ cell: Cell?) -> String? {
        guard case .text(let value)? = cell else { return nil }
        return value
    }

    static func number(_ cell: Cell?) -> Double? {
        switch cell {
        case .number(let value)?: return value
        case .integer(let value)?: return Double(value)
        default: return nil
        }
    }

    static func percent(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return Cell.format(rounded) + "%"
    }
}
