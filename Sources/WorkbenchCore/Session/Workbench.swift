import Foundation
import WorkbenchSDK

/// The workbench as a program: parses the command line, loads reports, then runs `-c`
/// commands, a `-f` script, standard input, or the REPL. Returns the exit status: 0 success,
/// 1 a command or file failed, 2 the command line was wrong.
public enum Workbench {
    public static let version = "0.1.0"

    /// What the program needs from its surroundings; tests substitute every part.
    public struct Environment {
        public var console: Console
        /// True when standard input is a terminal (then the REPL reads it).
        public var stdinIsTerminal: Bool
        /// Reads all of standard input (used when it is not a terminal).
        public var readStandardInput: () -> [UInt8]
        /// Makes the line reader for the REPL.
        public var makeLineReader: () -> any LineReader
        /// The process environment (plugin folders).
        public var variables: [String: String]
        /// The built-in analysis modules.
        public var builtInModules: [any WorkbenchModule]
        /// Whether standard output and standard error are terminals (for colour).
        public var stdoutIsTerminal = false
        public var stderrIsTerminal = false

        public init(console: Console, stdinIsTerminal: Bool, readStandardInput: @escaping () -> [UInt8],
                    makeLineReader: @escaping () -> any LineReader, variables: [String: String] = [:],
                    builtInModules: [any WorkbenchModule] = []) {
            self.console = console
            self.stdinIsTerminal = stdinIsTerminal
            self.readStandardInput = readStandardInput
            self.makeLineReader = makeLineReader
            self.variables = variables
            self.builtInModules = builtInModules
        }
    }

    public static func run(arguments: [String], environment: Environment) -> Int32 {
        var console = environment.console
        let invocation: Invocation
        do {
            invocation = try Invocation.parse(arguments)
        } catch {
            console.show(error, prefix: "workbench: ")
            return error.exitStatus
        }
        // Colour only where a person reads it: never into a file or a pipe, never with NO_COLOR.
        let colorAllowed = invocation.color == "always" || (invocation.color == "auto" && environment.variables["NO_COLOR"].map(\.isEmpty) ?? true)
        console.colorOut = colorAllowed && (invocation.color == "always" || environment.stdoutIsTerminal)
        console.colorErr = colorAllowed && (invocation.color == "always" || environment.stderrIsTerminal)
        if invocation.showHelp {
            console.out(Invocation.usage)
            return 0
        }
        if invocation.showVersion {
            console.out("workbench \(version) (SDK API \(workbenchAPIVersion))\n")
            return 0
        }
        let interactive = invocation.commands.isEmpty && invocation.script == nil && environment.stdinIsTerminal
        var loader = ReportLoader()
        if let limit = invocation.maximumFileSize {
            loader.maximumFileSize = limit
        } else if let given = environment.variables["WORKBENCH_MAX_FILE_SIZE"], !given.isEmpty {
            do {
                loader.maximumFileSize = try Invocation.byteCount(given, option: "WORKBENCH_MAX_FILE_SIZE")
            } catch {
                console.show(error, prefix: "workbench: ")
                return error.exitStatus
            }
        }
        var shell = Shell(session: Session(format: invocation.format, loader: loader))

        // Modules: built-in ones, then the plugin folders, then --plugin. A broken library in a
        // folder is reported and skipped; a --plugin that fails ends a batch run.
        for module in environment.builtInModules {
            do {
                try shell.session.register(module, source: .builtIn)
            } catch {
                console.show(error, prefix: "workbench: ")
            }
        }
        if invocation.searchPluginFolders {
            for folder in PluginLoader.searchFolders(environment: environment.variables) {
                for library in PluginLoader.libraries(in: folder) {
                    do {
                        try shell.session.loadPlugin(path: library)
                    } catch {
                        console.show(error, prefix: "workbench: warning: ")
                    }
                }
            }
        }
        for path in invocation.plugins {
            do {
                try shell.session.loadPlugin(path: path)
            } catch {
                console.show(error, prefix: "workbench: ")
                if !interactive { return 1 }
            }
        }

        // Reports named on the command line; in batch use the first bad file ends the run.
        if invocation.files.isEmpty {
            shell.session.add(BundledReports.defaultReport())
        } else {
            for path in invocation.files {
                // A folder: every report in it; a file that does not load is reported and skipped.
                if shell.session.loader.reportFiles(inFolder: path) != nil {
                    let (reports, failures) = shell.session.loader.loadFolder(path)
                    for failure in failures { console.show(failure, prefix: "workbench: warning: ") }
                    for report in reports { shell.session.add(report) }
                    if reports.isEmpty {
                        console.err("workbench: no report loaded from the folder '\(path)'. It needs .txt report files\n")
                        if !interactive { return 1 }
                    }
                    continue
                }
                do {
                    shell.session.add(try shell.session.loader.load(path: path))
                    for notice in shell.session.takeNotices() { console.err("note: \(notice)\n") }
                } catch {
                    console.show(error, prefix: "workbench: ")
                    if !interactive { return 1 }
                }
            }
        }

        for command in invocation.commands {
            do {
                if try !shell.runAndShow(command, on: console) { return 0 }
            } catch {
                console.show(error, prefix: "workbench: ")
                return error.exitStatus
            }
        }
        if let script = invocation.script {
            let text: String
            do {
                text = try readScript(script)
            } catch {
                console.show(error, prefix: "workbench: ")
                return 1
            }
            shell.session.settings.readChain = [Session.identity(of: script)]
            switch ScriptRunner.run(text: text, source: script, shell: &shell, console: console) {
            case .failed: return 1
            case .quit, .finished: return 0
            }
        }
        if !invocation.commands.isEmpty { return 0 }

        if !environment.stdinIsTerminal {
            let text: String
            do {
                text = try TextDecoder().decode(environment.readStandardInput())
            } catch .empty, .blank {
                return 0
            } catch {
                console.show(ReportLoader.explain(error, path: "<stdin>"), prefix: "workbench: ")
                return 1
            }
            return ScriptRunner.run(text: text, source: "<stdin>", shell: &shell, console: console) == .failed ? 1 : 0
        }

        if let report = shell.session.current {
            console.err("workbench \(version): \(report.name) (\(report.title)). Type 'help' for commands, Ctrl-D to leave.\n")
        }
        // ~/.workbenchrc: the user's start-up commands (interactive sessions only, so that
        // scripts and -c give the same output everywhere). Its errors are reported, not fatal.
        if let home = environment.variables["HOME"], FileManager.default.fileExists(atPath: home + "/.workbenchrc") {
            let path = home + "/.workbenchrc"
            do {
                let text = try readScript(path)
                shell.session.settings.bail = false
                _ = ScriptRunner.run(text: text, source: path, shell: &shell, console: console)
                shell.session.settings.bail = true
            } catch {
                console.show(error, prefix: "workbench: warning: ")
            }
        }
        var reader = environment.makeLineReader()
        return REPL.run(shell: &shell, reader: &reader, console: console)
    }

    /// Reads a script file as UTF-8 text; an empty script is allowed.
    static func readScript(_ path: String) throws(WorkbenchError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .runtime("cannot read script '\(path)': \(isDirectory.boolValue ? "it is a folder" : "no such file")",
                           remedy: "Give the path of a script file (one command a line)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .runtime("cannot read script '\(path)'", remedy: "Check its permissions")
        }
        do {
            return try TextDecoder().decode([UInt8](data))
        } catch .empty, .blank {
            return ""
        } catch {
            var explained = ReportLoader.explain(error, path: path)
            explained.problem = explained.problem.replacing("cannot load", with: "cannot read script")
            throw explained
        }
    }
}
