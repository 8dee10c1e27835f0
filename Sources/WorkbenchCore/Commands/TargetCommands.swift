import WorkbenchSDK

/// `targets`: the year's headline targets first, then every other numeric target.
enum TargetCommands {
    static let columns = ["indicator", "value", "valueHigh", "unit", "qualifier", "kind", "line", "offset", "text",
                          "headline", "normalizedValue", "normalizedUnit", "stretch", "subject", "sector"]

    static let targets = CoreCommand(
        spec: CommandSpec(
            name: "targets", summary: "The year's targets: the headline ones (主要预期目标) first, then every other",
            usage: "targets [--headline]",
            arguments: [ArgumentSpec(name: "--headline", summary: "only the headline targets")],
            examples: ["targets", "targets --headline"]),
        run: { session, arguments in
            let headlineOnly = arguments == ["--headline"]
            guard arguments.isEmpty || headlineOnly else {
                throw WorkbenchError.usage("targets: unexpected '\(arguments.joined(separator: " "))'", remedy: "Usage: targets [--headline]")
            }
            let report = try session.requireCurrent()
            var table = ResultTable(columns: columns)
            let headline = HeadlineTargets.find(in: report)
            var used = Set<Int>()
            for target in headline {
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
                    "sector": .text("macro"),
                ])
            }
            if !headlineOnly {
                for metric in report.metrics where metric.role == .target && !used.contains(metric.offset) {
                    table.append([
                        "indicator": .text(metric.subject), "value": .optional(metric.value),
                        "valueHigh": .optional(metric.valueHigh), "unit": .optional(metric.unit),
                        "qualifier": .optional(metric.qualifier?.rawValue), "kind": .text(metric.kind.rawValue),
                        "line": .integer(metric.line), "offset": .integer(metric.offset), "text": .text(metric.text),
                        "headline": .bool(false), "normalizedValue": .optional(metric.normalizedValue),
                        "normalizedUnit": .optional(metric.normalizedUnit), "stretch": .null,
                        "subject": .text(metric.subject), "sector": .optional(metric.sector),
                    ])
                }
            }
            return .table(table)
        })
}
