// swift-tools-version:6.1
import PackageDescription

// Micro-benchmarks of Redact's hot paths with ordo-one/benchmark: a package of its own, so the
// benchmark framework and its malloc interposer never become dependencies of Redact itself.
// See README.md for what each benchmark measures and how to run, compare and check them.
let package = Package(
    name: "RedactMicroBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Redact", path: "../.."),
        // The MallocInterposer trait gives the malloc counts the committed thresholds are on.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RedactMicro",
            dependencies: [
                .product(name: "Redact", package: "Redact"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/RedactMicro",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
