import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an export or a save-as may write: never over the session it comes from (or the files
/// Regie keeps beside it), never into a folder, a device or a pipe.
public enum ExportTarget {
    /// Why `path` may not be written as an export of (or a copy beside) the session at
    /// `sessionPath`; nil when it may. An existing regular file may be replaced — asking first
    /// is up to the caller.
    public static func problem(writing path: String, besides sessionPath: String?) -> Localized? {
        if let refusal = AtomicFile.refusal(toReplace: path) { return refusal }
        guard let sessionPath else { return nil }
        let companions = [sessionPath, SessionLock.path(for: sessionPath)]
        if companions.contains(where: { isSameFile(path, $0) }) {
            return Localized(
                nl: "dat is het sessiebestand zelf; kies een andere naam",
                en: "that is the session file itself; choose another name")
        }
        return nil
    }

    /// Whether both paths name one file on disk (also through links).
    public static func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}
