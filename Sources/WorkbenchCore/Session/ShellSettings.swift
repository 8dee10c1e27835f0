import Foundation

/// The shell's own settings, set with dot commands (after the sqlite3 shell).
public struct ShellSettings: Sendable {
    /// `.timer on`: show each command's run time.
    public var timer = false
    /// `.bail on`: a script stops at its first error (the default for `-f`).
    public var bail = true
    /// `.output FILE`: tables go to this file instead of standard output.
    public var output: String?
    /// `.once FILE`: the next table goes to this file.
    public var once: String?
    /// The scripts being read, outermost first (for `.read` chains and refusing loops).
    public var readChain: [String] = []

    public init() {}
}

/// Writes a table to a file: `.output` appends to the file it opened, `.once` replaces its file
/// with one table. A file is written from a temporary copy and renamed, so a failed write never
/// leaves a half-written file.
enum FileSink {
    static func write(_ text: String, to path: String, append: Bool) throws(WorkbenchError) {
        // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to, never replaced.
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        if let type, type != .typeRegular {
            guard type != .typeDirectory else {
                throw .runtime("cannot write '\(path)': it is a folder", remedy: "Give a file name")
            }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw .runtime("cannot write '\(path)'", remedy: "Check its permissions")
            }
            defer { try? handle.close() }
            do { try handle.write(contentsOf: Data(text.utf8)) } catch {
                throw .runtime("cannot write '\(path)': \(error.localizedDescription)", remedy: "Check the device")
            }
            return
        }
        var data = Data()
        if append, let existing = FileManager.default.contents(atPath: path) { data = existing }
        data.append(Data(text.utf8))
        try AtomicFile.write(data, to: path)
    }

    /// Creates (or empties) the file `.output` will append to, or says why it cannot.
    static func start(_ path: String) throws(WorkbenchError) {
        try write("", to: path, append: false)
    }
}
