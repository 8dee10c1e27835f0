import WorkbenchSDK

extension Session {
    /// The model tables of the current report, or of every loaded report with `all`; only the
    /// tables named in `only`, when given.
    func modelTables(all: Bool, only: Set<String>? = nil) throws(WorkbenchError) -> ModelTables {
        let chosen = all ? reports : [try requireCurrent()]
        guard !chosen.isEmpty else { throw .runtime("no report is loaded", remedy: "Load one with: load PATH") }
        return try ModelTables.build(reports: chosen, all: reports, modules: modules, only: only, isCancelled: { Cancellation.isRequested })
    }

    /// The database `sql` queries: every loaded report, with the tables `query` reads (all of
    /// them for no query), built on first use and kept until a report or a module is added.
    /// Tables are built as queries first need them: a module's table runs the module on every
    /// report, and a question about the figures should not wait for the projects of 60 reports.
    /// Tables a module could not fill are named in notes.
    mutating func database(for query: String? = nil) throws(WorkbenchError) -> ReportDatabase {
        let key = databaseKey
        let names = tableNames
        let needed = query.map { ModelTables.tablesRead(by: $0, among: names) } ?? Set(names)
        // What is kept for these reports and modules (a table a module could not fill is not
        // tried again, as the whole database was not).
        let kept = databaseCache.flatMap { $0.key == key ? $0 : nil }
        if let kept, needed.isSubset(of: kept.built) { return kept.database }
        let missing = needed.subtracting(kept?.built ?? [])
        let added = try modelTables(all: true, only: missing)
        for problem in added.problems { notify(problem) }
        // In the order of a whole build, whatever order the queries asked in.
        let all = (kept?.tables.tables ?? []) + added.tables
        var tables = ModelTables(tables: all.sorted { order(of: $0.name, in: names) < order(of: $1.name, in: names) })
        tables.problems = (kept?.tables.problems ?? []) + added.problems
        let database = try ReportDatabase(tables)
        databaseCache = DatabaseCache(key: key, built: (kept?.built ?? []).union(missing), tables: tables, database: database)
        return database
    }

    /// Every table name the database can have: the workbench's own, then the modules'.
    var tableNames: [String] {
        ModelTables.coreNames + modules.commandSpecs.compactMap(\.table).filter { !ModelTables.coreNames.contains($0) }
    }

    private func order(of name: String, in names: [String]) -> Int {
        names.firstIndex(of: name) ?? names.count
    }

    /// What the database depends on: each report (a reload changes its size or figures) and the modules.
    var databaseKey: String {
        reports.map { "\($0.name)|\($0.sourceFile)|\($0.length)|\($0.metrics.count)" }.joined(separator: "\n")
            + "\n#" + modules.entries.map { "\($0.module.name)@\($0.module.version)" }.joined(separator: ",")
    }

    /// Table names and their columns for completion: from the database for the tables built so
    /// far (a module's table that could not be built is left out), else the workbench's own
    /// columns and the modules' table names.
    var knownTables: [(table: String, columns: [String])] {
        let cache = databaseCache.flatMap { $0.key == databaseKey ? $0 : nil }
        return tableNames.compactMap { name in
            if let columns = cache?.database.schema.first(where: { $0.table == name })?.columns { return (name, columns) }
            if cache?.built.contains(name) == true { return nil }
            return (name, ModelTables.coreColumns[name] ?? [])
        }
    }
}

/// The SQL database of the loaded reports with the tables built so far.
struct DatabaseCache: Sendable {
    /// `Session.databaseKey` when it was built.
    var key: String
    /// The names of the tables asked for so far (a module's table may have been left out).
    var built: Set<String>
    var tables: ModelTables
    var database: ReportDatabase
}
