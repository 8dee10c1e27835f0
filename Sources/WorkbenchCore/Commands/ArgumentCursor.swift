/// Walks a command's words, handing out option values with one clear error when one is missing.
struct ArgumentCursor {
    let arguments: [String]
    /// Where the words came from, for messages (`metrics`, `workbench`).
    let context: String
    /// What to read for help (`See: help metrics`).
    let help: String
    private(set) var index = 0

    init(_ arguments: [String], context: String, help: String) {
        self.arguments = arguments
        self.context = context
        self.help = help
    }

    /// The next word, or `nil` at the end.
    mutating func next() -> String? {
        guard index < arguments.count else { return nil }
        defer { index += 1 }
        return arguments[index]
    }

    /// The value that follows `option`.
    mutating func value(for option: String) throws(WorkbenchError) -> String {
        guard let value = next() else {
            throw .usage("\(context): \(option) needs a value", remedy: help)
        }
        return value
    }
}
