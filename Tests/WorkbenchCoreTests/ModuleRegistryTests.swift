import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A module for tests: its commands and what running them does are given.
struct StubModule: WorkbenchModule {
    var name: String
    var version = "0.1"
    var summary = "a test module"
    var commandNames: [String]
    var failure: (any Error)?

    var commands: [CommandSpec] { commandNames.map { CommandSpec(name: $0, summary: "test command \($0)") } }

    func run(command: String, arguments: [String], context: ModuleContext) throws -> ResultTable {
        if let failure { throw failure }
        return ResultTable(columns: ["report", "command", "arguments"],
                           rows: [[.text(context.report.name), .text(command), .list(arguments)]])
    }
}

struct SomeFailure: Error {}

@Suite struct ModuleRegistryTests {
    func shell(_ modules: [StubModule]) throws -> Shell {
        var shell = Shell(session: Session())
        shell.session.add(BundledReports.defaultReport())
        for module in modules { try shell.session.register(module, source: .builtIn) }
        return shell
    }

    @Test func moduleCommandsRunOnTheCurrentReport() throws {
        var shell = try shell([StubModule(name: "alpha", commandNames: ["alpha", "alpha-more"])])
        guard case .table(let table)? = try shell.execute("alpha-more x y") else { Issue.record("no table"); return }
        #expect(table.rows == [[.text("shanxi-2025"), .text("alpha-more"), .list(["x", "y"])]])
        guard case .table(let plugins)? = try shell.execute("plugins") else { Issue.record("no table"); return }
        #expect(plugins.rows.first?[0] == .text("alpha"))
        #expect(plugins.rows.first?[2] == .text("built-in"))
        guard case .table(let help)? = try shell.execute("help") else { Issue.record("no table"); return }
        #expect(help.rows.contains { $0[0] == .text("alpha-more") })
    }

    @Test func aCommandClaimedTwiceIsRefusedAndTheFirstStays() throws {
        var shell = try shell([StubModule(name: "alpha", commandNames: ["shared"])])
        #expect {
            try shell.session.register(StubModule(name: "beta", commandNames: ["beta", "shared"]), source: .library("/x/libBeta.so"))
        } throws: { error in
            let message = (error as! WorkbenchError).message
            return message.contains("'beta'") && message.contains("'shared'") && message.contains("'alpha'")
        }
        // Nothing of the refused module remains.
        #expect(shell.session.modules.entries.map(\.module.name) == ["alpha"])
        #expect(throws: WorkbenchError.self) { try shell.execute("beta") }
    }

    @Test func modulesCannotTakeWorkbenchCommandsOrNames() throws {
        var shell = try shell([StubModule(name: "alpha", commandNames: ["alpha"])])
        #expect(throws: WorkbenchError.self) { try shell.session.register(StubModule(name: "x", commandNames: ["outline"]), source: .builtIn) }
        #expect(throws: WorkbenchError.self) { try shell.session.register(StubModule(name: "y", commandNames: ["help"]), source: .builtIn) }
        #expect(throws: WorkbenchError.self) { try shell.session.register(StubModule(name: "alpha", commandNames: ["other"]), source: .builtIn) }
        #expect(throws: WorkbenchError.self) { try shell.session.register(StubModule(name: "z", commandNames: ["z", "z"]), source: .builtIn) }
    }

    @Test func aModuleThatThrowsDoesNotEndTheSession() throws {
        var shell = try shell([StubModule(name: "bad", commandNames: ["bad"], failure: SomeFailure()),
                               StubModule(name: "picky", commandNames: ["picky"], failure: ModuleError("no such option", remedy: "Try --x", isUsage: true))])
        var reader = ScriptedLineReader(["bad", "picky", "reports"])
        let output = Captured()
        #expect(REPL.run(shell: &shell, reader: &reader, console: output.console) == 0)
        #expect(output.err.contains("bad: module 'bad' failed"))
        #expect(output.err.contains("picky: no such option. Try --x"))
        #expect(output.out.contains("shanxi-2025"))
        #expect {
            _ = try shell.execute("picky")
        } throws: { error in (error as! WorkbenchError).kind == .usage }
    }

    @Test func pluginFoldersComeFromTheEnvironment() {
        let folders = PluginLoader.searchFolders(environment: ["WORKBENCH_PLUGIN_PATH": "/a:/b::", "HOME": "/home/u"])
        #expect(folders == ["/a", "/b", "/home/u/.local/share/workbench/plugins"])
        #expect(PluginLoader.searchFolders(environment: ["XDG_DATA_HOME": "/data"]) == ["/data/workbench/plugins"])
    }

    @Test func badLibrariesAreRefusedWithTheReason() {
        var session = Session()
        #expect {
            try session.loadPlugin(path: "/no/such/libX.so")
        } throws: { error in (error as! WorkbenchError).message.contains("no such file") }
        #expect {
            try session.loadPlugin(path: Fixtures.path("reports/henan-2025.txt"))
        } throws: { error in (error as! WorkbenchError).message.contains("not a loadable library") }
        #expect {
            try session.loadPlugin(path: Fixtures.path("reports"))
        } throws: { error in (error as! WorkbenchError).message.contains("is a folder") }
        #expect(session.modules.entries.isEmpty)
    }

    @Test func theHandshakeRecordsTheVersionsItWasBuiltWith() {
        #expect(WorkbenchPlugin.builtAPIVersion == workbenchAPIVersion)
        #expect(WorkbenchPlugin.entryPointName(apiVersion: 1) == "workbench_plugin_v1")
        #expect(!WorkbenchPlugin.builtCompiler.isEmpty)
    }
}
