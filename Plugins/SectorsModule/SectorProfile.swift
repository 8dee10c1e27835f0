import WorkbenchSDK

/// The sector figures of one report, computed once per command.
struct SectorProfile {
    let report: Report
    /// Sector ids present in the report, most figures first.
    let ids: [String]
    /// Body text length (scalars) per sector, and in all.
    let length: [String: Int]
    let totalLength: Int

    init(report: Report) {
        self.report = report
        var metricCount: [String: Int] = [:]
        for metric in report.metrics { if let sector = metric.sector { metricCount[sector, default: 0] += 1 } }
        var length: [String: Int] = [:]
        var total = 0
        for paragraph in report.paragraphs where paragraph.sector != nil || paragraph.period != nil {
            let size = paragraph.textPart.unicodeScalars.count
            total += size
            if let sector = paragraph.sector { length[sector, default: 0] += size }
        }
        let all = Set(metricCount.keys).union(length.keys)
        ids = all.sorted { (metricCount[$0] ?? 0, length[$0] ?? 0, $1) > (metricCount[$1] ?? 0, length[$1] ?? 0, $0) }
        self.length = length
        totalLength = max(total, 1)
    }

    /// The policy terms of the report's body, counted for the overview alone (the other
    /// commands do not show them, and counting every n-gram is most of the overview's work).
    func policyTerms() -> PolicyTerms {
        PolicyTerms(paragraphs: report.paragraphs.filter { $0.period != nil })
    }

    func share(_ id: String) -> Double {
        (Double(length[id] ?? 0) / Double(totalLength) * 1000).rounded() / 1000
    }

    func paragraphIndexes(_ id: String) -> Set<Int> {
        Set(report.paragraphs.filter { $0.sector == id }.map(\.index))
    }

    /// The figures that say most about a sector: targets first, then the largest counts and
    /// amounts of its achievements.
    func keyFigures(_ id: String, limit: Int) -> [String] {
        let figures = report.metrics.filter { $0.sector == id && $0.value != nil }
        let targets = figures.filter { $0.role == .target }
        let achieved = figures.filter { $0.role == .achieved }
        return (targets + achieved).prefix(limit).map { "\($0.subject) \($0.text)" }
    }

    func overview() -> ResultTable {
        var table = ResultTable(columns: ["sector", "metrics", "targets", "achieved", "share", "topTerms", "keyFigures"])
        let terms = policyTerms()
        for id in ids {
            let figures = report.metrics.filter { $0.sector == id }
            table.append([.text(id), .integer(figures.count), .integer(figures.filter { $0.role == .target }.count),
                          .integer(figures.filter { $0.role == .achieved }.count), .number(share(id)),
                          .list(terms.top(in: paragraphIndexes(id), limit: 5)), .list(keyFigures(id, limit: 3))])
        }
        return table
    }

    /// Shares of the text as bars of Unicode blocks (eighths of a cell), widest sector = 30 cells.
    func chart() -> ResultTable {
        var table = ResultTable(columns: ["sector", "share", "bar"])
        let widest = ids.map(share).max() ?? 0
        for id in ids.sorted(by: { share($0) > share($1) }) {
            table.append([.text(id), .number(share(id)), .text(Self.bar(share(id), of: widest, width: 30))])
        }
        return table
    }

    static func bar(_ value: Double, of maximum: Double, width: Int) -> String {
        guard maximum > 0, value > 0 else { return "" }
        let eighths = Int((value / maximum * Double(width * 8)).rounded())
        let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
    }

    /// A sector's figures, each target beside the achieved figure of the same indicator.
    func figures(of id: String) -> ResultTable {
        var table = ResultTable(columns: ["subject", "achieved", "achievedLine", "target", "targetLine", "kind", "unit"])
        let figures = report.metrics.filter { $0.sector == id }
        // Each target beside the first achieved figure of the same indicator not yet set beside another.
        let indicators = IndicatorIndex(figures)
        var paired = Set<Int>()
        for target in figures where target.role == .target {
            let offset = indicators.matches(for: target).first { figures[$0].role == .achieved && !paired.contains($0) }
            let match = offset.map { figures[$0] }
            if let offset { paired.insert(offset) }
            table.append([.text(target.subject), match.map { .text($0.text) } ?? .null,
                          match.map { .integer($0.line) } ?? .null, .text(target.text), .integer(target.line),
                          .text(target.kind.rawValue), target.normalizedUnit.map(Cell.text) ?? .null])
        }
        for (offset, metric) in figures.enumerated() where metric.role != .target && !paired.contains(offset) {
            table.append([.text(metric.subject), .text(metric.text), .integer(metric.line), .null, .null,
                          .text(metric.kind.rawValue), metric.normalizedUnit.map(Cell.text) ?? .null])
        }
        return table
    }

    func paragraphs(of id: String) -> ResultTable {
        var table = ResultTable(columns: ["line", "section", "period", "figures", "text"])
        var figureCounts: [Int: Int] = [:]
        for metric in report.metrics { figureCounts[metric.paragraph, default: 0] += 1 }
        for paragraph in report.paragraphs where paragraph.sector == id {
            let count = figureCounts[paragraph.index] ?? 0
            table.append([.integer(paragraph.line), report.node(paragraph.section).map { .text($0.title) } ?? .null,
                          paragraph.period.map { .text($0.label) } ?? .null, .integer(count), .text(paragraph.text)])
        }
        return table
    }
}
