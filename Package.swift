// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenKit", targets: ["SitegenKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // swift-mustache 2.1.1 with a lookup-speed patch; see Vendor/swift-mustache/PATCHES.md.
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // Reading Excel workbooks (.xlsx: a zip of XML parts) for `sitegen import xlsx`.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", exact: "0.18.2"),
    ],
    targets: [
        // System library: the GitHub-flavoured Markdown reference implementation.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Tiny C shims for POSIX calls Swift's Glibc overlay does not expose (renameat2).
        .target(name: "CSitegenSupport"),
        .target(name: "ThaiText", swiftSettings: strict),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"], swiftSettings: strict),
        .target(name: "SiteModel", dependencies: ["ThaiText"], swiftSettings: strict),
        .target(name: "DataReading", dependencies: ["SiteModel", "ThaiText", .product(name: "Yams", package: "Yams")], swiftSettings: strict),
        .target(name: "Caching", dependencies: ["SiteModel", "ThaiText", "DataReading"], swiftSettings: strict),
        .target(name: "SiteLoader", dependencies: ["SiteModel", "ThaiText", "DataReading", "Caching", .product(name: "Yams", package: "Yams")],
                swiftSettings: strict),
        // The default theme (themes/default: templates, CSS, fonts) is embedded by the EmbedFiles
        // plugin: the binary builds a site without any themes/ folder.
        .target(name: "Render", dependencies: ["CSitegenSupport", "SiteModel", "ThaiText", "Markdown", .product(name: "Mustache", package: "swift-mustache")],
                swiftSettings: strict, plugins: ["EmbedFiles"]),
        // OIT audit: the catalogue per ITA year (data, embedded in the binary) and its checks.
        // Every Catalogues/oit-*.yaml is embedded by the EmbedCatalogues plugin: a new ITA year is
        // one data file.
        .target(name: "Audit", dependencies: ["SiteModel", "ThaiText", .product(name: "Yams", package: "Yams")],
                exclude: ["Catalogues"], swiftSettings: strict, plugins: ["EmbedCatalogues"]),
        .executableTarget(name: "catalogue-embedder", swiftSettings: strict),
        .plugin(name: "EmbedCatalogues", capability: .buildTool(), dependencies: ["catalogue-embedder"]),
        .executableTarget(name: "file-embedder", swiftSettings: strict),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["file-embedder"]),
        // `sitegen new`: the files of a new site (Files/, embedded by EmbedFiles), filled in.
        .target(name: "Starter", exclude: ["Files"], swiftSettings: strict, plugins: ["EmbedFiles"]),
        .target(name: "Publish", dependencies: ["CSitegenSupport", "SiteModel"], swiftSettings: strict),
        .target(name: "Importing", dependencies: ["SiteModel", "ThaiText", "DataReading", .product(name: "Yams", package: "Yams"),
                                                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                .product(name: "XMLCoder", package: "XMLCoder")], swiftSettings: strict),
        // Open data: every published dataset as CSV and JSON, procurement as OCDS 1.1 release
        // packages, the DCAT catalogue (/data/catalog.json).
        .target(name: "OpenData", dependencies: ["SiteModel", "ThaiText"], swiftSettings: strict),
        // _FoundationICU: the ICU that Foundation ships with the toolchain, for Thai word breaks (ThaiWordBreaks).
        .target(name: "SitegenKit", dependencies: ["Audit", "OpenData", "SiteModel", "SiteLoader", "DataReading", "Caching", "Render", "Publish", "ThaiText", "Markdown"], swiftSettings: strict,
                linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        // Many sites in one run: `build --sites`, `check --sites` (text, JSON, CSV, HTML dashboard), shards, `report merge`.
        .target(name: "Province", dependencies: ["SitegenKit", "Audit", "SiteModel", "Render", "Publish", "ThaiText"], swiftSettings: strict),
        // `sitegen serve`: local preview server, file watching, live reload.
        .target(name: "Preview", dependencies: ["SitegenKit", "SiteModel", .product(name: "Hummingbird", package: "hummingbird")],
                swiftSettings: strict),
        // Helpers shared by the test targets (temporary site folders, tree snapshots).
        .target(name: "TestSupport", swiftSettings: strict),
        .executableTarget(name: "sitegen", dependencies: ["SitegenKit", "Preview", "Province", "Importing", "Render", "Starter", .product(name: "ArgumentParser", package: "swift-argument-parser")], swiftSettings: strict),

        .testTarget(name: "ThaiTextTests", dependencies: ["ThaiText"], swiftSettings: strict),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], swiftSettings: strict),
        .testTarget(name: "OpenDataTests", dependencies: ["OpenData", "SiteLoader", "SiteModel", "ThaiText", "TestSupport"],
                    swiftSettings: strict),
        .testTarget(name: "SiteLoaderTests", dependencies: ["SiteLoader", "DataReading", "Caching", "SiteModel", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ImportingTests", dependencies: ["Importing", "SitegenKit", "SiteModel", "DataReading", "ThaiText", "TestSupport", "sitegen",
                                                        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                        .product(name: "Yams", package: "Yams")], swiftSettings: strict),
        .testTarget(name: "PublishTests", dependencies: ["Publish", "SiteModel", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "SitegenKit", "SiteLoader", "SiteModel", "ThaiText", "TestSupport"],
                    swiftSettings: strict),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "SitegenKit", "TestSupport"], swiftSettings: strict),
        // Hostile input: the bad-input corpus (Cases/, laid over Good/), injection, kill-during-publish
        // and pathological Markdown timing.
        .testTarget(name: "BadInputTests", dependencies: ["SitegenKit", "SiteModel", "Markdown", "ThaiText", "TestSupport", "sitegen",
                                                         .product(name: "Yams", package: "Yams")],
                    exclude: ["Cases", "Good", "Goldens", "README.md"], swiftSettings: strict),
        // Fixtures/ holds site folders built by the end-to-end tests (read through #filePath).
        .testTarget(name: "ProvinceTests", dependencies: ["Province", "SitegenKit", "Audit", "SiteModel", "Render", "ThaiText", "TestSupport", "sitegen"],
                    swiftSettings: strict),
        .testTarget(name: "SitegenKitTests", dependencies: ["SitegenKit", "Starter", "Province", "Audit", "SiteModel", "SiteLoader", "DataReading", "Caching", "Render", "ThaiText", "TestSupport", "sitegen"],
                    exclude: ["Fixtures"], swiftSettings: strict),
    ]
)
