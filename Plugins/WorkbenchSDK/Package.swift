// swift-tools-version:6.0
import PackageDescription

// The SDK that every analysis module compiles against: the shared report model, the module
// protocol and the result table. It is one *dynamic* library, so that the workbench and a module
// built separately share a single copy of every type (casts across the boundary then work), and it
// is built with library evolution, so that a field added later does not break a module built earlier.
let package = Package(
    name: "WorkbenchSDK",
    products: [
        .library(name: "WorkbenchSDK", type: .dynamic, targets: ["WorkbenchSDK"])
    ],
    targets: [
        .target(
            name: "WorkbenchSDK",
            swiftSettings: [.unsafeFlags(["-enable-library-evolution"])]
        )
    ]
)
