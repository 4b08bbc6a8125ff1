// swift-tools-version: 6.0
import PackageDescription

/// `gen`: describe an API Management deployment behind Application Gateway once, in a
/// `Deployment.swift` manifest, and render it to Terraform, Az PowerShell, ARM, Bicep,
/// Azure DevOps pipelines and APIM policy XML.
let package = Package(
    name: "gen",
    platforms: [.macOS(.v13)],
    products: [
        // The library a `Deployment.swift` manifest imports (`import DSL`).
        .library(name: "DSL", targets: ["DSL"]),
        .executable(name: "gen", targets: ["gen"]),
        // Speed and memory figures: `swift run -c release gen-bench` (README.md, Performance).
        .executable(name: "gen-bench", targets: ["gen-bench"]),
    ],
    targets: [
        // Model (value types, resolve, validation) and the result-builder DSL over it.
        .target(name: "DSL", path: "Sources/DSL"),
        // One emitter per output format, one writer per syntax family.
        .target(name: "Emitters", dependencies: ["DSL"], path: "Sources/Emitters"),
        // Everything `gen` does besides `main`: arguments, manifest loading, atomic writes.
        .target(name: "GenDriver", dependencies: ["DSL", "Emitters"], path: "Sources/gen/Driver"),
        .executableTarget(name: "gen", dependencies: ["GenDriver"], path: "Sources/gen/CLI"),
        .executableTarget(name: "gen-bench", dependencies: ["GenDriver"], path: "Sources/gen/Bench"),
        .testTarget(name: "DSLTests", dependencies: ["DSL"], path: "Tests/DSLTests"),
        .testTarget(name: "EmittersTests", dependencies: ["Emitters"], path: "Tests/EmittersTests"),
        // The goldens are expected outputs the tests read from the source tree, not resources.
        .testTarget(name: "GenTests", dependencies: ["GenDriver"], path: "Tests/GenTests", exclude: ["Goldens"]),
    ],
    swiftLanguageModes: [.v6]
)
