import Foundation
import Testing

/// `--format table|csv|json|markdown`: each format parses, has the command's columns, and holds
/// the same rows as the others.
@Suite struct OutputFormatTests {
    static let outlineColumns = ["level", "kind", "line", "offset", "period", "title"]
    static let reportColumns = ["name", "province", "year", "title", "speaker", "date", "file",
                                "metrics", "paragraphs", "current"]

    static func run(_ format: String, _ command: String) async throws -> String {
        let result = try await ProcessRunner.run(["--format", format, "-c", command])
        try #require(result.status == 0 && result.exitedNormally, "\(result)")
        #expect(result.stderr.isEmpty, "unexpected messages: \(result.stderr)")
        return result.stdout
    }

    /// The outline rows as JSON, the reference the other formats are compared with.
    static func jsonOutline() async throws -> [OutlineRow] {
        try OutputParsing.rows(OutlineRow.self, from: try await run("json", "outline"))
    }

    @Test func jsonIsOneArrayOfRowObjects() async throws {
        let stdout = try await Self.run("json", "outline")
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        let rows = try #require(object as? [[String: Any]], "not an array of objects")
        #expect(rows.count == 52)
        for row in rows {
            #expect(Set(row.keys) == Set(Self.outlineColumns))
            #expect(row["level"] as? Int != nil)
            #expect(row["line"] as? Int != nil)
            #expect(row["title"] as? String != nil)
        }
    }

    @Test func csvHasAHeaderLineAndOneRecordPerRow() async throws {
        let stdout = try await Self.run("csv", "outline")
        let records = try OutputParsing.csvRecords(stdout)
        try #require(!records.isEmpty)
        #expect(OutputParsing.lines(stdout).first == Self.outlineColumns.joined(separator: ","))
        #expect(records[0] == Self.outlineColumns)
        let body = Array(records.dropFirst())
        let reference = try await Self.jsonOutline()
        #expect(body.count == reference.count)
        #expect(body.allSatisfy { $0.count == Self.outlineColumns.count }, "a record with the wrong field count")
        #expect(body.map { $0[5] } == reference.map(\.title))
        #expect(body.map { Int($0[2]) } == reference.map(\.line))
    }

    @Test func markdownHasAPipeHeaderAndSeparator() async throws {
        let stdout = try await Self.run("markdown", "outline")
        let lines = OutputParsing.lines(stdout)
        try #require(lines.count >= 2)
        #expect(lines[0].hasPrefix("|"))
        #expect(OutputParsing.markdownCells(lines[0]) == Self.outlineColumns)
        let separator = try #require(OutputParsing.markdownCells(lines[1]), "no separator line: \(lines[1])")
        #expect(separator.count == Self.outlineColumns.count)
        #expect(separator.allSatisfy { $0.range(of: #"^:?-{3,}:?$"#, options: .regularExpression) != nil },
                "bad separator: \(lines[1])")
        let body = lines.dropFirst(2).prefix { $0.hasPrefix("|") }.compactMap(OutputParsing.markdownCells)
        let reference = try await Self.jsonOutline()
        #expect(body.count == reference.count)
        #expect(body.map { $0.last ?? "" } == reference.map(\.title))
    }

    @Test func tableHasAHeaderRuleAndAlignedRows() async throws {
        let stdout = try await Self.run("table", "outline")
        let lines = OutputParsing.lines(stdout)
        try #require(lines.count >= 2)
        let header = lines[0].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(header == Self.outlineColumns)
        #expect(lines[1].allSatisfy { $0 == "-" || $0 == " " } && lines[1].contains("-"))
        let reference = try await Self.jsonOutline()
        let body = lines.dropFirst(2)
        #expect(body.count == reference.count)
        for (line, row) in zip(body, reference) {
            #expect(line.hasSuffix(row.title), "table line does not end with its title: \(line)")
        }
    }

    @Test(arguments: ["table", "csv", "json", "markdown"])
    func everyFormatListsTheReportsColumns(format: String) async throws {
        let stdout = try await Self.run(format, "reports")
        #expect(stdout.contains("shanxi-2025"))
        #expect(stdout.contains("山西省"))
        switch format {
        case "json":
            let rows = try OutputParsing.jsonArrays(in: stdout)
            try #require(rows.count == 1 && rows[0].count == 1)
            #expect(Set(rows[0][0].keys) == Set(Self.reportColumns))
        case "csv":
            #expect(try OutputParsing.csvRecords(stdout).first == Self.reportColumns)
        case "markdown":
            #expect(OutputParsing.markdownCells(OutputParsing.lines(stdout).first ?? "") == Self.reportColumns)
        default:
            let header = OutputParsing.lines(stdout).first ?? ""
            #expect(header.split(separator: " ").map(String.init) == Self.reportColumns)
        }
    }

    @Test func formatOptionAcceptsTheEqualsSpelling() async throws {
        let result = try await ProcessRunner.run(["--format=json", "-c", "reports"])
        #expect(result.status == 0)
        #expect(try OutputParsing.jsonArrays(in: result.stdout).count == 1)
    }
}
