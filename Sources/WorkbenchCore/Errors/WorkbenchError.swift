import WorkbenchSDK

/// An error the user can act on: what went wrong, and how to fix it. Every failure in the
/// workbench becomes one of these and is turned into text in one place (`message`).
public struct WorkbenchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// How the failure should end a batch run.
    public enum Kind: Sendable, Equatable {
        /// The command or option was written wrongly: exit status 2.
        case usage
        /// The command was right but could not be carried out (bad file, unknown report): exit 1.
        case runtime
    }

    public var kind: Kind
    /// What went wrong, naming the file, command or value concerned.
    public var problem: String
    /// What the user can do about it.
    public var remedy: String?

    public init(_ kind: Kind, _ problem: String, remedy: String? = nil) {
        self.kind = kind
        self.problem = problem
        self.remedy = remedy
    }

    static func usage(_ problem: String, remedy: String? = nil) -> WorkbenchError {
        WorkbenchError(.usage, problem, remedy: remedy)
    }

    static func runtime(_ problem: String, remedy: String? = nil) -> WorkbenchError {
        WorkbenchError(.runtime, problem, remedy: remedy)
    }

    /// The message shown to the user: the problem, then the remedy.
    public var message: String {
        guard let remedy, !remedy.isEmpty else { return problem }
        return "\(problem). \(remedy)"
    }

    public var description: String { message }

    /// The exit status a batch run ends with.
    public var exitStatus: Int32 { kind == .usage ? 2 : 1 }

    /// Turns any error into a `WorkbenchError`, so that everything reaches the user the same way.
    static func from(_ error: any Error) -> WorkbenchError {
        switch error {
        case let error as WorkbenchError:
            return error
        case let error as ModuleError:
            return WorkbenchError(error.isUsage ? .usage : .runtime, error.message, remedy: error.remedy)
        default:
            return .runtime("unexpected error: \(error)")
        }
    }
}
