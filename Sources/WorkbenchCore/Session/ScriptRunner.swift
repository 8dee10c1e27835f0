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

    /// Runs `text` as the script `source`. A line ending in `\` continues on the next. With
    /// `.bail on` (the default) the first failing line ends the script; with `.bail off` the
    /// script goes on and ends as failed. `nested` scripts (`.read`) say which file read them.
    static func run(text: String, source: String, shell: inout Shell, console: Console, nested: Bool = false) -> Ending {
        var failed = false
        for (lineNumber, line) in logicalLines(text) {
            if Cancellation.takeRequest() {
                console.err("\(source):\(lineNumber): interrupted\n")
                return .failed
            }
            do {
                if try !shell.runAndShow(line, on: console) { return .quit }
            } catch {
                let chain = shell.session.settings.readChain.dropLast().last.map { " [read from \($0)]" } ?? ""
                if !(nested && error.problem.hasSuffix(" failed")) {
                    console.err("\(source):\(lineNumber): \(error.message) (in: \(Shell.trim(line)))\(nested ? chain : "")\n")
                }
                failed = true
                if shell.session.settings.bail { return .failed }
            }
        }
        return failed ? .failed : .finished
    }

    /// The script's commands with their first line numbers; `\` at a line's end joins the next.
    static func logicalLines(_ text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var pending: (Int, String)?
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = String(raw)
            let continues = Shell.trim(line).hasSuffix("\\")
            if continues, let slash = line.lastIndex(of: "\\") { line = String(line[..<slash]) }
            if var open = pending {
                open.1 += " " + line
                pending = open
            } else {
                pending = (number, line)
            }
            if !continues, let complete = pending {
                result.append(complete)
                pending = nil
            }
        }
        if let complete = pending { result.append(complete) }
        return result
    }
}
