/// Where the REPL gets its lines: GNU readline on a terminal, a scripted list in tests.
public protocol LineReader {
    /// The next line typed at `prompt`, without its line break; `nil` at end of input (Ctrl-D).
    mutating func readLine(prompt: String) -> String?
    /// Remembers a line for recall with the arrow keys.
    mutating func addHistory(_ line: String)
    /// Sets what Tab offers: given the text of the line before the word being typed.
    mutating func setCompletion(_ complete: @escaping @Sendable (String) -> Completion)
}

extension LineReader {
    public mutating func setCompletion(_ complete: @escaping @Sendable (String) -> Completion) {}
}

/// A line reader that hands out fixed lines and records the prompts it was shown.
public struct ScriptedLineReader: LineReader {
    public var lines: [String]
    public private(set) var prompts: [String] = []
    public private(set) var history: [String] = []

    public init(_ lines: [String]) { self.lines = lines }

    public mutating func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    public mutating func addHistory(_ line: String) { history.append(line) }
}
