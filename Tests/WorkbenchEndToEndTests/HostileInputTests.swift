import Foundation
import Testing

/// The bad-input suite: every kind of hostile or broken file ends in seconds without a crash;
/// a readable one gives the same figures as the clean original, an unreadable one one clear
/// message naming the file (exit 1). Every built-in module runs on what loads.
@Suite struct HostileInputTests {
    /// Everything a loaded report is put through.
    static let commands = ["reports", "outline --depth 4", "metrics", "targets", "sectors", "projects", "regions", "ecology",
                           "sql SELECT count(*) FROM metrics"]

    static func runAll(_ path: String, timeout: Double = 120) async throws -> ProcessResult {
        try await ProcessRunner.run(allCommands(path), timeout: timeout)
    }

    /// The arguments that load `path` and run every command in JSON.
    static func allCommands(_ path: String) -> [String] {
        [path, "--format", "json"] + commands.flatMap { ["-c", $0] }
    }

    /// The figures of a run: text, value, unit, kind and role of each, in order.
    static func figures(_ path: String) async throws -> [String] {
        let result = try await ProcessRunner.run([path, "--format", "json", "-c", "metrics"])
        try #require(result.status == 0 && result.exitedNormally, "\(result)")
        let rows = try #require(try OutputParsing.jsonArrays(in: result.stdout).first)
        return rows.map { row in
            ["text", "value", "normalizedUnit", "kind", "role", "subject"].map { "\(row[$0] ?? "-")" }.joined(separator: "|")
        }
    }

    // MARK: - Readable: the same figures as the original

    enum Readable: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case utf8BOM, utf16LittleEndian, utf16BigEndian, gb18030, crlf, bomAndCRLF, htmlWithScripts, textNamedDocx

        var testDescription: String { rawValue }
        var fileName: String {
            switch self {
            case .htmlWithScripts: return "henan-2025.html"
            case .textNamedDocx: return "henan-2025.docx"
            default: return "henan-2025.txt"
            }
        }

        func encode(_ original: [UInt8]) throws -> [UInt8] {
            let text = String(decoding: original, as: UTF8.self)
            switch self {
            case .utf8BOM: return [0xEF, 0xBB, 0xBF] + original
            // Content decides, not the name: text saved as .docx reads as text.
            case .textNamedDocx: return original
            case .utf16LittleEndian: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
            case .utf16BigEndian: return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8(truncatingIfNeeded: $0)] }
            case .gb18030: return try HostileInputTests.iconv(original, to: "GB18030")
            case .crlf: return original.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
            case .bomAndCRLF: return [0xEF, 0xBB, 0xBF] + original.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
            case .htmlWithScripts:
                let paragraphs = text.split(separator: "\n").map { line in
                    "<p>" + line.replacing("&", with: "&amp;").replacing("<", with: "&lt;") + "</p>"
                }
                let page = """
                    <!DOCTYPE html><html><head><meta charset="utf-8"><title>政府工作报告</title>
                    <script>var figures = "增长99%"; document.write("<p>增长88%</p>");</script>
                    <style>p::before { content: "增长77%"; }</style></head><body>
                    <nav><a href="/">首页</a></nav>
                    \(paragraphs.joined(separator: "\n"))
                    <script type="text/javascript">/* 投资66亿元 */</script>
                    </body></html>
                    """
                return Array(page.utf8)
            }
        }
    }

    @Test(arguments: Readable.allCases)
    func readableCopiesGiveTheSameFigures(_ variant: Readable) async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let original = try Fixtures.reportBytes("henan-2025")
        let path = try scratch.write(variant.fileName, bytes: try variant.encode(original)).path
        let expected = try await Self.figures(Fixtures.report("henan-2025"))
        let actual = try await Self.figures(path)
        #expect(expected.count > 100)
        #expect(actual == expected)
    }

    // MARK: - Unreadable: one message naming the file

    enum Unreadable: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case nulBytes, invalidUTF8, randomBytes, truncatedDocx, fakeDocx, empty, whitespaceOnly, truncatedUTF16

        var testDescription: String { rawValue }
        var fileName: String { ["truncatedDocx", "fakeDocx"].contains(rawValue) ? "\(rawValue).docx" : "\(rawValue).txt" }

        func bytes() throws -> [UInt8] {
            let report = try Fixtures.reportBytes("henan-2025")
            var random = SplitMix(seed: 99)
            switch self {
            case .nulBytes: return Array(report.prefix(2000)) + [0, 0, 0, 0] + Array(report.dropFirst(2000))
            case .invalidUTF8: return Array(report.prefix(3001)) + [0xFF, 0xFE, 0xC0, 0x80, 0xF5] + Array(report.dropFirst(3001))
            case .randomBytes: return (0..<65_536).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            case .truncatedDocx:
                let docx = [UInt8](try Data(contentsOf: Fixtures.directory.appendingPathComponent("formats/henan-2025.docx")))
                return Array(docx.prefix(docx.count / 2))
            case .fakeDocx: return [0x50, 0x4B, 0x03, 0x04] + (0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            case .empty: return []
            case .whitespaceOnly: return Array(" \t\n\r\n\u{3000}\n".utf8)
            case .truncatedUTF16: return [0xFF, 0xFE] + [0x31, 0x00, 0x32]
            }
        }
    }

    @Test(arguments: Unreadable.allCases)
    func unreadableFilesGetOneMessageNamingThem(_ variant: Unreadable) async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write(variant.fileName, bytes: try variant.bytes()).path
        let result = try await ProcessRunner.run([path, "-c", "reports"], timeout: 60)
        #expect(result.exitedNormally, "\(result)")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(variant.fileName), "\(result.stderr)")
    }

    // MARK: - Readable but pathological: ends in seconds, no crash

    enum Pathological: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case hugeNumber, emptyHeadings, oneLongClause, unclosedQuotes, longList, manyNumberedHeadings, longTitle, longLine,
             longRespectivelyList, longRankChain, longDashRun, keywordlessFigures

        var testDescription: String { rawValue }

        func text() -> String {
            let head = "二〇二五年某某省政府工作报告\n一、2024年工作回顾\n"
            let plan = "二、2025年工作安排\n主要预期目标是：地区生产总值增长5%左右。\n"
            switch self {
            case .hugeNumber: return head + "全年完成投资" + String(repeating: "7", count: 20_000) + "亿元，增长5%。\n" + plan
            case .emptyHeadings: return head + String(repeating: "（一）\n", count: 50_000) + String(repeating: "一、\n", count: 50_000) + plan
            case .oneLongClause: return head + String(repeating: "增长5%", count: 20_000) + "\n" + plan
            case .unclosedQuotes: return head + String(repeating: "“", count: 20_000) + "增长5%。\n" + plan
            case .longList: return head + String(repeating: "太原、", count: 20_000) + "高速公路建成通车。\n" + plan
            case .manyNumberedHeadings: return head + (1..<5_000).map { "\($0)、工作\n增长\($0 % 10)%。\n" }.joined() + plan
            case .longTitle: return String(repeating: "报告", count: 50_000) + "\n" + head + plan
            case .longLine: return head + String(repeating: "地区生产总值增长5%，投资增长6%，", count: 10_000) + "\n" + plan
            // Each figure's subject once extended the one before it: 47 s and 8.4 GB.
            case .longRespectivelyList: return head + "分别增长" + String(repeating: "5%、", count: 20_000) + "6%。\n" + plan
            // Each rank once walked the rest of the chain, looking for the 的 of 全国第一的企业.
            case .longRankChain: return head + "培育" + String(repeating: "全国第一、", count: 20_000) + "全国第一的企业。\n" + plan
            // Each dash before a sentence's period phrase once looked along the rest of the run
            // for what follows it: 20 s in a release build.
            case .longDashRun: return head + String(repeating: "—", count: 200_000) + "这五年，新增就业5万人。\n" + plan
            // Figures with no sector word of their own in a paragraph full of them: the
            // paragraph's words are read once, not once a figure.
            case .keywordlessFigures: return head + String(repeating: "空气水质。建成碧道1公里。", count: 20_000) + "\n" + plan
            }
        }
    }

    /// One variant at a time: eight debug processes at once on a two-core machine measured each
    /// other, not themselves.
    @Test(.serialized, arguments: Pathological.allCases)
    func pathologicalReportsEndInSeconds(_ variant: Pathological) async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("\(variant.rawValue).txt", text: variant.text())
        let started = Date()
        let result = try await Self.runAll(path)
        #expect(result.exitedNormally && result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try OutputParsing.jsonArrays(in: result.stdout).count == Self.commands.count)
        // A debug build on a loaded CI machine: generous, but far from a hang.
        #expect(Date().timeIntervalSince(started) < 60, "\(variant) took \(Date().timeIntervalSince(started)) s")
    }

    /// A 20 MB report (a sample report repeated) goes through every command in a debug build
    /// within minutes, in memory far below 2 GB, and its first copy gives the original's figures.
    @Test func aTwentyMegabyteReportGoesThroughEveryCommand() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let original = try Fixtures.reportBytes("henan-2025")
        let copies = 20 * 1024 * 1024 / original.count + 1
        var bytes: [UInt8] = []
        bytes.reserveCapacity(original.count * copies)
        for _ in 0..<copies { bytes += original }
        let path = try scratch.write("henan-2025-x\(copies).txt", bytes: bytes).path
        let started = Date()
        let measured = try await MeasuredRun.run(Self.allCommands(path), timeout: 600)
        let result = measured.result
        let seconds = Date().timeIntervalSince(started)
        #expect(result.exitedNormally && result.status == 0, "\(result.stderr)")
        let outputs = try OutputParsing.jsonArrays(in: result.stdout)
        try #require(outputs.count == Self.commands.count)
        // `metrics` is the third command.
        let figures = outputs[2].map { row in
            ["text", "value", "normalizedUnit", "kind", "role", "subject"].map { "\(row[$0] ?? "-")" }.joined(separator: "|")
        }
        let expected = try await Self.figures(Fixtures.report("henan-2025"))
        #expect(Array(figures.prefix(expected.count)) == expected)
        #expect(figures.count > expected.count * 100)
        // Under a minute on a workstation (debug build); far from a hang on a loaded CI machine.
        #expect(seconds < 300, "20 MB took \(seconds) s")
        #if os(Linux)
        // The peak of this one workbench process, in kilobytes (read from /proc).
        #expect(measured.peakKilobytes < 1_000_000, "peak resident memory of the workbench: \(measured.peakKilobytes) KB")
        #expect(measured.peakKilobytes > 0)
        #endif
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithHowToRaiseIt() async throws {
        let result = try await ProcessRunner.run(["--max-file-size", "10K", Fixtures.report("henan-2025"), "-c", "reports"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("henan-2025.txt") && result.stderr.contains("10 KB") && result.stderr.contains("--max-file-size"))
        let raised = try await ProcessRunner.run([Fixtures.report("henan-2025"), "-c", "reports"], environment: ["WORKBENCH_MAX_FILE_SIZE": "1M"])
        #expect(raised.status == 0, "\(raised)")
        let wrong = try await ProcessRunner.run(["--max-file-size", "lots", "-c", "reports"])
        #expect(wrong.status == 2 && wrong.stderr.contains("64M"))
    }

    static func iconv(_ bytes: [UInt8], to encoding: String) throws -> [UInt8] {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let input = try scratch.write("in.txt", bytes: bytes)
        let output = scratch.path("out.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding, "-o", output, input.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "iconv failed")
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
    }
}

/// A seeded generator, so that the random inputs are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
