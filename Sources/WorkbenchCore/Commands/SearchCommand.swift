import WorkbenchSDK

/// `search TEXT`: every occurrence in the current report, in context, with line numbers.
enum SearchCommand {
    /// Characters of context shown on each side of a match.
    static let context = 20

    static let search = CoreCommand(
        spec: CommandSpec(name: "search", summary: "Find text in the current report, with line numbers and context",
                          usage: "search TEXT",
                          arguments: [ArgumentSpec(name: "TEXT", summary: "the words to find (quote them if they contain spaces)", required: true)],
                          examples: ["search 高铁", "search \"PM2.5\""]),
        run: { session, arguments in
            let needle = arguments.joined(separator: " ")
            guard !needle.isEmpty else {
                throw WorkbenchError.usage("search needs the text to find", remedy: "Usage: search TEXT")
            }
            let report = try session.requireCurrent()
            let pattern = Text.scalars(needle)
            var table = ResultTable(columns: ["line", "offset", "section", "before", "match", "after"])
            for paragraph in report.paragraphs {
                let scalars = Text.scalars(paragraph.text)
                let slice = scalars[...]
                var index = 0
                while index + pattern.count <= scalars.count {
                    guard Text.matches(pattern, in: slice, at: index) else { index += 1; continue }
                    let before = Text.string(scalars[max(0, index - context)..<index])
                    let end = index + pattern.count
                    let after = Text.string(scalars[end..<min(scalars.count, end + context)])
                    table.append([.integer(paragraph.line), .integer(paragraph.offset + index),
                                  .optional(report.node(paragraph.section)?.title), .text(before), .text(needle), .text(after)])
                    index = end
                }
            }
            return .table(table)
        })
}
