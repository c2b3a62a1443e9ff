// swift-tools-version:6.0
// An app that embeds Redact as a Swift package.
//
// In your own package, depend on Redact by URL instead of by path:
//     .package(url: "https://github.com/<owner>/redact", from: "0.1.0")
import PackageDescription

let package = Package(
    name: "RedactExample",
    platforms: [.macOS(.v13)],
    dependencies: [
        // This repository, two folders up. A path dependency is known by its folder's name
        // (whatever the clone is called); `name:` lets the target below say "Redact" anyway.
        .package(name: "Redact", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "RedactExample",
            dependencies: [.product(name: "Redact", package: "Redact")]
        ),
    ]
)
