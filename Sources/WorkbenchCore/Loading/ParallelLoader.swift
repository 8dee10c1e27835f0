import Dispatch
import WorkbenchSDK

/// Parses many reports at once, one per core (each report is independent).
public enum ParallelLoader {
    /// The reports parsed from (text, file name) pairs, in the given order.
    public static func load(_ texts: [(String, String)], loader: ReportLoader) -> [Report] {
        let results = ResultBox(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            results.set(index, loader.load(text: texts[index].0, sourceFile: texts[index].1))
        }
        return results.values.compactMap { $0 }
    }

    /// Slots written by different threads, one each.
    private final class ResultBox: @unchecked Sendable {
        private(set) var values: [Report?]
        private let lock = DispatchQueue(label: "workbench.parallel-loader")
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ report: Report) { lock.sync { values[index] = report } }
    }
}
