// swift-tools-version:6.0
import PackageDescription

// The executables' allocator: jemalloc's static library (Debian's libjemalloc-dev), so nothing
// more is needed at run time. Its malloc and free, defined in the executable, serve the whole
// process (the Swift runtime, SQLite, readline and loaded modules alike). A load of a report makes
// some two thousand small blocks and frees them together, which glibc's allocator served slowly:
// see BENCHMARKS.md. (Test binaries and the fuzz targets keep the system's allocator.)
let allocator = LinkerSetting.linkedLibrary("jemalloc_pic", .when(platforms: [.linux]))

let package = Package(
    name: "workbench",
    products: [
        .executable(name: "workbench", targets: ["workbench"]),
        // The library and the built-in modules, for the nested Benchmarks/ and Fuzz/ packages.
        .library(name: "WorkbenchCore", targets: ["WorkbenchCore"]),
        .library(name: "WorkbenchBuiltInModules", targets: ["EcologyModule", "ProjectsModule", "SectorsModule"]),
    ],
    dependencies: [
        // The plugin SDK: a dynamic library product of its own package, shared by the workbench
        // and by modules built separately (see ARCHITECTURE.md).
        .package(path: "Plugins/WorkbenchSDK"),
        // Writing zip archives in tests (the workbench reads .docx archives with its own
        // bounds-checked reader, ZipArchive).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // SQL over the report model (`sql`, `export sqlite`), on the system's SQLite.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // GNU readline through a tiny system-library module and a C shim for its globals.
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // zlib, for the deflated parts of .docx archives (read by ZipArchive). (ZIPFoundation,
        // used by the tests, names its own zlib module CZlib.)
        .systemLibrary(
            name: "CZlibShim",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // UTF-8 decoding of runs of Chinese text with vector instructions (SSSE3, chosen at run
        // time; other processors take the Swift path alone).
        .target(name: "CTextKernels"),
        // Line editing on readline's callback interface: Ctrl-C, history file, completion.
        .target(
            name: "CLineEditor",
            dependencies: ["CReadline"],
            linkerSettings: [.linkedLibrary("readline")]
        ),
        // Everything but the terminal: loading, parsing, commands, rendering, scripts, the REPL loop.
        .target(
            name: "WorkbenchCore",
            dependencies: [.product(name: "WorkbenchSDK", package: "WorkbenchSDK"),
                           "CZlibShim", "CTextKernels",
                           .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Bundled/README.md"],
            resources: [
                .embedInCode("Bundled/shanxi-2025.txt"),
                .embedInCode("Lexicons/not-quantities.txt"),
                .embedInCode("Lexicons/sectors.txt"),
            ]
        ),
        // The interactive line reader on GNU readline.
        .target(
            name: "WorkbenchReadline",
            dependencies: ["CReadline", "CLineEditor", "WorkbenchCore"]
        ),
        // Built-in analysis modules: they use only the SDK, like a module a user builds.
        .target(
            name: "EcologyModule",
            dependencies: [.product(name: "WorkbenchSDK", package: "WorkbenchSDK")],
            path: "Plugins/EcologyModule"
        ),
        .target(
            name: "ProjectsModule",
            dependencies: [.product(name: "WorkbenchSDK", package: "WorkbenchSDK")],
            path: "Plugins/ProjectsModule"
        ),
        .target(
            name: "SectorsModule",
            dependencies: [.product(name: "WorkbenchSDK", package: "WorkbenchSDK")],
            path: "Plugins/SectorsModule",
            // One file imports Foundation (for Unicode composition); without this, its members
            // reach every file of the module and change which `contains` a String call means.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // The thin executable.
        .executableTarget(
            name: "workbench",
            dependencies: ["WorkbenchCore", "WorkbenchReadline", "EcologyModule", "ProjectsModule", "SectorsModule",
                           .product(name: "WorkbenchSDK", package: "WorkbenchSDK")],
            // Installed as PREFIX/bin/workbench, it finds the SDK in PREFIX/lib (or beside itself).
            // jemalloc, linked in statically, is the process's allocator (`allocator`, at the top).
            linkerSettings: [.unsafeFlags(["-Xlinker", "-rpath", "-Xlinker", "$ORIGIN/../lib"]), allocator]
        ),
        // Prints parsing and extraction timings (swift run -c release workbench-benchmark).
        .executableTarget(
            name: "workbench-benchmark",
            dependencies: ["WorkbenchCore", .product(name: "WorkbenchSDK", package: "WorkbenchSDK")],
            linkerSettings: [allocator]
        ),
        .testTarget(
            name: "WorkbenchCoreTests",
            dependencies: ["WorkbenchCore", .product(name: "WorkbenchSDK", package: "WorkbenchSDK"),
                           .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: []
        ),
        .testTarget(
            name: "ModuleTests",
            dependencies: ["EcologyModule", "ProjectsModule", "SectorsModule", "WorkbenchCore",
                           .product(name: "WorkbenchSDK", package: "WorkbenchSDK")]
        ),
        .testTarget(
            name: "WorkbenchEndToEndTests",
            dependencies: ["workbench", "WorkbenchCore"]
        ),
    ]
)
