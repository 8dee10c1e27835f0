import Foundation
import Testing

/// Reports as they arrive: Word documents, web pages, web copies with page chrome.
@Suite struct FormatTests {
    static let formats = Fixtures.directory.appendingPathComponent("formats")
    static let bundled = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/WorkbenchCore/Bundled/shanxi-2025.txt")

    @Test func aWordDocumentReadsLikeItsText() async throws {
        let docx = Self.formats.appendingPathComponent("henan-2025.docx").path
        let fromWord = try await ProcessRunner.run([docx, "--format", "json", "-c", "reports", "-c", "targets --headline"])
        #expect(fromWord.status == 0, "\(fromWord)")
        let arrays = try OutputParsing.jsonArrays(in: fromWord.stdout)
        #expect(arrays.first?.first?["name"] as? String == "henan-2025")
        #expect((arrays.first?.first?["metrics"] as? Int ?? 0) > 100)
        #expect(arrays.last?.first { $0["indicator"] as? String == "gdp" }?["text"] as? String == "5.5%左右")
        // The same figures as the plain-text copy of the same report.
        let fromText = try await ProcessRunner.run([Fixtures.report("henan-2025"), "--format", "csv", "-c", "targets --headline"])
        let wordTargets = try await ProcessRunner.run([docx, "--format", "csv", "-c", "targets --headline"])
        func keys(_ csv: String) -> Set<String> {
            Set(csv.split(separator: "\n").map { line in line.split(separator: ",").prefix(6).joined(separator: ",") })
        }
        #expect(keys(wordTargets.stdout) == keys(fromText.stdout))
    }

    @Test func aZipThatIsNotAWordDocumentIsRefused() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fake = try scratch.write("fake.docx", bytes: [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 40))
        let result = try await ProcessRunner.run([fake.path, "-c", "reports"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("fake.docx"))
    }

    @Test func aWebPageGivesTheFiguresOfItsText() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let text = try String(contentsOf: Self.bundled, encoding: .utf8)
        func escape(_ line: Substring) -> String {
            String(line).replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing("“", with: "&ldquo;")
        }
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).map { "<p>\(escape($0))</p>" }.joined(separator: "\n")
        let page = "<!DOCTYPE html><html><head><style>p { color: red }</style><script>var x = '<p>2024年增长99%</p>';</script></head>"
            + "<body><!-- 导航 -->\n\(body)\n</body></html>"
        let html = try scratch.write("shanxi.html", text: page)
        let original = try await ProcessRunner.run(["--format", "csv", "-c", "metrics"])
        let fromPage = try await ProcessRunner.run([html, "--format", "csv", "-c", "metrics"])
        #expect(fromPage.status == 0, "\(fromPage)")
        func figures(_ csv: String) -> [String] {
            var result: [String] = []
            for line in csv.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                result.append("\(fields[2]) \(fields[6])")
            }
            return result
        }
        #expect(figures(fromPage.stdout) == figures(original.stdout))
        #expect(!fromPage.stdout.contains("99%"))
    }

    @Test func aWebCopyWithPageChromeHasItsMetadataAndFigures() async throws {
        let page = Self.formats.appendingPathComponent("beijing-2026.web.txt").path
        let result = try await ProcessRunner.run([page, "--format", "json", "-c", "reports", "-c", "targets --headline"])
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        let report = arrays.first?.first
        #expect(report?["title"] as? String == "2026年北京市政府工作报告")
        #expect(report?["speaker"] as? String == "殷勇")
        #expect(report?["date"] as? String == "2026-01-25")
        #expect(arrays.last?.contains { $0["indicator"] as? String == "gdp" } == true)
        // The page's controls, source line and photo caption are gone (blanked: lines still match the file).
        let chrome = try await ProcessRunner.run([page, "--format", "json", "-c", "search 字号：", "-c", "search 本报记者", "-c", "search 来源", "-c", "outline --depth 1"])
        let found = try OutputParsing.jsonArrays(in: chrome.stdout)
        #expect(found.count == 4)
        #expect(found[0].isEmpty && found[1].isEmpty && found[2].isEmpty)
        #expect(found[3].first?["line"] as? Int == 18)
    }

    @Test func textWithoutChromeIsUntouched() async throws {
        let plain = try await ProcessRunner.run(["--format", "csv", "-c", "outline --depth 1"])
        #expect(plain.stdout.contains("1,part,6,105,2024-review,一、2024年工作回顾"))
    }
}
