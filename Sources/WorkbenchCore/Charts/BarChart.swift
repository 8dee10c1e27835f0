import WorkbenchSDK

/// A bar chart, independent of how it is drawn: the terminal draws it with Unicode blocks
/// (`TerminalBarChart`), an HTML export as SVG (`SVGBarChart`), and other output formats show
/// its data as a table (`table`).
struct BarChart: Sendable, Equatable {
    /// One labelled group of bars: one bar per series (a missing value draws no bar).
    struct Group: Sendable, Equatable {
        var label: String
        /// One value per series.
        var values: [Double?]
        /// What is written beside each bar (`36微克/立方米`, `5%左右`).
        var valueLabels: [String]
        /// Bars are scaled against the largest value of all groups with the same key, so that
        /// figures in different units are never drawn on one scale.
        var scaleKey: String = ""
    }

    var title: String
    /// Series names (`share`; `achieved`, `target`).
    var series: [String]
    var groups: [Group]
    /// Said when there is nothing to draw.
    var emptyNote = "nothing to chart"

    /// The series a group shows: those with a value or a label (at least the first), so that an
    /// indicator with a target and no achieved figure takes one line, not an empty one.
    func shownSeries(of group: Group) -> [Int] {
        let shown = series.indices.filter { index in
            index < group.values.count && (group.values[index] != nil || (index < group.valueLabels.count && !group.valueLabels[index].isEmpty))
        }
        return shown.isEmpty ? [0] : shown
    }

    /// The largest value among the groups that share `key`; 0 (no bars) when the scale holds
    /// a single value, since one bar on a scale of its own compares nothing and would only
    /// look as large as everything else.
    func maximum(for key: String) -> Double {
        let values = groups.filter { $0.scaleKey == key }.flatMap { $0.values.compactMap { $0 } }.map(abs)
        return values.count < 2 ? 0 : values.max() ?? 0
    }

    /// The chart's data as a table: one row per group and series.
    var table: ResultTable {
        var table = ResultTable(columns: ["label", "series", "value", "valueLabel", "scale"])
        for group in groups {
            for (index, name) in series.enumerated() where index < group.values.count {
                table.append([.text(group.label), .text(name), .optional(group.values[index]),
                              .text(index < group.valueLabels.count ? group.valueLabels[index] : ""), .text(group.scaleKey)])
            }
        }
        return table
    }
}
