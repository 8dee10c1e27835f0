import Foundation
import Testing

/// The lexicons users extend live in $XDG_CONFIG_HOME/workbench/: slogans that are not figures,
/// sector keywords (added to or replacing the bundled ones) and places.
@Suite struct UserLexiconTests {
    @Test func userFilesExtendTheBundledLexicons() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = scratch.url.appendingPathComponent("workbench")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // 城镇新增就业45万人 becomes part of a "slogan"; a new sector; 武宿 as a place of 太原.
        try Data("# mine\n城镇新增就业45万人\n".utf8).write(to: folder.appendingPathComponent("not-quantities.txt"))
        try Data("aviation: 机场 航线 航空\n".utf8).write(to: folder.appendingPathComponent("sectors.txt"))
        try Data("county|武宿||太原市\n".utf8).write(to: folder.appendingPathComponent("places.txt"))
        let environment = ["XDG_CONFIG_HOME": scratch.url.path]

        let plain = try await ProcessRunner.run(["--format", "json", "-c", "metrics --line 24"])
        let mine = try await ProcessRunner.run(["--format", "json", "-c", "metrics --line 24"], environment: environment)
        #expect(plain.stdout.contains("\"45万人\""))
        #expect(!mine.stdout.contains("\"45万人\""))

        // The new sector is known (the bundled lexicon alone refuses it).
        let known = try await ProcessRunner.run(["-c", "metrics --sector aviation"], environment: environment)
        #expect(known.status == 0, "\(known)")
        let unknown = try await ProcessRunner.run(["-c", "metrics --sector aviation"])
        #expect(unknown.status == 2)

        let projects = try await ProcessRunner.run(["--format", "json", "-c", "projects --type airport"], environment: environment)
        let rows = try OutputParsing.jsonArrays(in: projects.stdout).first ?? []
        #expect(rows.contains { $0["name"] as? String == "武宿机场三期" && $0["region"] as? String == "太原" })
    }

    @Test func aSectorsFileThatSaysReplaceReplaces() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = scratch.url.appendingPathComponent("workbench")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("replace\nall-of-it: 的\n".utf8).write(to: folder.appendingPathComponent("sectors.txt"))
        let result = try await ProcessRunner.run(["--format", "json", "-c", "sectors"], environment: ["XDG_CONFIG_HOME": scratch.url.path])
        let rows = try OutputParsing.jsonArrays(in: result.stdout).first ?? []
        #expect(rows.map { $0["sector"] as? String } == ["all-of-it"])
    }
}
