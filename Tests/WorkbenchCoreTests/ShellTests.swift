import Testing
import WorkbenchSDK
@testable import WorkbenchCore

@Suite struct ShellTests {
    func shell() -> Shell {
        var session = Session()
        session.add(BundledReports.defaultReport())
        return Shell(session: session)
    }

    @Test func tokenizerHonoursQuotes() throws {
        #expect(try CommandTokenizer.split("load \"my file.txt\" 'a b' c\\ d") == ["load", "my file.txt", "a b", "c d"])
        #expect(try CommandTokenizer.split("  outline   --depth 2 ") == ["outline", "--depth", "2"])
        #expect(try CommandTokenizer.split("search \"\"") == ["search", ""])
        #expect(throws: WorkbenchError.self) { try CommandTokenizer.split("load \"open") }
    }

    @Test func unknownCommandsSuggestTheNearestOne() {
        var shell = shell()
        #expect {
            _ = try shell.execute("outlin")
        } throws: { error in
            let error = error as! WorkbenchError
            return error.kind == .usage && error.message.contains("'outline'")
        }
    }

    @Test func commentsAndBlankLinesDoNothing() throws {
        var shell = shell()
        #expect(try shell.execute("   ") == nil)
        #expect(try shell.execute("# a comment") == nil)
    }

    @Test func outlineDepthFiltersLevels() throws {
        var shell = shell()
        guard case .table(let parts)? = try shell.execute("outline --depth 1") else { Issue.record("no table"); return }
        #expect(parts.rows.count == 3)
        guard case .table(let all)? = try shell.execute("outline --depth 4") else { Issue.record("no table"); return }
        #expect(all.rows.count > 52)
        #expect(throws: WorkbenchError.self) { try shell.execute("outline --depth 9") }
    }

    @Test func modeChangesTheFormat() throws {
        var shell = shell()
        _ = try shell.execute(".mode json")
        #expect(shell.session.format == .json)
        #expect(throws: WorkbenchError.self) { try shell.execute(".mode yaml") }
    }

    @Test func helpListsEveryCommandAndExplainsOne() throws {
        var shell = shell()
        guard case .table(let list)? = try shell.execute("help") else { Issue.record("no table"); return }
        let names = list.rows.map { $0[0].plainText }
        for name in ["help", "reports", "load", "use", "outline", "quit", ".mode"] { #expect(names.contains(name)) }
        guard case .table(let one)? = try shell.execute("help outline") else { Issue.record("no table"); return }
        #expect(one.rows.contains { $0[0] == "example" })
    }

    @Test func useFindsReportsByNameOrUniquePrefix() throws {
        var session = Session()
        session.add(BundledReports.defaultReport())
        session.add(try Fixtures.report("henan-2025"))
        session.add(try Fixtures.report("henan-2026"))
        #expect(try session.use("shanxi").name == "shanxi-2025")
        #expect(try session.use("henan-2025").name == "henan-2025")
        #expect(throws: WorkbenchError.self) { try session.use("henan") }
        #expect(throws: WorkbenchError.self) { try session.use("hunan-2025") }
    }

    @Test func reloadingAFileReplacesItAndSameNamesAreNumbered() {
        var session = Session()
        let report = BundledReports.defaultReport()
        session.add(report)
        session.add(report)
        #expect(session.reports.count == 1)
        var other = report
        other.sourceFile = "elsewhere.txt"
        #expect(session.add(other).name == "shanxi-2025-2")
    }

    @Test func theSameFileSpelledDifferentlyIsOneReport() throws {
        var session = Session()
        let absolute = Fixtures.path("reports/henan-2025.txt")
        session.add(try ReportLoader().load(path: absolute))
        session.add(try ReportLoader().load(path: absolute.replacing("/reports/", with: "/reports/./")))
        #expect(session.reports.count == 1)
    }

    @Test func aTextWithoutPartsGetsANotice() throws {
        var shell = Shell(session: Session())
        shell.session.add(Fixtures.parse("只是一段话。\n", file: "note.txt"))
        let output = Captured()
        #expect(try shell.runAndShow("reports", on: output.console))
        #expect(output.err.contains("note.txt: no part headings"))
        // A notice is shown once.
        #expect(try shell.runAndShow("reports", on: output.console))
        #expect(output.err.components(separatedBy: "no part headings").count == 2)
    }

    @Test func outlineDepthOutOfRangeSaysSo() {
        var shell = shell()
        #expect {
            _ = try shell.execute("outline --depth 5")
        } throws: { error in
            (error as! WorkbenchError).message.contains("from 1 to 4 (got '5')")
        }
    }

    @Test func failedLoadLeavesTheSessionAsItWas() {
        var shell = shell()
        #expect(throws: WorkbenchError.self) { try shell.execute("load /no/such/file.txt") }
        #expect(shell.session.reports.count == 1)
        #expect(shell.session.current?.name == "shanxi-2025")
    }

    @Test func replGoesOnAfterErrorsAndNamesTheReportInItsPrompt() {
        var shell = shell()
        var reader = ScriptedLineReader(["nonsense", "load /missing.txt", "reports", ""])
        let output = Captured()
        let status = REPL.run(shell: &shell, reader: &reader, console: output.console)
        #expect(status == 0)
        #expect(reader.prompts.allSatisfy { $0 == "shanxi-2025> " })
        #expect(reader.prompts.count == 5)
        #expect(output.err.contains("unknown command 'nonsense'"))
        #expect(output.err.contains("/missing.txt"))
        #expect(output.out.contains("2025年山西省政府工作报告"))
        #expect(reader.history == ["nonsense", "load /missing.txt", "reports"])
    }

    @Test func replStopsAtQuit() {
        var shell = shell()
        var reader = ScriptedLineReader(["quit", "reports"])
        let output = Captured()
        #expect(REPL.run(shell: &shell, reader: &reader, console: output.console) == 0)
        #expect(reader.lines == ["reports"])
        #expect(output.out.isEmpty)
    }

    @Test func invocationParsesTheContract() throws {
        let invocation = try Invocation.parse(["-c", "outline", "--format", "json", "-c", "reports", "a.txt", "--", "-b.txt"])
        #expect(invocation.commands == ["outline", "reports"])
        #expect(invocation.format == .json)
        #expect(invocation.files == ["a.txt", "-b.txt"])
        #expect(throws: WorkbenchError.self) { try Invocation.parse(["--frmat", "json"]) }
        #expect(throws: WorkbenchError.self) { try Invocation.parse(["-c"]) }
        #expect(try Invocation.parse(["--format=csv"]).format == .csv)
    }
}

/// Collects what the workbench writes, for assertions.
final class Captured: @unchecked Sendable {
    private(set) var out = ""
    private(set) var err = ""

    var console: Console {
        Console(out: { [self] in self.out += $0 }, err: { [self] in self.err += $0 })
    }
}
