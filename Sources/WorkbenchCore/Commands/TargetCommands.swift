import WorkbenchSDK

/// `targets`: the year's headline targets first, then every other numeric target.
enum TargetCommands {
    static let columns = ["indicator", "value", "valueHigh", "unit", "qualifier", "kind", "line", "offset", "text",
                          "headline", "normalizedValue", "normalizedUnit", "stretch", "subject", "sector", "period"]

    static let targets = CoreCommand(
        spec: CommandSpec(
            name: "targets", summary: "The year's targets: the headline ones (主要预期目标) first, then every other",
            usage: "targets [--headline | --all]",
            arguments: [ArgumentSpec(name: "--headline", summary: "only the headline targets"),
                        ArgumentSpec(name: "--all", summary: "the headline targets of every loaded report, one row per report and indicator, with the standard indicators a report sets outside its headline list")],
            examples: ["targets", "targets --headline", "targets --all"]),
        run: { session, arguments in
            if arguments == ["--all"] { return .table(allHeadlines(session.reports)) }
            let headlineOnly = arguments == ["--headline"]
            guard arguments.isEmpty || headlineOnly else {
                throw WorkbenchError.usage("targets: unexpected '\(arguments.joined(separator: " "))'", remedy: "Usage: targets [--headline | --all]")
            }
            let report = try session.requireCurrent()
            return .table(table(for: report, headlineOnly: headlineOnly))
        })

    /// The targets of one report: its headline targets, then (unless `headlineOnly`) every
    /// other figure whose role is a target.
    static func table(for report: Report, headlineOnly: Bool = false) -> ResultTable {
        var table = ResultTable(columns: columns)
        // The headline list is read once: the standard indicators set elsewhere come after it.
        let found = headlineOnly ? HeadlineTargets.find(in: report) : StatedTargets.find(in: report)
        var used = Set<Int>()
        for target in found where target.isListed {
            if let metric = target.metric { used.insert(metric.offset) }
            if let stretch = target.stretch { used.insert(stretch.offset) }
            let metric = target.metric
            table.append([
                "indicator": .text(target.indicator), "value": .optional(metric?.value),
                "valueHigh": .optional(metric?.valueHigh), "unit": .optional(metric?.unit),
                "qualifier": .optional(metric?.qualifier?.rawValue), "kind": .optional(metric?.kind.rawValue),
                "line": .integer(target.position.line), "offset": .integer(metric?.offset ?? target.position.offset),
                "text": .text(metric?.text ?? target.text), "headline": .bool(true),
                "normalizedValue": .optional(metric?.normalizedValue), "normalizedUnit": .optional(metric?.normalizedUnit),
                "stretch": .optional(target.stretch?.value), "subject": .text(target.text),
                // (The standard indicators are the whole economy's; another item is of its figure's
                // sector: 粮食产量 agriculture, 能耗 ecology.)
                "sector": .text(target.isStandard ? "macro" : metric?.sector ?? "macro"),
                "period": .optional((metric?.period ?? period(at: target.position, in: report))?.label),
            ])
        }
        if !headlineOnly {
            // A standard indicator the headline list leaves out, set elsewhere, keeps its id.
            var stated: [Int: String] = [:]
            for target in found where !target.isListed {
                if let metric = target.metric { stated[metric.offset] = target.indicator }
            }
            // A headline target said again (`经济增长预期目标为5%左右，体现了…`) is listed once.
            let headline = Set(found.filter { $0.isListed && $0.isStandard }.compactMap { target in
                target.metric.map { "\(target.indicator) \($0.normalizedValue ?? .nan) \($0.normalizedUnit ?? "") \($0.period?.label ?? "")" }
            })
            for metric in report.metrics where metric.role == .target && !used.contains(metric.offset) {
                // (Only a subject that is the indicator itself: 跨境电商进出口 is a part of trade.)
                if let id = HeadlineTargets.indicator(of: metric.subject), stated[metric.offset] == nil,
                   StatedTargets.names(id, only: metric.subject),
                   headline.contains("\(id) \(metric.normalizedValue ?? .nan) \(metric.normalizedUnit ?? "") \(metric.period?.label ?? "")") { continue }
                table.append([
                    "indicator": .text(stated[metric.offset] ?? metric.subject), "value": .optional(metric.value),
                    "valueHigh": .optional(metric.valueHigh), "unit": .optional(metric.unit),
                    "qualifier": .optional(metric.qualifier?.rawValue), "kind": .text(metric.kind.rawValue),
                    "line": .integer(metric.line), "offset": .integer(metric.offset), "text": .text(metric.text),
                    "headline": .bool(false), "normalizedValue": .optional(metric.normalizedValue),
                    "normalizedUnit": .optional(metric.normalizedUnit), "stretch": .null,
                    "subject": .text(metric.subject), "sector": .optional(metric.sector),
                    "period": .optional(metric.period?.label),
                ])
            }
        }
        return table
    }

    /// The period of the sentence at `position` (a headline target stated without a figure).
    static func period(at position: TextPosition, in report: Report) -> Period? {
        guard let paragraph = report.paragraphs.first(where: { $0.position.line == position.line }) else { return nil }
        return paragraph.sentences.last { $0.offset <= position.offset }?.period ?? paragraph.period
    }

    /// `targets --all`: the headline targets of every report, so that `gdp` lines up across
    /// provinces, and the standard indicators a report sets outside its headline list
    /// (`headline` false).
    static func allHeadlines(_ reports: [Report]) -> ResultTable {
        var table = ResultTable(columns: ["report", "province", "year", "indicator", "value", "valueHigh", "unit", "qualifier",
                                          "headline", "line", "text", "normalizedValue", "normalizedUnit", "period"])
        for report in reports {
            for target in StatedTargets.find(in: report) {
                let metric = target.metric
                table.append([.text(report.name), .optional(report.province), .optional(report.year), .text(target.indicator),
                              .optional(metric?.value), .optional(metric?.valueHigh), .optional(metric?.unit),
                              .optional(metric?.qualifier?.rawValue), .bool(target.isListed), .integer(target.position.line),
                              .text(metric?.text ?? target.text), .optional(metric?.normalizedValue), .optional(metric?.normalizedUnit),
                              .optional((metric?.period ?? period(at: target.position, in: report))?.label)])
            }
        }
        return table
    }
}
