import Foundation
import Testing

/// Which build of `regie` an end-to-end test drives. The release build is tested too because
/// the optimizer changes what the debug build hides: the signal state was once duplicated there.
enum BuildKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case debug
    case release

    var testDescription: String { rawValue }

    /// The binary of this build; the release one is built (or brought up to date) once per test
    /// run, in a scratch folder of its own so it never waits for the lock `swift test` holds.
    func binary(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        switch self {
        case .debug:
            return try #require(
                RegieBinary.url, "regie binary not found next to the tests", sourceLocation: sourceLocation)
        case .release:
            switch ReleaseBuild.result {
            case .success(let url): return url
            case .failure(let failure):
                Issue.record("\(failure)", sourceLocation: sourceLocation)
                throw failure
            }
        }
    }
}

/// `swift build -c release --product regie --scratch-path .build-release`, run at most once.
enum ReleaseBuild {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let scratchPath = packageRoot.appendingPathComponent(".build-release")

    /// The built binary, or why there is none. Up to date after the first build this costs a few
    /// seconds; a build from nothing takes some minutes on two cores.
    static let result: Result<URL, Failure> = {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("regie-release-build-\(getpid()).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let arguments = [
            "build", "-c", "release", "--product", "regie", "--scratch-path", scratchPath.path,
            "--package-path", packageRoot.path,
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift"] + arguments
        process.standardInput = FileHandle.nullDevice
        do {
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            defer { try? handle.close() }
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            process.waitUntilExit()
        } catch {
            return .failure(Failure(description: "could not run swift \(arguments.joined(separator: " ")): \(error)"))
        }
        let status = process.terminationStatus
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let tail = output.split(separator: "\n").suffix(30).joined(separator: "\n")
            return .failure(Failure(description: "release build failed (exit \(status)):\n\(tail)"))
        }
        let binary = scratchPath.appendingPathComponent("release/regie")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            return .failure(Failure(description: "release build left no binary at \(binary.path)"))
        }
        return .success(binary)
    }()
}
