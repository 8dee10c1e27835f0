import WorkbenchSDK

/// `sql QUERY` and `.schema`: read-only SQL over every loaded report's tables.
enum SQLCommands {
    static let sql = CoreCommand(
        spec: CommandSpec(
            name: "sql", summary: "Ask the loaded reports a read-only SQL question (SQLite); see .schema for the tables",
            usage: "sql QUERY",
            arguments: [ArgumentSpec(name: "QUERY", summary: "one SELECT (or WITH …) statement; quotes are kept as typed", required: true)],
            examples: ["sql SELECT count(*) FROM metrics",
                       "sql SELECT report, value, qualifier FROM targets WHERE indicator = 'gdp'",
                       "sql SELECT sector, count(*) AS n FROM metrics GROUP BY sector ORDER BY n DESC",
                       "sql SELECT region, count(*) FROM projects GROUP BY region"]),
        rawArguments: true,
        run: { session, arguments in
            let query = arguments.first ?? ""
            let database = try session.database(for: query)
            let (table, truncated) = try database.query(query)
            if truncated {
                session.notify("only the first \(ReportDatabase.rowLimit) rows are shown; add LIMIT or narrow the query")
            }
            return .table(table)
        })

    /// `.schema [TABLE]`: each table with its row count and the statement that made it.
    static func schema(_ arguments: [String], session: inout Session) throws(WorkbenchError) -> ResultTable {
        guard arguments.count <= 1 else { throw .usage(".schema takes at most one table name", remedy: "Usage: .schema [TABLE]") }
        let database = try session.database()
        let names = database.schema.map(\.table)
        if let wanted = arguments.first, !names.contains(wanted) {
            throw .usage(".schema: no table '\(wanted)'",
                         remedy: Suggestions.phrase(for: wanted, among: names) ?? "Tables: \(names.joined(separator: ", "))")
        }
        let (statements, _) = try database.query("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        var table = ResultTable(columns: ["table", "rows", "sql"])
        for name in names where arguments.first == nil || arguments.first == name {
            let (count, _) = try database.query("SELECT count(*) FROM \(name)")
            let sql = statements.rows.first { $0.first == .text(name) }?.last ?? .null
            table.append([.text(name), count.rows.first?.first ?? .null, sql])
        }
        return table
    }
}
