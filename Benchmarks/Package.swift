// swift-tools-version:6.1
import PackageDescription

/// Benchmarks live in their own package so `swift test` never builds them.
/// Run with `make bench` (release mode, one core per measurement).
let package = Package(
    name: "WinnowBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Winnow", path: "..")],
    targets: [
        .executableTarget(
            name: "WinnowBench",
            dependencies: [
                .product(name: "WinnowCore", package: "Winnow"),
                .product(name: "WinnowHTML", package: "Winnow"),
                .product(name: "WinnowKit", package: "Winnow"),
            ]
        )
    ]
)
