import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file was when Regie last read or wrote it: its size and a hash of its bytes. Before every save the file on disk is compared with it, so that changes made by
/// another program or machine (a synced folder) are never written over.
public struct FileFingerprint: Hashable, Sendable {
    public var size: Int
    /// FNV-1a over the bytes: compared whenever the size agrees.
    public var hash: UInt64

    public init(size: Int, hash: UInt64) {
        self.size = size
        self.hash = hash
    }

    /// The fingerprint of `data`, which now lies at `path`.
    public static func of(_ data: Data, at path: String) -> FileFingerprint {
        FileFingerprint(size: data.count, hash: hash(data))
    }

    /// Whether the file at `path` still holds what this fingerprint describes: the same size and
    /// the same bytes. The time alone never vouches for the bytes: two writes of the same size
    /// within one tick of the file system's clock (or a tool that puts the time back) leave it as
    /// it was, and trusting it would let a save overwrite someone else's change. A file that was
    /// only touched counts as unchanged; a file that is gone counts as changed.
    public func matches(fileAt path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) == size,
            let data = FileManager.default.contents(atPath: path)
        else { return false }
        return Self.hash(data) == hash
    }

    /// 64-bit FNV-1a.
    static func hash(_ data: Data) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                value ^= UInt64(byte)
                value &*= 0x0100_0000_01b3
            }
        }
        return value
    }
}

/// Where a save goes when the session file changed on disk since it was read: beside it, under a
/// name that says what it is and when it was made.
public enum ConflictCopy {
    /// `wijk.json` → `wijk.conflict-20261201-140502.json`, in `timeZone`; a number is added when
    /// that name is taken already.
    public static func path(for sessionPath: String, at date: Date, timeZone: TimeZone) -> String {
        let url = URL(fileURLWithPath: sessionPath)
        let folder = url.deletingLastPathComponent()
        let ext = url.pathExtension.isEmpty ? "json" : url.pathExtension
        let base = url.deletingPathExtension().lastPathComponent
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let stamp = "\(c.year ?? 0)\(two(c.month))\(two(c.day))-\(two(c.hour))\(two(c.minute))\(two(c.second))"
        var candidate = folder.appendingPathComponent("\(base).conflict-\(stamp).\(ext)").path
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = folder.appendingPathComponent("\(base).conflict-\(stamp)-\(n).\(ext)").path
            n += 1
        }
        return candidate
    }
}
