import WorkbenchSDK

/// Columns aligned for a terminal: padded by display width so that Chinese text lines up,
/// numbers right-aligned, very long cells cut with `…`.
struct AlignedTableRenderer: TableRenderer {
    /// Widest a single column may grow, in terminal columns.
    var maximumColumnWidth = 72
    /// Header in bold (ANSI), for a terminal.
    var boldHeader = false

    func render(_ table: ResultTable) -> String {
        let cells = table.fittedRows.map { row in
            row.map { DisplayWidth.truncate(Self.oneLine($0.plainText), to: maximumColumnWidth) }
        }
        var widths = table.columns.map { DisplayWidth.of($0) }
        for row in cells {
            for (column, text) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], DisplayWidth.of(text))
            }
        }
        let numeric = table.columns.indices.map { column in
            !table.fittedRows.isEmpty && table.fittedRows.allSatisfy { $0[column].isNumeric || $0[column] == .null }
        }
        func line(_ values: [String]) -> String {
            let padded = values.enumerated().map { column, value in
                column == values.count - 1 && !numeric[column]
                    ? value : DisplayWidth.pad(value, to: widths[column], alignRight: numeric[column])
            }
            return padded.joined(separator: "  ")
        }
        let header = line(table.columns)
        var lines = [boldHeader ? "\u{1B}[1m\(header)\u{1B}[0m" : header, widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += cells.map(line)
        if table.fittedRows.isEmpty { lines.append("(no rows)") }
        if let footnote = table.footnote { lines.append(footnote) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line of plain text: line breaks and tabs become spaces, other control characters
    /// (which could drive the terminal) become U+FFFD.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F...0x9F: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
