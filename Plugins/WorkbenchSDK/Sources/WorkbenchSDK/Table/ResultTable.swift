/// What a command or module returns: named columns and rows of cells. Modules never print; the
/// workbench renders tables as text, CSV, JSON or Markdown.
public struct ResultTable: Sendable, Hashable {
    /// Column names, camelCase; they are the keys of the JSON row objects.
    public var columns: [String]
    /// Rows; each has one cell per column.
    public var rows: [[Cell]]
    /// A line shown after the table in human-readable formats only (never in JSON or CSV).
    public var footnote: String?

    /// A table with these columns (names must be unique: they are JSON keys); each row is fitted to them (missing cells become `null`,
    /// extra cells are dropped).
    public init(columns: [String], rows: [[Cell]] = [], footnote: String? = nil) {
        self.columns = columns
        self.rows = []
        self.footnote = footnote
        for row in rows { append(row) }
    }

    /// The rows fitted to the columns, whatever was assigned to `rows` directly.
    public var fittedRows: [[Cell]] {
        rows.map { row in
            row.count == columns.count ? row : Array(row.prefix(columns.count)) + Array(repeating: .null, count: max(0, columns.count - row.count))
        }
    }

    /// Appends a row; missing cells are filled with `null`, extra cells are dropped.
    public mutating func append(_ row: [Cell]) {
        var fitted = Array(row.prefix(columns.count))
        while fitted.count < columns.count { fitted.append(.null) }
        rows.append(fitted)
    }

    /// Appends a row given by column name; columns not named are `null`.
    public mutating func append(_ values: [String: Cell]) {
        append(columns.map { values[$0] ?? .null })
    }

    /// The cell at `row` in the named column, or `nil` when there is no such column or row.
    public func cell(_ row: Int, _ column: String) -> Cell? {
        guard rows.indices.contains(row), let index = columns.firstIndex(of: column) else { return nil }
        return rows[row][index]
    }
}
