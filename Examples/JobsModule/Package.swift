// swift-tools-version:6.0
import PackageDescription

// An analysis module built outside the workbench and loaded into it at run time.
// It depends on the workbench's SDK by its (dynamic) library product, never on its sources.
let package = Package(
    name: "JobsModule",
    products: [
        .library(name: "JobsModule", type: .dynamic, targets: ["JobsModule"])
    ],
    dependencies: [
        .package(path: "../../Plugins/WorkbenchSDK")
    ],
    targets: [
        .target(
            name: "JobsModule",
            dependencies: [.product(name: "WorkbenchSDK", package: "WorkbenchSDK")]
        )
    ]
)
