import Testing
import WorkbenchSDK
@testable import WorkbenchCore

@Suite struct ChartTests {
    @Test func barsStartInOneColumnWhateverTheLabelsScript() {
        let chart = BarChart(title: "t", series: ["share"], groups: [
            .init(label: "工业", values: [16], valueLabels: ["16%"]),
            .init(label: "energy", values: [8], valueLabels: ["8%"]),
            .init(label: "生态ab", values: [4], valueLabels: ["4%"]),
        ])
        let lines = TerminalBarChart(width: 8).render(chart).split(separator: "\n").dropFirst().map(String.init)
        let columns = lines.map { line in DisplayWidth.of(String(line.prefix { $0 != "█" && $0 != "▌" })) }
        #expect(Set(columns).count == 1)
        #expect(lines[0].contains("████████ 16%"))
        #expect(lines[1].contains("████ 8%"))
        #expect(lines[2].contains("██ 4%"))
    }

    @Test func partialBlocksInEighths() {
        #expect(TerminalBarChart.bar(1, of: 1, width: 2) == "██")
        #expect(TerminalBarChart.bar(0.5625, of: 1, width: 2) == "█▏")
        #expect(TerminalBarChart.bar(0.0001, of: 1, width: 2) == "▏")
        #expect(TerminalBarChart.bar(0, of: 1, width: 2) == "")
        #expect(TerminalBarChart.bar(.nan, of: 1, width: 2) == "")
        #expect(TerminalBarChart.bar(3, of: 1, width: 2) == "██")
    }

    @Test func aValueAloneOnItsScaleGetsNoBar() {
        let chart = BarChart(title: "targets", series: ["target"], groups: [
            .init(label: "gdp", values: [5], valueLabels: ["5%左右"], scaleKey: "%"),
            .init(label: "cpi", values: [2], valueLabels: ["2%左右"], scaleKey: "%"),
            .init(label: "urban-jobs", values: [450000], valueLabels: ["45万人"], scaleKey: "人"),
        ])
        let lines = TerminalBarChart(width: 10).render(chart).split(separator: "\n").map(String.init)
        #expect(lines[1].contains("██████████ 5%左右"))
        #expect(lines[3].hasSuffix("  45万人") && !lines[3].contains("█"))
    }

    @Test func chartsOfTheBundledReport() throws {
        var shell = Shell(session: Session())
        shell.session.add(BundledReports.defaultReport())
        guard case .picture(let text, let data)? = try shell.execute("chart targets") else { throw SomeFailure() }
        #expect(text.contains("gdp") && text.contains("5%左右"))
        #expect(data.columns == ["label", "series", "value", "valueLabel", "scale"])
        #expect(data.rows.count == 8)
        // Without the modules their charts say what is missing instead of drawing nothing.
        guard case .picture(let sectors, _)? = try shell.execute("chart sectors") else { throw SomeFailure() }
        #expect(sectors.contains("sectors module"))
        #expect(throws: WorkbenchError.self) { _ = try shell.execute("chart") }
        #expect(throws: WorkbenchError.self) { _ = try shell.execute("chart sector") }
        #expect(throws: WorkbenchError.self) { _ = try shell.execute("chart targets --width 1") }
    }

    @Test func svgEscapesLabels() {
        let chart = BarChart(title: "<b>", series: ["a", "b"], groups: [
            .init(label: "<script>x</script>", values: [1, 2], valueLabels: ["\"1\"", "2&3"]),
        ])
        let svg = SVGBarChart().render(chart)
        #expect(!svg.contains("<script") && !svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;") && svg.contains("&quot;1&quot;") && svg.contains("2&amp;3"))
        #expect(SVGBarChart().render(BarChart(title: "", series: ["a"], groups: [], emptyNote: "<none>")).contains("&lt;none&gt;"))
    }
}
