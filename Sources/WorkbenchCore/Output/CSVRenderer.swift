import WorkbenchSDK

/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or
/// a line break (quotes doubled).
struct CSVRenderer: TableRenderer {
    func render(_ table: ResultTable) -> String {
        var lines = [table.columns.map(Self.field).joined(separator: ",")]
        for row in table.fittedRows {
            lines.append(row.map { Self.field($0.plainText) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
