import WorkbenchSDK

/// What to offer for the word being typed, by context: commands first, then each command's
/// options and their fixed values, report names for `use`, sector ids, module names, and file
/// names where a command takes a path.
public enum Completion: Equatable, Sendable {
    case words([String])
    case files
}

extension Shell {
    /// Commands whose arguments are file paths.
    static let pathCommands: Set<String> = ["load", ".read", ".output", ".once"]

    /// Candidates for the word that starts after `before` (the text of the line before it).
    public func complete(before: String) -> Completion {
        let words = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let command = words.first else { return .words(commandNames.sorted()) }
        let previous = words.last ?? command
        let sectors = Array(Set(session.current.map { report in report.metrics.compactMap(\.sector) + report.paragraphs.compactMap(\.sector) } ?? [])).sorted()
        switch command {
        case _ where Self.pathCommands.contains(command): return .files
        case "plugin": return words.count == 1 ? .words(["load"]) : .files
        case "use": return .words(session.reports.map(\.name))
        case "help", ".help": return .words(commandNames.sorted())
        case "sector" where words.count == 1: return .words(sectors)
        case "sql": return .words(sqlWords(after: previous))
        case ".schema": return .words(session.knownTables.map(\.table))
        case "export" where words.count == 2: return .files
        default: break
        }
        if previous == "--sector" { return .words(sectors) }
        let specs = commands.map(\.spec) + session.modules.commandSpecs + Self.dotCommands
        guard let spec = specs.first(where: { $0.name == command }) else { return .words([]) }
        // The values of the option just typed, else the command's options and fixed values.
        if let option = spec.arguments.first(where: { $0.name == previous && $0.name.hasPrefix("-") }) {
            return .words(option.values)
        }
        let options = spec.arguments.filter { $0.name.hasPrefix("-") }.map(\.name)
        let values = spec.arguments.filter { !$0.name.hasPrefix("-") }.flatMap(\.values)
        return .words(options + values)
    }

    /// SQL keywords, the tables (right after FROM or JOIN) and their columns.
    func sqlWords(after previous: String) -> [String] {
        let tables = session.knownTables
        if ["from", "join", "into"].contains(previous.lowercased()) { return tables.map(\.table) }
        let columns = Array(Set(tables.flatMap(\.columns))).sorted()
        return Self.sqlKeywords + tables.map(\.table) + columns
    }

    static let sqlKeywords = ["SELECT", "FROM", "WHERE", "GROUP", "BY", "ORDER", "HAVING", "LIMIT", "JOIN", "ON", "AS",
                              "AND", "OR", "NOT", "LIKE", "IN", "IS", "NULL", "DISTINCT", "count(*)", "sum(", "avg(", "DESC", "WITH"]
}
