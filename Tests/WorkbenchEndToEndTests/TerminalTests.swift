import Foundation
import Testing

/// The REPL on a real pseudo-terminal, driven by python3's pexpect as a person would type:
/// prompt, commands, an error that does not end the session, history recall, Ctrl-D.
@Suite struct TerminalTests {
    static let pexpectAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pexpect"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static let driver = """
    import pexpect, sys
    c = pexpect.spawn(sys.argv[1], args=[], encoding='utf-8', timeout=20, env={'TERM': 'xterm', 'HOME': sys.argv[3]})
    c.expect_exact('shanxi-2025> ')
    c.sendline('outline --depth 1')
    c.expect_exact('三、全面提升政府治理效能')
    c.expect_exact('shanxi-2025> ')
    c.sendline('outlne')
    c.expect_exact("Did you mean 'outline'?")
    c.expect_exact('shanxi-2025> ')
    c.sendline('load ' + sys.argv[2])
    c.expect_exact('henan-2025> ')
    c.sendline('use shanxi')
    c.expect_exact('shanxi-2025> ')
    c.send('\\x1b[A')
    c.expect_exact('use shanxi')
    c.sendcontrol('u')
    c.sendcontrol('d')
    c.expect(pexpect.EOF)
    c.close()
    print('exit', c.exitstatus)
    """

    @Test(.enabled(if: pexpectAvailable, "python3 with pexpect is needed to drive a terminal"))
    func replOnARealTerminal() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let script = try scratch.write("drive.py", text: Self.driver)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, try ProcessRunner.executableURL().path,
                             Fixtures.report("henan-2025"), scratch.path("home")]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("exit 0"), "\(text)")
    }
}
