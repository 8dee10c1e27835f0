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

    /// Begins with a formula's first character and is not a number: `-0.5` and a figure's text
    /// `-0.5%`, `-2.1万吨` (a sign, a digit, and no operator after it) stay as they are.
    static func isFormula(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(64))
        guard let first = bytes.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") else { return false }
        if Double(text) != nil { return false }
        guard first != UInt8(ascii: "="), first != UInt8(ascii: "@"), bytes.count > 1,
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[1]) else { return true }
        let operators = Set("=+-*/^()&|!@\"'".utf8)
        return text.utf8.dropFirst().contains { operators.contains($0) }
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
