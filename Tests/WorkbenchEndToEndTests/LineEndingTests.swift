import Foundation
import Testing

/// A report saved with a byte-order mark, CRLF or CR line endings, or as UTF-16 reads exactly
/// like the UTF-8/LF original: same metadata, same outline, same lines and offsets.
@Suite struct LineEndingTests {
    enum Variant: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case bomAndCRLF, crlf, bareCR, bomOnly, utf16LittleEndian

        var testDescription: String { rawValue }

        func encode(_ original: [UInt8]) -> [UInt8] {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            switch self {
            case .bomAndCRLF: return bom + Self.replacingLF(original, with: [0x0D, 0x0A])
            case .crlf: return Self.replacingLF(original, with: [0x0D, 0x0A])
            case .bareCR: return Self.replacingLF(original, with: [0x0D])
            case .bomOnly: return bom + original
            case .utf16LittleEndian:
                let text = String(decoding: original, as: UTF8.self)
                return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
            }
        }

        static func replacingLF(_ bytes: [UInt8], with ending: [UInt8]) -> [UInt8] {
            bytes.flatMap { $0 == 0x0A ? ending : [$0] }
        }
    }

    static func outlineAndReport(_ path: String) async throws -> (outline: [OutlineRow], report: ReportRow) {
        let result = try await ProcessRunner.run([path, "--format", "json", "-c", "outline --depth 4", "-c", "reports"])
        try #require(result.status == 0 && result.exitedNormally, "\(result)")
        let values = try OutputParsing.jsonValues(in: result.stdout)
        try #require(values.count == 2)
        let outline = try JSONDecoder().decode([OutlineRow].self, from: Data(values[0].utf8))
        let reports = try JSONDecoder().decode([ReportRow].self, from: Data(values[1].utf8))
        return (outline, try #require(reports.first))
    }

    @Test(arguments: Variant.allCases)
    func henanReportReadsTheSameWhateverTheEncoding(variant: Variant) async throws {
        let original = try Fixtures.reportBytes("henan-2025")
        #expect(!original.contains(0x0D), "the fixture is expected to be LF-only")
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("henan-2025.txt", bytes: variant.encode(original)).path

        let expected = try await Self.outlineAndReport(Fixtures.report("henan-2025"))
        let actual = try await Self.outlineAndReport(path)
        #expect(!expected.outline.isEmpty)
        #expect(actual.outline == expected.outline)
        #expect(actual.report.name == expected.report.name)
        #expect(actual.report.title == expected.report.title)
        #expect(actual.report.province == expected.report.province)
        #expect(actual.report.year == expected.report.year)
        #expect(actual.report.speaker == expected.report.speaker)
        #expect(actual.report.date == expected.report.date)
        #expect(actual.report.paragraphs == expected.report.paragraphs)
        #expect(!actual.outline.contains { $0.title.contains("\r") || $0.title.contains("\u{FEFF}") })
    }

    @Test func scriptWithBOMAndCRLFRunsLikeTheLFOriginal() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let lines = ["# parts", "outline --depth 1", "", "reports"]
        let plain = try scratch.write("plain.wb", text: lines.joined(separator: "\n") + "\n")
        let windows = try scratch.write("windows.wb", bytes: [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)).path
        let expected = try await ProcessRunner.run(["--format", "json", "-f", plain])
        let actual = try await ProcessRunner.run(["--format", "json", "-f", windows])
        #expect(expected.status == 0)
        #expect(actual.status == 0, "\(actual)")
        #expect(actual.stdout == expected.stdout)
        #expect(try OutputParsing.jsonArrays(in: actual.stdout).count == 2)
    }

    @Test func crlfScriptReportsTheRightLineNumber() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let script = try scratch.write("crlf.wb", bytes: Array("reports\r\n\r\n# note\r\nnope\r\noutline\r\n".utf8)).path
        let result = try await ProcessRunner.run(["-f", script])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(script):4: "), "\(result.stderr)")
        #expect(!result.stderr.contains("\r"), "a CR leaked into the message")
    }
}
