import Foundation
import WorkbenchCore
import WorkbenchSDK

/// Reports and keys for the module tests, found from this file.
enum ModuleFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let bundled = BundledReports.defaultReport()

    static func report(_ name: String) throws -> Report {
        try ReportLoader().load(path: root.appendingPathComponent("reports/\(name).txt").path)
    }

    static func gold(_ name: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: root.appendingPathComponent("gold/shanxi-2025/\(name).json"))
        return try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
    }

    static func context(_ report: Report) -> ModuleContext {
        ModuleContext(report: report, reports: [report])
    }

    /// The rows of a table as dictionaries keyed by column.
    static func rows(_ table: ResultTable) -> [[String: Cell]] {
        table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.columns, $0)) }
    }
}

extension Cell {
    var doubleValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }
}

/// Parses report text in memory for the modules' rule tests.
enum ReportLoaderShim {
    static func parse(_ text: String) -> Report {
        ReportLoader().load(text: text, sourceFile: "test.txt")
    }
}
