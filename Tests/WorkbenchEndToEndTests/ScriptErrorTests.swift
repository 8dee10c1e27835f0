import Testing

/// A script, from a file or from standard input, stops at its first failing line: `FILE:LINE:`
/// on standard error, exit status 1, and nothing after that line runs.
@Suite struct ScriptErrorTests {
    /// Lines 1–3 succeed (line 2 is a comment); line 4 fails; lines 5–6 must not run.
    static func script(failingWith line: String) -> String {
        "reports\n# a comment\noutline --depth 1\n\(line)\nload /definitely/not/here.txt\nreports\n"
    }

    static let failingLines = ["outlin", "use no-such-report", "outline --depth 9", "load /no/such/report.txt"]

    static func expectStoppedAtLineFour(_ result: ProcessResult, source: String,
                                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.exitedNormally, "crashed: \(result)", sourceLocation: sourceLocation)
        #expect(result.status == 1, "a failing script line must end with status 1: \(result)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "expected one message: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("\(source):4: "), "no '\(source):4:' prefix: \(result.stderr)",
                sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("/definitely/not/here.txt"), "line 5 ran: \(result.stderr)",
                sourceLocation: sourceLocation)
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        #expect(arrays.count == 2, "lines 1 and 3 print, nothing after line 4 does (got \(arrays.count) arrays)",
                sourceLocation: sourceLocation)
        #expect(arrays.first?.first?["name"] as? String == "shanxi-2025", sourceLocation: sourceLocation)
        #expect(arrays.dropFirst().first?.count == 3, sourceLocation: sourceLocation)
    }

    @Test(arguments: failingLines)
    func standardInputScriptStopsAtTheFailingLine(line: String) async throws {
        let result = try await ProcessRunner.run(["--format", "json"], stdin: Array(Self.script(failingWith: line).utf8))
        try Self.expectStoppedAtLineFour(result, source: "<stdin>")
    }

    @Test(arguments: failingLines)
    func scriptFileStopsAtTheFailingLine(line: String) async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("stops.wb", text: Self.script(failingWith: line))
        let result = try await ProcessRunner.run(["--format", "json", "-f", path])
        try Self.expectStoppedAtLineFour(result, source: path)
    }

    @Test func messageQuotesTheFailingLine() async throws {
        let result = try await ProcessRunner.run([], stdin: Array("reports\noutlin --depth 2\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:2: "))
        #expect(result.stderr.contains("outlin --depth 2"), "the message does not show the line: \(result.stderr)")
        #expect(result.stderr.contains("'outline'"), "no suggestion for the near miss: \(result.stderr)")
    }

    @Test func firstLineFailingRunsNothing() async throws {
        let result = try await ProcessRunner.run(["--format", "json"], stdin: Array("bogus\nreports\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:1: "))
        #expect(result.stdout.isEmpty, "a line after the failing one ran: \(result.stdout)")
    }

    @Test func dashCCommandsRunBeforeTheScriptFile() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("after.wb", text: "outline --depth 1\nbogus\nreports\n")
        let result = try await ProcessRunner.run(["--format", "json", "-c", "reports", "-f", path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("\(path):2: "))
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        #expect(arrays.count == 2)
        #expect(arrays.first?.first?["name"] as? String == "shanxi-2025")
        #expect(arrays.last?.count == 3)
    }

    @Test func scriptThatSucceedsExitsZero() async throws {
        let result = try await ProcessRunner.run(["--format", "json"], stdin: Array("reports\noutline\n".utf8))
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        #expect(try OutputParsing.jsonArrays(in: result.stdout).count == 2)
    }
}
