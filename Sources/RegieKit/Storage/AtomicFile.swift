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
    /// link, the file it points to is replaced and the link stays.
    public static func write(
        _ data: Data, to path: String, beforeRename: () throws -> Void = {}
    ) throws(WriteError) {
        var url = URL(fileURLWithPath: path)
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & mode_t(S_IFMT) == mode_t(S_IFLNK) {
            url = url.resolvingSymlinksInPath()
        }
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
            if fsync(fd) != 0 { return errnoText() }
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
        let dirfd = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// The C library's `write(2)`, which `AtomicFile.write` hides by its name.
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
    #else
        Darwin.write(fd, buffer, count)
    #endif
}
