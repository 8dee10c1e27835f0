import Foundation
import Testing

/// `-c`, `-f` and standard input as a script: commands run in order, print, and the run exits.
@Suite struct BatchModeTests {
    /// The JSON arrays on standard output of a run that must succeed quietly.
    static func arrays(_ result: ProcessResult) throws -> [[[String: Any]]] {
        try #require(result.status == 0 && result.exitedNormally, "\(result)")
        #expect(result.stderr.isEmpty, "unexpected messages: \(result.stderr)")
        return try OutputParsing.jsonArrays(in: result.stdout)
    }

    @Test func twoCommandsPrintExactlyTwoJSONArrays() async throws {
        let result = try await ProcessRunner.run(["--format", "json", "-c", "reports", "-c", "outline"])
        let arrays = try Self.arrays(result)
        try #require(arrays.count == 2, "expected two JSON arrays, got \(arrays.count)")
        #expect(arrays[0].count == 1)
        #expect(arrays[0].first?["name"] as? String == "shanxi-2025")
        #expect(arrays[1].count == 52)
        #expect(arrays[1].allSatisfy { Set($0.keys) == ["level", "kind", "line", "offset", "period", "title"] })
    }

    @Test func commandsRunInTheOrderGiven() async throws {
        let forward = try Self.arrays(try await ProcessRunner.run(
            ["--format", "json", "-c", "outline --depth 1", "-c", "reports", "-c", "help"]))
        try #require(forward.count == 3)
        #expect(forward[0].first?["level"] != nil)
        #expect(forward[1].first?["province"] != nil)
        #expect(forward[2].first?["command"] != nil)

        let backward = try Self.arrays(try await ProcessRunner.run(
            ["--format", "json", "-c", "help", "-c", "reports", "-c", "outline --depth 1"]))
        try #require(backward.count == 3)
        #expect(backward[0].first?["command"] != nil)
        #expect(backward[1].first?["province"] != nil)
        #expect(backward[2].count == 3)
    }

    @Test func laterCommandsSeeEarlierOnes() async throws {
        let result = try await ProcessRunner.run(
            ["--format", "json", "-c", "load \(Fixtures.report("henan-2025"))", "-c", "reports", "-c", "outline --depth 1"])
        let arrays = try Self.arrays(result)
        try #require(arrays.count == 3)
        #expect(arrays[0].map { $0["name"] as? String } == ["henan-2025"])
        #expect(arrays[1].compactMap { $0["name"] as? String } == ["shanxi-2025", "henan-2025"])
        #expect(arrays[1].compactMap { $0["current"] as? Bool } == [false, true])
        #expect(arrays[2].first?["title"] as? String == "一、2024 年工作回顾")
    }

    @Test func scriptFileSkipsCommentsAndBlankLines() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let script = try scratch.write("analysis.wb", text: """
            # the parts of the bundled report

            outline --depth 1
               # an indented comment
            \t
              reports   

            """)
        let result = try await ProcessRunner.run(["--format", "json", "-f", script])
        let arrays = try Self.arrays(result)
        try #require(arrays.count == 2, "one array per command line, none for comments and blanks")
        #expect(arrays[0].count == 3)
        #expect(arrays[1].first?["name"] as? String == "shanxi-2025")
    }

    @Test func scriptFileGivesTheSameOutputAsDashC() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let script = try scratch.write("same.wb", text: "reports\n# between\n\noutline --depth 2\n")
        let fromScript = try await ProcessRunner.run(["-f", script])
        let fromCommands = try await ProcessRunner.run(["-c", "reports", "-c", "outline --depth 2"])
        #expect(fromScript.status == 0)
        #expect(!fromScript.stdout.isEmpty)
        #expect(fromScript.stdout == fromCommands.stdout)
    }

    @Test func standardInputIsReadAsAScript() async throws {
        let input = Array("# piped\nreports\n\noutline --depth 1\n".utf8)
        let result = try await ProcessRunner.run(["--format", "json"], stdin: input)
        let arrays = try Self.arrays(result)
        try #require(arrays.count == 2)
        #expect(arrays[0].first?["name"] as? String == "shanxi-2025")
        #expect(arrays[1].count == 3)
    }

    @Test func standardInputWithoutFinalNewlineRunsItsLastLine() async throws {
        let result = try await ProcessRunner.run(["--format", "json"], stdin: Array("outline --depth 1".utf8))
        let arrays = try Self.arrays(result)
        #expect(arrays.count == 1)
        #expect(arrays.first?.count == 3)
    }

    @Test func emptyStandardInputRunsNothing() async throws {
        let result = try await ProcessRunner.run(["--format", "json"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty, "no commands, no output: \(result.stdout)")
    }

    @Test func quitEndsAScriptSuccessfully() async throws {
        let input = Array("reports\nquit\noutline\nno-such-command\n".utf8)
        let result = try await ProcessRunner.run(["--format", "json"], stdin: input)
        let arrays = try Self.arrays(result)
        #expect(arrays.count == 1, "lines after quit ran")
    }

    @Test func modeSwitchesTheFormatForLaterLines() async throws {
        let input = Array(".mode csv\nreports\n".utf8)
        let result = try await ProcessRunner.run(["--format", "json"], stdin: input)
        #expect(result.status == 0, "\(result)")
        let lines = OutputParsing.lines(result.stdout)
        #expect(lines.first == "name,province,year,title,speaker,date,file,metrics,paragraphs,current")
        #expect(!result.stdout.contains("["), ".mode csv did not switch away from JSON")
    }

    @Test func helpListsTheCoreCommands() async throws {
        let arrays = try Self.arrays(try await ProcessRunner.run(["--format", "json", "-c", "help"]))
        let names = Set(try #require(arrays.first).compactMap { $0["command"] as? String })
        for name in ["help", "reports", "load", "use", "outline", "quit", ".mode"] {
            #expect(names.contains(name), "help does not list \(name)")
        }
    }
}
