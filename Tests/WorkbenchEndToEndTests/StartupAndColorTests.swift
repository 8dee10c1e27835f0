import Foundation
import Testing

/// ~/.workbenchrc, --color and NO_COLOR.
@Suite struct StartupAndColorTests {
    @Test func colourOnlyWhenAskedForOrOnATerminal() async throws {
        let piped = try await ProcessRunner.run(["-c", "outline --depth 1"])
        #expect(!piped.stdout.contains("\u{1B}["))
        let always = try await ProcessRunner.run(["--color", "always", "-c", "outline --depth 1", "-c", "nonsense"])
        #expect(always.stdout.contains("\u{1B}[1m"))
        #expect(always.stderr.contains("\u{1B}[31m"))
        let never = try await ProcessRunner.run(["--color=never", "-c", "outline --depth 1"])
        #expect(!never.stdout.contains("\u{1B}["))
        let auto = try await ProcessRunner.run(["--color", "auto", "-c", "outline --depth 1"], environment: ["NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}["))
        let bad = try await ProcessRunner.run(["--color", "sometimes"])
        #expect(bad.status == 2)
        // JSON and files never carry styles.
        let json = try await ProcessRunner.run(["--color", "always", "--format", "json", "-c", "reports"])
        #expect(!json.stdout.contains("\u{1B}["))
    }

    @Test func theStartUpFileRunsOnlyInInteractiveSessions() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(".workbenchrc", text: ".mode json\n")
        // Batch use ignores it: the same output on every machine.
        let batch = try await ProcessRunner.run(["-c", "reports"], environment: ["HOME": scratch.url.path])
        #expect(!batch.stdout.hasPrefix("["))
    }
}
