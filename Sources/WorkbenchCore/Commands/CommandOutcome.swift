import WorkbenchSDK

/// What running one command produced; the shell decides where it goes.
public enum CommandOutcome: Sendable, Equatable {
    /// A table for standard output, in the session's output format.
    case table(ResultTable)
    /// A picture drawn as text (a chart) for the table format; in the other formats its data
    /// table is written instead, so a script can take the numbers.
    case picture(String, data: ResultTable)
    /// A short note for the user (standard error, so that standard output stays data).
    case message(String)
    /// The user asked to leave.
    case quit
}

extension CommandOutcome {
    /// True for what goes to standard output (tables and pictures).
    var isData: Bool {
        switch self {
        case .table, .picture: return true
        case .message, .quit: return false
        }
    }

    /// The text standard output gets in `format`; `nil` for messages and quit.
    func rendered(in format: OutputFormat) -> String? {
        switch self {
        case .table(let table): return format.renderer.render(table)
        case .picture(let text, let data): return format == .table ? text : format.renderer.render(data)
        case .message, .quit: return nil
        }
    }
}
