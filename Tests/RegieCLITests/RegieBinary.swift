import Foundation
import Testing

/// What one run of the `regie` binary did.
struct RunResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }

    /// The lines written to standard error.
    var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the built `regie` binary in a folder of its own, with a fixed locale.
enum RegieBinary {
    /// The executable next to the test bundle (SwiftPM puts both in the build folder).
    static let url: URL? = {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("regie") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }()

    /// Runs `regie arguments…` in `folder`; `LANG=C` unless `environment` says otherwise.
    /// A run that takes longer than `timeout` seconds is stopped and fails the test.
    static func run(
        _ arguments: [String], in folder: URL, environment: [String: String] = [:], timeout: TimeInterval = 20,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RunResult {
        let executable = try #require(
            RegieBinary.url, "regie binary not found next to the tests", sourceLocation: sourceLocation)
        var env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR"] { env[key] = nil }
        env["LANG"] = "C"
        env.merge(environment) { $1 }

        let outURL = folder.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("regie \(arguments) did not finish within \(timeout) s", sourceLocation: sourceLocation)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A fresh folder for one test, removed when the test is done with it.
final class Workspace {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("regie-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    /// The names in the folder, sorted, hidden ones (Regie's companions) included.
    func folderContents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).filter {
            !$0.hasPrefix(".stdout-") && !$0.hasPrefix(".stderr-")
        }.sorted()
    }

    /// The bytes of `name`, nil when it does not exist.
    func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: path(name)) }

    /// The permission bits of `name`.
    func mode(_ name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path(name))
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Runs `regie arguments…` here.
    func regie(
        _ arguments: String..., environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RunResult {
        try RegieBinary.run(arguments, in: url, environment: environment, sourceLocation: sourceLocation)
    }
}
