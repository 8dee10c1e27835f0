import Foundation
import Testing

/// `search TEXT`: every place the text occurs in the current report, with its line.
@Suite struct SearchCommandTests {
    /// Checks that `rows` are the hits of `needle` in `report`: each row's `match` holds the text,
    /// its line holds it, and every line that holds it has a row.
    static func expectHits(_ rows: [RowJSON.Row], of needle: String, in report: ScalarText,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let expectedLines = report.lines(containing: needle)
        #expect(!rows.isEmpty, "no hits for '\(needle)'", sourceLocation: sourceLocation)
        for row in rows {
            #expect(row.string("match")?.contains(needle) == true, "match without '\(needle)': \(row)",
                    sourceLocation: sourceLocation)
            let line = row.int("line") ?? -1
            #expect(report.lineText(line)?.contains(needle) == true,
                    "line \(line) does not contain '\(needle)': \(row)", sourceLocation: sourceLocation)
            // Where a row gives an offset, it points at the match.
            if let offset = row.int("offset"), let match = row.string("match") {
                #expect(report.substring(offset: offset, length: match.unicodeScalars.count) == match,
                        "offset \(offset) does not point at '\(match)'", sourceLocation: sourceLocation)
                #expect(report.line(ofOffset: offset) == line, "offset \(offset) is not on line \(line)",
                        sourceLocation: sourceLocation)
            }
        }
        #expect(Set(rows.compactMap { $0.int("line") }) == Set(expectedLines),
                "lines found \(Set(rows.compactMap { $0.int("line") }).sorted()), lines holding '\(needle)' \(expectedLines)",
                sourceLocation: sourceLocation)
    }

    @Test func findsEveryLineWithTheText() async throws {
        let report = try ScalarText.bundled()
        try #require(report.lines(containing: "高铁").count >= 2, "the bundled report is expected to mention 高铁 on several lines")
        let rows = try await RowJSON.run(["-c", "search 高铁"])
        Self.expectHits(rows, of: "高铁", in: report)
        // One row per occurrence: 高铁 never overlaps itself.
        let occurrences = report.text.components(separatedBy: "高铁").count - 1
        #expect(rows.count == occurrences, "\(rows.count) rows for \(occurrences) occurrences")
    }

    @Test(arguments: ["省长 金湘军", "PM2.5"])
    func quotedTextIsFoundWhole(needle: String) async throws {
        let report = try ScalarText.bundled()
        try #require(!report.lines(containing: needle).isEmpty, "the bundled report is expected to contain '\(needle)'")
        let rows = try await RowJSON.run(["-c", "search \"\(needle)\""])
        Self.expectHits(rows, of: needle, in: report)
    }

    @Test func searchesTheCurrentReport() async throws {
        let report = try ScalarText(path: Fixtures.report("henan-2025"))
        let needle = "郑州"
        try #require(!report.lines(containing: needle).isEmpty)
        let rows = try await RowJSON.run([Fixtures.report("henan-2025"), "-c", "search \(needle)"])
        Self.expectHits(rows, of: needle, in: report)
    }

    @Test func noHitsGiveAnEmptyArray() async throws {
        let needle = "火星基地"
        let report = try ScalarText.bundled()
        try #require(report.lines(containing: needle).isEmpty)
        let result = try await ProcessRunner.run(["--format", "json", "-c", "search \(needle)"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(result.stdout)")
        #expect(try RowJSON.rows(from: result.stdout).isEmpty)
    }

    @Test(arguments: ["search", "search \"\""])
    func searchWithoutTextIsAUsageError(command: String) async throws {
        let result = try await ProcessRunner.run(["--format", "json", "-c", command])
        #expect(result.exitedNormally, "crashed: \(result)")
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "output on a usage error: \(result.stdout)")
        #expect(result.stderrLines.count == 1, "expected one message: \(result.stderr)")
        #expect(result.stderr.contains("search"), "the message does not name the command: \(result.stderr)")
    }
}
