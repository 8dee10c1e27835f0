import WorkbenchSDK

/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or
/// a line break (quotes doubled). A text that a spreadsheet would run as a formula (it begins
/// with `=`, `+`, `-` or `@` and is not a number) gets a leading `'`, so that a report's text
/// cannot become a formula when the file is opened.
struct CSVRenderer: TableRenderer {
    func render(_ table: ResultTable) -> String {
        var lines = [table.columns.map(Self.field).joined(separator: ",")]
        for row in table.fittedRows {
            lines.append(row.map { Self.field($0.plainText) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        quoted(Self.isFormula(text) ? "'" + text : text)
    }

    /// Begins with a formula's first character and is not a number (`-0.5` stays as it is).
    static func isFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") else { return false }
        return Double(text) == nil
    }

    private static func quoted(_ text: String) -> String {
        // Most fields hold no comma, quote or line-break scalar at all: that is settled on the
        // scalars, without cutting the text into characters.
        let mayNeedQuotes = text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x22, 0x2C, 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
        guard mayNeedQuotes, text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
