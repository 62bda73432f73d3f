// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "resgraph",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ResGraphExtractor", targets: ["ResGraphExtractor"]),
        .executable(name: "resgraph", targets: ["resgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ResGraphExtractor"),
        .executableTarget(
            name: "resgraph",
            dependencies: [
                "ResGraphExtractor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "resgraph-bench",
            dependencies: ["ResGraphExtractor"],
            path: "Benchmarks/ExtractBenchmark"
        ),
        .testTarget(
            name: "ResGraphExtractorTests",
            dependencies: ["ResGraphExtractor"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
