import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The permission bits of the file at `path`.
private func fileMode(_ path: String) throws -> mode_t {
    var info = stat()
    try #require(stat(path, &info) == 0, "no file at \(path)")
    return info.st_mode & 0o7777
}

/// Bytes and modification time, to show a file was left alone.
private struct Fingerprint: Equatable {
    var bytes: Data
    var modified: Date
    var mode: mode_t

    init(_ path: String) throws {
        bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        modified = try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        mode = try fileMode(path)
    }
}

private struct SimulatedCrash: Error {}

/// Writes `data` to `path` with an old modification time, so any later write would show.
private func writeOld(_ data: Data, to path: String, mode: mode_t = 0o644) throws {
    try data.write(to: URL(fileURLWithPath: path))
    try #require(chmod(path, mode) == 0)
    try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: path)
}

@Suite("Saving session files")
struct SavingTests {
    @Test func createsANewFileReadableOnlyByItsOwner() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        try SessionFileStore.save(.mock, to: file)
        #expect(try fileMode(file) == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == SessionCodec.encode(.mock))
        #expect(try folder.contents() == ["wijk.json"])
    }

    @Test(arguments: [0o644, 0o640, 0o666, 0o600] as [mode_t])
    func keepsThePermissionsOfTheFileItReplaces(permissions: mode_t) throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        try writeOld(Data("{}".utf8), to: file, mode: permissions)
        try SessionFileStore.save(.mock, to: file)
        #expect(try fileMode(file) == permissions)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == SessionCodec.encode(.mock))
    }

    @Test func loadsWhatItSaved() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        try SessionFileStore.save(.mock, to: file)
        #expect(try SessionFileStore.load(path: file) == .mock)
        var changed = Session.mock
        changed.partners[0].name = "Gemeente Noord"
        try SessionFileStore.save(changed, to: file)
        #expect(try SessionFileStore.load(path: file) == changed)
        #expect(try folder.contents() == ["wijk.json"])
    }

    /// Also without the flushes to disk (`durable: false`, the demo's copy): still a temporary
    /// file renamed over the old one.
    @Test(arguments: [true, false])
    func leavesTheOldFileIntactWhenInterruptedBeforeTheRename(durable: Bool) throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        try writeOld(SessionCodec.encode(Session(title: "Oud")), to: file)
        let before = try Fingerprint(file)
        var temporaryExisted = false
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(SessionCodec.encode(.mock), to: file, durable: durable) {
                // At the worst moment the new bytes are complete in a temporary file beside it.
                temporaryExisted = (try? folder.contents().count) == 2
                throw SimulatedCrash()
            }
        }
        #expect(temporaryExisted)
        #expect(try Fingerprint(file) == before)
        #expect(try folder.contents() == ["wijk.json"])
        try AtomicFile.write(SessionCodec.encode(.mock), to: file, durable: durable)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == SessionCodec.encode(.mock))
        #expect(try fileMode(file) == 0o644)
        #expect(try folder.contents() == ["wijk.json"])
    }

    @Test func leavesNothingBehindWhenANewFileIsInterrupted() throws {
        let folder = try TemporaryFolder()
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data("x".utf8), to: folder.file("new.json")) { throw SimulatedCrash() }
        }
        #expect(try folder.contents() == [])
    }

    @Test func failsClearlyForAFolderThatDoesNotExist() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("missing/sub/wijk.json")
        do {
            try SessionFileStore.save(.mock, to: file)
            Issue.record("saved into a folder that does not exist")
        } catch {
            #expect(error.path == file)
            #expect(error.description.hasPrefix(file + ": "))
            #expect(error.description.contains("No such file or directory"))
        }
        #expect(try folder.contents() == [])
    }

    @Test func replacesTheFileBehindASymbolicLinkAndKeepsTheLink() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("sync"), withIntermediateDirectories: false)
        let real = folder.file("sync/wijk.json")
        try writeOld(Data("{}".utf8), to: real, mode: 0o640)
        let link = folder.file("wijk.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "sync/wijk.json")
        try SessionFileStore.save(.mock, to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "sync/wijk.json")
        #expect(try Data(contentsOf: URL(fileURLWithPath: real)) == SessionCodec.encode(.mock))
        #expect(try fileMode(real) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("sync")) == ["wijk.json"])
    }

    @Test func failsWhenTheTargetIsAFolderAndLeavesItAlone() throws {
        let folder = try TemporaryFolder()
        let target = folder.file("wijk.json")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        #expect(throws: AtomicFile.WriteError.self) { try SessionFileStore.save(.mock, to: target) }
        #expect(try folder.contents() == ["wijk.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).isEmpty)
    }
}

@Suite("Loading session files")
struct LoadingTests {
    private func loadError(_ path: String) throws -> SessionLoadError {
        do {
            let session = try SessionFileStore.load(path: path)
            Issue.record("loaded \(session.title)")
        } catch {
            return error
        }
        throw SimulatedCrash()
    }

    @Test func reportsAMissingFileAsUnreadable() throws {
        let folder = try TemporaryFolder()
        let error = try loadError(folder.file("nergens.json"))
        #expect(error.kind == .unreadable)
        #expect(error.report(.en) == folder.file("nergens.json") + ": no such file")
        #expect(error.report(.nl) == folder.file("nergens.json") + ": bestand bestaat niet")
        #expect(try folder.contents() == [])
    }

    @Test func reportsAFolderAsUnreadable() throws {
        let folder = try TemporaryFolder()
        let error = try loadError(folder.path)
        #expect(error.kind == .unreadable)
        #expect(error.report(.en).hasSuffix("is a folder, not a file"))
    }

    @Test(arguments: [
        "hello", "{\"title\": \"half", "[]", "{\"partners\": {}}", "{\"schemaVersion\": 99}",
        "{\"relations\": [{\"id\": \"r\", \"from\": \"a\", \"to\": \"b\", \"kind\": \"tension\"}]}",
    ])
    func reportsABrokenFileAsInvalidAndLeavesItUntouched(content: String) throws {
        let folder = try TemporaryFolder()
        let file = folder.file("kapot.json")
        try writeOld(Data(content.utf8), to: file)
        let before = try Fingerprint(file)
        let error = try loadError(file)
        #expect(error.kind == .invalid)
        #expect(!error.file.problems.isEmpty)
        #expect(error.report(.en).hasPrefix(file + ":"))
        #expect(try Fingerprint(file) == before)
        #expect(try folder.contents() == ["kapot.json"])
    }

    @Test func refusesAnOversizedFileWithoutReadingIt() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("groot.json")
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.truncate(atOffset: 65 << 20)
        try handle.close()
        let error = try loadError(file)
        #expect(error.report(.en) == file + ": file is too large (68157440 bytes, at most 67108864)")
        #expect(error.report(.nl) == file + ": bestand is te groot (68157440 bytes, maximaal 67108864)")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int == 65 << 20)
    }

    @Test func refusesAnOversizedFileBehindASymbolicLink() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("groot.json")
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        #expect(truncate(file, 65 << 20) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.json"), withDestinationPath: file)
        #expect(try loadError(folder.file("link.json")).report(.en).contains("file is too large (68157440 bytes"))
    }

    @Test func loadsThroughASymbolicLink() throws {
        let folder = try TemporaryFolder()
        try SessionFileStore.save(.mock, to: folder.file("echt.json"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.json"), withDestinationPath: "echt.json")
        #expect(try SessionFileStore.load(path: folder.file("link.json")) == .mock)
    }

    @Test func reportsAnEmptyFileAsInvalid() throws {
        let folder = try TemporaryFolder()
        #expect(FileManager.default.createFile(atPath: folder.file("leeg.json"), contents: Data()))
        let error = try loadError(folder.file("leeg.json"))
        #expect(error.kind == .invalid)
        #expect(error.report(.en) == folder.file("leeg.json") + ":1: column 1: the file is empty")
    }

    @Test func refusesSomethingThatIsNotARegularFile() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.file("pijp.json")
        try #require(mkfifo(fifo, 0o600) == 0)
        // A named pipe with no writer would block a plain read forever.
        #expect(try loadError(fifo).report(.en) == fifo + ": is not a regular file")
        #expect(try loadError(fifo).kind == .unreadable)
        #expect(try loadError("/dev/zero").report(.nl) == "/dev/zero: is geen gewoon bestand")
    }
}
