import Foundation

/// One row of `outline` in `--format json`.
struct OutlineRow: Decodable, Hashable, Sendable {
    var level: Int
    var kind: String
    var line: Int
    var offset: Int
    var period: String?
    var title: String
}

/// One row of `reports` (and of `load` / `use`) in `--format json`.
struct ReportRow: Decodable, Hashable, Sendable {
    var name: String
    var province: String?
    var year: Int?
    var title: String
    var speaker: String?
    var date: String?
    var file: String
    var paragraphs: Int
    var current: Bool
}

struct OutputParsingError: Error, CustomStringConvertible {
    var description: String
}

/// Reads what the workbench wrote on standard output.
enum OutputParsing {
    /// Splits standard output into its top-level JSON values (the text of each). Anything that
    /// is not white space between or around the values is an error: `--format json` must put
    /// nothing else on standard output.
    static func jsonValues(in text: String) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        var values: [String] = []
        var index = 0
        while index < scalars.count {
            if scalars[index].properties.isWhitespace { index += 1; continue }
            guard scalars[index] == "[" || scalars[index] == "{" else {
                throw OutputParsingError(description: "text outside a JSON value at scalar \(index): \(String(String.UnicodeScalarView(scalars[index...].prefix(60))))")
            }
            let start = index
            var depth = 0
            var inString = false
            var escaped = false
            repeat {
                let scalar = scalars[index]
                if inString {
                    if escaped { escaped = false }
                    else if scalar == "\\" { escaped = true }
                    else if scalar == "\"" { inString = false }
                } else if scalar == "\"" {
                    inString = true
                } else if scalar == "[" || scalar == "{" {
                    depth += 1
                } else if scalar == "]" || scalar == "}" {
                    depth -= 1
                }
                index += 1
            } while depth > 0 && index < scalars.count
            guard depth == 0 else {
                throw OutputParsingError(description: "unterminated JSON value starting at scalar \(start)")
            }
            values.append(String(String.UnicodeScalarView(scalars[start..<index])))
        }
        return values
    }

    /// Each top-level value parsed with `JSONSerialization`; each must be an array of objects.
    static func jsonArrays(in text: String) throws -> [[[String: Any]]] {
        try jsonValues(in: text).map { value in
            let object = try JSONSerialization.jsonObject(with: Data(value.utf8))
            guard let rows = object as? [[String: Any]] else {
                throw OutputParsingError(description: "not an array of row objects: \(value.prefix(80))")
            }
            return rows
        }
    }

    /// The rows of the only JSON array on standard output, decoded as `Row`.
    static func rows<Row: Decodable>(_ type: Row.Type, from text: String) throws -> [Row] {
        let values = try jsonValues(in: text)
        guard values.count == 1 else {
            throw OutputParsingError(description: "expected exactly one JSON array, found \(values.count)")
        }
        return try JSONDecoder().decode([Row].self, from: Data(values[0].utf8))
    }

    /// RFC 4180 CSV: records of fields; quoted fields may hold commas, quotes and line breaks.
    static func csvRecords(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var fieldStarted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return iterator.next()
        }
        while let scalar = next() {
            if inQuotes {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = following }
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
                fieldStarted = true
            case ",":
                record.append(field)
                field = ""
                fieldStarted = true
            case "\r":
                break
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldStarted = false
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        if inQuotes { throw OutputParsingError(description: "unterminated quoted CSV field") }
        if fieldStarted || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }

    /// The cells of a Markdown table line `| a | b |` (escaped `\|` kept inside cells).
    static func markdownCells(_ line: String) -> [String]? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("|"), trimmed.hasSuffix("|"), trimmed.count >= 2 else { return nil }
        var cells: [String] = []
        var cell = ""
        var previous: Character? = nil
        for character in trimmed.dropFirst().dropLast() {
            if character == "|" && previous != "\\" {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(character)
            }
            previous = character
        }
        cells.append(cell.trimmingCharacters(in: .whitespaces))
        return cells
    }

    /// The lines of `text` without line terminators; a final empty line is dropped.
    static func lines(_ text: String) -> [String] {
        // "\r\n" is one Character, so both separators are named.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
