/// The interactive loop: read a line, run it, show the result; an error never ends it.
public enum REPL {
    /// Runs until end of input or `quit`; returns the exit status (always 0: errors were shown
    /// and the session went on). A line ending in `\\` continues on the next.
    public static func run(shell: inout Shell, reader: inout some LineReader, console: Console) -> Int32 {
        while true {
            let prompt = "\(shell.session.current?.name ?? "workbench")> "
            let snapshot = shell
            reader.setCompletion { before in snapshot.complete(before: before) }
            guard var line = reader.readLine(prompt: prompt) else {
                console.out("\n")
                return 0
            }
            while Shell.trim(line).hasSuffix("\\"), let slash = line.lastIndex(of: "\\") {
                guard let more = reader.readLine(prompt: String(repeating: " ", count: max(prompt.count - 4, 0)) + "...> ") else { break }
                line = String(line[..<slash]) + " " + more
            }
            if !Shell.trim(line).isEmpty { reader.addHistory(line) }
            Cancellation.clear()
            do {
                if try !shell.runAndShow(line, on: console) { return 0 }
            } catch {
                console.show(error, prefix: "error: ")
            }
        }
    }
}
