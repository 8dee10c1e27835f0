import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one run of the `workbench` executable produced.
struct ProcessResult: Sendable, CustomStringConvertible {
    /// The exit status, or the signal number when the process was killed by a signal.
    var status: Int32
    /// False when the process ended through a signal (a crash, a trap, a kill).
    var exitedNormally: Bool
    var stdout: String
    var stderr: String

    /// The non-empty lines of standard error.
    var stderrLines: [String] {
        stderr.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    }

    var description: String {
        "status \(status)\(exitedNormally ? "" : " (killed by a signal)")\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)"
    }
}

enum ProcessRunnerError: Error, CustomStringConvertible {
    case executableNotFound(tried: [String])
    case timedOut(seconds: Double, arguments: [String])

    var description: String {
        switch self {
        case .executableNotFound(let tried):
            return "the workbench executable was not found (tried: \(tried.joined(separator: ", "))); build it with swift build --build-tests"
        case .timedOut(let seconds, let arguments):
            return "workbench \(arguments.joined(separator: " ")) did not finish within \(seconds) s"
        }
    }
}

/// Runs the built `workbench` executable as a child process, the way a user's shell would.
enum ProcessRunner {
    /// How long one run may take before it is killed and the test fails.
    static let defaultTimeout: Double = 60

    /// The `workbench` executable built next to the test bundle.
    static func executableURL() throws -> URL {
        var directories: [URL] = []
        if let first = CommandLine.arguments.first, !first.isEmpty {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let bundle = URL(fileURLWithPath: first, relativeTo: cwd).standardizedFileURL
            directories.append(bundle.deletingLastPathComponent())
            directories.append(bundle.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let resolved = resolvedSelfExecutable() {
            directories.append(resolved.deletingLastPathComponent())
        }
        let candidates = directories.map { $0.appendingPathComponent("workbench").path }
        for path in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: path) {
                return URL(fileURLWithPath: path)
            }
        }
        throw ProcessRunnerError.executableNotFound(tried: candidates)
    }

    /// `/proc/self/exe` with its symbolic link resolved.
    private static func resolvedSelfExecutable() -> URL? {
        #if canImport(Glibc)
        if let pointer = realpath("/proc/self/exe", nil) {
            defer { free(pointer) }
            return URL(fileURLWithPath: String(cString: pointer))
        }
        #endif
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: target)
        }
        return nil
    }

    /// Runs `workbench` with `arguments`. `stdin` is written to a pipe (no bytes: an empty pipe,
    /// so standard input is never a terminal). Output goes to files, so that no amount of it can
    /// block the child. A run that takes longer than `timeout` seconds is killed and throws.
    /// `started` is given the child's process id as soon as it runs.
    static func run(_ arguments: [String], stdin: [UInt8] = [], workingDirectory: URL? = nil,
                    environment: [String: String] = [:],
                    timeout: Double = defaultTimeout,
                    started: (@Sendable (Int32) -> Void)? = nil) async throws -> ProcessResult {
        _ = ignoreBrokenPipes
        let scratch = try Scratch()
        defer { scratch.remove() }
        let outURL = try scratch.write("stdout", bytes: [])
        let errURL = try scratch.write("stderr", bytes: [])
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }

        let process = Process()
        process.executableURL = try executableURL()
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = outHandle
        process.standardError = errHandle
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        started?(process.processIdentifier)

        // Feed standard input off this thread: the child may never read it.
        let writer = input.fileHandleForWriting
        let bytes = Data(stdin)
        DispatchQueue.global().async {
            if !bytes.isEmpty { try? writer.write(contentsOf: bytes) }
            try? writer.close()
        }

        let finished = await wait(for: exited, seconds: timeout)
        if !finished {
            process.terminate()
            if await !wait(for: exited, seconds: 5) {
                kill(process.processIdentifier, SIGKILL)
                _ = await wait(for: exited, seconds: 5)
            }
            throw ProcessRunnerError.timedOut(seconds: timeout, arguments: arguments)
        }
        let out = try Data(contentsOf: outURL)
        let err = try Data(contentsOf: errURL)
        return ProcessResult(status: process.terminationStatus,
                             exitedNormally: process.terminationReason == .exit,
                             stdout: String(decoding: out, as: UTF8.self),
                             stderr: String(decoding: err, as: UTF8.self))
    }

    /// Waits for `semaphore` on a Dispatch thread, so that no Swift concurrency thread blocks.
    private static func wait(for semaphore: DispatchSemaphore, seconds: Double) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: semaphore.wait(timeout: .now() + seconds) == .success)
            }
        }
    }

    /// A child that exits before reading its standard input must not kill the test process.
    private static let ignoreBrokenPipes: Void = {
        #if canImport(Glibc)
        _ = signal(SIGPIPE, SIG_IGN)
        #endif
    }()
}
