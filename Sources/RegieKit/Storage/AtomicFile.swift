import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a crash or a full disk never leaves a half-written file behind: the
/// bytes go to a temporary file in the same folder, are flushed to disk, then renamed over the
/// old file in one step.
public enum AtomicFile {
    /// Why a write failed; the old file is untouched in every case.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Mode for files that did not exist yet: only the owner reads notes about people.
    public static let newFileMode: mode_t = 0o600

    /// Replaces `path` with `data`. `beforeRename` runs after the temporary file is complete and
    /// flushed; tests use it to simulate a crash at the worst moment. When `path` is a symbolic
    /// link, the file it points to is replaced (or created) and the link stays. A folder, device,
    /// named pipe or socket at `path` is refused and left alone (see `refusal(toReplace:)`).
    /// `durable: false` leaves out the flushes to disk (a process that dies still leaves the old
    /// file or the new one, but a power cut may lose both): only for copies that can be made
    /// again, such as the demo's, where each flush costs milliseconds of start-up.
    public static func write(
        _ data: Data, to path: String, durable: Bool = true, beforeRename: () throws -> Void = {}
    ) throws(WriteError) {
        let url: URL
        do {
            url = URL(fileURLWithPath: try target(of: path))
        } catch {
            throw WriteError(path: path, reason: String(cString: strerror(error.code)))
        }
        if let refusal = refusal(toReplace: url.path) { throw WriteError(path: path, reason: refusal.en) }
        var info = stat()
        let folder = url.deletingLastPathComponent().path
        let target = url.path
        let mode: mode_t = stat(target, &info) == 0 ? info.st_mode & 0o7777 : newFileMode
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw WriteError(path: path, reason: errnoText()) }
        var written = 0
        let failure: String? = data.withUnsafeBytes { buffer -> String? in
            while written < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errnoText()
                }
                written += n
            }
            if fchmod(fd, mode) != 0 { return errnoText() }
            if durable, fsync(fd) != 0 { return errnoText() }
            return nil
        }
        close(fd)
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        do {
            try beforeRename()
        } catch {
            unlink(temporary)
            throw WriteError(path: path, reason: String(describing: error))
        }
        guard rename(temporary, target) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
        // The rename itself lives in the folder; flush it too so it survives a power cut.
        guard durable else { return }
        let dirfd = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Why `path` may not be replaced by a regular file, or nil when nothing is there yet or a
    /// regular file is (also behind symbolic links). Renaming over a device such as /dev/null
    /// would replace the device itself, over a named pipe the pipe, and a folder holds more than
    /// one file.
    public static func refusal(toReplace path: String) -> Localized? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & mode_t(S_IFMT) {
        case mode_t(S_IFREG): return nil
        case mode_t(S_IFDIR): return Localized(nl: "is een map, geen bestand", en: "is a folder, not a file")
        case mode_t(S_IFCHR), mode_t(S_IFBLK):
            return Localized(nl: "is een apparaat, geen bestand", en: "is a device, not a file")
        case mode_t(S_IFIFO): return Localized(nl: "is een pijp, geen bestand", en: "is a named pipe, not a file")
        default: return Localized(nl: "is geen gewoon bestand", en: "is not a regular file")
        }
    }

    /// A failure to follow the symbolic links of a path, with the C library's error number.
    struct LinkError: Error {
        var code: Int32
    }

    /// The path that `path` names once its symbolic links are followed, also when the last one
    /// points at nothing yet (writing through it creates that file, as a shell's `>` does).
    /// Relative link targets count from the link's own folder.
    static func target(of path: String) throws(LinkError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & mode_t(S_IFMT) == mode_t(S_IFLNK) else {
                return current
            }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw LinkError(code: errno) }
            let destination = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        throw LinkError(code: ELOOP)
    }
}

/// The C library's `write(2)`, which `AtomicFile.write` hides by its name.
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
    #else
        Darwin.write(fd, buffer, count)
    #endif
}
