import WorkbenchSDK

/// Columns aligned for a terminal: padded by display width so that Chinese text lines up,
/// numbers right-aligned, very long cells cut with `…`.
struct AlignedTableRenderer: TableRenderer {
    /// Widest a single column may grow, in terminal columns.
    var maximumColumnWidth = 72

    func render(_ table: ResultTable) -> String {
        let cells = table.rows.map { row in
            row.map { DisplayWidth.truncate(Self.oneLine($0.plainText), to: maximumColumnWidth) }
        }
        var widths = table.columns.map { DisplayWidth.of($0) }
        for row in cells {
            for (column, text) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], DisplayWidth.of(text))
            }
        }
        let numeric = table.columns.indices.map { column in
            !table.rows.isEmpty && table.rows.allSatisfy { $0[column].isNumeric || $0[column] == .null }
        }
        func line(_ values: [String]) -> String {
            let padded = values.enumerated().map { column, value in
                column == values.count - 1 && !numeric[column]
                    ? value : DisplayWidth.pad(value, to: widths[column], alignRight: numeric[column])
            }
            return padded.joined(separator: "  ")
        }
        var lines = [line(table.columns), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += cells.map(line)
        if table.rows.isEmpty { lines.append("(no rows)") }
        if let footnote = table.footnote { lines.append(footnote) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return text.map { $0.isNewline || $0 == "\t" ? " " : String($0) }.joined()
    }
}
