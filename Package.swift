// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Redact",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Redact", targets: ["Redact"]),
        .executable(name: "redact", targets: ["RedactCommand"]),
        // The C ABI (include/redact.h); named so it cannot clash with the `redact` executable.
        .library(name: "CRedact", type: .dynamic, targets: ["CRedact"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Property-based tests (random inputs with reproducible seeds), tests only.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // ICU behind one small C target: no ICU header reaches Swift (see the header's comment).
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        // The rule file format: model, YAML reader with line marks, composition, code emitter.
        .target(
            name: "RedactRules",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Compiles Rules/ into Swift source at build time (run by DefaultRulesPlugin).
        .executableTarget(
            name: "RuleGen",
            dependencies: ["RedactRules"]
        ),
        .plugin(
            name: "DefaultRulesPlugin",
            capability: .buildTool(),
            dependencies: ["RuleGen"],
            path: "Sources/DefaultRulesPlugin"
        ),
        // The engine: text layer, detection, resolution, operators, streaming redactor. No I/O.
        .target(
            name: "Redact",
            dependencies: [
                "CICU", "RedactRules",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: [.plugin(name: "DefaultRulesPlugin")]
        ),
        // Scoring against gold data for `redact eval`: readers of annotators' formats, metrics,
        // comparison, terminal/JSON/HTML reports. Foundation only, no engine.
        .target(name: "RedactEval"),
        // The `redact` executable.
        .executableTarget(
            name: "RedactCommand",
            dependencies: [
                "Redact", "RedactEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The C ABI over the Swift API: @_cdecl functions declared in include/redact.h.
        .target(
            name: "CRedact",
            dependencies: ["Redact", "RedactRules"]
        ),
        // Baseline for the throughput benchmark: ICU word segmentation alone.
        .executableTarget(
            name: "icu-segment",
            dependencies: ["CICU"],
            path: "Benchmarks/ICUSegment"
        ),
        .testTarget(name: "RedactRulesTests", dependencies: ["RedactRules"]),
        .testTarget(name: "RedactEvalTests", dependencies: ["RedactEval"]),
        .testTarget(
            name: "RedactTests",
            dependencies: [
                "Redact", .product(name: "Logging", package: "swift-log"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "RedactCommandTests",
            dependencies: ["Redact", "RedactCommand"],
            path: "Tests/RedactCommandTests"
        ),
    ]
)
