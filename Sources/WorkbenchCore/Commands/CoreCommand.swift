import WorkbenchSDK

/// A command built into the workbench: its description (shared with module commands) and
/// what it does to the session.
struct CoreCommand: Sendable {
    var spec: CommandSpec
    /// Other words that run it (`exit` for `quit`).
    var aliases: [String] = []
    /// True when the command takes the rest of the line as one argument, quotes and all (`sql`).
    var rawArguments = false
    var run: @Sendable (inout Session, [String]) throws -> CommandOutcome
}
