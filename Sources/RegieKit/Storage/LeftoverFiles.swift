import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary files that a save killed between writing and renaming leaves beside the session
/// (`.wijk.json.tmp-PID-RANDOM`, see `AtomicFile`). Each is a full copy, private notes and all,
/// so they must not pile up; and the newest may hold the last seconds of work.
public enum LeftoverFiles {
    /// A complete, valid temporary copy that is newer than the session file.
    public struct Restorable: Sendable {
        public var path: String
        public var session: Session
        public var modified: Date
    }

    /// Removes the temporary files of ended processes beside `sessionPath`, except the newest
    /// complete and valid one that is newer than the file (or than nothing, when the file is
    /// gone): that one is returned, for the caller to offer and then remove.
    public static func sweep(for sessionPath: String) -> Restorable? {
        let url = URL(fileURLWithPath: sessionPath)
        let folder = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else {
            return nil
        }
        let fileTime = modificationTime(sessionPath)
        var best: (restorable: Restorable, time: Int64)?
        var stale: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let path = (folder.isEmpty ? "." : folder) + "/" + name
            let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }) ?? 0
            if pid == getpid() || SessionLock.isRunning(pid) { continue }  // a save going on right now
            stale.append(path)
            guard let time = modificationTime(path), fileTime.map({ time > $0 }) ?? true,
                let session = try? SessionFileStore.load(path: path)
            else { continue }
            if best.map({ time > $0.time }) ?? true {
                let date = Date(timeIntervalSince1970: TimeInterval(time) / 1_000_000_000)
                best = (Restorable(path: path, session: session, modified: date), time)
            }
        }
        for path in stale where path != best?.restorable.path { unlink(path) }
        return best?.restorable
    }
}

extension LeftoverFiles {
    /// The file's modification time in nanoseconds since 1970; nil when it cannot be read.
    static func modificationTime(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Glibc)
            return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #else
            return Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #endif
    }
}
