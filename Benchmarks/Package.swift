// swift-tools-version:6.1
import PackageDescription

// Benchmarks on ordo-one's package-benchmark, in a package of their own so that the workbench's
// build stays fast. Run from this folder:
//   swift package benchmark
// (BENCHMARKS.md at the top of the repository records the figures and the machine.)
let package = Package(
    name: "workbench-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "workbench", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "WorkbenchBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "WorkbenchCore", package: "workbench"),
                .product(name: "WorkbenchBuiltInModules", package: "workbench"),
            ],
            path: "Benchmarks/WorkbenchBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
