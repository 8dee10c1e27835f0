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

    /// `text` with `&`, `<`, `>` as entities, `|` escaped and line breaks (`\r\n` or `\n`) as
    /// `<br>`, character by character; text with none of them is returned as it is (six
    /// `replacing` passes per cell made `metrics --format markdown` take 16 s on a long report).
    static func escape(_ text: String) -> String {
        let special = text.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
            default: false
            }
        }
        guard special else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|": out += "\\|"
            case "\r\n", "\n": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }
}
