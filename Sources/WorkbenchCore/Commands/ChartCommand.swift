import WorkbenchSDK

/// `chart WHAT`: a bar chart of the current report in the terminal.
enum ChartCommand {
    static let usage = "chart sectors|targets|projects|ecology [--width N]"

    static let chart = CoreCommand(
        spec: CommandSpec(
            name: "chart", summary: "Draw a bar chart of the current report: sector shares, headline targets, projects by region, ecology",
            usage: usage,
            arguments: [ArgumentSpec(name: "WHAT", summary: "what to draw", values: ReportCharts.Kind.allCases.map(\.rawValue), required: true),
                        ArgumentSpec(name: "--width", summary: "cells the longest bar takes (default 40)")],
            examples: ["chart sectors", "chart targets", "chart projects", "chart ecology --width 30"]),
        run: { session, arguments in
            var kind: ReportCharts.Kind?
            var renderer = TerminalBarChart()
            var cursor = ArgumentCursor(arguments, context: "chart", help: "Usage: \(usage)")
            while let word = cursor.next() {
                if word == "--width" {
                    let given = try cursor.value(for: word)
                    guard let width = Int(given), (5...200).contains(width) else {
                        throw WorkbenchError.usage("chart: --width takes a number of cells from 5 to 200 (got '\(given)')", remedy: "Usage: \(usage)")
                    }
                    renderer.width = width
                } else if kind == nil, let chosen = ReportCharts.Kind(rawValue: word) {
                    kind = chosen
                } else {
                    let names = ReportCharts.Kind.allCases.map(\.rawValue)
                    throw WorkbenchError.usage("chart: unexpected '\(word)'",
                                               remedy: Suggestions.phrase(for: word, among: names) ?? "Usage: \(usage)")
                }
            }
            guard let kind else { throw WorkbenchError.usage("chart needs to know what to draw", remedy: "Usage: \(usage)") }
            let report = try session.requireCurrent()
            // Each kind of chart draws the table of its name.
            let tables = try session.modelTables(all: false, only: [kind.rawValue])
            for problem in tables.problems { session.notify(problem) }
            let chart = ReportCharts.chart(kind, report: report.name, tables: tables)
            return .picture(renderer.render(chart), data: chart.table)
        })
}
