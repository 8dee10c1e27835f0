import WorkbenchSDK

/// A GitHub-flavoured Markdown table; `|` in cells is escaped, line breaks become `<br>`, and
/// `&`, `<`, `>` are written as entities (Markdown passes HTML through, and report text is
/// untrusted).
struct MarkdownRenderer: TableRenderer {
    func render(_ table: ResultTable) -> String {
        let numeric = table.columns.indices.map { column in
            !table.fittedRows.isEmpty && table.fittedRows.allSatisfy { $0[column].isNumeric || $0[column] == .null }
        }
        var lines = ["| " + table.columns.map(Self.escape).joined(separator: " | ") + " |"]
        lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
        for row in table.fittedRows {
            lines.append("| " + row.map { Self.escape($0.plainText) }.joined(separator: " | ") + " |")
        }
        if let footnote = table.footnote { lines += ["", footnote] }
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            .replacing("|", with: "\\|")
            .replacing("\r\n", with: "<br>")
            .replacing("\n", with: "<br>")
    }
}
