import Foundation
import Testing

/// Every script in `Examples/scripts/` runs from the repository root and prints exactly its
/// `.expected` file.
@Suite struct ExampleScriptTests {
    static let repository = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
    static let scripts: [String] = {
        let folder = repository.appendingPathComponent("Examples/scripts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".wb") }.sorted()
    }()

    @Test func thereAreExampleScripts() {
        #expect(Self.scripts.count >= 2)
    }

    @Test(arguments: scripts)
    func scriptPrintsItsExpectedOutput(script: String) async throws {
        let path = "Examples/scripts/\(script)"
        let expectedPath = Self.repository.appendingPathComponent(path.replacing(".wb", with: ".expected"))
        let expected = try String(contentsOf: expectedPath, encoding: .utf8)
        let result = try await ProcessRunner.run(["-f", path], workingDirectory: Self.repository)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == expected)
    }
}
