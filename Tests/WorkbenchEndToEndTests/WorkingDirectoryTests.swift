import Foundation
import Testing

/// The bundled report is inside the binary, so it loads whatever the working directory; paths
/// given by the user are relative to the working directory.
@Suite struct WorkingDirectoryTests {
    @Test func bundledReportLoadsFromTheRootDirectory() async throws {
        let result = try await ProcessRunner.run(["--format", "json", "-c", "reports", "-c", "outline"],
                                                 workingDirectory: URL(fileURLWithPath: "/"))
        try #require(result.status == 0 && result.exitedNormally, "\(result)")
        #expect(result.stderr.isEmpty, "unexpected messages: \(result.stderr)")
        let values = try OutputParsing.jsonValues(in: result.stdout)
        try #require(values.count == 2)
        let reports = try JSONDecoder().decode([ReportRow].self, from: Data(values[0].utf8))
        #expect(reports.map(\.name) == ["shanxi-2025"])
        #expect(reports.first?.province == "山西省")
        #expect(reports.first?.year == 2025)
        #expect(reports.first?.current == true)
        let outline = try JSONDecoder().decode([OutlineRow].self, from: Data(values[1].utf8))
        #expect(outline.count == 52)
    }

    @Test func bundledReportLoadsFromAnEmptyFolderViaStandardInput() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try await ProcessRunner.run(["--format", "json"], stdin: Array("outline --depth 1\n".utf8),
                                                 workingDirectory: scratch.url)
        #expect(result.status == 0, "\(result)")
        let parts = try OutputParsing.rows(OutlineRow.self, from: result.stdout)
        #expect(parts.count == 3)
    }

    @Test func relativePathsAreResolvedAgainstTheWorkingDirectory() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("henan.txt", bytes: try Fixtures.reportBytes("henan-2025"))
        let result = try await ProcessRunner.run(["henan.txt", "--format", "json", "-c", "reports"],
                                                 workingDirectory: scratch.url)
        try #require(result.status == 0, "\(result)")
        let reports = try OutputParsing.rows(ReportRow.self, from: result.stdout)
        #expect(reports.map(\.name) == ["henan-2025"])
        #expect(reports.first?.file == "henan.txt")
    }

    @Test func relativeScriptAndLoadPathsUseTheWorkingDirectory() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("national.txt", bytes: try Fixtures.reportBytes("national-2025"))
        try scratch.write("run.wb", text: "load national.txt\noutline --depth 1\n")
        let result = try await ProcessRunner.run(["--format", "json", "-f", "run.wb"], workingDirectory: scratch.url)
        try #require(result.status == 0, "\(result)")
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        try #require(arrays.count == 2)
        #expect(arrays[0].first?["name"] as? String == "national-2025")
        #expect(arrays[1].count >= 3)
    }

    @Test func missingRelativePathIsReportedFromTheRootDirectory() async throws {
        let result = try await ProcessRunner.run(["no-such-report.txt", "-c", "reports"],
                                                 workingDirectory: URL(fileURLWithPath: "/"))
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("no-such-report.txt"))
        #expect(result.stdout.isEmpty)
    }
}
