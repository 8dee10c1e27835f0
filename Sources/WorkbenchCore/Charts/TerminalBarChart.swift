/// Draws a bar chart in the terminal with Unicode block elements, in eighths of a cell; labels
/// are padded by display width, so Chinese labels line up.
struct TerminalBarChart: Sendable {
    /// Cells the longest bar takes.
    var width = 40
    /// Longest label shown, in display cells (longer ones are cut with `…`).
    var labelWidth = 24

    func render(_ chart: BarChart) -> String {
        guard !chart.groups.isEmpty else { return "\(chart.title)\n(\(chart.emptyNote))\n" }
        let labels = chart.groups.map { DisplayWidth.truncate($0.label, to: labelWidth) }
        let labelColumn = labels.map(DisplayWidth.of).max() ?? 0
        let showSeries = chart.series.count > 1
        let seriesColumn = showSeries ? (chart.series.map(DisplayWidth.of).max() ?? 0) : 0
        var lines = [chart.title]
        for (group, label) in zip(chart.groups, labels) {
            let maximum = chart.maximum(for: group.scaleKey)
            for (position, index) in chart.shownSeries(of: group).enumerated() {
                var line = DisplayWidth.pad(position == 0 ? label : "", to: labelColumn)
                if showSeries { line += "  " + DisplayWidth.pad(chart.series[index], to: seriesColumn) }
                let value = index < group.values.count ? group.values[index] : nil
                let bar = value.map { Self.bar($0, of: maximum, width: width) } ?? ""
                let valueLabel = index < group.valueLabels.count ? group.valueLabels[index] : ""
                line += "  " + bar + (bar.isEmpty ? "" : " ") + (value == nil && valueLabel.isEmpty ? "—" : valueLabel)
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` of `maximum` as full blocks and one partial block (▏ to ▉); a positive value
    /// too small to see still gets the thinnest block.
    static func bar(_ value: Double, of maximum: Double, width: Int) -> String {
        guard maximum > 0, value > 0, value.isFinite else { return "" }
        let eighths = max(1, Int((min(value, maximum) / maximum * Double(width * 8)).rounded()))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }
}
