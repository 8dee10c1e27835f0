import WorkbenchSDK

/// Draws a bar chart as inline SVG for the HTML export: horizontal bars, one colour per series,
/// a legend when there are several, the value written after each bar. All text is escaped.
struct SVGBarChart: Sendable {
    var width = 760
    var labelWidth = 240
    var barHeight = 16
    var gap = 6
    static let colours = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759"]

    func render(_ chart: BarChart) -> String {
        guard !chart.groups.isEmpty else {
            return "<p class=\"empty\">\(HTMLText.escape(chart.emptyNote))</p>\n"
        }
        let legendHeight = chart.series.count > 1 ? 24 : 0
        let shown = chart.groups.map(chart.shownSeries)
        let height = legendHeight + shown.reduce(0) { $0 + $1.count * barHeight + gap * 2 } + gap
        let barSpace = Double(width - labelWidth - 150)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
        svg += "<title>\(HTMLText.escape(chart.title))</title>\n"
        if chart.series.count > 1 {
            for (index, name) in chart.series.enumerated() {
                let x = labelWidth + index * 120
                svg += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(Self.colour(index))\"/>"
                svg += "<text x=\"\(x + 18)\" y=\"15\" class=\"legend\">\(HTMLText.escape(name))</text>\n"
            }
        }
        var top = legendHeight + gap
        for (group, series) in zip(chart.groups, shown) {
            defer { top += series.count * barHeight + gap * 2 }
            let maximum = chart.maximum(for: group.scaleKey)
            let label = DisplayWidth.truncate(group.label, to: 30)
            let middle = top + (series.count * barHeight) / 2 + 5
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(middle)\" text-anchor=\"end\" class=\"label\"><title>\(HTMLText.escape(group.label))</title>\(HTMLText.escape(label))</text>\n"
            for (position, index) in series.enumerated() {
                let value = index < group.values.count ? group.values[index] : nil
                let y = top + position * barHeight
                let length = value.map { maximum > 0 && $0 > 0 && $0.isFinite ? max(1, min($0, maximum) / maximum * barSpace) : 0 } ?? 0
                let valueLabel = index < group.valueLabels.count ? group.valueLabels[index] : ""
                if length > 0 {
                    svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 1)\" width=\"\(Self.format(length))\" height=\"\(barHeight - 2)\" fill=\"\(Self.colour(index))\">"
                    svg += "<title>\(HTMLText.escape(chart.series[min(index, chart.series.count - 1)] + ": " + valueLabel))</title></rect>"
                }
                let text = value == nil && valueLabel.isEmpty ? "—" : valueLabel
                svg += "<text x=\"\(Self.format(Double(labelWidth) + length + 6))\" y=\"\(y + barHeight - 3)\" class=\"value\">\(HTMLText.escape(text))</text>\n"
            }
        }
        return svg + "</svg>\n"
    }

    static func colour(_ index: Int) -> String { colours[index % colours.count] }

    static func format(_ value: Double) -> String {
        Cell.format((value * 10).rounded() / 10)
    }
}
