import WorkbenchSDK

/// Runs command lines against a session: finds the command, runs it, and answers `help` and
/// the dot commands (`.mode`, `.help`, `.quit`). Knows nothing of terminals or files.
public struct Shell: Sendable {
    public var session: Session
    let commands: [CoreCommand]

    public init(session: Session) {
        self.session = session
        self.commands = CoreCommands.all
        self.session.reservedCommands = Set(commands.flatMap { [$0.spec.name] + $0.aliases } + Self.dotCommands.map(\.name) + ["help"])
    }

    /// Dot commands: settings of the shell itself, after the sqlite3 shell.
    static let dotCommands: [CommandSpec] = [
        CommandSpec(name: ".mode", summary: "Show or set the output format",
                    usage: ".mode [table|csv|json|markdown]",
                    arguments: [ArgumentSpec(name: "FORMAT", summary: "output format", values: OutputFormat.allCases.map(\.rawValue))],
                    examples: [".mode json"]),
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
        guard let outcome = try execute(line) else { return true }
        if outcome == .quit { return false }
        console.show(outcome, format: session.format)
        return true
    }

    /// Runs one command line. Blank lines and `#` comments produce nothing.
    public mutating func execute(_ line: String) throws(WorkbenchError) -> CommandOutcome? {
        let trimmed = Self.trim(line)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        let words = try CommandTokenizer.split(trimmed)
        guard let name = words.first else { return nil }
        let arguments = Array(words.dropFirst())
        switch name {
        case "help", ".help": return .table(try help(arguments))
        case ".mode": return try mode(arguments)
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
        let context = ModuleContext(report: report, reports: session.reports)
        do {
            return .table(try entry.module.run(command: command, arguments: arguments, context: context))
        } catch let error as ModuleError {
            throw WorkbenchError(error.isUsage ? .usage : .runtime, "\(command): \(error.message)", remedy: error.remedy)
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
