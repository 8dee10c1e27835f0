import Foundation
import Testing

/// The binary copied to `PREFIX/bin` with the SDK in `PREFIX/lib` runs from any folder and still
/// has its bundled report (it is compiled in, not read from beside the build).
@Suite struct InstalledBinaryTests {
    @Test func installedBinaryRunsFromAnotherFolder() async throws {
        let built = try ProcessRunner.executableURL()
        let library = built.deletingLastPathComponent().appendingPathComponent("libWorkbenchSDK.so")
        let prefix = try Scratch()
        defer { prefix.remove() }
        let bin = URL(fileURLWithPath: prefix.path("bin"))
        let lib = URL(fileURLWithPath: prefix.path("lib"))
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: lib, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: built, to: bin.appendingPathComponent("workbench"))
        try FileManager.default.copyItem(at: library, to: lib.appendingPathComponent("libWorkbenchSDK.so"))

        let process = Process()
        process.executableURL = bin.appendingPathComponent("workbench")
        process.arguments = ["--format", "csv", "-c", "outline --depth 1"]
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("一、2024年工作回顾"))
        #expect(text.contains("三、全面提升政府治理效能"))
    }
}
