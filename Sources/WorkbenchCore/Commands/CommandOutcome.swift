import WorkbenchSDK

/// What running one command produced; the shell decides where it goes.
public enum CommandOutcome: Sendable, Equatable {
    /// A table for standard output, in the session's output format.
    case table(ResultTable)
    /// A short note for the user (standard error, so that standard output stays data).
    case message(String)
    /// The user asked to leave.
    case quit
}
