import CLineEditor
import Foundation
import WorkbenchCore

/// Reads lines with GNU readline: line editing, Ctrl-R search, history kept across sessions in
/// `$XDG_STATE_HOME/workbench/history` (or `~/.local/state/workbench/history`), Tab completion by
/// context, and Ctrl-C that clears the line at the prompt and asks a running command to stop.
/// Only used when standard input is a terminal (readline echoes into standard output otherwise).
public struct ReadlineLineReader: LineReader {
    /// Lines kept in the history.
    public static let historyLimit: Int32 = 1000

    let historyPath: String?
    var warn: (String) -> Void
    var historyFailed = false

    public init(environment: [String: String], warn: @escaping (String) -> Void) {
        wb_editor_install("workbench")
        Cancellation.install { wb_editor_take_interrupt() != 0 }
        self.warn = warn
        historyPath = Self.historyPath(environment)
        if let historyPath {
            let folder = (historyPath as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let status = wb_editor_history_load(historyPath, Self.historyLimit)
            if status != 0 {
                warn("workbench: warning: cannot read the history file '\(historyPath)' (\(String(cString: strerror(status)))); history will not be kept\n")
                historyFailed = true
            }
        }
        wb_editor_set_completion(ReadlineLineReader.provide)
    }

    static func historyPath(_ environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/workbench/history" }
        return environment["HOME"].map { $0 + "/.local/state/workbench/history" }
    }

    public mutating func readLine(prompt: String) -> String? {
        guard let line = wb_editor_read_line(prompt) else { return nil }
        defer { free(line) }
        return String(cString: line)
    }

    public mutating func addHistory(_ line: String) {
        guard let historyPath, !historyFailed else { return }
        let status = wb_editor_history_add(line, historyPath, Self.historyLimit)
        if status != 0 {
            // One warning, then the session goes on without a history file.
            warn("workbench: warning: cannot write the history file '\(historyPath)' (\(String(cString: strerror(status)))); history will not be kept\n")
            historyFailed = true
        }
    }

    public mutating func setCompletion(_ complete: @escaping @Sendable (String) -> Completion) {
        CompletionSource.current = complete
    }

    /// The C callback: candidates for the word at byte `start` of `line`.
    static let provide: wb_completion_provider = { line, start, _ in
        guard let line, let complete = CompletionSource.current else { return nil }
        let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(line).assumingMemoryBound(to: UInt8.self), count: Int(start)))
        switch complete(String(decoding: bytes, as: UTF8.self)) {
        case .files:
            return nil
        case .words(let words):
            let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: words.count + 1)
            for (index, word) in words.enumerated() { array[index] = strdup(word) }
            array[words.count] = nil
            return array
        }
    }
}

/// The completion of the session at the prompt (readline's callback cannot carry context).
enum CompletionSource {
    nonisolated(unsafe) static var current: (@Sendable (String) -> Completion)?
}
