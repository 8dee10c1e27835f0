import WorkbenchSDK

/// Regional projects: the named railways, expressways, airports, water works, parks, venues and
/// research institutes a report names, with type, region, status and period; and the places it
/// mentions.
public struct ProjectsModule: WorkbenchModule {
    public init() {}

    public let name = "projects"
    public let version = "1.0.0"
    public let summary = "Named projects and facilities with type, region and status; place mentions"

    public var commands: [CommandSpec] {
        [
            CommandSpec(name: "projects", summary: "Named projects and facilities: type, region, status as the report states it, period",
                        usage: "projects [--type TYPE] [--by-region]",
                        arguments: [ArgumentSpec(name: "--type", summary: "only one type",
                                                 values: ["railway", "expressway", "road", "airport", "urban-rail", "water", "energy",
                                                          "park-zone", "culture-venue", "research", "ecology", "other"]),
                                    ArgumentSpec(name: "--by-region", summary: "count projects per region instead")],
                        examples: ["projects", "projects --type railway", "projects --by-region"], table: "projects"),
            CommandSpec(name: "regions", summary: "Every place the report mentions: province, city, county or sub-region",
                        usage: "regions", examples: ["regions"], table: "places"),
        ]
    }

    public func run(command: String, arguments: [String], context: ModuleContext) throws -> ResultTable {
        let gazetteer = Gazetteer.standard
        switch command {
        case "projects":
            var type: String?
            var byRegion = false
            var index = 0
            while index < arguments.count {
                switch arguments[index] {
                case "--by-region": byRegion = true
                case "--type" where index + 1 < arguments.count:
                    type = arguments[index + 1]
                    index += 1
                default:
                    throw ModuleError("projects: unexpected '\(arguments[index])'", remedy: "Usage: projects [--type TYPE] [--by-region]", isUsage: true)
                }
                index += 1
            }
            let titled = gazetteer.mentions(in: context.report.title, home: context.report.province)
            let isLocal = titled.contains { ["city", "county"].contains($0.place.kind) }
            let finder = ProjectFinder(gazetteer: gazetteer, province: context.report.province, isLocalReport: isLocal,
                                       city: titled.first { $0.place.kind == "city" }?.place.name)
            let found = finder.projects(in: context.report).filter { type == nil || $0.type == type }
            return byRegion ? Self.byRegion(found) : Self.table(found)
        case "regions":
            guard arguments.isEmpty else { throw ModuleError("regions takes no arguments", isUsage: true) }
            return Self.regions(context.report, gazetteer)
        default:
            throw ModuleError("the projects module has no command '\(command)'", isUsage: true)
        }
    }

    static func table(_ projects: [FoundProject]) -> ResultTable {
        var table = ResultTable(columns: ["name", "type", "region", "status", "period", "line", "text", "offset", "statusText"])
        for project in projects {
            table.append([.text(project.name), .text(project.type), project.region.map(Cell.text) ?? .null,
                          .text(project.status), project.period.map(Cell.text) ?? .null, .integer(project.line),
                          .text(project.text), .integer(project.offset), project.statusText.map(Cell.text) ?? .null])
        }
        return table
    }

    static func byRegion(_ projects: [FoundProject]) -> ResultTable {
        var counts: [String: [FoundProject]] = [:]
        for project in projects { counts[project.region ?? "(province-wide or unstated)", default: []].append(project) }
        var table = ResultTable(columns: ["region", "projects", "names"])
        for (region, list) in counts.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
            table.append([.text(region), .integer(list.count), .list(list.map(\.name))])
        }
        return table
    }

    static func regions(_ report: Report, _ gazetteer: Gazetteer) -> ResultTable {
        var table = ResultTable(columns: ["name", "kind", "region", "parent", "line", "offset"])
        for paragraph in ProjectFinder.body(of: report) {
            // The paragraph's characters, cut once, and the scalar offset of each.
            let characters = Array(paragraph.textPart)
            var offsets: [Int] = []
            offsets.reserveCapacity(characters.count)
            var offset = paragraph.offset
            for character in characters {
                offsets.append(offset)
                offset += character.unicodeScalars.count
            }
            for mention in gazetteer.mentions(in: characters, home: report.province) {
                table.append([.text(mention.form), .text(mention.place.kind), gazetteer.region(of: mention.place).map(Cell.text) ?? .null,
                              mention.place.parent.map(Cell.text) ?? .null, .integer(paragraph.line), .integer(offsets[mention.at])])
            }
        }
        return table
    }
}
