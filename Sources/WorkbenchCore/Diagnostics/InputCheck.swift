import WorkbenchSDK

/// Puts bytes through everything a loaded report goes through — loading (any format), parsing,
/// extraction, the model tables with the given modules, every output format, the charts and
/// the HTML page — and lists the invariants that do not hold. The fuzz targets trap on any;
/// the corpus test expects none. A refusal (`WorkbenchError`) is a fine outcome.
public enum InputCheck {
    /// Broken invariants, in words; empty when all hold or the bytes were refused.
    public static func run(_ bytes: [UInt8], name: String, modules: [any WorkbenchModule] = []) -> [String] {
        let report: Report
        do {
            report = try ReportLoader().load(bytes: bytes, name: name)
        } catch {
            return error.message.isEmpty ? ["a refusal with no message"] : []
        }
        var problems: [String] = []
        for metric in report.metrics where metric.offset < 0 || metric.offset > report.length || metric.line < 1 || metric.line > report.lineCount {
            problems.append("figure '\(metric.text)' at line \(metric.line), offset \(metric.offset) is outside the report")
        }
        for node in report.outline where node.parent.map({ $0 >= node.id || $0 < 0 }) == true {
            problems.append("outline node \(node.id) has parent \(node.parent ?? -1), which does not come before it")
        }
        for paragraph in report.paragraphs where paragraph.offset < 0 || paragraph.offset > report.length {
            problems.append("paragraph \(paragraph.index) starts outside the report")
        }
        var session = Session()
        for module in modules { try? session.register(module, source: .builtIn) }
        session.add(report)
        guard let tables = try? session.modelTables(all: true) else { return problems + ["the model tables could not be built"] }
        for entry in tables.tables {
            for format in OutputFormat.allCases { _ = format.renderer.render(entry.table) }
        }
        for kind in ReportCharts.Kind.allCases {
            let chart = ReportCharts.chart(kind, report: report.name, tables: tables)
            _ = TerminalBarChart().render(chart)
            _ = SVGBarChart().render(chart)
        }
        // compare and trend: the report against itself, every id and every target's own name.
        let targets = HeadlineTargets.find(in: report)
        _ = TargetOutcomes.compare(report, with: report)
        for indicator in HeadlineTargets.indicators.map(\.id) + targets.map(\.indicator) {
            _ = TargetOutcomes.trend(of: indicator, in: report)
        }
        let page = HTMLPage(tables: tables, reports: [report]).render()
        if page.contains("<script") { problems.append("report text reached the HTML page unescaped") }
        return problems
    }
}
