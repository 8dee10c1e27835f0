import Foundation
import GRDB
import GRDBSQLite
import WorkbenchSDK

/// The model tables in SQLite: built in memory for `sql`, or in a file for `export sqlite`.
/// Queries are read-only: a statement that would change anything is refused before it runs,
/// the connection is in `query_only` mode, and no other database can be attached.
final class ReportDatabase: Sendable {
    let queue: DatabaseQueue
    /// Table names and their columns, in creation order (for `.schema` and completion).
    let schema: [(table: String, columns: [String])]
    /// Rows a query may return before the rest are left out (memory stays bounded).
    static let rowLimit = 100_000

    /// A database in memory holding `tables`.
    convenience init(_ tables: ModelTables) throws(WorkbenchError) {
        try self.init(tables, path: nil)
    }

    /// A database holding `tables`, in memory (`path` nil) or in a new file at `path`.
    init(_ tables: ModelTables, path: String?) throws(WorkbenchError) {
        var configuration = Configuration()
        configuration.label = "workbench"
        configuration.prepareDatabase { db in
            if let connection = db.sqliteConnection {
                // ATTACH is read-only to SQLite, but it creates files: none may be attached.
                sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
                // Ctrl-C stops a long query.
                sqlite3_progress_handler(connection, 20_000, { _ in Cancellation.isRequested ? 1 : 0 }, nil)
            }
        }
        do {
            queue = try path.map { try DatabaseQueue(path: $0, configuration: configuration) }
                ?? DatabaseQueue(configuration: configuration)
            try queue.write { db in
                for entry in tables.tables { try Self.create(entry.name, entry.table, in: db) }
            }
        } catch {
            throw .runtime("cannot build the SQL tables: \(Self.describe(error))",
                           remedy: path.map { "Check that '\($0)' can be written" } ?? "Report this as a bug")
        }
        schema = tables.tables.map { ($0.name, $0.table.columns) }
    }

    /// The statements that made the tables, as `.schema` shows them.
    func createStatements() -> [String] {
        schema.map { Self.createStatement($0.table, columns: $0.columns, types: nil) }
    }

    /// Runs one read-only query and returns its rows as a table.
    func query(_ sql: String) throws(WorkbenchError) -> (table: ResultTable, truncated: Bool) {
        let trimmed = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw .usage("sql needs a query", remedy: "Example: sql SELECT sector, count(*) FROM metrics GROUP BY sector")
        }
        do {
            return try queue.read { db in
                let statements = try Array(db.allStatements(sql: trimmed).map { $0 })
                guard statements.count == 1, let statement = statements.first else {
                    throw WorkbenchError.usage("sql runs one statement at a time (got \(statements.count))",
                                               remedy: "Give each statement its own sql command")
                }
                // ATTACH counts as read-only to SQLite, and a PRAGMA that sets something changes the connection.
                let setsPragma = Self.startsWithWord(trimmed, in: ["PRAGMA"]) && trimmed.contains("=")
                guard statement.isReadonly, !setsPragma, !Self.startsWithWord(trimmed, in: ["ATTACH", "DETACH", "VACUUM"]) else {
                    throw WorkbenchError.usage("sql is read-only: '\(Self.firstWords(trimmed))' would change the database",
                                               remedy: "Ask with SELECT; to keep results, use .once FILE or export")
                }
                var table = ResultTable(columns: Self.uniqueColumns(statement.columnNames))
                var truncated = false
                let rows = try Row.fetchCursor(statement)
                while let row = try rows.next() {
                    guard table.rows.count < Self.rowLimit else { truncated = true; break }
                    table.rows.append(row.databaseValues.map(Self.cell))
                }
                return (table, truncated)
            }
        } catch let error as WorkbenchError {
            throw error
        } catch {
            if Cancellation.isRequested { throw .runtime("sql stopped (Ctrl-C)", remedy: "Narrow the query, or add LIMIT") }
            throw .usage("sql: \(Self.describe(error)) in: \(trimmed)", remedy: "Type .schema for the tables and their columns")
        }
    }

    // MARK: - Building

    private static func create(_ name: String, _ table: ResultTable, in db: Database) throws {
        let types = table.columns.indices.map { column in
            table.rows.lazy.map { $0[column] }.first { $0 != .null }.map(sqlType) ?? "TEXT"
        }
        try db.execute(sql: createStatement(name, columns: table.columns, types: types))
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let insert = try db.makeStatement(sql: "INSERT INTO \(name) VALUES (\(placeholders))")
        for row in table.fittedRows {
            try insert.execute(arguments: StatementArguments(row.map(databaseValue)))
        }
    }

    static func createStatement(_ name: String, columns: [String], types: [String]?) -> String {
        let definitions = columns.enumerated().map { index, column in
            types.map { "\(column) \($0[index])" } ?? column
        }
        return "CREATE TABLE \(name) (\(definitions.joined(separator: ", ")))"
    }

    static func sqlType(_ cell: Cell) -> String {
        switch cell {
        case .integer, .bool: return "INTEGER"
        case .number: return "REAL"
        case .null, .text, .list: return "TEXT"
        @unknown default: return "TEXT"
        }
    }

    /// Lists are stored as JSON arrays, so `json_each` can open them.
    static func databaseValue(_ cell: Cell) -> DatabaseValue {
        switch cell {
        case .null: return .null
        case .text(let text): return text.databaseValue
        case .integer(let value): return value.databaseValue
        case .number(let value): return value.databaseValue
        case .bool(let value): return (value ? 1 : 0).databaseValue
        case .list(let values):
            let data = (try? JSONEncoder().encode(values)) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self).databaseValue
        @unknown default: return cell.plainText.databaseValue
        }
    }

    static func cell(_ value: DatabaseValue) -> Cell {
        switch value.storage {
        case .null: return .null
        case .int64(let number): return .integer(Int(number))
        case .double(let number): return .number(number)
        case .string(let text): return .text(text)
        case .blob(let data): return .text("x'" + data.map { String(format: "%02x", $0) }.joined() + "'")
        }
    }

    // MARK: - Messages

    /// SQLite's own words for what went wrong (`no such column: foo`).
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    /// Result columns named twice (`SELECT a.line, b.line`) get `:2`, `:3` so rows stay objects.
    static func uniqueColumns(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            let count = (seen[name] ?? 0) + 1
            seen[name] = count
            return count == 1 ? name : "\(name):\(count)"
        }
    }

    static func startsWithWord(_ sql: String, in words: [String]) -> Bool {
        let first = sql.prefix { $0.isLetter }.uppercased()
        return words.contains(first)
    }

    static func firstWords(_ sql: String) -> String {
        let words = sql.split(whereSeparator: \.isWhitespace).prefix(3).joined(separator: " ")
        return words.count > 40 ? String(words.prefix(40)) + "…" : words
    }
}
