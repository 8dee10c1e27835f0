import Testing

/// A command line written wrongly ends with exit status 2 and one message that helps fix it.
@Suite struct UsageErrorTests {
    static func expectUsageError(_ result: ProcessResult, mentioning word: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.exitedNormally, "crashed: \(result)", sourceLocation: sourceLocation)
        #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "expected one message: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(word), "the message does not mention '\(word)': \(result.stderr)",
                sourceLocation: sourceLocation)
    }

    @Test func nearMissCommandSuggestsTheRightOne() async throws {
        let result = try await ProcessRunner.run(["-c", "outlin"])
        Self.expectUsageError(result, mentioning: "outlin")
        #expect(result.stderr.lowercased().contains("did you mean"), "no suggestion: \(result.stderr)")
        #expect(result.stderr.contains("'outline'"), "does not suggest outline: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [("reprots", "reports"), ("lod", "load"), ("halp", "help")])
    func otherNearMissesAreSuggested(typed: String, meant: String) async throws {
        let result = try await ProcessRunner.run(["-c", typed])
        Self.expectUsageError(result, mentioning: typed)
        #expect(result.stderr.contains("'\(meant)'"), "does not suggest \(meant): \(result.stderr)")
    }

    @Test func unrelatedCommandGetsNoSuggestion() async throws {
        let result = try await ProcessRunner.run(["-c", "zzzzzzzz"])
        Self.expectUsageError(result, mentioning: "zzzzzzzz")
        #expect(!result.stderr.lowercased().contains("did you mean"), "a far-fetched suggestion: \(result.stderr)")
    }

    @Test func unknownCommandAfterAGoodOneStopsWithStatusTwo() async throws {
        let result = try await ProcessRunner.run(["--format", "json", "-c", "reports", "-c", "outlin", "-c", "outline"])
        Self.expectUsageError(result, mentioning: "outlin")
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        #expect(arrays.count == 1, "commands after the unknown one ran, or the first did not")
    }

    @Test func unknownOptionIsAUsageError() async throws {
        let result = try await ProcessRunner.run(["--bogus", "-c", "reports"])
        Self.expectUsageError(result, mentioning: "--bogus")
        #expect(result.stdout.isEmpty)
    }

    @Test func nearMissOptionSuggestsTheRightOne() async throws {
        let result = try await ProcessRunner.run(["--formt", "json", "-c", "reports"])
        Self.expectUsageError(result, mentioning: "--formt")
        #expect(result.stderr.contains("--format"), "does not suggest --format: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownFormatIsAUsageError() async throws {
        let result = try await ProcessRunner.run(["--format", "xml", "-c", "reports"])
        Self.expectUsageError(result, mentioning: "xml")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: ["-c", "-f", "--format"])
    func optionWithoutItsValueIsAUsageError(option: String) async throws {
        let result = try await ProcessRunner.run([option])
        Self.expectUsageError(result, mentioning: option)
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: ["outline --depth 9", "outline --deep 2", "reports now", "use"])
    func badArgumentsToACommandAreAUsageError(command: String) async throws {
        let result = try await ProcessRunner.run(["-c", command])
        let name = String(command.split(separator: " ")[0])
        Self.expectUsageError(result, mentioning: name)
        #expect(result.stdout.isEmpty)
    }

    @Test func helpForAnUnknownCommandIsAUsageError() async throws {
        let result = try await ProcessRunner.run(["-c", "help outlin"])
        Self.expectUsageError(result, mentioning: "outlin")
        #expect(result.stderr.contains("'outline'"))
    }

    @Test func helpOptionPrintsUsageAndSucceeds() async throws {
        let result = try await ProcessRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("usage: workbench"))
        for option in ["-c", "-f", "--format"] {
            #expect(result.stdout.contains(option), "--help does not mention \(option)")
        }
    }
}
