import Foundation
import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Dot commands, completion, multi-line input and nested scripts, without a terminal.
@Suite struct ShellFeatureTests {
    func shell() -> Shell {
        var session = Session()
        session.add(BundledReports.defaultReport())
        return Shell(session: session)
    }

    @Test func completionFollowsTheContext() {
        let shell = shell()
        guard case .words(let commands) = shell.complete(before: "") else { Issue.record("no words"); return }
        #expect(commands.contains("outline") && commands.contains(".mode") && commands.contains("targets"))
        #expect(shell.complete(before: ".mode ") == .words(["table", "csv", "json", "markdown"]))
        #expect(shell.complete(before: "use ") == .words(["shanxi-2025"]))
        #expect(shell.complete(before: "load ") == .files)
        #expect(shell.complete(before: ".read ") == .files)
        #expect(shell.complete(before: "plugin ") == .words(["load"]))
        #expect(shell.complete(before: "metrics --role ") == .words(["achieved", "target", "other"]))
        guard case .words(let options) = shell.complete(before: "metrics ") else { Issue.record("no words"); return }
        #expect(options.contains("--sector") && options.contains("--explain"))
        guard case .words(let sectors) = shell.complete(before: "metrics --sector ") else { Issue.record("no words"); return }
        #expect(sectors.contains("energy") && sectors.contains("macro"))
        #expect(shell.complete(before: ".timer ") == .words(["on", "off"]))
    }

    @Test func outputOnceTimerAndShow() throws {
        var shell = shell()
        let output = Captured()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let once = folder.appendingPathComponent("once.csv").path
        let all = folder.appendingPathComponent("all.txt").path
        for line in [".mode csv", ".once \(once)", "outline --depth 1", "reports", ".output \(all)", "outline --depth 1", "outline --depth 1", ".output", ".timer on", "reports"] {
            #expect(try shell.runAndShow(line, on: output.console))
        }
        let onceText = try String(contentsOfFile: once, encoding: .utf8)
        #expect(onceText.hasPrefix("level,kind,line"))
        #expect(onceText.components(separatedBy: "\r\n").count == 5)
        let allText = try String(contentsOfFile: all, encoding: .utf8)
        #expect(allText.components(separatedBy: "level,kind").count == 3)
        // Only the tables not sent to files reached the terminal.
        #expect(output.out.components(separatedBy: "name,province").count == 3)
        #expect(output.err.contains("Run Time: "))
        guard case .table(let settings)? = try shell.execute(".show") else { Issue.record("no table"); return }
        #expect(settings.rows.contains { $0 == ["timer", "on"] })
        #expect(throws: WorkbenchError.self) { try shell.execute(".timer maybe") }
        #expect(throws: WorkbenchError.self) { try shell.runAndShow(".output \(folder.path)/no/such/dir/x.csv", on: output.console) }
    }

    @Test func aTrailingBackslashContinuesTheLine() {
        var shell = shell()
        var reader = ScriptedLineReader(["outline \\", "  --depth 1", ""])
        let output = Captured()
        _ = REPL.run(shell: &shell, reader: &reader, console: output.console)
        #expect(output.out.contains("三、全面提升政府治理效能"))
        #expect(!output.out.contains("（一）"))
        #expect(reader.prompts.contains { $0.hasSuffix("...> ") })
        #expect(ScriptRunner.logicalLines("a \\\nb\nc").map(\.0) == [1, 3])
        #expect(ScriptRunner.logicalLines("a \\\nb\nc").map { Shell.trim($0.1) } == ["a  b", "c"])
    }

    @Test func nestedScriptsReportTheirChainAndCannotReadThemselves() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inner = folder.appendingPathComponent("inner.wb").path
        let outer = folder.appendingPathComponent("outer.wb").path
        let loop = folder.appendingPathComponent("loop.wb").path
        try "reports\nnonsense\n".write(toFile: inner, atomically: true, encoding: .utf8)
        try "# outer\n.read \(inner)\nreports\n".write(toFile: outer, atomically: true, encoding: .utf8)
        try ".read \(loop)\n".write(toFile: loop, atomically: true, encoding: .utf8)

        var shell = shell()
        shell.session.settings.readChain = [Session.identity(of: outer)]
        let output = Captured()
        #expect(ScriptRunner.run(text: try Workbench.readScript(outer), source: outer, shell: &shell, console: output.console) == .failed)
        #expect(output.err.contains("inner.wb:2: unknown command 'nonsense'"))
        #expect(output.err.contains("[read from"))
        #expect(output.err.contains("outer.wb:2:"))

        var again = self.shell()
        again.session.settings.readChain = [Session.identity(of: loop)]
        let looped = Captured()
        #expect(ScriptRunner.run(text: try Workbench.readScript(loop), source: loop, shell: &again, console: looped.console) == .failed)
        #expect(looped.err.contains("already being read"))
    }

    @Test func bailOffGoesOnAndStillFails() {
        var shell = shell()
        let output = Captured()
        let ending = ScriptRunner.run(text: ".bail off\nnonsense\nreports\n", source: "s.wb", shell: &shell, console: output.console)
        #expect(ending == .failed)
        #expect(output.out.contains("shanxi-2025"))
    }
}
