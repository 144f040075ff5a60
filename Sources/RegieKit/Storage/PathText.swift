/// File paths as text, without asking the file system or the working folder (which `URL`
/// does for a relative path), so that code that must be pure can still name files.
public enum PathText {
    /// `/a/b/wijk.json` → `wijk.json`.
    public static func lastComponent(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    /// `/a/b/wijk.json` → `/a/b/wijk`; a leading dot is no extension (`.wijk` stays).
    public static func deletingExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
        let cut = name.distance(from: dot, to: name.endIndex)
        return String(path.dropLast(cut))
    }

    /// The folder part with its trailing slash (`/a/b/`), or "" for a bare name.
    public static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A file beside `path` called `name`: `/a/b/wijk.json`, `.wijk.json.draft` → `/a/b/.wijk.json.draft`.
    public static func sibling(of path: String, named name: String) -> String {
        folder(path) + name
    }
}
