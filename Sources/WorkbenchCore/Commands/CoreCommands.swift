import WorkbenchSDK

/// The commands every workbench has, whatever modules are loaded.
enum CoreCommands {
    static let all: [CoreCommand] = [help, reports, load, use, outline, MetricCommands.metrics, MetricCommands.explain, TargetCommands.targets, CorpusCommands.compare, CorpusCommands.trend, SearchCommand.search, SQLCommands.sql, ChartCommand.chart, ExportCommand.export, PluginCommands.plugins, PluginCommands.plugin, quit]

    /// `help` is answered by the shell, which knows every command; this entry describes it.
    static let help = CoreCommand(
        spec: CommandSpec(name: "help", summary: "List the commands, or show how to use one",
                          usage: "help [COMMAND]",
                          arguments: [ArgumentSpec(name: "COMMAND", summary: "a command name")],
                          examples: ["help", "help outline"]),
        run: { _, _ in .message("") })

    static let reports = CoreCommand(
        spec: CommandSpec(name: "reports", summary: "List the loaded reports",
                          usage: "reports", examples: ["reports"]),
        run: { session, arguments in
            try expectNoArguments(arguments, command: "reports")
            var table = ResultTable(columns: reportColumns)
            for report in session.reports {
                table.append(reportRow(report, current: report.name == session.current?.name))
            }
            return .table(table)
        })

    static let load = CoreCommand(
        spec: CommandSpec(name: "load", summary: "Load report files (UTF-8 text) and make the last one current",
                          usage: "load PATH [PATH ...]",
                          arguments: [ArgumentSpec(name: "PATH", summary: "a report file", required: true)],
                          examples: ["load reports/henan-2025.txt"]),
        run: { session, arguments in
            guard !arguments.isEmpty else {
                throw WorkbenchError.usage("load needs a file", remedy: "Usage: load PATH [PATH ...]")
            }
            // Parse everything first: a failure leaves the session as it was. A folder loads the
            // reports it can; a note names each file it could not.
            var parsed: [Report] = []
            for path in arguments {
                if session.loader.reportFiles(inFolder: path) != nil {
                    let (reports, failures) = session.loader.loadFolder(path)
                    parsed += reports
                    for failure in failures { session.notify(failure.message) }
                    if reports.isEmpty {
                        throw WorkbenchError.runtime("no report loaded from the folder '\(path)'", remedy: "It needs .txt report files")
                    }
                } else {
                    parsed.append(try session.loader.load(path: path))
                }
            }
            var table = ResultTable(columns: reportColumns)
            let added = parsed.map { session.add($0) }
            for report in added {
                table.append(reportRow(report, current: report.name == session.current?.name))
            }
            return .table(table)
        })

    static let use = CoreCommand(
        spec: CommandSpec(name: "use", summary: "Make a loaded report the current one",
                          usage: "use NAME",
                          arguments: [ArgumentSpec(name: "NAME", summary: "a report name from 'reports'", required: true)],
                          examples: ["use henan-2025"]),
        run: { session, arguments in
            guard arguments.count == 1 else {
                throw WorkbenchError.usage("use takes one report name", remedy: "Usage: use NAME (see 'reports')")
            }
            let report = try session.use(arguments[0])
            var table = ResultTable(columns: reportColumns)
            table.append(reportRow(report, current: true))
            return .table(table)
        })

    static let outline = CoreCommand(
        spec: CommandSpec(name: "outline", summary: "Show the current report's section tree",
                          usage: "outline [--depth N]",
                          arguments: [ArgumentSpec(name: "--depth", summary: "deepest level shown: 1 parts, 2 sub-sections, 3 topics (default), 4 numbered items",
                                                   values: ["1", "2", "3", "4"])],
                          examples: ["outline", "outline --depth 1", "outline --depth 4"]),
        run: { session, arguments in
            let depth = try parseDepth(arguments)
            let report = try session.requireCurrent()
            var table = ResultTable(columns: ["level", "kind", "line", "offset", "period", "title"])
            for node in report.outline where node.level >= 1 && node.level <= depth {
                table.append(["level": .integer(node.level), "kind": .text(node.kind.rawValue),
                              "line": .integer(node.line), "offset": .integer(node.offset),
                              "period": .optional(node.period?.label), "title": .text(node.title)])
            }
            return .table(table)
        })

    static let quit = CoreCommand(
        spec: CommandSpec(name: "quit", summary: "Leave the workbench", usage: "quit", examples: ["quit"]),
        aliases: ["exit"],
        run: { _, _ in .quit })

    /// The columns of `reports`, `load` and `use`.
    static let reportColumns = ["name", "province", "year", "title", "speaker", "date", "file", "metrics", "paragraphs", "current"]

    static func reportRow(_ report: Report, current: Bool) -> [Cell] {
        [.text(report.name), .optional(report.province), .optional(report.year), .text(report.title),
         .optional(report.speaker), .optional(report.date), .text(report.sourceFile), .integer(report.metrics.count),
         .integer(report.paragraphs.count), .bool(current)]
    }

    static func expectNoArguments(_ arguments: [String], command: String) throws(WorkbenchError) {
        guard arguments.isEmpty else {
            throw .usage("\(command) takes no arguments (got '\(arguments.joined(separator: " "))')",
                         remedy: "Usage: \(command)")
        }
    }

    static func parseDepth(_ arguments: [String]) throws(WorkbenchError) -> Int {
        var depth = 3
        var cursor = ArgumentCursor(arguments, context: "outline", help: "Usage: outline [--depth N] with N from 1 to 4")
        while let word = cursor.next() {
            let given: String
            if word == "--depth" {
                given = try cursor.value(for: word)
            } else if word.hasPrefix("--depth=") {
                given = String(word.dropFirst("--depth=".count))
            } else {
                throw .usage("outline: unexpected '\(word)'", remedy: "Usage: outline [--depth N] with N from 1 to 4")
            }
            guard let value = Int(given), (1...4).contains(value) else {
                throw .usage("outline: --depth takes a level from 1 to 4 (got '\(given)')",
                             remedy: "1 parts, 2 sub-sections, 3 topics, 4 numbered items")
            }
            depth = value
        }
        return depth
    }
}
