/// Runs a script: one command a line, `#` comments and blank lines skipped. The first failing
/// line is reported as `FILE:LINE: message (in: text)` and stops the script.
struct ScriptRunner {
    enum Ending: Equatable {
        /// Every line ran.
        case finished
        /// A `quit` line ended the run early.
        case quit
        /// A line failed; the run ends with status 1.
        case failed
    }

    /// Runs `text` as the script `source`.
    static func run(text: String, source: String, shell: inout Shell, console: Console) -> Ending {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            do {
                if try !shell.runAndShow(String(line), on: console) { return .quit }
            } catch {
                console.err("\(source):\(lineNumber): \(error.message) (in: \(Shell.trim(String(line))))\n")
                return .failed
            }
        }
        return .finished
    }
}
