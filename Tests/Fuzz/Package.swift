// swift-tools-version:6.0
// Fuzz targets for every entry point of Redact, built apart from the main package: the main
// package's build plugin (RuleGen) cannot be built with -sanitize=fuzzer, so only the targets
// here link libFuzzer, and the library they test is compiled with coverage instrumentation
// and AddressSanitizer through the flags `run` passes. See README.md.
import PackageDescription

let fuzzer: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

let package = Package(
    name: "RedactFuzz",
    dependencies: [.package(name: "Redact", path: "../..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Redact", package: "Redact")], path: "Sources/FuzzSupport"),
        .executableTarget(name: "fuzz-text", dependencies: ["FuzzSupport"], path: "Sources/fuzz-text", swiftSettings: fuzzer, linkerSettings: fuzzerLink),
        .executableTarget(name: "fuzz-records", dependencies: ["FuzzSupport"], path: "Sources/fuzz-records", swiftSettings: fuzzer, linkerSettings: fuzzerLink),
        .executableTarget(name: "fuzz-rules", dependencies: ["FuzzSupport"], path: "Sources/fuzz-rules", swiftSettings: fuzzer, linkerSettings: fuzzerLink),
        .executableTarget(name: "fuzz-key", dependencies: ["FuzzSupport"], path: "Sources/fuzz-key", swiftSettings: fuzzer, linkerSettings: fuzzerLink),
        .executableTarget(
            name: "fuzz-cabi", dependencies: [.product(name: "CRedact", package: "Redact")], path: "Sources/fuzz-cabi",
            cSettings: [.unsafeFlags(["-fsanitize=fuzzer,address", "-I../../Sources/CRedact/include"])],
            linkerSettings: fuzzerLink),
    ]
)
