import Foundation
import Testing

/// Encodings are detected, not assumed: a GB18030 copy of the bundled report gives the same
/// figures as the UTF-8 original.
@Suite struct EncodingTests {
    static let bundled = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/WorkbenchCore/Bundled/shanxi-2025.txt")

    @Test func aGB18030CopyGivesTheSameFigures() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let copy = scratch.path("shanxi-gb18030.txt")
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        convert.arguments = ["-f", "UTF-8", "-t", "GB18030", "-o", copy, Self.bundled.path]
        try convert.run()
        convert.waitUntilExit()
        #expect(convert.terminationStatus == 0)
        // Really not UTF-8.
        #expect(String(data: try Data(contentsOf: URL(fileURLWithPath: copy)), encoding: .utf8) == nil)
        let original = try await ProcessRunner.run(["--format", "csv", "-c", "metrics", "-c", "outline"])
        let converted = try await ProcessRunner.run([copy, "--format", "csv", "-c", "metrics", "-c", "outline"])
        #expect(converted.status == 0, "\(converted)")
        #expect(converted.stdout == original.stdout)
    }
}
