import Benchmark
import EcologyModule
import Foundation
import ProjectsModule
import SectorsModule
import WorkbenchCore
import WorkbenchSDK

// What the workbench's speed goals are about (BENCHMARKS.md): reading the bundled report
// (≤ 5 ms), a corpus of 62 reports (≤ 1 s), throughput on one core (≥ 50 MB/s: the 2 MB and 20 MB
// reports), the whole process (≤ 50 ms), and each REPL command on a loaded report.

/// A shell on the bundled report with the built-in modules, as the workbench starts.
func loadedShell() -> Shell {
    var session = Session()
    for module in [SectorsModule(), ProjectsModule(), EcologyModule()] as [any WorkbenchModule] {
        try? session.register(module, source: .builtIn)
    }
    session.add(BundledReports.defaultReport())
    return Shell(session: session)
}

/// `text` repeated to at least `bytes` bytes.
func repeated(_ text: String, toAtLeast bytes: Int) -> String {
    var result = ""
    while result.utf8.count < bytes { result += text }
    return result
}

/// The built workbench (a release build of the package above), for whole-process figures.
let workbenchBinary: URL = {
    if let given = ProcessInfo.processInfo.environment["WORKBENCH_BINARY"] { return URL(fileURLWithPath: given) }
    let here = URL(fileURLWithPath: #filePath)
    return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/release/workbench")
}()

func runWorkbench(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = workbenchBinary
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(3), maxIterations: 1000)
    let text = BundledReports.shanxi2025Text
    let loader = ReportLoader()

    Benchmark("bundled report: load, parse, extract (46 KB)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(loader.load(text: text, sourceFile: "bundled").metrics.count) }
    }

    let report = loader.load(text: text, sourceFile: "bundled")
    Benchmark("bundled report: quantity extraction only") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(QuantityExtraction.metrics(in: report).count) }
    }

    let corpus = (0..<62).map { (text, "report-\($0).txt") }
    Benchmark("62 reports (2.9 MB), all cores", configuration: .init(maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ParallelLoader.load(corpus, loader: loader).count) }
    }

    let twoMegabytes = repeated(text, toAtLeast: 2_000_000)
    Benchmark("2 MB report, one core", configuration: .init(maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(loader.load(text: twoMegabytes, sourceFile: "2mb.txt").metrics.count) }
    }

    let twentyMegabytes = repeated(text, toAtLeast: 20_000_000)
    Benchmark("20 MB report, one core", configuration: .init(maxDuration: .seconds(20), maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(loader.load(text: twentyMegabytes, sourceFile: "20mb.txt").metrics.count) }
    }

    Benchmark("process: start, load the bundled report, quit", configuration: .init(maxIterations: 50)) { _ in
        try runWorkbench(["-c", "quit"])
    }
    Benchmark("process: -c metrics", configuration: .init(maxIterations: 50)) { _ in
        try runWorkbench(["-c", "metrics"])
    }

    let commands = ["reports", "outline --depth 4", "metrics", "targets", "search 高铁", "sectors", "projects", "regions",
                    "ecology", "chart sectors", "sql SELECT sector, count(*) FROM metrics GROUP BY sector"]
    for command in commands {
        Benchmark("command: \(command)") { benchmark in
            var shell = loadedShell()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(try shell.execute(command)) }
        }
    }
}
