import Foundation

/// The files under `Tests/Fixtures/`, found from this source file so that the tests work from a
/// fresh clone and from any working directory.
enum Fixtures {
    /// `Tests/Fixtures`.
    static let directory: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.lastPathComponent != "Tests" && url.path != "/" {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("Fixtures", isDirectory: true)
    }()

    /// The reports in `reports/`, besides the bundled one.
    static let reportNames = ["henan-2025", "henan-2026", "national-2025"]

    /// `reports/NAME.txt`, as an absolute path.
    static func report(_ name: String) -> String {
        directory.appendingPathComponent("reports/\(name).txt").path
    }

    /// The bytes of `reports/NAME.txt`.
    static func reportBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: report(name))))
    }

    /// `gold/shanxi-2025/outline.json`: the answer key for the bundled report's outline.
    static var goldOutlineURL: URL {
        directory.appendingPathComponent("gold/shanxi-2025/outline.json")
    }
}

/// A private temporary folder for one test; `remove()` deletes it.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("workbench-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` inside the folder and returns its URL.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    /// Writes UTF-8 `text` to `name` inside the folder and returns its path.
    @discardableResult
    func write(_ name: String, text: String) throws -> String {
        try write(name, bytes: Array(text.utf8)).path
    }

    /// A path inside the folder (the file need not exist).
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
