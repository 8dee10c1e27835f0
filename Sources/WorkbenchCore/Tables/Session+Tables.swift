import WorkbenchSDK

extension Session {
    /// The model tables of the current report, or of every loaded report with `all`.
    func modelTables(all: Bool) throws(WorkbenchError) -> ModelTables {
        let chosen = all ? reports : [try requireCurrent()]
        guard !chosen.isEmpty else { throw .runtime("no report is loaded", remedy: "Load one with: load PATH") }
        return try ModelTables.build(reports: chosen, all: reports, modules: modules, isCancelled: { Cancellation.isRequested })
    }

    /// The database `sql` queries: every loaded report, built on first use and kept until a
    /// report or a module is added. Tables a module could not fill are named in notes.
    mutating func database() throws(WorkbenchError) -> ReportDatabase {
        let key = databaseKey
        if let cache = databaseCache, cache.key == key { return cache.database }
        let tables = try modelTables(all: true)
        for problem in tables.problems { notify(problem) }
        let database = try ReportDatabase(tables)
        databaseCache = (key, database)
        return database
    }

    /// What the database depends on: each report (a reload changes its size or figures) and the modules.
    var databaseKey: String {
        reports.map { "\($0.name)|\($0.sourceFile)|\($0.length)|\($0.metrics.count)" }.joined(separator: "\n")
            + "\n#" + modules.entries.map { "\($0.module.name)@\($0.module.version)" }.joined(separator: ",")
    }

    /// Table names and their columns for completion and `.schema`: from the database once it
    /// exists, else the workbench's own tables and the modules' table names.
    var knownTables: [(table: String, columns: [String])] {
        if let cache = databaseCache, cache.key == databaseKey { return cache.database.schema }
        return ModelTables.coreNames.map { ($0, ModelTables.coreColumns[$0] ?? []) }
            + modules.commandSpecs.compactMap { spec in spec.table.map { ($0, []) } }
    }
}
