/// The command line the workbench was started with.
public struct Invocation: Equatable, Sendable {
    /// Report files to load (none: the bundled report).
    public var files: [String] = []
    /// `-c` commands, in order.
    public var commands: [String] = []
    /// `-f` script.
    public var script: String?
    /// `--format`.
    public var format: OutputFormat = .table
    /// `--plugin` libraries, in order.
    public var plugins: [String] = []
    /// `--no-plugins`: do not search the plugin folders.
    public var searchPluginFolders = true
    /// `--color`: auto (a terminal, unless NO_COLOR is set), always or never.
    public var color = "auto"
    /// `--help` / `--version` asked for.
    public var showHelp = false
    public var showVersion = false

    public init() {}

    static let usage = """
    usage: workbench [OPTIONS] [FILE ...]

    Loads government work reports (no FILE: the bundled 2025 Shanxi report) and opens a REPL,
    or runs commands and exits.

    options:
      -c, --command CMD     run CMD and exit (repeatable; runs in order)
      -f, --file SCRIPT     run the commands in SCRIPT and exit
      --format FORMAT       table, csv, json or markdown (default: table)
      --plugin PATH         load a module library built against the SDK (repeatable)
      --color WHEN          auto (default: on a terminal, unless NO_COLOR is set), always, never
      --no-plugins          do not load the libraries in WORKBENCH_PLUGIN_PATH and
                            ~/.local/share/workbench/plugins
      -h, --help            show this help
      --version             show the version

    Standard input that is not a terminal is read as a script: echo outline | workbench
    Type 'help' in the workbench for its commands.

    """

    /// Parses the arguments after the program name.
    public static func parse(_ arguments: [String]) throws(WorkbenchError) -> Invocation {
        var invocation = Invocation()
        var cursor = ArgumentCursor(arguments, context: "workbench", help: "See: workbench --help")
        var optionsEnded = false
        while let argument = cursor.next() {
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                invocation.files.append(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else if argument == "-c" || argument == "--command" {
                invocation.commands.append(try cursor.value(for: argument))
            } else if argument == "-f" || argument == "--file" {
                guard invocation.script == nil else {
                    throw .usage("-f given twice", remedy: "Run one script at a time")
                }
                invocation.script = try cursor.value(for: argument)
            } else if argument == "--format" {
                invocation.format = try OutputFormat.parse(try cursor.value(for: argument))
            } else if argument.hasPrefix("--format=") {
                invocation.format = try OutputFormat.parse(String(argument.dropFirst("--format=".count)))
            } else if argument == "--plugin" {
                invocation.plugins.append(try cursor.value(for: argument))
            } else if argument.hasPrefix("--plugin=") {
                invocation.plugins.append(String(argument.dropFirst("--plugin=".count)))
            } else if argument == "--color" || argument.hasPrefix("--color=") {
                let value = argument == "--color" ? try cursor.value(for: argument) : String(argument.dropFirst("--color=".count))
                guard ["auto", "always", "never"].contains(value) else {
                    throw .usage("--color takes auto, always or never (got '\(value)')", remedy: "See: workbench --help")
                }
                invocation.color = value
            } else if argument == "--no-plugins" {
                invocation.searchPluginFolders = false
            } else if argument == "-h" || argument == "--help" {
                invocation.showHelp = true
            } else if argument == "--version" {
                invocation.showVersion = true
            } else {
                let known = ["-c", "--command", "-f", "--file", "--format", "--plugin", "--no-plugins", "--color", "--help", "--version"]
                throw .usage("unknown option '\(argument)'",
                             remedy: Suggestions.phrase(for: argument, among: known) ?? "See: workbench --help")
            }
        }
        return invocation
    }
}
