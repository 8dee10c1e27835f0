import Foundation
import Testing
import WorkbenchSDK
@testable import WorkbenchCore

@Suite struct RendererTests {
    let table = ResultTable(columns: ["name", "count", "note"], rows: [
        [.text("山西"), .integer(12), .text("a, \"quoted\"\nline")],
        [.text("x"), .number(5.5), .null],
    ])

    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("山西省") == 6)
        #expect(DisplayWidth.of("５％") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.pad("山西", to: 6) == "山西  ")
        #expect(DisplayWidth.pad("12", to: 4, alignRight: true) == "  12")
        #expect(DisplayWidth.truncate("一二三四五", to: 5) == "一二…")
    }

    @Test func alignedTableLinesUpChineseText() {
        let text = AlignedTableRenderer().render(ResultTable(columns: ["name", "n"], rows: [[.text("山西省"), .integer(1)], [.text("ab"), .integer(22)]]))
        let lines = text.split(separator: "\n").map(String.init)
        // The second column starts at the same display column on every line.
        let starts = lines.map { line -> Int in
            let prefix = line.prefix { $0 != "1" && $0 != "2" && $0 != "n" && $0 != "-" || line.hasPrefix("-") }
            return DisplayWidth.of(String(prefix))
        }
        #expect(lines[0].hasPrefix("name  "))
        #expect(DisplayWidth.of(lines[2]) == DisplayWidth.of(lines[3]))
        #expect(starts.count == 4)
    }

    @Test func csvTextCannotBecomeASpreadsheetFormula() {
        #expect(CSVRenderer.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVRenderer.field("+1+2") == "'+1+2")
        #expect(CSVRenderer.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVRenderer.field("-x") == "'-x")
        // Numbers stay numbers; a formula character inside a text is no formula.
        #expect(CSVRenderer.field("-0.5") == "-0.5")
        #expect(CSVRenderer.field("+3") == "+3")
        #expect(CSVRenderer.field("1e-3") == "1e-3")
        #expect(CSVRenderer.field("增长-0.5%") == "增长-0.5%")
        // A figure's text with a sign is no formula; a sign before an operator is.
        #expect(CSVRenderer.field("-0.5%") == "-0.5%")
        #expect(CSVRenderer.field("-2.1万吨") == "-2.1万吨")
        #expect(CSVRenderer.field("-1+2") == "'-1+2")
        #expect(CSVRenderer.field("-2+cmd|' /C calc'!A0") == "'-2+cmd|' /C calc'!A0")
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        let csv = CSVRenderer().render(table)
        #expect(csv == "name,count,note\r\n山西,12,\"a, \"\"quoted\"\"\nline\"\r\nx,5.5,\r\n")
    }

    @Test func jsonIsOneArrayOfObjectsInColumnOrder() throws {
        let json = JSONRenderer().render(table)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        #expect(parsed.count == 2)
        #expect(parsed[0]["name"] as? String == "山西")
        #expect(parsed[0]["count"] as? Int == 12)
        #expect(parsed[0]["note"] as? String == "a, \"quoted\"\nline")
        #expect(parsed[1]["note"] is NSNull)
        #expect(json.range(of: "\"name\"")!.lowerBound < json.range(of: "\"count\"")!.lowerBound)
        #expect(JSONRenderer().render(ResultTable(columns: ["a"])) == "[]\n")
        #expect(JSONRenderer.string("\u{1}") == "\"\\u0001\"")
    }

    @Test func rowsThatDoNotFitTheColumnsAreFittedNotTrapped() {
        var table = ResultTable(columns: ["a", "b"], rows: [[.text("x")]])
        table.rows.append([.text("1"), .text("2"), .text("3")])
        for format in OutputFormat.allCases {
            #expect(!format.renderer.render(table).isEmpty)
        }
        #expect(table.fittedRows == [[.text("x"), .null], [.text("1"), .text("2")]])
    }

    @Test func controlCharactersCannotDriveTheTerminal() {
        let text = AlignedTableRenderer().render(ResultTable(columns: ["t"], rows: [[.text("a\u{1B}[31mb\tc")]]))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("a\u{FFFD}[31mb c"))
    }

    @Test func markdownEscapesPipes() {
        let markdown = MarkdownRenderer().render(ResultTable(columns: ["a", "n"], rows: [[.text("x|y"), .integer(1)]]))
        #expect(markdown == "| a | n |\n| --- | ---: |\n| x\\|y | 1 |\n")
    }

    @Test func numbersPrintWithoutNeedlessDecimals() {
        #expect(Cell.format(5.0) == "5")
        #expect(Cell.format(5.5e10) == "55000000000")
        #expect(Cell.format(0.25) == "0.25")
    }

    /// The byte-level JSON string writer against the plain definition, scalar by scalar.
    @Test func jsonStringsEscapeWhatTheDefinitionEscapes() {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{2028}": out += "\\u2028"
                case "\u{2029}": out += "\\u2029"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        // U+2026 and U+2030 share the first two bytes of U+2028 and U+2029.
        let alphabet = ["a", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1f}", "\u{7f}", "\u{2028}", "\u{2029}", "\u{2026}",
                        "\u{2030}", "山", "😀", "é", "\u{E000}"]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(JSONRenderer.string(text) == reference(text), "\(text.debugDescription)")
        }
    }

    /// The one-pass escapes against their definitions (Markdown: six replacements in order;
    /// CSV: quoted when a character is a comma, a quote or a line break).
    @Test func markdownAndCSVEscapesMatchTheirDefinitions() {
        let alphabet = ["a", "&", "<", ">", "|", "\r\n", "\n", "\r", ",", "\"", "\u{85}", "\u{2028}", "\u{B}", "山", "\u{301}",
                        "&\u{301}", "<br>", "\\"]
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let markdown = text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
                .replacing("|", with: "\\|").replacing("\r\n", with: "<br>").replacing("\n", with: "<br>")
            #expect(MarkdownRenderer.escape(text) == markdown, "\(text.debugDescription)")
            let quoted = text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
            #expect(CSVRenderer.field(text) == (quoted ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text), "\(text.debugDescription)")
        }
    }

    @Test func ideographsAreTwoColumnsWithoutTheLookup() {
        for value in Array(UInt32(0x3400)...0x4DBF) + Array(UInt32(0x4E00)...0x9FFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayWidth.looked(scalar) == 2, "U+\(String(value, radix: 16))")
        }
    }
}
