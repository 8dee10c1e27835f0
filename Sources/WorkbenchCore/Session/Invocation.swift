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
    /// `--max-file-size`: the largest report file to load, in bytes (nil: the default, or
    /// `WORKBENCH_MAX_FILE_SIZE`).
    public var maximumFileSize: Int?
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
      --max-file-size SIZE  refuse report files larger than SIZE (bytes, or with K, M, G;
                            default 64M, or WORKBENCH_MAX_FILE_SIZE)
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
            } else if argument == "--max-file-size" || argument.hasPrefix("--max-file-size=") {
                let value = argument == "--max-file-size" ? try cursor.value(for: argument) : String(argument.dropFirst("--max-file-size=".count))
                invocation.maximumFileSize = try byteCount(value, option: "--max-file-size")
            } else if argument == "--no-plugins" {
                invocation.searchPluginFolders = false
            } else if argument == "-h" || argument == "--help" {
                invocation.showHelp = true
            } else if argument == "--version" {
                invocation.showVersion = true
            } else {
                let known = ["-c", "--command", "-f", "--file", "--format", "--plugin", "--no-plugins", "--color", "--max-file-size", "--help", "--version"]
                throw .usage("unknown option '\(argument)'",
                             remedy: Suggestions.phrase(for: argument, among: known) ?? "See: workbench --help")
            }
        }
        return invocation
    }

    /// `64M`, `500K`, `2G` or a number of bytes (K, M and G are powers of 1024).
    static func byteCount(_ text: String, option: String) throws(WorkbenchError) -> Int {
        let factors: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        let upper = text.uppercased().replacing("B", with: "")
        let factor = upper.last.flatMap { factors[$0] } ?? 1
        let digits = factor == 1 ? upper : String(upper.dropLast())
        guard let number = Int(digits), number > 0, number <= (1 << 40) / factor else {
            throw .usage("\(option) takes a size such as 64M, 500K or 2G (got '\(text)')", remedy: "See: workbench --help")
        }
        return number * factor
    }
}
