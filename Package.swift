// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "resgraph",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ResGraphExtractor", targets: ["ResGraphExtractor"]),
        .library(name: "ResGraphOutput", targets: ["ResGraphOutput"]),
        .library(name: "ResGraphReader", targets: ["ResGraphReader"]),
        .library(name: "ResGraphGraph", targets: ["ResGraphGraph"]),
        .library(name: "ResGraphIndex", targets: ["ResGraphIndex"]),
        .library(name: "ResGraphRender", targets: ["ResGraphRender"]),
        .library(name: "ResGraphWeb", targets: ["ResGraphWeb"]),
        .executable(name: "resgraph", targets: ["resgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // Writes the .docx files of the tests and the Word benchmark; they are read with libzip.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // Hummingbird's own base: its errors say why a port could not be listened on.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.0.0"),
    ],
    targets: [
        .target(name: "ResGraphExtractor", dependencies: ["CTextWindow"]),
        // The letters of thirty-two bytes of text found at once, for the word loop (see its header).
        .target(name: "CTextWindow"),
        .target(name: "ResGraphOutput", dependencies: ["ResGraphExtractor"]),
        // poppler-glib, loaded when the first PDF is read (see its shim.h): not linked.
        .systemLibrary(name: "CPoppler"),
        // libgsf, loaded when the first Word 97-2003 file is read (see its shim.h): not linked.
        .systemLibrary(name: "CGSF"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // libzip, loaded when the first .docx is read (see its shim.h): not linked; its header
        // (libzip-dev) declares the functions.
        .systemLibrary(name: "CZip"),
        .target(
            name: "ResGraphReader",
            dependencies: ["ResGraphExtractor", "CPoppler", "CGSF", "CLibXML2", "CZip", "CReadAhead"]
        ),
        // Files brought into the page cache ahead of their reads (see its header).
        .target(name: "CReadAhead"),
        .target(name: "ResGraphGraph", dependencies: ["ResGraphExtractor", "ResGraphOutput"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // Two functions of Graphviz defined again, the same results sooner (see its header).
        .target(name: "CGraphvizOverrides", dependencies: ["CGraphviz"]),
        .target(name: "ResGraphRender", dependencies: ["CGraphviz", "CGraphvizOverrides", "ResGraphExtractor", "ResGraphGraph"]),
        .target(
            name: "ResGraphIndex",
            dependencies: [
                "ResGraphExtractor", "ResGraphOutput", "ResGraphReader", "ResGraphGraph",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "ResGraphWeb",
            dependencies: [
                "ResGraphExtractor", "ResGraphOutput", "ResGraphReader", "ResGraphGraph", "ResGraphIndex", "ResGraphRender",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // The command line's signal handler that removes a half-written output (see its header).
        .target(name: "CInterruptCleanup"),
        .executableTarget(
            name: "resgraph",
            dependencies: [
                "ResGraphExtractor", "ResGraphOutput", "ResGraphReader", "ResGraphGraph", "ResGraphIndex", "ResGraphRender", "ResGraphWeb",
                "CInterruptCleanup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [exportsGraphvizOverrides]
        ),
        .executableTarget(
            name: "resgraph-bench",
            dependencies: ["ResGraphExtractor", "ResGraphOutput", "ResGraphReader", "ResGraphBenchmarkSupport"],
            path: "Benchmarks/ExtractBenchmark"
        ),
        .target(name: "ResGraphBenchmarkSupport", path: "Benchmarks/Support"),
        .executableTarget(
            name: "resgraph-index-bench",
            dependencies: ["ResGraphExtractor", "ResGraphReader", "ResGraphGraph", "ResGraphIndex", "ResGraphBenchmarkSupport"],
            path: "Benchmarks/IndexBenchmark"
        ),
        .executableTarget(
            name: "resgraph-pdf-bench",
            dependencies: ["ResGraphExtractor", "ResGraphReader", "ResGraphIndex", "ResGraphBenchmarkSupport"],
            path: "Benchmarks/PDFBenchmark"
        ),
        .executableTarget(
            name: "resgraph-word-bench",
            dependencies: [
                "ResGraphExtractor", "ResGraphReader", "ResGraphBenchmarkSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Benchmarks/WordBenchmark"
        ),
        .executableTarget(
            name: "resgraph-render-bench",
            dependencies: ["ResGraphExtractor", "ResGraphReader", "ResGraphGraph", "ResGraphIndex", "ResGraphRender", "ResGraphBenchmarkSupport"],
            path: "Benchmarks/RenderBenchmark",
            linkerSettings: [exportsGraphvizOverrides]
        ),
        .executableTarget(
            name: "resgraph-demo-corpus",
            path: "Demo/CouncilCorpus"
        ),
        .target(
            name: "ResGraphTestSupport",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/ResGraphTestSupport"
        ),
        .testTarget(
            name: "ResGraphExtractorTests",
            dependencies: ["ResGraphExtractor", "ResGraphReader", "ResGraphTestSupport"]
        ),
        .testTarget(
            name: "ResGraphOutputTests",
            dependencies: ["ResGraphExtractor", "ResGraphOutput", "ResGraphTestSupport"]
        ),
        .testTarget(
            name: "ResGraphReaderTests",
            dependencies: [
                "ResGraphExtractor", "ResGraphReader", "ResGraphTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "ResGraphCLITests",
            dependencies: ["resgraph", "CGraphvizOverrides", "ResGraphTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(
            name: "ResGraphRenderTests",
            dependencies: ["ResGraphExtractor", "ResGraphReader", "ResGraphGraph", "ResGraphRender", "CGraphvizOverrides", "ResGraphTestSupport"],
            linkerSettings: [exportsGraphvizOverrides]
        ),
        .testTarget(
            name: "ResGraphWebTests",
            dependencies: [
                "ResGraphExtractor", "ResGraphGraph", "ResGraphIndex", "ResGraphWeb", "ResGraphTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "ResGraphIndexTests",
            dependencies: [
                "ResGraphExtractor", "ResGraphReader", "ResGraphGraph", "ResGraphIndex", "ResGraphRender", "ResGraphTestSupport",
                "ResGraphBenchmarkSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ]
)

/// What a program that draws links with: the definitions of the CGraphvizOverrides target in its
/// dynamic symbols, where the plugins Graphviz loads find them first. Only release builds with the
/// static Swift runtime export every symbol without it.
var exportsGraphvizOverrides: LinkerSetting {
    .unsafeFlags(["-Xlinker", "--export-dynamic-symbol=delete_fast_node", "-Xlinker", "--export-dynamic-symbol=gvprintdouble"],
                 .when(platforms: [.linux]))
}
