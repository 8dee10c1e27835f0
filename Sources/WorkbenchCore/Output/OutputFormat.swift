import WorkbenchSDK

/// How result tables are written, after the sqlite3 shell's output modes.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table
    case csv
    case json
    case markdown

    /// The renderer for this format.
    var renderer: any TableRenderer {
        switch self {
        case .table: return AlignedTableRenderer()
        case .csv: return CSVRenderer()
        case .json: return JSONRenderer()
        case .markdown: return MarkdownRenderer()
        }
    }

    /// Parses a format name given on the command line or to `.mode`.
    static func parse(_ name: String) throws(WorkbenchError) -> OutputFormat {
        if let format = OutputFormat(rawValue: name.lowercased()) { return format }
        if name.lowercased() == "md" { return .markdown }
        throw .usage("unknown output format '\(name)'",
                     remedy: "Use one of: \(allCases.map(\.rawValue).joined(separator: ", "))")
    }
}

/// Turns a result table into text. Renderers only format; the caller writes the text.
protocol TableRenderer: Sendable {
    func render(_ table: ResultTable) -> String
}
