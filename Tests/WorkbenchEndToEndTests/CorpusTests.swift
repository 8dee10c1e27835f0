import Foundation
import Testing

/// Many reports at once: folders, the headline targets side by side, last year's targets against
/// this year's report, one indicator across reports.
@Suite struct CorpusTests {
    @Test func compareHenanTargetsWithTheNextYearsReport() async throws {
        let result = try await ProcessRunner.run([Fixtures.report("henan-2025"), Fixtures.report("henan-2026"), "--format", "json",
                                                  "-c", "compare henan-2025 henan-2026"])
        #expect(result.status == 0, "\(result)")
        let rows = try OutputParsing.jsonArrays(in: result.stdout).first ?? []
        let gdp = rows.first { $0["indicator"] as? String == "gdp" }
        #expect(gdp?["target"] as? String == "5.5%左右")
        #expect(gdp?["outcome"] as? String == "5.6%")
        #expect(gdp?["verdict"] as? String == "met")
        // Targets outside the standard ids are judged too: 1300亿斤以上 against 1350.97亿斤.
        let grain = rows.first { $0["indicator"] as? String == "粮食产量" }
        #expect(grain?["outcome"] as? String == "1350.97亿斤")
        #expect(grain?["verdict"] as? String == "met")
        #expect(rows.first { $0["indicator"] as? String == "规上工业增加值增长" }?["outcome"] as? String == "8.4%")
        // The five-year figures of the 2026 report are not taken for 2025's outcome.
        #expect(rows.allSatisfy { ["met", "missed", "not-stated"].contains($0["verdict"] as? String ?? "") })
        let bad = try await ProcessRunner.run(["-c", "compare shanxi-2025"])
        #expect(bad.status == 2)
    }

    /// Reports of another place or not of the next year are no outcomes of a report's targets:
    /// one message naming both, and a non-zero exit.
    @Test func compareRefusesMismatchedReports() async throws {
        let folder = Fixtures.directory.appendingPathComponent("reports").path
        let reversed = try await ProcessRunner.run([folder, "-c", "compare henan-2026 henan-2025"])
        #expect(reversed.status == 2)
        #expect(reversed.stderr.contains("henan-2025 reviews 2024, not henan-2026's year 2026"))
        let places = try await ProcessRunner.run([folder, "-c", "compare national-2025 henan-2026"])
        #expect(places.status == 2)
        #expect(places.stderr.contains("national-2025") && places.stderr.contains("henan-2026"))
    }

    @Test func aFolderLoadsEveryReportAndTargetsLineUp() async throws {
        let folder = Fixtures.directory.appendingPathComponent("reports").path
        let result = try await ProcessRunner.run([folder, "--format", "json", "-c", "reports", "-c", "targets --all", "-c", "trend gdp", "-c", "trend 粮食产量"])
        #expect(result.status == 0, "\(result)")
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        #expect(arrays.count == 4)
        #expect(Set(arrays[0].compactMap { $0["name"] as? String }) == ["henan-2025", "henan-2026", "national-2025"])
        let gdp = arrays[1].filter { $0["indicator"] as? String == "gdp" }
        #expect(Set(gdp.compactMap { $0["report"] as? String }) == ["henan-2025", "henan-2026", "national-2025"])
        for row in arrays[1] {
            for field in ["report", "province", "year", "indicator", "value", "valueHigh", "unit", "qualifier", "headline", "line", "text"] {
                #expect(row.keys.contains(field), "\(field)")
            }
        }
        let trend = arrays[2]
        #expect(trend.first { $0["report"] as? String == "henan-2026" }?["previousOutcome"] as? String == "5.6%")
        // Targets outside the ids by their name; 粮食总产量 is the same indicator.
        let grain = arrays[3]
        #expect(grain.first { $0["report"] as? String == "henan-2025" }?["target"] as? String == "1300亿斤以上")
        #expect(grain.first { $0["report"] as? String == "henan-2025" }?["previousOutcome"] as? String == "1344亿斤")
        #expect(grain.first { $0["report"] as? String == "henan-2026" }?["previousOutcome"] as? String == "1350.97亿斤")
        let unknown = try await ProcessRunner.run([folder, "-c", "trend 煎饼"])
        #expect(unknown.status != 0 && unknown.stderr.contains("煎饼"), "\(unknown)")
        let empty = try await ProcessRunner.run([folder, "-c", "trend \"\""])
        #expect(empty.status == 2 && empty.stderr.contains("trend takes one indicator"), "\(empty)")
    }

    @Test func aFolderSkipsWhatItCannotReadWithANote() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.copyItem(atPath: Fixtures.report("henan-2025"), toPath: scratch.path("a.txt"))
        try scratch.write("b.txt", bytes: [0xC9, 0xBD, 0xCE, 0xF7, 0xFF])
        try scratch.write("c.md", text: "not a report kind")
        let result = try await ProcessRunner.run([scratch.url.path, "-c", "reports"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("b.txt"))
        #expect(result.stdout.contains("henan-2025"))
        let session = try await ProcessRunner.run([], stdin: Array("load \(scratch.url.path)\nreports\n".utf8))
        #expect(session.stdout.contains("henan-2025"))
        #expect(session.stderr.contains("b.txt"))
        let empty = try Scratch()
        defer { empty.remove() }
        let nothing = try await ProcessRunner.run([empty.url.path, "-c", "reports"])
        #expect(nothing.status == 1)
    }
}
