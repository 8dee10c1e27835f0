import WorkbenchSDK

/// Employment, income and social-security figures: what an analyst of livelihoods pulls out of a
/// report first — jobs created, unemployment, incomes, pensions and assistance — across every
/// loaded report, achieved beside targets.
public struct JobsModule: WorkbenchModule {
    public init() {}

    public let name = "jobs"
    public let version = "1.0.0"
    public let summary = "Employment, income and social-security figures, achieved beside targets"

    public var commands: [CommandSpec] {
        [
            CommandSpec(name: "jobs", summary: "Employment, income and social-security figures of the current report (or all with --all)",
                        usage: "jobs [--all] [--theme employment|income|social-security]",
                        arguments: [ArgumentSpec(name: "--all", summary: "every loaded report, not only the current one"),
                                    ArgumentSpec(name: "--theme", summary: "only one theme", values: Theme.allCases.map(\.rawValue))],
                        examples: ["jobs", "jobs --theme income", "jobs --all --theme employment"], table: "jobs"),
            CommandSpec(name: "jobs-summary", summary: "Per report: new urban jobs and unemployment (achieved and target), figures per theme",
                        usage: "jobs-summary", examples: ["jobs-summary"]),
        ]
    }

    public func run(command: String, arguments: [String], context: ModuleContext) throws -> ResultTable {
        switch command {
        case "jobs": return try figures(arguments, context)
        case "jobs-summary":
            guard arguments.isEmpty else { throw ModuleError("jobs-summary takes no arguments", isUsage: true) }
            return summary(context)
        default:
            throw ModuleError("the jobs module has no command '\(command)'", isUsage: true)
        }
    }

    func figures(_ arguments: [String], _ context: ModuleContext) throws -> ResultTable {
        var all = false
        var only: Theme?
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--all": all = true
            case "--theme":
                guard index + 1 < arguments.count, let theme = Theme(rawValue: arguments[index + 1]) else {
                    throw ModuleError("--theme takes employment, income or social-security", isUsage: true)
                }
                only = theme
                index += 1
            default:
                throw ModuleError("unexpected '\(arguments[index])'", remedy: "Usage: jobs [--all] [--theme THEME]", isUsage: true)
            }
            index += 1
        }
        var table = ResultTable(columns: ["report", "theme", "line", "text", "normalizedValue", "normalizedUnit", "kind", "role", "subject"])
        for report in all ? context.reports : [context.report] {
            for metric in report.metrics {
                guard let theme = Theme.of(metric.subject), only == nil || only == theme else { continue }
                table.append([.text(report.name), .text(theme.rawValue), .integer(metric.line), .text(metric.text),
                              metric.normalizedValue.map(Cell.number) ?? .null, metric.normalizedUnit.map(Cell.text) ?? .null,
                              .text(metric.kind.rawValue), .text(metric.role.rawValue), .text(metric.subject)])
            }
        }
        return table
    }

    func summary(_ context: ModuleContext) -> ResultTable {
        var table = ResultTable(columns: ["report", "newJobsAchieved", "newJobsTarget", "unemploymentAchieved", "unemploymentTarget",
                                          "employment", "income", "socialSecurity"])
        for report in context.reports {
            func first(_ words: [String], _ role: Metric.Role) -> Cell {
                guard let metric = report.metrics.first(where: { metric in
                    metric.role == role && words.contains(where: metric.subject.contains)
                }) else { return .null }
                return .text(metric.text)
            }
            let counts = Dictionary(grouping: report.metrics.compactMap { Theme.of($0.subject) }, by: { $0 }).mapValues(\.count)
            table.append([.text(report.name),
                          first(["城镇新增就业", "新增城镇就业"], .achieved), first(["城镇新增就业", "新增城镇就业"], .target),
                          first(["失业率"], .achieved), first(["失业率"], .target),
                          .integer(counts[.employment] ?? 0), .integer(counts[.income] ?? 0), .integer(counts[.socialSecurity] ?? 0)])
        }
        return table
    }
}
