import Foundation
import Testing

/// A module built outside the workbench (Examples/JobsModule) is built with `swift build`, loaded
/// into the built workbench with --plugin and `plugin load`, and runs; libraries that are not
/// modules are refused with the reason.
@Suite(.serialized) struct PluginTests {
    static let repository = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
    static let example = repository.appendingPathComponent("Examples/JobsModule")

    /// Runs a tool to completion; returns its status and combined output.
    static func tool(_ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Builds the example module once (debug) and returns the library's path.
    static let library: Result<String, any Error> = Result {
        let build = try tool(["swift", "build", "--package-path", example.path])
        guard build.status == 0 else { throw BuildFailure(output: build.output) }
        let binPath = try tool(["swift", "build", "--package-path", example.path, "--show-bin-path"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return binPath + "/libJobsModule.so"
    }

    struct BuildFailure: Error, CustomStringConvertible {
        var output: String
        var description: String { "the example module did not build:\n\(output)" }
    }

    @Test func theWorkbenchLinksTheSDKAsASharedLibrary() throws {
        let readelf = try Self.tool(["readelf", "-d", try ProcessRunner.executableURL().path])
        #expect(readelf.status == 0)
        #expect(readelf.output.contains("Shared library: [libWorkbenchSDK.so]"), "\(readelf.output)")
    }

    @Test func theExampleModuleBuildsLoadsAndRuns() async throws {
        let library = try Self.library.get()
        let result = try await ProcessRunner.run(["--plugin", library, "--format", "json", "-c", "plugins", "-c", "jobs-summary",
                                                  "-c", "sql SELECT count(*) AS n FROM jobs", "-c", "jobs"])
        #expect(result.status == 0, "\(result)")
        let arrays = try OutputParsing.jsonArrays(in: result.stdout)
        #expect(arrays.count == 4)
        // Its `jobs` command asks for a SQL table: the same rows, queryable.
        #expect(arrays[2].first?["n"] as? Int == arrays[3].count)
        #expect(arrays[3].count > 0)
        let plugins = arrays[0]
        #expect(plugins.contains { ($0["name"] as? String) == "jobs" && ($0["source"] as? String)?.hasSuffix("libJobsModule.so") == true })
        #expect((plugins.first { ($0["name"] as? String) == "jobs" }?["commands"] as? [String]) == ["jobs", "jobs-summary"])
        // Beside the built-in modules, registered the same way.
        for builtIn in ["sectors", "ecology"] {
            #expect(plugins.contains { ($0["name"] as? String) == builtIn && ($0["source"] as? String) == "built-in" })
        }
        let summary = arrays[1]
        #expect(summary.first?["report"] as? String == "shanxi-2025")
        #expect(summary.first?["newJobsTarget"] as? String == "45万人")
    }

    @Test func theExampleScriptRunsWithPluginLoad() async throws {
        let library = try Self.library.get()
        let scratch = try Scratch()
        defer { scratch.remove() }
        let script = try scratch.write("jobs.wb", text: "plugin load \(library)\n.mode json\njobs --theme income\n")
        let result = try await ProcessRunner.run(["-f", script])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\"theme\":\"income\""))
        // The module's own usage errors are usage errors of the workbench.
        let bad = try await ProcessRunner.run(["--plugin", library, "-c", "jobs --theme nope"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--theme takes employment, income or social-security"))
    }

    @Test func theExampleScriptPrintsItsExpectedOutput() async throws {
        let library = try Self.library.get()
        let expected = try String(contentsOf: Self.example.appendingPathComponent("scripts/livelihood.expected"), encoding: .utf8)
        let result = try await ProcessRunner.run(["--plugin", library, "-f", "Examples/JobsModule/scripts/livelihood.wb"],
                                                 workingDirectory: Self.repository)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == expected)
    }

    @Test func aLibraryIsLoadedOnceAndAModuleNameOnce() async throws {
        let library = try Self.library.get()
        let scratch = try Scratch()
        defer { scratch.remove() }
        let twice = try await ProcessRunner.run(["--plugin", library, "-c", "plugin load \(library)"])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("already loaded"))
        // The same module from a copy of the library: refused, naming the module and both sources.
        let copy = scratch.path("libJobsCopy.so")
        try FileManager.default.copyItem(atPath: library, toPath: copy)
        let duplicate = try await ProcessRunner.run(["--plugin", library, "--plugin", copy, "-c", "plugins"])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("'jobs'") && duplicate.stderr.contains("already loaded from"))
    }

    @Test func pluginFoldersAreSearchedUnlessToldNot() async throws {
        let library = try Self.library.get()
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.path("libJobsModule.so"), withDestinationPath: library)
        let environment = ["WORKBENCH_PLUGIN_PATH": scratch.url.path]
        let found = try await ProcessRunner.run(["-c", "jobs-summary"], environment: environment)
        #expect(found.status == 0, "\(found)")
        let skipped = try await ProcessRunner.run(["--no-plugins", "-c", "jobs-summary"], environment: environment)
        #expect(skipped.status == 2)
        #expect(skipped.stderr.contains("unknown command 'jobs-summary'"))
    }

    /// Shared libraries written in C that only pretend to be modules.
    static func fakeLibrary(_ source: String, named name: String, in scratch: Scratch, linkingSDK: Bool = false) throws -> String {
        let file = try scratch.write("\(name).c", text: source)
        let library = scratch.path("lib\(name).so")
        let sdkFolder = try ProcessRunner.executableURL().deletingLastPathComponent().path
        let link = linkingSDK ? ["-L", sdkFolder, "-Wl,--no-as-needed", "-lWorkbenchSDK", "-Wl,-rpath," + sdkFolder] : []
        let compile = try tool(["cc", "-shared", "-fPIC", "-o", library, file] + link)
        guard compile.status == 0 else { throw BuildFailure(output: compile.output) }
        return library
    }

    @Test func librariesThatAreNotModulesAreRefusedWithTheReason() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cases: [(path: String, reason: String)] = [
            (try Self.fakeLibrary("int workbench_plugin_v99(void) { return 0; }", named: "future", in: scratch),
             "built for workbench API version 99"),
            (try Self.fakeLibrary("void *workbench_plugin_v3(void) { return 0; }", named: "empty", in: scratch, linkingSDK: true),
             "returned nothing"),
            (try Self.fakeLibrary("void *workbench_plugin_v3(void) { return (void *)0x1234; }", named: "junk", in: scratch),
             "does not use this workbench's SDK library"),
            (try Self.fakeLibrary("int unrelated(void) { return 1; }", named: "unrelated", in: scratch),
             "not a workbench module"),
            (try scratch.write("notes.so", text: "not a library"), "not a loadable library"),
            (scratch.path("missing.so"), "no such file"),
        ]
        for (path, reason) in cases {
            let batch = try await ProcessRunner.run(["--plugin", path, "-c", "reports"])
            #expect(batch.status == 1, "\(path): \(batch)")
            #expect(batch.stderr.contains(path) && batch.stderr.contains(reason), "\(path): \(batch.stderr)")
            #expect(batch.stdout.isEmpty)
            // In a script: FILE:LINE and exit 1; nothing half-registered.
            let script = try scratch.write("load.wb", text: "plugin load \(path)\n")
            let scripted = try await ProcessRunner.run(["-f", script])
            #expect(scripted.status == 1)
            #expect(scripted.stderr.contains("load.wb:1:"))
        }
        // In the REPL (stdin here), a failed load leaves the session working.
        let session = try await ProcessRunner.run([], stdin: Array("plugin load \(cases[0].path)\nplugins\n".utf8))
        #expect(session.status == 1)
    }
}
