import WorkbenchSDK

/// The report model of some reports as named tables, one row per thing with a `report` column:
/// what `sql`, `.schema` and every `export` format share, so that a CSV file, a JSON document
/// and the SQLite database hold the same rows.
///
/// The workbench's own tables (reports, sections, metrics, targets) come from the model; every
/// module command that names a `table` in its `CommandSpec` (projects, places, ecology, sectors,
/// and a user's module that asks for one) adds a table of its rows on each report.
struct ModelTables: Sendable {
    struct Table: Sendable, Equatable {
        var name: String
        var table: ResultTable
    }

    var tables: [Table]
    /// Tables a module could not fill, with why (shown as notes; the other tables stand).
    var problems: [String] = []

    /// The table called `name`.
    func table(named name: String) -> ResultTable? {
        tables.first { $0.name == name }?.table
    }

    /// The rows of table `name` that belong to `report`: each row's cells, and the same by column.
    func rows(of name: String, report: String) -> [(cells: [Cell], values: [String: Cell])] {
        guard let table = table(named: name) else { return [] }
        return table.fittedRows.compactMap { row in
            let values = Dictionary(zip(table.columns, row), uniquingKeysWith: { first, _ in first })
            return values["report"] == .text(report) ? (row, values) : nil
        }
    }

    /// The workbench's own tables, in this order, before the modules' tables.
    static let coreNames = ["reports", "sections", "metrics", "targets"]

    /// The columns of the workbench's own tables (for completion before anything is built).
    static let coreColumns: [String: [String]] = [
        "reports": ["name", "province", "year", "title", "speaker", "date", "file", "metrics", "paragraphs", "lines"],
        "sections": ["report", "id", "parent", "level", "kind", "title", "line", "offset", "period"],
        "metrics": ["report", "id", "paragraph"] + MetricCommands.columns,
        "targets": ["report"] + TargetCommands.columns,
    ]

    /// Builds the tables of `reports` (only those named in `only`, when given). Module commands
    /// run with `all` as the loaded reports; `isCancelled` stops a long build between reports.
    static func build(reports: [Report], all: [Report], modules: ModuleRegistry, only: Set<String>? = nil,
                      isCancelled: @escaping @Sendable () -> Bool = { false }) throws(WorkbenchError) -> ModelTables {
        func wanted(_ name: String) -> Bool { only?.contains(name) ?? true }
        var reportTable = ResultTable(columns: coreColumns["reports"] ?? [])
        var sections = ResultTable(columns: coreColumns["sections"] ?? [])
        var metrics = ResultTable(columns: coreColumns["metrics"] ?? [])
        var targets = ResultTable(columns: coreColumns["targets"] ?? [])
        for report in reports {
            if isCancelled() { throw .runtime("stopped while building the tables", remedy: "Run the command again") }
            reportTable.append([.text(report.name), .optional(report.province), .optional(report.year), .text(report.title),
                                .optional(report.speaker), .optional(report.date), .text(report.sourceFile),
                                .integer(report.metrics.count), .integer(report.paragraphs.count), .integer(report.lineCount)])
            for node in report.outline where node.level >= 1 && wanted("sections") {
                sections.append([.text(report.name), .integer(node.id), .optional(node.parent), .integer(node.level),
                                 .text(node.kind.rawValue), .text(node.title), .integer(node.line), .integer(node.offset),
                                 .optional(node.period?.label)])
            }
            for (index, metric) in report.metrics.enumerated() where wanted("metrics") {
                metrics.append([.text(report.name), .integer(index + 1), .integer(metric.paragraph)]
                               + MetricCommands.row(metric, in: report))
            }
            if wanted("targets") {
                for row in TargetCommands.table(for: report).rows { targets.append([.text(report.name)] + row) }
            }
        }
        let core = [Table(name: "reports", table: reportTable), Table(name: "sections", table: sections),
                    Table(name: "metrics", table: metrics), Table(name: "targets", table: targets)]
        var result = ModelTables(tables: core.filter { wanted($0.name) })
        for entry in modules.entries {
            for spec in entry.module.commands {
                guard let name = spec.table, wanted(name) else { continue }
                guard isTableName(name), result.table(named: name) == nil, !coreNames.contains(name) else {
                    result.problems.append("module '\(entry.module.name)' asks for a table '\(name)', which is taken or not a table name; it is left out")
                    continue
                }
                switch moduleTable(entry, command: spec.name, reports: reports, all: all, isCancelled: isCancelled) {
                case .success(let table): result.tables.append(Table(name: name, table: table))
                case .failure(let problem): result.problems.append("table '\(name)' is left out: \(problem)")
                }
            }
        }
        return result
    }

    /// A module command's rows on every report, with a `report` column first. Columns are the
    /// union of what the command returned, in the order first seen.
    private static func moduleTable(_ entry: ModuleRegistry.Entry, command: String, reports: [Report], all: [Report],
                                    isCancelled: @escaping @Sendable () -> Bool) -> Result<ResultTable, Problem> {
        var columns = ["report"]
        var rows: [[String: Cell]] = []
        for report in reports {
            if isCancelled() { return .failure(Problem(text: "stopped")) }
            let context = ModuleContext(report: report, reports: all, isCancelled: isCancelled)
            let table: ResultTable
            do {
                table = try entry.module.run(command: command, arguments: [], context: context)
            } catch {
                let message = (error as? ModuleError)?.message ?? "\(error)"
                return .failure(Problem(text: "module '\(entry.module.name)' failed on \(report.name): \(message)"))
            }
            for column in table.columns where !columns.contains(column) {
                guard isTableName(column) else { return .failure(Problem(text: "module '\(entry.module.name)' returned a column named '\(column)'")) }
                columns.append(column)
            }
            for row in table.fittedRows {
                var values: [String: Cell] = ["report": .text(report.name)]
                for (column, cell) in zip(table.columns, row) where column != "report" { values[column] = cell }
                rows.append(values)
            }
        }
        var table = ResultTable(columns: columns)
        for row in rows { table.append(row) }
        return .success(table)
    }

    struct Problem: Error { var text: String }

    /// The tables among `names` that `query` may read: each one whose name is a word of the
    /// query (table names are not case-sensitive in SQL). A word that only looks like a name,
    /// in a string or a comment, costs building that table and nothing else; a query about the
    /// schema itself needs every table.
    static func tablesRead(by query: String, among names: [String]) -> Set<String> {
        let words = Set(query.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }.map(String.init))
        if !words.isDisjoint(with: ["sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema", "table_list", "pragma_table_list"]) {
            return Set(names)
        }
        return Set(names.filter { words.contains($0.lowercased()) })
    }

    /// Table and column names are plain identifiers (letters, digits, `_`, not starting with a
    /// digit), so they never need quoting in a user's query.
    static func isTableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }
}
