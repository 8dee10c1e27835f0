import WorkbenchSDK

/// Reports compiled into the binary, so that the workbench runs with no files beside it.
public enum BundledReports {
    /// The default report: the 2025 Shanxi government work report.
    public static let defaultName = "shanxi-2025"

    /// The text of the bundled 2025 Shanxi report.
    public static var shanxi2025Text: String {
        String(decoding: PackageResources.shanxi_2025_txt, as: UTF8.self)
    }

    /// The bundled default report, parsed.
    public static func defaultReport() -> Report {
        ReportLoader().load(text: shanxi2025Text, sourceFile: "bundled:\(defaultName).txt")
    }
}
