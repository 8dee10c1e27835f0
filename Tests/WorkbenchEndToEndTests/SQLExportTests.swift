import Foundation
import Testing

/// `sql`, `.schema`, `chart` and `export` through the built workbench, with its built-in modules.
@Suite struct SQLExportTests {
    static let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func sqlCountEqualsTheRowsOfMetrics() async throws {
        let result = try await ProcessRunner.run(["--format", "json", "-c", "sql SELECT count(*) AS n FROM metrics", "-c", "metrics"])
        try #require(result.status == 0, "\(result)")
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        try #require(arrays.count == 2)
        #expect(arrays[0].first?["n"] as? Int == arrays[1].count)
        #expect(arrays[1].count > 100)
    }

    @Test func moduleTablesAreThereToJoin() async throws {
        let result = try await ProcessRunner.run(["--format", "json", "-c",
            "sql SELECT p.region, count(*) AS n FROM projects p JOIN places g ON g.name = p.region AND g.report = p.report GROUP BY p.region ORDER BY n DESC"])
        try #require(result.status == 0, "\(result)")
        let rows = try #require(try OutputParsing.jsonArrays(in: result.stdout).first)
        #expect(!rows.isEmpty)
        let schema = try await ProcessRunner.run(["--format", "csv", "-c", ".schema"])
        for table in ["reports", "sections", "metrics", "targets", "sectors", "projects", "places", "ecology"] {
            #expect(schema.stdout.contains("\n\(table),"), "\(table) missing from .schema")
        }
    }

    @Test func aWriteIsRefusedWithExitStatusTwo() async throws {
        let result = try await ProcessRunner.run(["-c", "sql DELETE FROM metrics"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("read-only"))
        #expect(result.stdout.isEmpty)
    }

    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 shell (apt-get install sqlite3)"))
    func exportedDatabaseOpensInTheSQLiteShell() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path("all.db")
        let result = try await ProcessRunner.run([Fixtures.report("henan-2025"), Fixtures.report("henan-2026"), "--format", "json",
                                                  "-c", "export sqlite \(path) --all", "-c", "sql SELECT count(*) AS n FROM metrics",
                                                  "-c", "sql SELECT count(*) AS n FROM projects"])
        try #require(result.status == 0, "\(result)")
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        let metrics = try #require(arrays[1].first?["n"] as? Int)
        let projects = try #require(arrays[2].first?["n"] as? Int)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: try #require(Self.sqlite3))
        shell.arguments = [path, "SELECT count(*) FROM metrics; SELECT count(*) FROM projects; SELECT count(DISTINCT report) FROM metrics;"]
        let pipe = Pipe()
        shell.standardOutput = pipe
        try shell.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(output.split(separator: "\n") == ["\(metrics)", "\(projects)", "2"])
    }

    @Test func htmlExportShowsScriptInAReportAsText() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = try scratch.write("evil.txt", text: """
            <script>alert("title")</script>某某省政府工作报告
            一、2024年工作回顾
            全年地区生产总值增长5%，<script>alert(1)</script>城镇新增就业45万人。
            二、2025年工作安排
            主要预期目标是：地区生产总值增长5%左右，城镇新增就业45万人。

            """)
        let page = scratch.path("page.html")
        let result = try await ProcessRunner.run([report, "-c", "export html \(page)"])
        try #require(result.status == 0, "\(result)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;"))
    }

    @Test func chartDrawsInTableModeAndGivesDataInJSON() async throws {
        let drawn = try await ProcessRunner.run(["-c", "chart sectors"])
        try #require(drawn.status == 0, "\(drawn)")
        #expect(drawn.stdout.contains("█"))
        let data = try await ProcessRunner.run(["--format", "json", "-c", "chart projects"])
        let rows = try #require(try OutputParsing.jsonArrays(in: data.stdout).first)
        #expect(rows.allSatisfy { $0["series"] as? String == "projects" && $0["value"] is Int })
    }

    @Test func aFailedExportLeavesNoFileAndSaysWhy() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try await ProcessRunner.run(["-c", "export json \(scratch.path("missing/out.json"))"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not exist"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).isEmpty)
    }
}
