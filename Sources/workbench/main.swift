#if canImport(Glibc)
import Glibc
#endif
import Foundation
import WorkbenchCore
import WorkbenchReadline

// The thin executable: everything lives in WorkbenchCore; this file only connects it to the
// process's terminal, standard streams and exit status.
var environment = Workbench.Environment(
    console: .standard,
    stdinIsTerminal: isatty(0) == 1,
    readStandardInput: {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(0, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    },
    makeLineReader: { ReadlineLineReader(environment: ProcessInfo.processInfo.environment, warn: { Console.standard.err($0) }) },
    variables: ProcessInfo.processInfo.environment,
    builtInModules: BuiltInModules.all
)
environment.stdoutIsTerminal = isatty(1) == 1
environment.stderrIsTerminal = isatty(2) == 1
exit(Workbench.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment))
