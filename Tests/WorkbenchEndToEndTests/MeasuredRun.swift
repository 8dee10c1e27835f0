import Foundation
#if canImport(Glibc)
import Glibc

/// Runs `workbench` and reads the peak resident memory of that one process (`wait4`), not the
/// largest of every child the test process has had (`RUSAGE_CHILDREN`), which would count the
/// compilers and other workbenches that tests running in parallel start.
enum MeasuredRun {
    struct Outcome: Sendable {
        var result: ProcessResult
        /// Peak resident memory of the workbench process, in kilobytes.
        var peakKilobytes: Int
    }

    /// Why a measured run could not be made.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `workbench arguments` with standard input empty and its output in files; kills it
    /// after `timeout` seconds (the outcome then says it was killed by a signal).
    static func run(_ arguments: [String], timeout: Double) async throws -> Outcome {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let executable = try ProcessRunner.executableURL().path
        let outPath = scratch.path("stdout"), errPath = scratch.path("stderr")

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "posix_spawn \(executable): error \(spawned)") }

        let child = pid
        let watchdog = DispatchWorkItem { kill(child, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let (status, peak) = await withCheckedContinuation { (continuation: CheckedContinuation<(Int32, Int), Never>) in
            DispatchQueue.global().async {
                var status: Int32 = 0
                var usage = rusage()
                while wait4(child, &status, 0, &usage) == -1 && errno == EINTR {}
                continuation.resume(returning: (status, Int(usage.ru_maxrss)))
            }
        }
        watchdog.cancel()

        // The wait status: the low seven bits are the signal that ended the process, if any.
        let signal = status & 0x7f
        let result = ProcessResult(status: signal == 0 ? (status >> 8) & 0xff : signal,
                                   exitedNormally: signal == 0,
                                   stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self),
                                   stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self))
        return Outcome(result: result, peakKilobytes: peak)
    }
}
#endif
