import WorkbenchSDK

/// Every analysis module the workbench knows, built-in or loaded from a library, each with the
/// commands it adds. Built-in modules and user modules register through the same `register`.
public struct ModuleRegistry: Sendable {
    /// Where a module came from.
    public enum Source: Sendable, Equatable, CustomStringConvertible {
        case builtIn
        case library(String)

        public var description: String {
            switch self {
            case .builtIn: return "built-in"
            case .library(let path): return path
            }
        }
    }

    struct Entry: Sendable {
        var module: any WorkbenchModule
        var source: Source
    }

    private(set) var entries: [Entry] = []

    public init() {}

    /// Adds a module. A module whose name is taken, or one of whose commands is already a command
    /// (of the workbench or of another module), is refused whole with a message naming both; the
    /// first one stays.
    mutating func register(_ module: any WorkbenchModule, source: Source, reserved: Set<String>) throws(WorkbenchError) {
        if let existing = entries.first(where: { $0.module.name == module.name }) {
            throw .runtime("cannot add module '\(module.name)' from \(source): a module of that name is already loaded from \(existing.source)",
                           remedy: "Rename one of them, or load only one")
        }
        var seen = Set<String>()
        for command in module.commands.map(\.name) {
            if command.isEmpty || command.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "'" }) || command.hasPrefix(".") || command.hasPrefix("-") {
                throw .runtime("cannot add module '\(module.name)' from \(source): '\(command)' is not a command name",
                               remedy: "Command names are single words that start with a letter")
            }
            if reserved.contains(command) {
                throw .runtime("cannot add module '\(module.name)' from \(source): its command '\(command)' is a workbench command",
                               remedy: "Give the module's command another name")
            }
            if let owner = entries.first(where: { $0.module.commands.contains { $0.name == command } }) {
                throw .runtime("cannot add module '\(module.name)' from \(source): its command '\(command)' belongs to module '\(owner.module.name)' (\(owner.source)), which stays",
                               remedy: "Give one of the commands another name")
            }
            if !seen.insert(command).inserted {
                throw .runtime("cannot add module '\(module.name)' from \(source): it declares the command '\(command)' twice",
                               remedy: "Fix the module's commands")
            }
        }
        entries.append(Entry(module: module, source: source))
    }

    /// The module that provides `command`, with the command's description.
    func command(named command: String) -> (entry: Entry, spec: CommandSpec)? {
        for entry in entries {
            if let spec = entry.module.commands.first(where: { $0.name == command }) { return (entry, spec) }
        }
        return nil
    }

    /// Every module command, for help and suggestions.
    var commandSpecs: [CommandSpec] { entries.flatMap(\.module.commands) }

    /// True when a library at this path has been loaded already.
    func hasLibrary(_ path: String) -> Bool {
        entries.contains { $0.source == .library(path) }
    }
}
