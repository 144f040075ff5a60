import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A lock file beside a session (`.wijk.json.lock`) that tells a second Regie the file is open
/// already: which process, on which machine, since when. A lock whose process has ended on this
/// machine is stale and taken over.
public struct SessionLock: Sendable {
    /// Who holds a lock.
    public struct Holder: Hashable, Sendable {
        public var pid: Int32
        public var host: String
        public var since: Date

        public init(pid: Int32, host: String, since: Date) {
            self.pid = pid
            self.host = host
            self.since = since
        }

        /// Whether the holder runs on this machine, where its process can be checked.
        public var isOnThisHost: Bool { host == SessionLock.hostName }
    }

    /// What trying to take the lock gave.
    public enum Outcome: Sendable {
        /// The lock is ours; `replacing` names the ended process whose stale lock was taken over.
        case acquired(SessionLock, replacing: Holder?)
        /// Another Regie has the file open (on this machine and running, or on another machine).
        case held(by: Holder)
        /// No lock could be written (a read-only folder): the file opens without one.
        case unavailable(reason: String)
    }

    /// Where the lock of `sessionPath` lives.
    public let path: String
    public let holder: Holder

    /// `wijk.json` → `.wijk.json.lock` in the same folder.
    public static func path(for sessionPath: String) -> String {
        let url = URL(fileURLWithPath: sessionPath)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".lock").path
    }

    /// Takes the lock of `sessionPath` unless a running Regie holds it.
    public static func acquire(for sessionPath: String, now: Date) -> Outcome {
        let lockPath = path(for: sessionPath)
        let me = Holder(pid: getpid(), host: hostName, since: now)
        var replaced: Holder?
        for _ in 0..<2 {
            switch create(lockPath, me) {
            case 0:
                return .acquired(SessionLock(path: lockPath, holder: me), replacing: replaced)
            case EEXIST:
                guard let current = read(lockPath) else {
                    // Unreadable or garbage: nobody can be holding it in a way we could check.
                    unlink(lockPath)
                    continue
                }
                if current.pid == me.pid, current.isOnThisHost {
                    unlink(lockPath)
                    continue
                }
                guard current.isOnThisHost, !isRunning(current.pid) else { return .held(by: current) }
                replaced = current
                unlink(lockPath)
            case let code:
                return .unavailable(reason: String(cString: strerror(code)))
            }
        }
        return .unavailable(reason: "lock kept changing")
    }

    /// Takes the lock whoever holds it: for the user who says the other Regie is gone.
    public static func takeOver(for sessionPath: String, now: Date) -> SessionLock? {
        let lockPath = path(for: sessionPath)
        unlink(lockPath)
        if case .acquired(let lock, _) = acquire(for: sessionPath, now: now) { return lock }
        return nil
    }

    /// Removes the lock, if it is still ours.
    public func release() {
        guard let current = Self.read(path), current.pid == holder.pid, current.host == holder.host else { return }
        unlink(path)
    }

    /// The holder recorded in the lock at `path`, if it can be read.
    public static func read(_ path: String) -> Holder? {
        guard let data = FileManager.default.contents(atPath: path), data.count < 4096,
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        guard let pid = fields["pid"].flatMap(Int32.init), let host = fields["host"],
            let since = fields["since"].flatMap(Timestamp.date(from:))
        else { return nil }
        return Holder(pid: pid, host: host, since: since)
    }

    /// This machine's name, as locks record it.
    public static let hostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }()

    /// Whether a process with `pid` runs here and is a Regie (a recycled pid of another program is not).
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return true }
        return String(decoding: command, as: UTF8.self).lowercased().contains("regie")
    }

    /// Writes a new lock file; 0, or the errno of what failed.
    private static func create(_ path: String, _ holder: Holder) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { return errno }
        let text = "pid=\(holder.pid)\nhost=\(holder.host)\nsince=\(Timestamp.string(from: holder.since))\n"
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { buffer in systemWrite(fd, buffer.baseAddress!, buffer.count) }
        close(fd)
        guard written == bytes.count else {
            unlink(path)
            return EIO
        }
        return 0
    }
}
