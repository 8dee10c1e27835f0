import WorkbenchSDK

/// `export FORMAT PATH`: the current report's tables (or every report's) in a file.
enum ExportCommand {
    static let export = CoreCommand(
        spec: CommandSpec(
            name: "export", summary: "Write the current report (or --all) as SQLite, JSON, CSV, Markdown or an HTML page with charts",
            usage: Exporter.usage,
            arguments: [ArgumentSpec(name: "FORMAT", summary: "the kind of file", values: Exporter.Format.allCases.map(\.rawValue), required: true),
                        ArgumentSpec(name: "PATH", summary: "the file to write (csv: a folder, one file per table, or a .csv file)", required: true),
                        ArgumentSpec(name: "--all", summary: "every loaded report, not only the current one"),
                        ArgumentSpec(name: "--table", summary: "csv: only this table (metrics, targets, projects …)"),
                        ArgumentSpec(name: "--bom", summary: "csv: start with a UTF-8 byte order mark, for Excel")],
            examples: ["export html shanxi.html", "export sqlite reports.db --all", "export csv tables/",
                       "export csv targets.csv --table targets --bom", "export json shanxi.json", "export markdown shanxi.md"]),
        run: { session, arguments in
            let exporter = try Exporter.parse(arguments)
            let reports = exporter.all ? session.reports : [try session.requireCurrent()]
            // One CSV table is built alone (a name that is no table gets the list of them all).
            let only = exporter.singleTable.flatMap { session.tableNames.contains($0) ? Set([$0]) : nil }
            var tables = try session.modelTables(all: exporter.all, only: only)
            // A module that could not fill it: every table, so that the message can list them.
            if only != nil, tables.tables.isEmpty { tables = try session.modelTables(all: exporter.all) }
            for problem in tables.problems { session.notify(problem) }
            return .table(try exporter.run(tables, reports: reports))
        })
}
