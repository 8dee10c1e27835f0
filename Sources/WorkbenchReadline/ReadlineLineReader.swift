import CReadline
import WorkbenchCore

/// Reads lines with GNU readline: line editing, and history within the session.
/// Only used when standard input is a terminal (readline echoes into standard output otherwise).
public struct ReadlineLineReader: LineReader {
    /// Lines kept in the in-session history.
    public static let historyLimit: Int32 = 1000

    public init() {
        wb_rl_set_name("workbench")
        wb_rl_stifle_history(Self.historyLimit)
    }

    public mutating func readLine(prompt: String) -> String? {
        guard let line = wb_rl_readline(prompt) else { return nil }
        defer { free(line) }
        return String(cString: line)
    }

    public mutating func addHistory(_ line: String) {
        wb_rl_add_history(line)
    }
}
