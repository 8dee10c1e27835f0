import Foundation
import Testing

/// Loading the fixture reports: their names and metadata, switching between them, and their outlines.
@Suite struct ReportsTests {
    static let allFixturePaths = Fixtures.reportNames.map(Fixtures.report)

    /// Runs with the three fixture reports loaded from the command line and returns stdout.
    static func runWithFixtures(_ commands: [String]) async throws -> String {
        let result = try await ProcessRunner.run(
            allFixturePaths + ["--format", "json"] + commands.flatMap { ["-c", $0] })
        try #require(result.status == 0 && result.exitedNormally, "\(result)")
        #expect(result.stderr.isEmpty, "unexpected messages: \(result.stderr)")
        return result.stdout
    }

    @Test func fixtureReportsHaveTheirNamesProvincesAndYears() async throws {
        let rows = try OutputParsing.rows(ReportRow.self, from: try await Self.runWithFixtures(["reports"]))
        #expect(rows.map(\.name) == ["henan-2025", "henan-2026", "national-2025"])
        #expect(rows.map(\.province) == ["河南省", "河南省", "全国"])
        #expect(rows.map(\.year) == [2025, 2026, 2025])
        #expect(rows.map(\.file) == Self.allFixturePaths)
        #expect(rows.map(\.current) == [false, false, true], "the last file loaded should be current")
        #expect(rows.allSatisfy { $0.paragraphs > 0 })
    }

    @Test func fixtureReportTitlesNameProvinceAndYear() async throws {
        let rows = try OutputParsing.rows(ReportRow.self, from: try await Self.runWithFixtures(["reports"]))
        #expect(rows.map(\.title) == ["2025年河南省政府工作报告", "2026年河南省政府工作报告", "2025年国务院政府工作报告"])
    }

    @Test func henanReportsHaveSpeakerAndDate() async throws {
        let rows = try OutputParsing.rows(ReportRow.self, from: try await Self.runWithFixtures(["reports"]))
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0) })
        #expect(byName["henan-2025"]?.speaker == "王凯")
        #expect(byName["henan-2025"]?.date == "2025-01-18")
        #expect(byName["henan-2026"]?.speaker == "王凯")
        #expect(byName["henan-2026"]?.date == "2026-01-26")
    }

    @Test func useMakesAReportCurrentForOutline() async throws {
        let stdout = try await Self.runWithFixtures(["use henan-2025", "outline --depth 1", "reports"])
        let arrays = try OutputParsing.jsonValues(in: stdout)
        try #require(arrays.count == 3, "one JSON array per command")
        let used = try JSONDecoder().decode([ReportRow].self, from: Data(arrays[0].utf8))
        #expect(used.map(\.name) == ["henan-2025"])
        let parts = try JSONDecoder().decode([OutlineRow].self, from: Data(arrays[1].utf8))
        #expect(parts.map(\.title) == ["一、2024 年工作回顾", "二、2025年工作总体要求和主要目标", "三、2025年重点工作"])
        #expect(parts.allSatisfy { $0.level == 1 && $0.kind == "part" })
        let reports = try JSONDecoder().decode([ReportRow].self, from: Data(arrays[2].utf8))
        #expect(reports.filter(\.current).map(\.name) == ["henan-2025"])
    }

    @Test func useAcceptsAUniquePrefix() async throws {
        let stdout = try await Self.runWithFixtures(["use national", "reports"])
        let arrays = try OutputParsing.jsonValues(in: stdout)
        try #require(arrays.count == 2)
        let reports = try JSONDecoder().decode([ReportRow].self, from: Data(arrays[1].utf8))
        #expect(reports.filter(\.current).map(\.name) == ["national-2025"])
    }

    @Test func useWithAnAmbiguousOrUnknownNameFails() async throws {
        for name in ["henan", "shanxi-2025", "hunan-2025"] {
            let result = try await ProcessRunner.run(Self.allFixturePaths + ["-c", "use \(name)"])
            #expect(result.status == 1, "use \(name): \(result)")
            #expect(result.exitedNormally)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(name), "the message does not name '\(name)': \(result.stderr)")
        }
    }

    @Test(arguments: Fixtures.reportNames)
    func fixtureOutlineHasPartsAndSubSections(name: String) async throws {
        let result = try await ProcessRunner.run([Fixtures.report(name), "--format", "json", "-c", "outline"])
        try #require(result.status == 0, "\(result)")
        let rows = try OutputParsing.rows(OutlineRow.self, from: result.stdout)
        let parts = rows.filter { $0.level == 1 }
        let subSections = rows.filter { $0.level == 2 }
        #expect(parts.count >= 3, "\(name): \(parts.count) parts")
        #expect(subSections.count >= 5, "\(name): \(subSections.count) sub-sections")
        #expect(parts.allSatisfy { $0.kind == "part" })
        #expect(rows.first?.level == 1, "\(name): the outline does not start with a part")
        #expect(rows.map(\.offset) == rows.map(\.offset).sorted(), "\(name): rows out of document order")
        #expect(rows.allSatisfy { (1...3).contains($0.level) && !$0.title.isEmpty })
        #expect(rows.allSatisfy { $0.period != nil }, "\(name): a node without a period")
    }

    @Test func loadingTheSameFileTwiceKeepsOneReport() async throws {
        let path = Fixtures.report("henan-2025")
        let stdout = try await Self.runWithFixtures(["load \(path)", "reports"])
        let arrays = try OutputParsing.jsonValues(in: stdout)
        try #require(arrays.count == 2)
        let reports = try JSONDecoder().decode([ReportRow].self, from: Data(arrays[1].utf8))
        #expect(reports.map(\.name) == ["henan-2025", "henan-2026", "national-2025"])
        #expect(reports.filter(\.current).map(\.name) == ["henan-2025"])
    }
}
