import Foundation

/// The example sessions bundled with RegieKit (`Resources/Samples/*.json`), for the demo and tests.
public enum SampleSessions {
    /// The sample `regie demo` opens.
    public static let demoName = "wijkaanpak"

    /// Names of the bundled samples (file names without `.json`), sorted; empty when none are bundled.
    public static var names: [String] {
        guard let bundle = resourceBundle else { return [] }
        let found = subdirectories.map { bundle.paths(forResourcesOfType: "json", inDirectory: $0) }
        let paths = found.first(where: { !$0.isEmpty }) ?? []
        return paths.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The bytes of the sample `name`, or nil when there is no such sample.
    public static func data(named name: String) -> Data? {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix("."), let folder = resourceFolder else { return nil }
        // Straight from the file where SwiftPM puts it, without Foundation's bundle and its
        // search through localisation folders: `regie demo` starts a few milliseconds sooner.
        for subdirectory in subdirectories {
            let path = folder.appendingPathComponent(subdirectory).appendingPathComponent(name + ".json").path
            if let data = FileManager.default.contents(atPath: path) { return data }
        }
        guard let bundle = Bundle(url: folder) else { return nil }
        for subdirectory in subdirectories {
            if let url = bundle.url(forResource: name, withExtension: "json", subdirectory: subdirectory) {
                return FileManager.default.contents(atPath: url.path)
            }
        }
        return nil
    }

    /// Where the samples sit relative to the bundle's resources. `.copy("Resources")` keeps the
    /// folder's name, so it is `Resources/Samples`; Foundation on Linux takes a flat bundle's
    /// `Resources` folder as its resource folder, where `Samples` alone finds them too.
    private static let subdirectories = ["Resources/Samples", "Samples"]

    /// RegieKit's resource bundle, found where SwiftPM puts it: next to the executable (or the
    /// test bundle). SwiftPM's generated `Bundle.module` looks there too, but stops the program
    /// with `fatalError` when the bundle is missing (a binary copied without its resources); a
    /// missing demo must be a message, not a crash, so the bundle is looked up here instead.
    private static var resourceBundle: Bundle? { resourceFolder.flatMap { Bundle(url: $0) } }

    /// The folder of RegieKit's resource bundle, found as `resourceBundle` says.
    private static var resourceFolder: URL? {
        var folders = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for folder in folders {
            for name in ["Regie_RegieKit.resources", "Regie_RegieKit.bundle"] {
                let candidate = folder.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }
}
