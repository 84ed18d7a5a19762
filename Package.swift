// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", path: "Sources/CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // Headers only: libcurl is opened with dlopen when a page is fetched (see its shim.h).
        .systemLibrary(name: "CCurl", path: "Sources/CCurl"),
        .target(name: "DossierKit", dependencies: ["CLibXML2", "CCmarkGFM", "CCurl"]),
        .target(name: "DossierUI", dependencies: ["DossierKit"]),
        .target(
            name: "DossierLibrary",
            dependencies: [
                "DossierKit", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        .systemLibrary(
            name: "CNcursesw", path: "Sources/CNcursesw", pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]),
        .target(name: "DossierTerminal", dependencies: ["CNcursesw", "DossierUI"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit",
                "DossierUI",
                "DossierTerminal",
                "DossierLibrary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dossier-train", dependencies: ["DossierKit"]),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit"]),
        .testTarget(name: "DossierLibraryTests", dependencies: ["DossierLibrary", "DossierKit"]),
        .testTarget(name: "DossierUITests", dependencies: ["DossierUI", "DossierKit"]),
        .testTarget(name: "DossierTerminalTests", dependencies: ["DossierTerminal", "DossierUI"]),
    ],
    swiftLanguageModes: [.v6]
)
