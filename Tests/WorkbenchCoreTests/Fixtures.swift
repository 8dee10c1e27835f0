import Foundation
@testable import WorkbenchCore
import WorkbenchSDK

/// Paths of the files under `Tests/Fixtures`, found from this source file so that tests run
/// from any working directory.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func report(_ name: String) throws -> Report {
        try ReportLoader().load(path: path("reports/\(name).txt"))
    }

    static func json(_ relative: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent(relative)))
    }

    /// A paragraph as the parser sees it, for rule tests.
    static func paragraph(_ text: String, line: Int = 1, offset: Int = 0) -> RawParagraph {
        RawParagraph(scalars: Array(text.unicodeScalars), position: TextPosition(line: line, offset: offset))
    }

    /// A report parsed from text in memory.
    static func parse(_ text: String, file: String = "test.txt") -> Report {
        ReportLoader().load(text: text, sourceFile: file)
    }

    /// A 2025 report of a province with `review` as its 2024 review and `plan` as its 2025 plan.
    static func reviewAndPlan(_ review: String, _ plan: String = "推进。") -> Report {
        parse("2025年某省政府工作报告\n一、2024年工作回顾\n" + review + "\n二、2025年工作安排\n" + plan + "\n")
    }
}
