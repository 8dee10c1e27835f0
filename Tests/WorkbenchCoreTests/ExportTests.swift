import Foundation
import GRDB
import Testing
import WorkbenchSDK
@testable import WorkbenchCore

@Suite struct ExportTests {
    /// A scratch folder, a shell on the bundled report with the tricky-text module, and its tables.
    struct Setup {
        var folder: URL
        var shell: Shell
        var tables: ModelTables

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("workbench-export-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            shell = Shell(session: Session())
            shell.session.add(BundledReports.defaultReport())
            try shell.session.register(TableModule(), source: .builtIn)
            tables = try shell.session.modelTables(all: false)
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        mutating func export(_ arguments: String) throws -> ResultTable {
            guard case .table(let table)? = try shell.execute("export \(arguments)") else { throw SomeFailure() }
            return table
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func jsonDecodesBackToTheSameRows() throws {
        var setup = try Setup()
        defer { setup.remove() }
        _ = try setup.export("json \(setup.path("out.json"))")
        let data = try Data(contentsOf: URL(fileURLWithPath: setup.path("out.json")))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [[String: Any]]])
        for entry in setup.tables.tables {
            #expect(document[entry.name]?.count == entry.table.rows.count, "\(entry.name)")
        }
        let things = try #require(document["things"])
        #expect(things.map { $0["text"] as? String } == TableModule.trickyTexts)
        #expect(things.first?["tags"] as? [String] == ["a", "b,c"])
        #expect(document["metrics"]?.first?["normalizedValue"] as? Double == setup.tables.table(named: "metrics")?.cell(0, "normalizedValue").flatMap(ReportCharts.number))
    }

    @Test func csvFollowsRFC4180AndParsesBack() throws {
        var setup = try Setup()
        defer { setup.remove() }
        let written = try setup.export("csv \(setup.path("tables"))")
        #expect(written.rows.count == setup.tables.tables.count)
        let text = try String(contentsOfFile: setup.path("tables/things.csv"), encoding: .utf8)
        let records = CSV.parse(text)
        #expect(records.first == ["report", "text", "size", "tags"])
        #expect(records.dropFirst().map { $0[1] } == TableModule.trickyTexts)
        #expect(text.contains("\r\n") && text.contains("\"逗号,和\"\"引号\"\"\""))
        let metrics = CSV.parse(try String(contentsOfFile: setup.path("tables/metrics.csv"), encoding: .utf8))
        #expect(metrics.count == (setup.tables.table(named: "metrics")?.rows.count ?? 0) + 1)
    }

    @Test func csvWithABOMForExcel() throws {
        var setup = try Setup()
        defer { setup.remove() }
        _ = try setup.export("csv \(setup.path("targets.csv")) --table targets --bom")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: setup.path("targets.csv"))))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("report,indicator,"))
        _ = try setup.export("csv \(setup.path("plain.csv"))")
        let plain = [UInt8](try Data(contentsOf: URL(fileURLWithPath: setup.path("plain.csv"))))
        #expect(String(decoding: plain, as: UTF8.self).hasPrefix("report,id,paragraph,line,"))
        #expect(throws: WorkbenchError.self) { _ = try setup.export("csv \(setup.path("x.csv")) --table nosuch") }
        #expect(!FileManager.default.fileExists(atPath: setup.path("x.csv")))
    }

    @Test func sqliteOpensWithTheSameCounts() throws {
        var setup = try Setup()
        defer { setup.remove() }
        _ = try setup.export("sqlite \(setup.path("out.db"))")
        let queue = try DatabaseQueue(path: setup.path("out.db"))
        for entry in setup.tables.tables {
            let count = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(entry.name)") }
            #expect(count == entry.table.rows.count, "\(entry.name)")
        }
        try queue.close()
        // Exporting again replaces the file whole.
        _ = try setup.export("sqlite \(setup.path("out.db"))")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: setup.folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFailedWriteLeavesTheEarlierFileWhole() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let path = setup.path("keep.json")
        try Data("earlier".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: WorkbenchError.self) {
            try AtomicFile.write(to: path) { temporary in
                try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
                throw SomeFailure()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "earlier")
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.folder.path) == ["keep.json"])
        #expect(throws: WorkbenchError.self) { try AtomicFile.write(Data(), to: setup.path("no/such/folder/x.json")) }
        #expect(throws: WorkbenchError.self) { try AtomicFile.write(Data(), to: setup.folder.path) }
    }

    @Test func htmlShowsReportTextAsText() throws {
        var setup = try Setup()
        defer { setup.remove() }
        _ = try setup.export("html \(setup.path("page.html"))")
        let html = try String(contentsOfFile: setup.path("page.html"), encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || !html.contains("alert(1)"))
        #expect(html.contains("<svg") && html.contains("Headline targets") && html.contains("5%左右"))
        // Self-contained: nothing is fetched.
        #expect(!html.contains("src=") && !html.contains("href=\"http") && !html.contains("@import"))
    }

    @Test func markdownEscapesHTMLAndPipes() throws {
        var setup = try Setup()
        defer { setup.remove() }
        _ = try setup.export("markdown \(setup.path("doc.md"))")
        let text = try String(contentsOfFile: setup.path("doc.md"), encoding: .utf8)
        #expect(text.contains("## metrics (\(setup.tables.table(named: "metrics")?.rows.count ?? -1) rows)"))
        #expect(text.contains("&lt;script&gt;") && !text.contains("<script"))
    }

    @Test func badExportCommandsSayHowToWriteThem() throws {
        var setup = try Setup()
        defer { setup.remove() }
        for line in ["export", "export json", "export xml out.xml", "export json a b", "export json out.json --bom", "export json out.json --al"] {
            #expect(throws: WorkbenchError.self, "\(line)") { _ = try setup.shell.execute(line) }
        }
        #expect(throws: WorkbenchError.self) { _ = try setup.export("json \(setup.folder.path)") }
    }
}

/// An RFC 4180 reader for the tests: quoted fields may hold commas, doubled quotes and line breaks.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); records.append(record); record = []; field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
