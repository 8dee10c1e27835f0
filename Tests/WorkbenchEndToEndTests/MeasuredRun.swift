import Foundation

/// Runs `workbench` and reads the peak resident memory of that one process (its `VmHWM`, the
/// kernel's high-water mark, read while it runs), not the largest of every child the test
/// process has had (`RUSAGE_CHILDREN`), which counts the compilers and other workbenches that
/// tests running in parallel start.
///
/// (The run is an ordinary `ProcessRunner` run. Spawning it by hand to reap it with `wait4`
/// let it inherit descriptors of other tests' `Process` launches, which then waited for it.)
enum MeasuredRun {
    struct Outcome: Sendable {
        var result: ProcessResult
        /// Peak resident memory of the workbench process, in kilobytes (0 where `/proc` has none).
        var peakKilobytes: Int
    }

    static func run(_ arguments: [String], timeout: Double) async throws -> Outcome {
        let watcher = PeakWatcher()
        let result = try await ProcessRunner.run(arguments, timeout: timeout, started: { watcher.watch($0) })
        watcher.stop()
        return Outcome(result: result, peakKilobytes: watcher.kilobytes)
    }

    /// Reads a process's `VmHWM` every 50 ms and keeps the largest value read.
    final class PeakWatcher: @unchecked Sendable {
        private let lock = NSLock()
        private var peak = 0
        private var timer: DispatchSourceTimer?

        var kilobytes: Int { lock.withLock { peak } }

        func watch(_ pid: Int32) {
            let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
            timer.schedule(deadline: .now(), repeating: .milliseconds(50))
            timer.setEventHandler { [weak self] in
                guard let self, let value = Self.highWaterMark(of: pid) else { return }
                self.lock.withLock { self.peak = max(self.peak, value) }
            }
            lock.withLock { self.timer = timer }
            timer.resume()
        }

        func stop() {
            lock.withLock {
                timer?.cancel()
                timer = nil
            }
        }

        /// `VmHWM` of `/proc/PID/status`, in kilobytes, while the process is there.
        static func highWaterMark(of pid: Int32) -> Int? {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
            return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) }
        }
    }
}
