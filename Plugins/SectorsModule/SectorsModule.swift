import WorkbenchSDK

/// Sector summaries: how much of the report and how many of its figures each sector has, its
/// targets beside its achievements, its policy terms and key figures; one sector in detail; a
/// bar chart of the sectors' shares of the text.
public struct SectorsModule: WorkbenchModule {
    public init() {}

    public let name = "sectors"
    public let version = "1.0.0"
    public let summary = "Sector summaries: figures, targets vs achieved, share of the text, policy terms, key figures"

    public var commands: [CommandSpec] {
        [
            CommandSpec(name: "sectors", summary: "Every sector: figures, targets, achieved, share of the text, top policy terms, key figures",
                        usage: "sectors [--chart]",
                        arguments: [ArgumentSpec(name: "--chart", summary: "a bar chart of the sectors' shares of the text")],
                        examples: ["sectors", "sectors --chart"], table: "sectors"),
            CommandSpec(name: "sector", summary: "One sector in detail: its figures (achieved beside targets) or its paragraphs",
                        usage: "sector ID [--paragraphs]",
                        arguments: [ArgumentSpec(name: "ID", summary: "a sector id from 'sectors' (energy, transport, …)", required: true),
                                    ArgumentSpec(name: "--paragraphs", summary: "list the sector's paragraphs instead of its figures")],
                        examples: ["sector energy", "sector ecology-environment --paragraphs"]),
        ]
    }

    public func run(command: String, arguments: [String], context: ModuleContext) throws -> ResultTable {
        let profile = SectorProfile(report: context.report)
        switch command {
        case "sectors":
            if arguments == ["--chart"] { return profile.chart() }
            guard arguments.isEmpty else { throw ModuleError("sectors takes only --chart", isUsage: true) }
            return profile.overview()
        case "sector":
            guard let id = arguments.first, arguments.count <= 2, arguments.count == 1 || arguments[1] == "--paragraphs" else {
                throw ModuleError("sector takes a sector id", remedy: "Usage: sector ID [--paragraphs]; ids: \(profile.ids.joined(separator: ", "))", isUsage: true)
            }
            guard profile.ids.contains(id) else {
                throw ModuleError("no sector '\(id)' in \(context.report.name)", remedy: "Sectors: \(profile.ids.joined(separator: ", "))", isUsage: true)
            }
            return arguments.count == 2 ? profile.paragraphs(of: id) : profile.figures(of: id)
        default:
            throw ModuleError("the sectors module has no command '\(command)'", isUsage: true)
        }
    }
}
