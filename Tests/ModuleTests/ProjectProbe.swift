@testable import ProjectsModule
import WorkbenchSDK

/// The projects found in one review paragraph of a report of `province`, for suites that test
/// heads, names and verbs sentence by sentence.
protocol ProjectProbe {}

extension ProjectProbe {
    func found(_ text: String, province: String) -> [FoundProject] {
        let report = ReportLoaderShim.parse("2025年\(province)政府工作报告\n一、2024年工作回顾\n" + text + "\n")
        return ProjectFinder(gazetteer: .standard, province: province).projects(in: report)
    }

    func names(_ text: String, province: String) -> [String] {
        found(text, province: province).map(\.name)
    }
}
