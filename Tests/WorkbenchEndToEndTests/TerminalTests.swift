import Foundation
import Testing

/// The REPL on a real pseudo-terminal, driven by python3's pexpect as a person would type:
/// completion, Ctrl-C at the prompt and during a long command, history recalled in a second
/// session, an unwritable history file, Ctrl-D.
@Suite(.serialized) struct TerminalTests {
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

    /// Runs a pexpect script with the workbench's path as argv[1] and a scratch home as argv[2].
    func drive(_ script: String) throws -> (status: Int32, output: String) {
        let scratch = try Scratch()
        defer { if ProcessInfo.processInfo.environment["KEEP_DRIVE"] == nil { scratch.remove() } }
        let prelude = """
        import pexpect, sys, os
        workbench, home = sys.argv[1], sys.argv[2]
        os.makedirs(home, exist_ok=True)
        env = {'TERM': 'xterm', 'HOME': home, 'XDG_STATE_HOME': home + '/state', 'PATH': os.environ.get('PATH', '')}
        def start(*args):
            child = pexpect.spawn(workbench, args=list(args), encoding='utf-8', timeout=15, env=env)
            child.expect_exact = watched(child.expect_exact, child)
            return child
        def watched(expect, child):
            retried = []
            def run(pattern):
                try:
                    return expect(pattern)
                except pexpect.TIMEOUT:
                    # Under load the very first prompt was seen lost by the harness (the workbench
                    # was waiting at it): an empty line shows a fresh one, once.
                    if pattern.endswith('> ') and not retried and child.before == '':
                        retried.append(True)
                        child.sendline('')
                        return expect(pattern)
                    print('waiting for', repr(pattern), 'state', os.popen('ps -o stat=,wchan:32= -p %d' % child.pid).read(), 'got', repr(child.before[-300:]))
                    raise
            return run

        """
        let file = try scratch.write("drive.py", text: prelude + script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", file, try ProcessRunner.executableURL().path, scratch.path("home")]
        // Output to a file, input from nowhere: the driver's own streams must not be pipes the
        // test process holds open.
        let log = scratch.path("drive.log")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? handle.close()
        let data = FileManager.default.contents(atPath: log) ?? Data()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: pexpectAvailable, "python3 with pexpect is needed to drive a terminal"))
    func completionCtrlCAndCtrlD() throws {
        let result = try drive("""
        c = start()
        c.expect_exact('shanxi-2025> ')
        c.send('outl\\t')
        c.expect_exact('outline')
        c.send(' --de\\t')
        c.expect_exact('--depth')
        c.sendline(' 1')
        c.expect_exact('三、全面提升政府治理效能')
        c.expect_exact('shanxi-2025> ')
        c.send('sector ener\\t')
        c.expect_exact('energy')
        c.sendline('')
        c.expect_exact('shanxi-2025> ')
        c.send('outlne typed but never run')
        c.sendintr()
        c.expect_exact('shanxi-2025> ')
        c.sendline('.show')
        c.expect_exact('timer')
        c.expect_exact('shanxi-2025> ')
        c.sendcontrol('d')
        c.expect(pexpect.EOF)
        c.close()
        assert 'outlne typed' not in open(os.path.join(sys.argv[2], 'state/workbench/history')).read()
        print('exit', c.exitstatus)
        """)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("exit 0"), "\(result.output)")
    }

    @Test(.enabled(if: pexpectAvailable, "python3 with pexpect is needed to drive a terminal"))
    func ctrlCStopsAnEndlessQuery() throws {
        let result = try drive("""
        c = start()
        c.expect_exact('shanxi-2025> ')
        c.sendline('sql WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n')
        import time; time.sleep(1.5)
        c.sendintr()
        c.expect_exact('sql stopped')
        c.expect_exact('shanxi-2025> ')
        c.sendline('sql SELECT count(*) AS n FROM reports')
        c.expect_exact('1')
        c.expect_exact('shanxi-2025> ')
        c.sendcontrol('d')
        c.expect(pexpect.EOF)
        c.close()
        print('exit', c.exitstatus)
        """)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("exit 0"), "\(result.output)")
    }

    @Test(.enabled(if: pexpectAvailable, "python3 with pexpect is needed to drive a terminal"))
    func ctrlCStopsALongCommandAndTheSessionGoesOn() throws {
        let result = try drive("""
        script = os.path.join(sys.argv[2], 'long.wb')
        with open(script, 'w') as f:
            f.write('.output /dev/null\\n' + 'metrics\\n' * 100000)
        c = start()
        c.expect_exact('shanxi-2025> ')
        c.sendline('.read ' + script)
        import time; time.sleep(1.5)
        c.sendintr()
        c.expect_exact('interrupted')
        c.expect_exact('shanxi-2025> ')
        c.sendline('.output')
        c.sendline('outline --depth 1')
        c.expect_exact('三、全面提升政府治理效能')
        c.expect_exact('shanxi-2025> ')
        c.sendcontrol('d')
        c.expect(pexpect.EOF)
        c.close()
        print('exit', c.exitstatus)
        """)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("exit 0"), "\(result.output)")
    }

    @Test(.enabled(if: pexpectAvailable, "python3 with pexpect is needed to drive a terminal"))
    func historyIsRecalledInASecondSessionAndAnUnwritableFileOnlyWarns() throws {
        let result = try drive("""
        c = start()
        c.expect_exact('shanxi-2025> ')
        c.sendline('targets --headline')
        c.expect_exact('cpi')
        c.expect_exact('shanxi-2025> ')
        c.sendcontrol('d'); c.expect(pexpect.EOF); c.close()
        c = start()
        c.expect_exact('shanxi-2025> ')
        c.send('\\x1b[A')
        c.expect_exact('targets --headline')
        c.sendcontrol('u'); c.sendcontrol('d'); c.expect(pexpect.EOF); c.close()
        # A history path that cannot be created: one warning, the session works.
        env['XDG_STATE_HOME'] = '/proc/workbench-cannot-write'
        c = start()
        c.expect_exact('shanxi-2025> ')
        c.sendline('reports')
        c.expect_exact('history will not be kept')
        c.expect_exact('shanxi-2025> ')
        c.sendline('outline --depth 1')
        c.expect_exact('三、全面提升政府治理效能')
        c.expect_exact('shanxi-2025> ')
        c.sendcontrol('d'); c.expect(pexpect.EOF); c.close()
        assert 'history will not be kept' not in c.before, 'a second warning'
        print('exit', c.exitstatus)
        """)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("exit 0"), "\(result.output)")
    }
}
