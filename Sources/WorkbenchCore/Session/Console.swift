#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the workbench writes: data to `out`, messages to `err`. Tests capture both.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// Whether tables on `out` may carry ANSI styles (a terminal, and colour not turned off).
    public var colorOut = false
    /// Whether messages on `err` may carry ANSI styles.
    public var colorErr = false

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's standard output and standard error.
    public static let standard = Console(out: { write(fileDescriptor: 1, $0) },
                                         err: { write(fileDescriptor: 2, $0) })

    /// Writes all of `text` to a file descriptor, unbuffered, so that output and messages
    /// interleave in the order they happen.
    static func write(fileDescriptor: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(fileDescriptor, buffer.baseAddress! + start, buffer.count - start)
                #else
                Darwin.write(fileDescriptor, buffer.baseAddress! + start, buffer.count - start)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            start += written
        }
        bytes.removeAll()
    }

    /// Shows a command's outcome: tables on `out` in `format`, messages on `err`.
    func show(_ outcome: CommandOutcome, format: OutputFormat) {
        switch outcome {
        case .table(let table):
            if colorOut, format == .table {
                out(AlignedTableRenderer(boldHeader: true).render(table))
            } else {
                out(format.renderer.render(table))
            }
        case .picture(let text, let data): out(format == .table ? text : format.renderer.render(data))
        case .message(let text): if !text.isEmpty { err(text + "\n") }
        case .quit: break
        }
    }

    /// Shows an error as one line on `err`.
    func show(_ error: WorkbenchError, prefix: String) {
        err(colorErr ? "\u{1B}[31m\(prefix)\u{1B}[0m\(error.message)\n" : "\(prefix)\(error.message)\n")
    }
}
