/// The interactive loop: read a line, run it, show the result; an error never ends it.
public enum REPL {
    /// Runs until end of input or `quit`; returns the exit status (always 0: errors were shown
    /// and the session went on).
    public static func run(shell: inout Shell, reader: inout some LineReader, console: Console) -> Int32 {
        while true {
            let prompt = "\(shell.session.current?.name ?? "workbench")> "
            guard let line = reader.readLine(prompt: prompt) else {
                console.out("\n")
                return 0
            }
            if !Shell.trim(line).isEmpty { reader.addHistory(line) }
            do {
                if try !shell.runAndShow(line, on: console) { return 0 }
            } catch {
                console.show(error, prefix: "error: ")
            }
        }
    }
}
