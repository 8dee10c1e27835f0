import Foundation
import WorkbenchSDK

/// The state one workbench run works on: the loaded reports, the current one, and settings.
public struct Session: Sendable {
    /// Loaded reports, in the order they were loaded.
    public private(set) var reports: [Report] = []
    /// Index of the current report in `reports`.
    public private(set) var currentIndex: Int?
    /// How tables are written.
    public var format: OutputFormat
    /// The shell's settings (`.timer`, `.bail`, `.output` …).
    public var settings = ShellSettings()
    /// Reads files for `load`.
    public var loader: ReportLoader
    /// The analysis modules, built-in and loaded.
    public internal(set) var modules = ModuleRegistry()
    /// Command names modules may not take (set by the shell).
    var reservedCommands: Set<String> = []
    /// The SQL database of every loaded report, kept while the reports and modules stay the same.
    var databaseCache: DatabaseCache?

    /// Notes for the user gathered while a command ran (shown on standard error).
    private var notices: [String] = []

    public init(format: OutputFormat = .table, loader: ReportLoader = ReportLoader()) {
        self.format = format
        self.loader = loader
    }

    /// The report commands work on.
    public var current: Report? { currentIndex.map { reports[$0] } }

    /// The current report, or an error that says how to get one.
    func requireCurrent() throws(WorkbenchError) -> Report {
        guard let report = current else {
            throw .runtime("no report is loaded", remedy: "Load one with: load PATH")
        }
        return report
    }

    /// Adds a report and makes it current. A report from the same file replaces the earlier
    /// copy; another report with the same name gets a numbered name (`shanxi-2025-2`).
    @discardableResult
    public mutating func add(_ report: Report) -> Report {
        var report = report
        if report.outline.allSatisfy({ $0.kind != .part }) {
            notices.append("\(report.sourceFile): no part headings (一、二、…) were found, so the outline is empty; is this a government work report?")
        }
        let identity = Self.identity(of: report.sourceFile)
        if let same = reports.firstIndex(where: { Self.identity(of: $0.sourceFile) == identity }) {
            report.name = reports[same].name
            reports[same] = report
            currentIndex = same
            return report
        }
        let base = report.name
        var counter = 2
        while reports.contains(where: { $0.name == report.name }) {
            report.name = "\(base)-\(counter)"
            counter += 1
        }
        reports.append(report)
        currentIndex = reports.count - 1
        return report
    }

    /// Registers a module (built-in ones and those of libraries go through here).
    public mutating func register(_ module: any WorkbenchModule, source: ModuleRegistry.Source) throws(WorkbenchError) {
        try modules.register(module, source: source, reserved: reservedCommands)
    }

    /// Loads a module library and registers all its modules, or none of them.
    @discardableResult
    public mutating func loadPlugin(path: String) throws(WorkbenchError) -> [any WorkbenchModule] {
        let identity = Self.identity(of: path)
        if modules.hasLibrary(identity) {
            throw .runtime("module library '\(path)' is already loaded", remedy: "See: plugins")
        }
        let plugin = try PluginLoader.load(path: path)
        var registry = modules
        for module in plugin.modules {
            try registry.register(module, source: .library(identity), reserved: reservedCommands)
        }
        modules = registry
        return plugin.modules
    }

    /// Adds a note for the user, shown after the command's output.
    mutating func notify(_ notice: String) { notices.append(notice) }

    /// Hands over the notices gathered so far and forgets them.
    mutating func takeNotices() -> [String] {
        defer { notices.removeAll() }
        return notices
    }

    /// The same file however its path is spelled (relative, `./`, symbolic links).
    static func identity(of path: String) -> String {
        guard !path.hasPrefix("bundled:") else { return path }
        return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The named report (exact name or a unique prefix), without changing the current one.
    func report(named name: String) throws(WorkbenchError) -> Report {
        var probe = self
        return try probe.use(name)
    }

    /// Makes the named report current: an exact name, or a prefix that names only one.
    public mutating func use(_ name: String) throws(WorkbenchError) -> Report {
        if let exact = reports.firstIndex(where: { $0.name == name }) {
            currentIndex = exact
            return reports[exact]
        }
        let matches = reports.indices.filter { reports[$0].name.hasPrefix(name) }
        if matches.count == 1 {
            currentIndex = matches[0]
            return reports[matches[0]]
        }
        let names = reports.map(\.name)
        if matches.count > 1 {
            throw .runtime("'\(name)' names more than one report", remedy: "Say which: \(matches.map { reports[$0].name }.joined(separator: ", "))")
        }
        let hint = Suggestions.phrase(for: name, among: names)
            ?? (names.isEmpty ? "Load a report first with: load PATH" : "Loaded reports: \(names.joined(separator: ", "))")
        throw .runtime("no report named '\(name)'", remedy: hint)
    }
}
