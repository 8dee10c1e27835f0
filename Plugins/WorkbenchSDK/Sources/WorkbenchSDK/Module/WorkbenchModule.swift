/// The version of the module interface this SDK provides. A module built against another
/// version is refused when it is loaded, with a message that says so. (Kept equal to
/// `WorkbenchPlugin.builtAPIVersion`.) Version 2 froze the report model's layout (`@frozen`):
/// a module built for version 1 no longer links against this SDK. Version 3 keeps the texts of
/// paragraphs and sentences as parts of the loaded text (`textPart`) instead of copies.
public let workbenchAPIVersion = 3

/// Describes one argument or option of a module command, for `help` and completion.
public struct ArgumentSpec: Sendable, Hashable {
    /// `TEXT` for a positional argument, `--sector` for an option.
    public var name: String
    /// One line: what it does.
    public var summary: String
    /// Fixed values it takes, if any (offered by completion).
    public var values: [String]
    /// True when the command cannot run without it.
    public var required: Bool

    /// An argument; every field as described on its property.
    public init(name: String, summary: String, values: [String] = [], required: Bool = false) {
        self.name = name
        self.summary = summary
        self.values = values
        self.required = required
    }
}

/// One command a module adds to the workbench.
public struct CommandSpec: Sendable, Hashable {
    /// The word typed to run it (`sectors`).
    public var name: String
    /// One line: what it shows.
    public var summary: String
    /// Usage, e.g. `sector ID`.
    public var usage: String
    /// Its arguments and options.
    public var arguments: [ArgumentSpec]
    /// Example invocations.
    public var examples: [String]
    /// The SQL table this command's rows fill (`sql`, `export`): the command runs with no
    /// arguments on every report and its rows, with a `report` column first, make the table.
    /// `nil` (the default): the command is not a table.
    public var table: String?

    /// A command; `usage` defaults to the name alone.
    public init(name: String, summary: String, usage: String? = nil,
                arguments: [ArgumentSpec] = [], examples: [String] = []) {
        self.name = name
        self.summary = summary
        self.usage = usage ?? name
        self.arguments = arguments
        self.examples = examples
        self.table = nil
    }

    /// A command whose rows also make the SQL table `table` (see ``table``).
    public init(name: String, summary: String, usage: String? = nil,
                arguments: [ArgumentSpec] = [], examples: [String] = [], table: String?) {
        self.init(name: name, summary: summary, usage: usage, arguments: arguments, examples: examples)
        self.table = table
    }
}

/// What a module sees when one of its commands runs.
public struct ModuleContext: Sendable {
    /// The report the user is working on.
    public var report: Report
    /// Every loaded report, the current one included.
    public var reports: [Report]
    /// True once the user has pressed Ctrl-C: a long-running command should stop and return
    /// what it has (or throw a `ModuleError`).
    public var isCancelled: @Sendable () -> Bool

    /// The context of a command run on `report`.
    public init(report: Report, reports: [Report], isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.report = report
        self.reports = reports
        self.isCancelled = isCancelled
    }
}

/// An error a module reports; the workbench shows `message` (and `remedy`) to the user.
public struct ModuleError: Error, Sendable, Hashable {
    /// What went wrong, in a sentence the user reads.
    public var message: String
    /// What the user can do about it.
    public var remedy: String?
    /// True when the user typed the command wrongly (exit status 2 in batch use).
    public var isUsage: Bool

    /// An error with its message, what to do about it, and whether it is a usage error.
    public init(_ message: String, remedy: String? = nil, isUsage: Bool = false) {
        self.message = message
        self.remedy = remedy
        self.isUsage = isUsage
    }
}

/// An analysis module: built-in ones and those a user compiles separately implement the same
/// protocol and register through the same registry.
///
/// The contract: `commands` does not change once the module is registered; command names are
/// single words starting with a letter and must not clash with the workbench's or another
/// module's (the module is refused if they do); `run` returns a table whose column names are
/// unique, never prints, checks `context.isCancelled` in long loops, and throws `ModuleError` for
/// what the user should read. A module runs in the workbench's process: a crash in it (a trap,
/// an out-of-range index) ends the workbench, and a library's initialisers run when it loads.
public protocol WorkbenchModule: Sendable {
    /// A short identifier (`sectors`).
    var name: String { get }
    /// The module's own version (`1.0.0`).
    var version: String { get }
    /// One line: what the module is for.
    var summary: String { get }
    /// The commands it adds.
    var commands: [CommandSpec] { get }

    /// Runs one of its commands with the words typed after the command name.
    func run(command: String, arguments: [String], context: ModuleContext) throws -> ResultTable
}
