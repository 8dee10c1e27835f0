import Foundation
import WorkbenchCore
import WorkbenchSDK

// Prints how long the workbench takes to turn reports into the model (paragraphs, outline,
// periods and figures). Run it in a release build:
//   swift run -c release workbench-benchmark [FILE ...]
// With no file it measures the bundled report. Figures go to BENCHMARKS.md.

func measure(_ label: String, bytes: Int, repetitions: Int, _ body: () -> Int) {
    var samples: [Double] = []
    var checksum = 0
    for _ in 0..<repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        checksum &+= body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    let best = samples[0]
    let throughput = Double(bytes) / 1_048_576 / (median / 1000)
    print(String(format: "%-28@ median %7.3f ms  best %7.3f ms  %6.1f MB/s  (%d runs, %d figures)",
                 label as NSString, median, best, throughput, repetitions, checksum / repetitions))
}

/// Resident memory of this process, in MB (from /proc/self/statm).
func residentMegabytes() -> Double {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
    return pages * 4096 / 1_048_576
}

/// Prints each file's whole model as JSON (keys sorted): optimisations must leave it byte for byte
/// the same, and the model is more than any command shows.
func dump(_ paths: [String], loader: ReportLoader) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    for path in paths {
        do {
            let report = path == "-" ? loader.load(text: BundledReports.shanxi2025Text, sourceFile: "bundled")
                                     : try loader.load(path: path)
            FileHandle.standardOutput.write(try encoder.encode(report))
            print()
        } catch {
            FileHandle.standardError.write(Data("workbench-benchmark: \(path): \(error)\n".utf8))
            exit(1)
        }
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--dump" {
    // `--dump FILE ...` ("-" for the bundled report): the model, not timings.
    dump(Array(arguments.dropFirst()), loader: ReportLoader())
    exit(0)
}
// WORKBENCH_BENCH_RUNS overrides the number of runs (e.g. 1 under valgrind).
let runs = ProcessInfo.processInfo.environment["WORKBENCH_BENCH_RUNS"].flatMap { Int($0) }
let loader = ReportLoader()
if arguments.isEmpty {
    let text = BundledReports.shanxi2025Text
    measure("load+parse+extract shanxi-2025", bytes: text.utf8.count, repetitions: runs ?? 200) {
        loader.load(text: text, sourceFile: "bundled").metrics.count
    }
    let report = loader.load(text: text, sourceFile: "bundled")
    measure("extract only shanxi-2025", bytes: text.utf8.count, repetitions: runs ?? 200) {
        QuantityExtraction.metrics(in: report).count
    }
    // A corpus of 62 reports (the bundled one, each copy under its own file name) on two cores.
    let corpus = (0..<62).map { (text, "report-\($0).txt") }
    let corpusBytes = corpus.reduce(0) { $0 + $1.0.utf8.count }
    measure("62 reports, 2 threads", bytes: corpusBytes, repetitions: runs.map { max(1, $0 / 10) } ?? 10) {
        let results = ParallelLoader.load(corpus, loader: loader)
        return results.reduce(0) { $0 + $1.metrics.count }
    }
    // A 20 MB report: the bundled one repeated, parts renumbered away (one long plan).
    var big = ""
    while big.utf8.count < 20_000_000 { big += text }
    let before = residentMegabytes()
    measure("20 MB report", bytes: big.utf8.count, repetitions: 1) {
        loader.load(text: big, sourceFile: "big.txt").metrics.count
    }
    print(String(format: "20 MB report: resident memory grew by about %.0f MB", residentMegabytes() - before))
} else {
    for path in arguments {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("workbench-benchmark: cannot read \(path)\n".utf8))
            exit(1)
        }
        let text = String(decoding: data, as: UTF8.self)
        measure(URL(fileURLWithPath: path).lastPathComponent, bytes: data.count, repetitions: runs ?? 50) {
            loader.load(text: text, sourceFile: path).metrics.count
        }
    }
}
