import WorkbenchSDK

/// One JSON array of row objects, keys in column order, on one line per row.
struct JSONRenderer: TableRenderer {
    func render(_ table: ResultTable) -> String {
        guard !table.fittedRows.isEmpty else { return "[]\n" }
        let keys = table.columns.map(Self.string)
        let rows = table.fittedRows.map { row in
            "{" + zip(keys, row).map { "\($0):\(Self.value($1))" }.joined(separator: ",") + "}"
        }
        return "[\n" + rows.joined(separator: ",\n") + "\n]\n"
    }

    static func value(_ cell: Cell) -> String {
        switch cell {
        case .null: return "null"
        case .text(let text): return string(text)
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? Cell.format(value) : "null"
        case .bool(let value): return value ? "true" : "false"
        case .list(let values): return "[" + values.map(string).joined(separator: ",") + "]"
        @unknown default: return string(cell.plainText)
        }
    }

    /// A JSON string literal; non-ASCII text is kept as UTF-8, control characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
