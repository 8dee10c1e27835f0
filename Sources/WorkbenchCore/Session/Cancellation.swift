import Synchronization

/// Ctrl-C while a command runs: the terminal's signal handler asks, long-running work checks and
/// stops. The REPL's line reader installs a probe that reports Ctrl-C presses.
public enum Cancellation {
    private static let requested = Atomic<Bool>(false)
    nonisolated(unsafe) private static var probe: (@Sendable () -> Bool)?

    /// Installs the check of the terminal's interrupt flag (once, at start-up).
    public static func install(probe: @escaping @Sendable () -> Bool) { self.probe = probe }

    /// Asks the running command to stop.
    public static func request() { requested.store(true, ordering: .relaxed) }

    /// True when a stop was asked for since the last `clear` (and keeps it asked).
    public static var isRequested: Bool {
        if probe?() == true { requested.store(true, ordering: .relaxed) }
        return requested.load(ordering: .relaxed)
    }

    /// Forgets a request (a new command starts).
    public static func clear() {
        _ = probe?()
        requested.store(false, ordering: .relaxed)
    }

    /// True, once, when a stop was asked for.
    static func takeRequest() -> Bool {
        let asked = isRequested
        requested.store(false, ordering: .relaxed)
        return asked
    }
}
