import Foundation
import Testing

/// Files that are not reports. Each is made in a scratch folder by `make(in:)`.
enum BadFile: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case missing, folder, empty, whitespaceOnly, binary, latin1, zipArchive

    var testDescription: String { rawValue }

    /// The file name used in the scratch folder.
    var fileName: String {
        switch self {
        case .missing: return "no-such-report.txt"
        case .folder: return "reports-folder"
        case .empty: return "empty.txt"
        case .whitespaceOnly: return "blank.txt"
        case .binary: return "random.bin"
        case .latin1: return "latin1.txt"
        case .zipArchive: return "report.docx"
        }
    }

    /// Words of which the message should hold at least one (lowercased), saying what is wrong.
    var reasonWords: [String] {
        switch self {
        case .missing: return ["no such file", "not found", "does not exist"]
        case .folder: return ["folder", "directory"]
        case .empty: return ["empty"]
        case .whitespaceOnly: return ["white space", "whitespace", "blank"]
        case .binary: return ["binary", "nul"]
        case .latin1: return ["utf-8", "gb18030"]
        case .zipArchive: return ["zip", "docx"]
        }
    }

    /// Creates the bad file (or nothing, for `missing`) and returns its path.
    func make(in scratch: Scratch) throws -> String {
        switch self {
        case .missing:
            return scratch.path(fileName)
        case .folder:
            let path = scratch.path(fileName)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            // A folder loads every report in it; this one has none.
            try Data("not a report".utf8).write(to: URL(fileURLWithPath: path).appendingPathComponent("notes.md"))
            return path
        case .empty:
            return try scratch.write(fileName, bytes: []).path
        case .whitespaceOnly:
            // Spaces, tabs, LF, CRLF and the ideographic space U+3000.
            return try scratch.write(fileName, text: "  \t\n\r\n\u{3000}\u{3000}\n   \n")
        case .binary:
            return try scratch.write(fileName, bytes: Self.randomBytesWithNULs(count: 4096)).path
        case .latin1:
            // Neither UTF-8 nor GB18030 (GB18030 files are read: see EncodingTests).
            return try scratch.write(fileName, bytes: Array("Un rapport r".utf8) + [0xE9, 0x20] + Array("sum".utf8) + [0xE9, 0x0A]).path
        case .zipArchive:
            // A zip local-file header, then text that would otherwise read as UTF-8.
            return try scratch.write(fileName, bytes: [0x50, 0x4B, 0x03, 0x04] + Array("\u{14}\u{06}[Content_Types].xml 2025年河南省政府工作报告\n一、2024年工作回顾\n".utf8)).path
        }
    }

    /// Deterministic noise (a fixed linear congruential generator) with a NUL every 97 bytes;
    /// the first bytes are chosen so that it cannot pass for a byte-order mark or a zip/PDF header.
    static func randomBytesWithNULs(count: Int) -> [UInt8] {
        var state: UInt32 = 0x2025_0117
        var bytes: [UInt8] = [0x01, 0x7F]
        while bytes.count < count {
            state = state &* 1_664_525 &+ 1_013_904_223
            bytes.append(bytes.count % 97 == 0 ? 0 : UInt8(truncatingIfNeeded: state >> 24))
        }
        return bytes
    }

    /// `2025年河南省政府工作报告\n各位代表：\n一、2024年工作回顾\n` encoded in GB18030, repeated.
    static let gb18030Report: [UInt8] = {
        let title: [UInt8] = [0x32, 0x30, 0x32, 0x35, 0xC4, 0xEA, 0xBA, 0xD3, 0xC4, 0xCF, 0xCA, 0xA1,
                              0xD5, 0xFE, 0xB8, 0xAE, 0xB9, 0xA4, 0xD7, 0xF7, 0xB1, 0xA8, 0xB8, 0xE6, 0x0A]
        let greeting: [UInt8] = [0xB8, 0xF7, 0xCE, 0xBB, 0xB4, 0xFA, 0xB1, 0xED, 0xA3, 0xBA, 0x0A]
        let part: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0x32, 0x30, 0x32, 0x34, 0xC4, 0xEA, 0xB9, 0xA4,
                             0xD7, 0xF7, 0xBB, 0xD8, 0xB9, 0xCB, 0x0A]
        return title + greeting + Array(repeating: part, count: 20).flatMap { $0 }
    }()
}

/// Files that cannot be read as reports: one message naming the file, exit 1, no crash, and no
/// partial report on standard output, whether named on the command line or loaded by a script.
@Suite struct BadInputTests {
    static func expectOneMessage(_ result: ProcessResult, naming path: String, for file: BadFile,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.exitedNormally, "crashed: \(result)", sourceLocation: sourceLocation)
        #expect(result.status == 1, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "expected one message: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(path), "the message does not name the file: \(result.stderr)", sourceLocation: sourceLocation)
        let message = result.stderr.lowercased()
        #expect(file.reasonWords.contains { message.contains($0) },
                "the message does not say why (\(file.reasonWords)): \(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test(arguments: BadFile.allCases)
    func badFileOnTheCommandLine(file: BadFile) async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try file.make(in: scratch)
        let result = try await ProcessRunner.run([path, "--format", "json", "-c", "reports", "-c", "outline"])
        Self.expectOneMessage(result, naming: path, for: file)
        #expect(result.stdout.isEmpty, "partial output: \(result.stdout)")
    }

    @Test(arguments: BadFile.allCases)
    func badFileAfterAGoodOneStopsTheRun(file: BadFile) async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try file.make(in: scratch)
        let result = try await ProcessRunner.run([Fixtures.report("henan-2025"), path, "-c", "reports"])
        Self.expectOneMessage(result, naming: path, for: file)
        #expect(result.stdout.isEmpty, "partial output: \(result.stdout)")
    }

    @Test(arguments: BadFile.allCases)
    func badFileLoadedByAScriptFile(file: BadFile) async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try file.make(in: scratch)
        let script = try scratch.write("load-bad.wb", text: "# load a bad file\nreports\n\nload \(path)\noutline\n")
        let result = try await ProcessRunner.run(["--format", "json", "-f", script])
        Self.expectOneMessage(result, naming: path, for: file)
        #expect(result.stderr.hasPrefix("\(script):4: "), "no SCRIPT:LINE: prefix: \(result.stderr)")
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        #expect(arrays.count == 1, "only the line before the failing load may print")
        #expect(arrays.first?.first?["name"] as? String == "shanxi-2025")
    }

    @Test(arguments: BadFile.allCases)
    func badFileLoadedByAStandardInputScript(file: BadFile) async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try file.make(in: scratch)
        let result = try await ProcessRunner.run(["--format", "json"], stdin: Array("load \(path)\noutline\n".utf8))
        Self.expectOneMessage(result, naming: path, for: file)
        #expect(result.stderr.hasPrefix("<stdin>:1: "), "no <stdin>:LINE: prefix: \(result.stderr)")
        #expect(result.stdout.isEmpty, "partial output: \(result.stdout)")
    }

    @Test func loadWithOneBadPathAmongGoodOnesPrintsNothing() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let bad = try BadFile.empty.make(in: scratch)
        let result = try await ProcessRunner.run(
            ["--format", "json", "-c", "load \(Fixtures.report("henan-2025")) \(bad)", "-c", "reports"])
        Self.expectOneMessage(result, naming: bad, for: .empty)
        #expect(result.stdout.isEmpty, "a failing load printed rows: \(result.stdout)")
    }

    @Test func scriptThatIsNotTextIsRefused() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let script = try scratch.write("script.wb", bytes: BadFile.randomBytesWithNULs(count: 512)).path
        let result = try await ProcessRunner.run(["-f", script])
        #expect(result.exitedNormally)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(script))
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [BadFile.missing, .folder])
    func missingOrFolderScriptIsRefused(file: BadFile) async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try file.make(in: scratch)
        let result = try await ProcessRunner.run(["-f", path])
        Self.expectOneMessage(result, naming: path, for: file)
        #expect(result.stdout.isEmpty)
    }
}
