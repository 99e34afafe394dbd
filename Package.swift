// swift-tools-version:6.1
import PackageDescription

/// Winnow: a cleaner, a scorer and a runner for scraped news corpora.
/// All logic lives in library targets; `winnow` only parses options and does I/O.
let package = Package(
    name: "Winnow",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "winnow", targets: ["winnow"]),
        .library(name: "WinnowCore", targets: ["WinnowCore"]),
        .library(name: "WinnowHTML", targets: ["WinnowHTML"]),
        .library(name: "WinnowKit", targets: ["WinnowKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "WinnowCore"),
        .target(name: "WinnowHTML", dependencies: ["WinnowCore", "CLibXML2"]),
        .target(name: "WinnowKit", dependencies: ["WinnowCore", "WinnowHTML", "CZlib"]),
        .executableTarget(
            name: "winnow",
            dependencies: [
                "WinnowCore", "WinnowKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WinnowCoreTests", dependencies: ["WinnowCore"]),
        .testTarget(name: "WinnowHTMLTests", dependencies: ["WinnowHTML", "WinnowCore"]),
        .testTarget(name: "WinnowKitTests", dependencies: ["WinnowKit", "WinnowCore", "WinnowHTML", "CZlib"]),
    ]
)
