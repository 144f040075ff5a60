// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Regie",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "regie", targets: ["regie"]),
        .library(name: "RegieKit", targets: ["RegieKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // MARK: Domain — pure Swift, Foundation only, no terminal.
        .target(name: "RegieKit", resources: [.copy("Resources")]),

        // MARK: Screen — generic cells, geometry, key events; knows no domain.
        .target(name: "Canvas"),

        // MARK: The app — state, update, views, keymap, run loop.
        .target(name: "RegieUI", dependencies: ["RegieKit", "Canvas"]),

        // MARK: The only code that touches ncurses.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Signal, termios and captured-stderr state, defined once in C (see its header).
        .target(name: "CRegieSignals"),
        .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "CRegieSignals", "Canvas"]),

        // MARK: The executable — argument parsing and wiring.
        .executableTarget(
            name: "regie",
            dependencies: [
                "RegieKit", "RegieUI", "NcursesTerminal", "Canvas",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: The benchmark — `swift run -c release regie-bench`, see docs/performance.md.
        .executableTarget(
            name: "regie-bench",
            dependencies: ["RegieKit", "RegieUI", "NcursesTerminal", "Canvas"]
        ),

        // MARK: Tests — one target per module, plus the binary end to end.
        // Fixtures every test target shares: the mock session, the workbench state, goldens.
        .target(
            name: "RegieTestSupport", dependencies: ["RegieKit", "RegieUI", "Canvas"], path: "Tests/RegieTestSupport"),
        .testTarget(
            name: "RegieKitTests", dependencies: ["RegieKit", "RegieTestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "CanvasTests", dependencies: ["Canvas"]),
        .testTarget(
            name: "RegieUITests", dependencies: ["RegieUI", "RegieKit", "Canvas", "RegieTestSupport"],
            exclude: ["Snapshots"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "Canvas"]),
        .testTarget(name: "RegieCLITests", dependencies: ["regie", "RegieKit", "RegieTestSupport"]),
    ]
)
