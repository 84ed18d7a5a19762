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
    ],
    targets: [
        .target(name: "DossierKit"),
        .target(name: "DossierUI", dependencies: ["DossierKit"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit",
                "DossierUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dossier-train", dependencies: ["DossierKit"]),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit"]),
        .testTarget(name: "DossierUITests", dependencies: ["DossierUI", "DossierKit"]),
    ],
    swiftLanguageModes: [.v6]
)
