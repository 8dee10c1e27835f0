import Foundation
import WorkbenchSDK

/// Runs command lines against a session: finds the command, runs it, and answers `help` and
/// the dot commands (`.mode`, `.help`, `.quit`). Knows nothing of terminals or files.
public struct Shell: Sendable {
    public var session: Session
    let commands: [CoreCommand]

    public init(session: Session) {
        self.session = session
        self.commands = CoreCommands.all
        self.session.reservedCommands = Set(commands.flatMap { [$0.spec.name] + $0.aliases } + Self.dotCommands.map(\.name) + ["help", ".exit"])
    }

    /// Dot commands: settings of the shell itself, after the sqlite3 shell.
    static let dotCommands: [CommandSpec] = [
        CommandSpec(name: ".mode", summary: "Show or set the output format",
                    usage: ".mode [table|csv|json|markdown]",
                    arguments: [ArgumentSpec(name: "FORMAT", summary: "output format", values: OutputFormat.allCases.map(\.rawValue))],
                    examples: [".mode json"]),
        CommandSpec(name: ".output", summary: "Send tables to a file (no file: back to the terminal)",
                    usage: ".output [FILE]", arguments: [ArgumentSpec(name: "FILE", summary: "a file to write (replaced)")],
                    examples: [".output metrics.csv", ".output"]),
        CommandSpec(name: ".once", summary: "Send the next table to a file",
                    usage: ".once FILE", arguments: [ArgumentSpec(name: "FILE", summary: "a file to write (replaced)", required: true)],
                    examples: [".once targets.json"]),
        CommandSpec(name: ".timer", summary: "Show how long each command takes",
                    usage: ".timer on|off", arguments: [ArgumentSpec(name: "on|off", summary: "", values: ["on", "off"], required: true)],
                    examples: [".timer on"]),
        CommandSpec(name: ".bail", summary: "Stop a script at its first error (on by default in -f)",
                    usage: ".bail on|off", arguments: [ArgumentSpec(name: "on|off", summary: "", values: ["on", "off"], required: true)],
                    examples: [".bail off"]),
        CommandSpec(name: ".read", summary: "Run the commands of a script file",
                    usage: ".read FILE", arguments: [ArgumentSpec(name: "FILE", summary: "a script, one command a line", required: true)],
                    examples: [".read Examples/scripts/parts.wb"]),
        CommandSpec(name: ".show", summary: "Show the settings", usage: ".show", examples: [".show"]),
        CommandSpec(name: ".schema", summary: "The SQL tables of the loaded reports: rows and columns",
                    usage: ".schema [TABLE]", arguments: [ArgumentSpec(name: "TABLE", summary: "only this table")],
                    examples: [".schema", ".schema metrics"]),
        CommandSpec(name: ".help", summary: "Same as help", usage: ".help [COMMAND]"),
        CommandSpec(name: ".quit", summary: "Leave the workbench", usage: ".quit"),
    ]

    /// Every command name the shell answers, for help and suggestions.
    public var commandNames: [String] {
        commands.flatMap { [$0.spec.name] + $0.aliases } + Self.dotCommands.map(\.name) + session.modules.commandSpecs.map(\.name)
    }

    /// Runs a line and shows its outcome and any notices on `console`; returns false when the
    /// line asked to quit.
    mutating func runAndShow(_ line: String, on console: Console) throws(WorkbenchError) -> Bool {
        defer {
            for notice in session.takeNotices() { console.err("note: \(notice)\n") }
        }
        let started = DispatchTime.now().uptimeNanoseconds
        // Dot commands that route output or read scripts need the console.
        let words = (try? CommandTokenizer.split(Self.trim(line))) ?? []
        if words.first == ".read" {
            guard words.count == 2 else { throw .usage(".read takes one file", remedy: "Usage: .read FILE") }
            return try read(words[1], on: console)
        }
        guard let outcome = try execute(line) else { return true }
        if outcome == .quit { return false }
        try show(outcome, on: console)
        if session.settings.timer, outcome.isData {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            console.err("Run Time: \(String(format: "%.3f", seconds)) s\n")
        }
        return true
    }

    /// Shows an outcome: a table on the terminal, or in the `.once` / `.output` file.
    mutating func show(_ outcome: CommandOutcome, on console: Console) throws(WorkbenchError) {
        guard let text = outcome.rendered(in: session.format) else {
            console.show(outcome, format: session.format)
            return
        }
        if let once = session.settings.once {
            session.settings.once = nil
            try FileSink.write(text, to: once, append: false)
        } else if let output = session.settings.output {
            try FileSink.write(text, to: output, append: true)
        } else {
            console.show(outcome, format: session.format)
        }
    }

    /// `.read FILE`: runs a script inside this one; a script already being read is refused.
    mutating func read(_ path: String, on console: Console) throws(WorkbenchError) -> Bool {
        let identity = Session.identity(of: path)
        if session.settings.readChain.contains(identity) {
            throw .runtime(".read \(path): the script is already being read (\((session.settings.readChain + [identity]).joined(separator: " → ")))",
                           remedy: "A script cannot read itself, directly or through others")
        }
        let text = try Workbench.readScript(path)
        session.settings.readChain.append(identity)
        defer { session.settings.readChain.removeLast() }
        switch ScriptRunner.run(text: text, source: path, shell: &self, console: console, nested: true) {
        case .finished: return true
        case .quit: return false
        case .failed: throw .runtime("\(path) failed", remedy: "See the message above")
        }
    }

    /// Runs one command line. Blank lines and `#` comments produce nothing.
    public mutating func execute(_ line: String) throws(WorkbenchError) -> CommandOutcome? {
        let trimmed = Self.trim(line)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        // `sql … WHERE unit = '万人'`: a raw command gets the rest of the line, quotes and all.
        let firstWord = String(trimmed.prefix { !$0.isWhitespace })
        if let command = commands.first(where: { $0.rawArguments && $0.spec.name == firstWord }) {
            do {
                return try command.run(&session, [String(trimmed.dropFirst(firstWord.count))])
            } catch {
                throw WorkbenchError.from(error)
            }
        }
        let words = try CommandTokenizer.split(trimmed)
        guard let name = words.first else { return nil }
        let arguments = Array(words.dropFirst())
        switch name {
        case "help", ".help": return .table(try help(arguments))
        case ".mode": return try mode(arguments)
        case ".output":
            guard arguments.count <= 1 else { throw .usage(".output takes at most one file", remedy: "Usage: .output [FILE]") }
            if let file = arguments.first { try FileSink.start(file) }
            session.settings.output = arguments.first
            return .message("")
        case ".once":
            guard arguments.count == 1 else { throw .usage(".once takes one file", remedy: "Usage: .once FILE") }
            session.settings.once = arguments[0]
            return .message("")
        case ".timer", ".bail":
            guard arguments.count == 1, let on = ["on": true, "off": false][arguments[0]] else {
                throw .usage("\(name) takes on or off", remedy: "Usage: \(name) on|off")
            }
            if name == ".timer" { session.settings.timer = on } else { session.settings.bail = on }
            return .message("")
        case ".show": return .table(showSettings())
        case ".schema": return .table(try SQLCommands.schema(arguments, session: &session))
        case ".quit", ".exit": return .quit
        default: break
        }
        guard let command = commands.first(where: { $0.spec.name == name || $0.aliases.contains(name) }) else {
            if let (entry, _) = session.modules.command(named: name) {
                return try runModule(entry, command: name, arguments: arguments)
            }
            throw .usage("unknown command '\(name)'",
                         remedy: Suggestions.phrase(for: name, among: commandNames) ?? "Type 'help' for the list of commands")
        }
        do {
            return try command.run(&session, arguments)
        } catch {
            throw WorkbenchError.from(error)
        }
    }

    /// Runs a module's command on the current report. Whatever the module throws becomes a
    /// message naming the module; the session goes on.
    func runModule(_ entry: ModuleRegistry.Entry, command: String, arguments: [String]) throws(WorkbenchError) -> CommandOutcome {
        let report = try session.requireCurrent()
        let context = ModuleContext(report: report, reports: session.reports, isCancelled: { Cancellation.isRequested })
        do {
            let table = try entry.module.run(command: command, arguments: arguments, context: context)
            if Set(table.columns).count != table.columns.count {
                throw WorkbenchError.runtime("\(command): module '\(entry.module.name)' returned a table with a column named twice",
                                             remedy: "Report it to the module's author (\(entry.source))")
            }
            return .table(table)
        } catch let error as WorkbenchError {
            throw error
        } catch let error as ModuleError {
            let message = error.message.hasPrefix(command) ? error.message : "\(command): \(error.message)"
            throw WorkbenchError(error.isUsage ? .usage : .runtime, message, remedy: error.remedy)
        } catch {
            throw .runtime("\(command): module '\(entry.module.name)' failed: \(error)",
                           remedy: "Report it to the module's author (\(entry.source))")
        }
    }

    func help(_ arguments: [String]) throws(WorkbenchError) -> ResultTable {
        let specs = commands.map(\.spec) + session.modules.commandSpecs + Self.dotCommands
        guard let name = arguments.first else {
            var table = ResultTable(columns: ["command", "usage", "summary"],
                                    footnote: "Type 'help COMMAND' for details and examples.")
            for spec in specs { table.append([.text(spec.name), .text(spec.usage), .text(spec.summary)]) }
            return table
        }
        guard let spec = specs.first(where: { $0.name == name })
                ?? commands.first(where: { $0.aliases.contains(name) })?.spec else {
            throw .usage("no help for '\(name)': there is no such command",
                         remedy: Suggestions.phrase(for: name, among: commandNames) ?? "Type 'help' for the list of commands")
        }
        var table = ResultTable(columns: ["topic", "text"])
        table.append(["usage", .text(spec.usage)])
        table.append(["summary", .text(spec.summary)])
        for argument in spec.arguments {
            let values = argument.values.isEmpty ? "" : " (\(argument.values.joined(separator: ", ")))"
            table.append(["argument", .text("\(argument.name): \(argument.summary)\(values)")])
        }
        for example in spec.examples { table.append(["example", .text(example)]) }
        return table
    }

    func showSettings() -> ResultTable {
        var table = ResultTable(columns: ["setting", "value"])
        let settings = session.settings
        table.append(["mode", .text(session.format.rawValue)])
        table.append(["output", .text(settings.output ?? "terminal")])
        table.append(["timer", .text(settings.timer ? "on" : "off")])
        table.append(["bail", .text(settings.bail ? "on" : "off")])
        table.append(["report", .text(session.current?.name ?? "(none)")])
        table.append(["reports", .text(session.reports.map(\.name).joined(separator: ", "))])
        table.append(["modules", .text(session.modules.entries.map(\.module.name).joined(separator: ", "))])
        return table
    }

    mutating func mode(_ arguments: [String]) throws(WorkbenchError) -> CommandOutcome {
        guard let name = arguments.first else { return .message("output format: \(session.format.rawValue)") }
        guard arguments.count == 1 else {
            throw .usage(".mode takes one format", remedy: "Usage: .mode table|csv|json|markdown")
        }
        session.format = try OutputFormat.parse(name)
        return .message("")
    }

    /// `line` without leading and trailing blanks (ASCII, ideographic space, CR).
    static func trim(_ line: String) -> String {
        let scalars = Text.scalars(line)
        guard let first = scalars.firstIndex(where: { !TextLines.isPadding($0) && $0 != "\r" && $0 != "\n" }),
              let last = scalars.lastIndex(where: { !TextLines.isPadding($0) && $0 != "\r" && $0 != "\n" }) else { return "" }
        return Text.string(scalars[first...last])
    }
}
