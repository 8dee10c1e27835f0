import WorkbenchSDK

/// A command built into the workbench: its description (shared with module commands) and
/// what it does to the session.
struct CoreCommand: Sendable {
    var spec: CommandSpec
    /// Other words that run it (`exit` for `quit`).
    var aliases: [String] = []
    var run: @Sendable (inout Session, [String]) throws -> CommandOutcome
}
