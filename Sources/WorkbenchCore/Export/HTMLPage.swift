import WorkbenchSDK

/// One self-contained HTML page (no scripts, no network) for colleagues: per report its headline
/// targets, sector summary, projects by region and ecology figures, each with an SVG chart and
/// the rows behind it. Every piece of report text is escaped.
struct HTMLPage: Sendable {
    var tables: ModelTables
    var reports: [Report]

    func render() -> String {
        let title = reports.count == 1 ? reports[0].title : "\(reports.count) government work reports"
        var html = """
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(HTMLText.escape(title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>

        """
        if reports.count > 1 {
            html += "<h1>\(HTMLText.escape(title))</h1>\n<nav><ul>\n"
            for report in reports {
                html += "<li><a href=\"#\(anchor(report))\">\(HTMLText.escape(report.name))</a> \(HTMLText.escape(report.title))</li>\n"
            }
            html += "</ul></nav>\n"
        }
        for report in reports { html += section(report) }
        html += "<footer>Made by the workbench from \(HTMLText.escape(reports.map(\.sourceFile).joined(separator: ", "))). "
        html += "Line numbers refer to the report as loaded.</footer>\n</body>\n</html>\n"
        return html
    }

    func anchor(_ report: Report) -> String {
        "report-" + String(report.name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }.map(Character.init))
    }

    func section(_ report: Report) -> String {
        var html = "<article id=\"\(anchor(report))\">\n<h1>\(HTMLText.escape(report.title))</h1>\n"
        let facts = [report.province, report.year.map(String.init), report.speaker.map { "\($0) 作报告" }, report.date]
            .compactMap { $0 } + ["\(report.metrics.count) figures"]
        html += "<p class=\"facts\">\(HTMLText.escape(report.name)) · \(HTMLText.escape(facts.joined(separator: " · ")))</p>\n"
        let svg = SVGBarChart()
        html += part("Headline targets", ReportCharts.targets(report: report.name, tables: tables), svg,
                     rows: filtered("targets", report: report.name) { $0["headline"] == .bool(true) },
                     columns: ["indicator", "text", "value", "unit", "qualifier", "line"])
        html += part("Sectors: share of the text", ReportCharts.sectors(report: report.name, tables: tables), svg,
                     rows: filtered("sectors", report: report.name) { _ in true },
                     columns: ["sector", "metrics", "targets", "achieved", "share", "topTerms"])
        html += part("Projects by region", ReportCharts.projects(report: report.name, tables: tables), svg,
                     rows: filtered("projects", report: report.name) { _ in true },
                     columns: ["name", "type", "region", "status", "line"])
        html += part("Ecology: achieved and target", ReportCharts.ecology(report: report.name, tables: tables), svg,
                     rows: filtered("ecology", report: report.name) { _ in true },
                     columns: ["indicator", "text", "role", "betterWhen", "achievedBefore", "line"])
        return html + "</article>\n"
    }

    func part(_ heading: String, _ chart: BarChart, _ svg: SVGBarChart, rows: ResultTable?, columns: [String]) -> String {
        var html = "<section>\n<h2>\(HTMLText.escape(heading))</h2>\n<figure>\n" + svg.render(chart) + "</figure>\n"
        if let rows, !rows.rows.isEmpty {
            html += "<details><summary>\(rows.rows.count) rows</summary>\n" + table(rows, columns: columns) + "</details>\n"
        }
        return html + "</section>\n"
    }

    /// The rows of a table for one report that pass `keep`, or nil when there is no such table.
    func filtered(_ name: String, report: String, keep: ([String: Cell]) -> Bool) -> ResultTable? {
        guard let table = tables.table(named: name) else { return nil }
        var result = ResultTable(columns: table.columns)
        for row in tables.rows(of: name, report: report) where keep(row.values) { result.rows.append(row.cells) }
        return result
    }

    /// An HTML table of the named columns (those the table has).
    func table(_ table: ResultTable, columns: [String]) -> String {
        let shown = columns.compactMap { column in table.columns.firstIndex(of: column).map { (column, $0) } }
        var html = "<table>\n<thead><tr>" + shown.map { "<th>\(HTMLText.escape($0.0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.fittedRows {
            html += "<tr>" + shown.map { _, index in
                let cell = row[index]
                return cell.isNumeric ? "<td class=\"n\">\(HTMLText.escape(cell.plainText))</td>" : "<td>\(HTMLText.escape(cell.plainText))</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    static let style = """
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
    h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
    .facts { color: #666; margin-top: 0; } figure { margin: 0.5em 0; overflow-x: auto; }
    svg text { font-size: 13px; fill: #222; } svg .value { fill: #444; }
    table { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0; } th, td { border: 1px solid #ddd; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; } summary { cursor: pointer; color: #4e79a7; }
    .empty { color: #888; font-style: italic; } footer { margin-top: 3em; color: #888; font-size: 0.85em; }
    article + article { margin-top: 4em; border-top: 3px solid #4e79a7; }
    """
}
