// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the workbench's loaders and extractor, with the address sanitizer.
// Build and run them with Fuzz/run.sh (README "Fuzzing"); they are a package of their own so
// that the workbench's build stays as it is.
let package = Package(
    name: "workbench-fuzz",
    dependencies: [
        .package(name: "workbench", path: ".."),
    ],
    targets: [
        // The declaration of libFuzzer's driver, which the entry points call.
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
        // Any bytes as a report file: encoding detection, page chrome, parsing, extraction, tables.
        .executableTarget(
            name: "FuzzReport",
            dependencies: ["CFuzzerDriver", .product(name: "WorkbenchCore", package: "workbench"),
                           .product(name: "WorkbenchBuiltInModules", package: "workbench")],
            path: "Sources/FuzzReport"
        ),
        // Any bytes as a .docx (zip of XML) or as an HTML page.
        .executableTarget(
            name: "FuzzDocuments",
            dependencies: ["CFuzzerDriver", .product(name: "WorkbenchCore", package: "workbench")],
            path: "Sources/FuzzDocuments"
        ),
    ]
)
