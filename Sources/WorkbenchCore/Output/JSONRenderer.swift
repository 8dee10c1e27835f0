import WorkbenchSDK

/// One JSON array of row objects, keys in column order, on one line per row.
///
/// Written as UTF-8 bytes into one buffer: building a string per cell and per row and joining
/// them was most of `metrics --format json` on a long report.
struct JSONRenderer: TableRenderer {
    func render(_ table: ResultTable) -> String {
        let rows = table.fittedRows
        guard !rows.isEmpty else { return "[]\n" }
        var keys: [[UInt8]] = []
        for column in table.columns {
            var key: [UInt8] = []
            Self.appendString(column, to: &key)
            key.append(UInt8(ascii: ":"))
            keys.append(key)
        }
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * table.columns.count * 16)
        out.append(contentsOf: "[\n".utf8)
        for (index, row) in rows.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            out.append(UInt8(ascii: "{"))
            for (position, (key, cell)) in zip(keys, row).enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: key)
                Self.appendValue(cell, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: "\n]\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    static func value(_ cell: Cell) -> String {
        var out: [UInt8] = []
        appendValue(cell, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendValue(_ cell: Cell, to out: inout [UInt8]) {
        switch cell {
        case .null: out.append(contentsOf: "null".utf8)
        case .text(let text): appendString(text, to: &out)
        case .integer(let value): out.append(contentsOf: String(value).utf8)
        case .number(let value): out.append(contentsOf: (value.isFinite ? Cell.format(value) : "null").utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .list(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                appendString(value, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        @unknown default: appendString(cell.plainText, to: &out)
        }
    }

    /// A JSON string literal; non-ASCII text is kept as UTF-8, control characters escaped.
    static func string(_ text: String) -> String {
        var out: [UInt8] = []
        appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal: `"` and `\` escaped, newline, return and tab by
    /// their letters, other control characters and U+2028/U+2029 (line ends to JavaScript) as
    /// `\uXXXX`; every other byte of its UTF-8 as it is.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: [UInt8]?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = Array("\\\"".utf8)
                case UInt8(ascii: "\\"): escape = Array("\\\\".utf8)
                case UInt8(ascii: "\n"): escape = Array("\\n".utf8)
                case UInt8(ascii: "\r"): escape = Array("\\r".utf8)
                case UInt8(ascii: "\t"): escape = Array("\\t".utf8)
                case 0..<0x20: escape = Array("\\u00".utf8) + hexDigits(byte)
                // U+2028 and U+2029: E2 80 A8 and E2 80 A9.
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    length = 3
                default: escape = nil
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out.append(contentsOf: escape)
                    index += length
                    runStart = index
                } else {
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The two lowercase hex digits of `byte`.
    private static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }
}
