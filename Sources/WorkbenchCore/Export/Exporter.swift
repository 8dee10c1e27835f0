import Foundation
import WorkbenchSDK

/// Writes the model tables of the current report (or of every loaded report) in a format other
/// tools open: a SQLite database, one JSON document, CSV files, a Markdown document or a
/// self-contained HTML page with charts. Every file is written whole or not at all (`AtomicFile`).
struct Exporter {
    enum Format: String, CaseIterable, Sendable {
        case sqlite, json, csv, markdown, html
    }

    var format: Format
    var path: String
    /// Every loaded report instead of the current one.
    var all = false
    /// CSV: only this table (a `.csv` path alone means `metrics`).
    var table: String?
    /// CSV: start each file with a UTF-8 byte order mark, which Excel needs to read UTF-8.
    var byteOrderMark = false

    static let usage = "export sqlite|json|csv|markdown|html PATH [--all] [--table NAME] [--bom]"

    /// Reads `export FORMAT PATH [options]`.
    static func parse(_ arguments: [String]) throws(WorkbenchError) -> Exporter {
        var cursor = ArgumentCursor(arguments, context: "export", help: "Usage: \(usage)")
        var positional: [String] = []
        var exporter = Exporter(format: .json, path: "")
        while let word = cursor.next() {
            switch word {
            case "--all": exporter.all = true
            case "--bom": exporter.byteOrderMark = true
            case "--table": exporter.table = try cursor.value(for: word)
            default:
                guard !word.hasPrefix("--") else {
                    throw .usage("export: unknown option '\(word)'",
                                 remedy: Suggestions.phrase(for: word, among: ["--all", "--table", "--bom"]) ?? "Usage: \(usage)")
                }
                positional.append(word)
            }
        }
        guard positional.count == 2 else {
            throw .usage("export takes a format and a path (got \(positional.count) word\(positional.count == 1 ? "" : "s"))",
                         remedy: "Usage: \(usage)")
        }
        let formats = Format.allCases.map(\.rawValue)
        guard let format = Format(rawValue: positional[0].lowercased()) ?? (positional[0].lowercased() == "md" ? .markdown : nil) else {
            throw .usage("export: unknown format '\(positional[0])'",
                         remedy: Suggestions.phrase(for: positional[0], among: formats) ?? "Formats: \(formats.joined(separator: ", "))")
        }
        exporter.format = format
        exporter.path = positional[1]
        if format != .csv, exporter.table != nil || exporter.byteOrderMark {
            throw .usage("export: --table and --bom are for csv", remedy: "Usage: \(usage)")
        }
        return exporter
    }

    /// Writes the files; returns one row per file written.
    func run(_ tables: ModelTables, reports: [Report]) throws(WorkbenchError) -> ResultTable {
        var written = ResultTable(columns: ["file", "format", "tables", "rows", "bytes"])
        func note(_ file: String, _ chosen: [ModelTables.Table]) {
            let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int
            written.append([.text(file), .text(format.rawValue), .list(chosen.map(\.name)),
                            .integer(chosen.reduce(0) { $0 + $1.table.rows.count }), .optional(size)])
        }
        switch format {
        case .sqlite:
            try AtomicFile.write(to: path) { temporary in
                let database = try ReportDatabase(tables, path: temporary)
                try database.queue.close()
            }
            note(path, tables.tables)
        case .json:
            try AtomicFile.write(Data(Self.json(tables).utf8), to: path)
            note(path, tables.tables)
        case .markdown:
            try AtomicFile.write(Data(Self.markdown(tables, reports: reports).utf8), to: path)
            note(path, tables.tables)
        case .html:
            try AtomicFile.write(Data(HTMLPage(tables: tables, reports: reports).render().utf8), to: path)
            note(path, tables.tables)
        case .csv:
            for (file, entry) in try csvFiles(tables) {
                let text = CSVRenderer().render(entry.table)
                try AtomicFile.write((byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8), to: file)
                note(file, [entry])
            }
        }
        return written
    }

    /// The one table a CSV export writes (`--table`, or `metrics` for a `.csv` path), nil when
    /// the export writes every table.
    var singleTable: String? {
        guard format == .csv, table != nil || path.lowercased().hasSuffix(".csv") else { return nil }
        return table ?? "metrics"
    }

    /// Which CSV file each table goes to: one file for `--table` or a `.csv` path, else a folder
    /// (made if missing) with a file per table.
    func csvFiles(_ tables: ModelTables) throws(WorkbenchError) -> [(String, ModelTables.Table)] {
        let names = tables.tables.map(\.name)
        if let name = singleTable {
            guard let entry = tables.tables.first(where: { $0.name == name }) else {
                throw .usage("export: no table '\(name)'", remedy: Suggestions.phrase(for: name, among: names) ?? "Tables: \(names.joined(separator: ", "))")
            }
            return [(path, entry)]
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            throw .usage("export csv: '\(path)' is a file", remedy: "Give a folder for one file per table, or a .csv path with --table NAME")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .runtime("export csv: cannot make the folder '\(path)': \(error.localizedDescription)", remedy: "Check the path and its permissions")
        }
        return tables.tables.map { (URL(fileURLWithPath: path).appendingPathComponent("\($0.name).csv").path, $0) }
    }

    /// One JSON object: each table's name with its rows, as `--format json` prints them.
    static func json(_ tables: ModelTables) -> String {
        let members = tables.tables.map { entry in
            var rows = JSONRenderer().render(entry.table)
            while rows.hasSuffix("\n") { rows.removeLast() }
            return JSONRenderer.string(entry.name) + ": " + rows
        }
        return "{\n" + members.joined(separator: ",\n") + "\n}\n"
    }

    /// A Markdown document: a heading per table.
    static func markdown(_ tables: ModelTables, reports: [Report]) -> String {
        var text = "# " + MarkdownRenderer.escape(reports.map(\.title).joined(separator: "; ")) + "\n\n"
        text += "Exported by the workbench from: " + MarkdownRenderer.escape(reports.map(\.name).joined(separator: ", ")) + "\n"
        for entry in tables.tables {
            text += "\n## \(entry.name) (\(entry.table.rows.count) rows)\n\n"
            text += entry.table.rows.isEmpty ? "(no rows)\n" : MarkdownRenderer().render(entry.table)
        }
        return text
    }
}
