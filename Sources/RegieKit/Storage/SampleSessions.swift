import Foundation

/// The example sessions bundled with RegieKit (`Resources/Samples/*.json`), for the demo and tests.
public enum SampleSessions {
    /// The sample `regie demo` opens.
    public static let demoName = "wijkaanpak"

    /// Names of the bundled samples (file names without `.json`), sorted; empty when none are bundled.
    public static var names: [String] {
        guard let folder = samplesFolder,
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(".json".count)) }
            .sorted()
    }

    /// The bytes of the sample `name`, or nil when there is no such sample.
    public static func data(named name: String) -> Data? {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix("."), let bundle = resourceBundle else { return nil }
        let url =
            bundle.url(forResource: name, withExtension: "json", subdirectory: "Resources/Samples")
            ?? samplesFolder(in: bundle).appendingPathComponent(name + ".json")
        return FileManager.default.contents(atPath: url.path)
    }

    private static var samplesFolder: URL? {
        resourceBundle.map(samplesFolder(in:))
    }

    private static func samplesFolder(in bundle: Bundle) -> URL {
        (bundle.resourceURL ?? bundle.bundleURL).appendingPathComponent("Resources/Samples", isDirectory: true)
    }

    /// RegieKit's resource bundle, found where SwiftPM puts it: next to the executable (or the
    /// test bundle). SwiftPM's generated `Bundle.module` looks there too, but stops the program
    /// with `fatalError` when the bundle is missing (a binary copied without its resources); a
    /// missing demo must be a message, not a crash, so the bundle is looked up here instead.
    private static var resourceBundle: Bundle? {
        var folders = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for folder in folders {
            for name in ["Regie_RegieKit.resources", "Regie_RegieKit.bundle"] {
                let candidate = folder.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: candidate.path) { return Bundle(url: candidate) }
            }
        }
        return nil
    }
}
