import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

#if canImport(Glibc)
    import Glibc
#endif

private let moment = Date(timeIntervalSince1970: 1_796_000_000)

@Suite("Saves never write over someone else's changes")
struct SaveGuardTests {
    @Test func aFileChangedOnDiskIsLeftAloneAndTheSaveGoesBesideIt() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        try SessionFileStore.save(.mock, to: file)
        let (_, fingerprint) = try SessionFileStore.loadDocument(path: file)
        // Another machine (a synced folder) writes the file meanwhile.
        var theirs = Session.mock
        theirs.title = "Van de andere laptop"
        try SessionFileStore.save(theirs, to: file)
        var mine = Session.mock
        mine.title = "Van mij"
        let copy = folder.file("wijk.conflict-20261201-140502.json")
        let outcome = try SessionFileStore.write(
            SessionCodec.encode(mine), to: file, expecting: fingerprint, conflictPath: { copy })
        #expect(outcome == .conflict(copy: copy))
        #expect(try SessionFileStore.load(path: file).title == "Van de andere laptop")
        #expect(try SessionFileStore.load(path: copy).title == "Van mij")
        var info = stat()
        #expect(stat(copy, &info) == 0 && info.st_mode & 0o777 == 0o600)
    }

    /// Two writes of the same size within one tick of the file system's clock look, by size and
    /// time, like no write at all: the bytes decide. Here the time is put back exactly, as a
    /// coarse clock (or a sync tool) would leave it.
    @Test func aChangeOfTheSameSizeAtTheSameTimeIsStillAChange() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        var ours = Session.mock
        ours.title = "Versie A"
        try SessionFileStore.save(ours, to: file)
        let (_, fingerprint) = try SessionFileStore.loadDocument(path: file)
        var before = stat()
        #expect(stat(file, &before) == 0)

        var theirs = Session.mock
        theirs.title = "Versie B"
        let data = SessionCodec.encode(theirs)
        #expect(data.count == fingerprint.size, "the same size, so only the bytes tell")
        try data.write(to: URL(fileURLWithPath: file))
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)

        #expect(!fingerprint.matches(fileAt: file))
        let copy = folder.file("wijk.conflict.json")
        var mine = Session.mock
        mine.title = "Versie C"
        let outcome = try SessionFileStore.write(
            SessionCodec.encode(mine), to: file, expecting: fingerprint, conflictPath: { copy })
        #expect(outcome == .conflict(copy: copy))
        #expect(try SessionFileStore.load(path: file).title == "Versie B")
    }

    @Test func aFileOnlyTouchedIsStillOursToSave() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        try SessionFileStore.save(.mock, to: file)
        let (_, fingerprint) = try SessionFileStore.loadDocument(path: file)
        try FileManager.default.setAttributes([.modificationDate: moment], ofItemAtPath: file)
        var mine = Session.mock
        mine.title = "Van mij"
        let outcome = try SessionFileStore.write(
            SessionCodec.encode(mine), to: file, expecting: fingerprint, conflictPath: { folder.file("x.json") })
        guard case .saved(let next) = outcome else {
            Issue.record("touched file treated as changed: \(outcome)")
            return
        }
        #expect(next.matches(fileAt: file))
        #expect(try SessionFileStore.load(path: file).title == "Van mij")
        #expect(try folder.contents() == ["wijk.json"])
    }

    @Test func aSaveAfterOurOwnSaveNeedsNoCheckAgainstTheOldVersion() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        var fingerprint: FileFingerprint?
        for title in ["een", "twee", "drie"] {
            var session = Session.mock
            session.title = title
            let outcome = try SessionFileStore.write(
                SessionCodec.encode(session), to: file, expecting: fingerprint, conflictPath: { folder.file("c.json") })
            guard case .saved(let next) = outcome else {
                Issue.record("conflict with our own save")
                return
            }
            fingerprint = next
        }
        #expect(try SessionFileStore.load(path: file).title == "drie")
    }

    @Test func aNewSessionDoesNotReplaceAFileThatAppearedMeanwhile() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("nieuw.json")
        try Data("iemands notities".utf8).write(to: URL(fileURLWithPath: file))
        let copy = folder.file("nieuw.conflict.json")
        let outcome = try SessionFileStore.write(
            SessionCodec.encode(.mock), to: file, expecting: nil, conflictPath: { copy })
        #expect(outcome == .conflict(copy: copy))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "iemands notities")
    }

    @Test func conflictCopiesAreNamedByTheirTimeAndNeverReplaceEachOther() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        let utc = TimeZone(identifier: "UTC")!
        let first = ConflictCopy.path(for: file, at: moment, timeZone: utc)
        #expect(URL(fileURLWithPath: first).lastPathComponent == "wijk.conflict-\(stamp(moment)).json")
        try Data().write(to: URL(fileURLWithPath: first))
        let second = ConflictCopy.path(for: file, at: moment, timeZone: utc)
        #expect(second != first)
        #expect(second.hasSuffix("-2.json"))
    }

    @Test func aWriteProtectedFileIsRecognisedEvenByRoot() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        try SessionFileStore.save(.mock, to: file)
        #expect(!SessionFileStore.isWriteProtected(file))
        chmod(file, 0o444)
        #expect(SessionFileStore.isWriteProtected(file))
    }
}

private func stamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date)
}

@Suite("The lock that tells a second Regie")
struct SessionLockTests {
    @Test func aSecondInstanceIsToldWhoHasTheFile() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        guard case .acquired(let lock, nil) = SessionLock.acquire(for: file, now: moment) else {
            Issue.record("first lock not acquired")
            return
        }
        // The same process asking again takes its own lock back; a second program would not.
        // Simulate the other program by writing a lock of a running process that is not us.
        lock.release()
        let other = try OtherRegie(in: folder)
        try lockFile(for: file, pid: other.pid)
        guard case .held(let holder) = SessionLock.acquire(for: file, now: moment) else {
            Issue.record("lock of a running process was not respected")
            return
        }
        #expect(holder.pid == other.pid)
        #expect(holder.isOnThisHost)
        #expect(holder.since == moment)
    }

    @Test func aStaleLockOfAnEndedProcessIsTakenOver() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        let ended = try endedProcessID()
        try lockFile(for: file, pid: ended)
        guard case .acquired(let lock, let replaced) = SessionLock.acquire(for: file, now: moment) else {
            Issue.record("stale lock not taken over")
            return
        }
        #expect(replaced?.pid == ended)
        #expect(SessionLock.read(lock.path)?.pid == getpid())
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: lock.path))
    }

    @Test func aLockOfAnotherMachineCountsAsHeld() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        try lockFile(for: file, pid: 1, host: "andere-laptop")
        guard case .held(let holder) = SessionLock.acquire(for: file, now: moment) else {
            Issue.record("another machine's lock was taken")
            return
        }
        #expect(!holder.isOnThisHost)
        #expect(SessionLock.takeOver(for: file, now: moment) != nil)
    }

    @Test func releaseLeavesAnotherProcesssLockAlone() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        guard case .acquired(let lock, _) = SessionLock.acquire(for: file, now: moment) else {
            Issue.record("not acquired")
            return
        }
        try lockFile(for: file, pid: 4_000_000)
        lock.release()
        #expect(SessionLock.read(lock.path)?.pid == 4_000_000)
    }
}

private func lockFile(for file: String, pid: Int32, host: String = SessionLock.hostName) throws {
    let text = "pid=\(pid)\nhost=\(host)\nsince=\(Timestamp.string(from: moment))\n"
    try text.write(toFile: SessionLock.path(for: file), atomically: false, encoding: .utf8)
}

/// A running process that looks like a Regie to the lock (its command line names regie), as a
/// second workbench would; stopped when the test ends.
private final class OtherRegie {
    let process = Process()
    var pid: Int32 { process.processIdentifier }

    init(in folder: TemporaryFolder) throws {
        let copy = folder.file("regie-other")
        try FileManager.default.copyItem(atPath: "/bin/sleep", toPath: copy)
        process.executableURL = URL(fileURLWithPath: copy)
        process.arguments = ["20"]
        try process.run()
    }

    deinit {
        kill(pid, SIGKILL)
        process.waitUntilExit()
    }
}

/// The pid of a child that has exited and been reaped: no process has it now.
private func endedProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
}

@Suite("Temporary files of interrupted saves")
struct LeftoverFilesTests {
    @Test func onlyTheNewestCompleteCopyOfAnEndedProcessIsKeptAndOffered() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        try SessionFileStore.save(.mock, to: file)
        try FileManager.default.setAttributes([.modificationDate: moment], ofItemAtPath: file)
        let ended = try endedProcessID()
        var newer = Session.mock
        newer.title = "Laatste seconden"
        let complete = folder.file(".wijk.json.tmp-\(ended)-1")
        try SessionCodec.encode(newer).write(to: URL(fileURLWithPath: complete))
        let cut = folder.file(".wijk.json.tmp-\(ended)-2")
        try SessionCodec.encode(newer).prefix(40).write(to: URL(fileURLWithPath: cut))
        let older = folder.file(".wijk.json.tmp-\(ended)-3")
        try SessionCodec.encode(.mock).write(to: URL(fileURLWithPath: older))
        try FileManager.default.setAttributes([.modificationDate: moment - 60], ofItemAtPath: older)
        let other = try OtherRegie(in: folder)
        let running = folder.file(".wijk.json.tmp-\(other.pid)-4")
        try Data("half".utf8).write(to: URL(fileURLWithPath: running))

        let offered = try #require(LeftoverFiles.sweep(for: file))
        #expect(offered.path == complete)
        #expect(offered.session.title == "Laatste seconden")
        // The cut and the older copy are gone; a save still running elsewhere is left alone.
        #expect(
            try folder.contents().sorted()
                == [".wijk.json.tmp-\(ended)-1", ".wijk.json.tmp-\(other.pid)-4", "regie-other", "wijk.json"].sorted())
    }

    @Test func nothingIsOfferedWhenNoCopyIsNewer() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("wijk.json")
        let ended = try endedProcessID()
        let old = folder.file(".wijk.json.tmp-\(ended)-1")
        try SessionCodec.encode(.mock).write(to: URL(fileURLWithPath: old))
        try FileManager.default.setAttributes([.modificationDate: moment - 60], ofItemAtPath: old)
        try SessionFileStore.save(.mock, to: file)
        #expect(LeftoverFiles.sweep(for: file) == nil)
        #expect(try folder.contents() == ["wijk.json"])
    }
}

@Suite("What a copy holds that the file lacks")
struct SessionChangeSummaryTests {
    @Test func countsNewChangedAndRemovedEntitiesInBothLanguages() {
        let file = Session.mock
        var copy = file
        copy.notes += (1...3).map { Note(id: Note.ID("extra-\($0)"), at: moment, text: "n\($0)") }
        copy.actions.append(ActionItem(id: "extra-action", text: "Bellen"))
        copy.partners[0].name += " (nieuw)"
        copy.meetings.append(Meeting(id: "extra-meeting", title: "Extra", date: moment))
        let summary = SessionChangeSummary(from: file, to: copy)
        #expect(summary.added == [.note: 3, .action: 1, .meeting: 1])
        #expect(summary.changed == [.partner: 1])
        #expect(summary.text.nl == "1 nieuw overleg, 3 nieuwe notities, 1 nieuwe actie, 1 gewijzigde partner")
        #expect(summary.text.en == "1 new meeting, 3 new notes, 1 new action, 1 changed partner")
        #expect(SessionChangeSummary(from: file, to: file).isEmpty)
    }

    /// A recovery copy that only adds a round is still work the file lacks, and is offered.
    @Test func aNewRoundIsAChange() {
        let file = Session.mock
        var copy = file
        copy.addRound(name: "Nulmeting", date: Day(year: 2026, month: 1, day: 15))
        #expect(!SessionChangeSummary(from: file, to: copy).isEmpty)
    }
}

@Suite struct PathTextTests {
    @Test func namesFilesWithoutTheFileSystem() {
        #expect(PathText.lastComponent("/a/b/wijk.json") == "wijk.json")
        #expect(PathText.lastComponent("wijk.json") == "wijk.json")
        #expect(PathText.deletingExtension("/a/b/wijk.json") == "/a/b/wijk")
        #expect(PathText.deletingExtension("sessie") == "sessie")
        #expect(PathText.deletingExtension("/a/.wijk") == "/a/.wijk")
        #expect(PathText.deletingExtension("/a.b/wijk") == "/a.b/wijk")
        #expect(PathText.sibling(of: "/a/b/wijk.json", named: ".wijk.json.draft") == "/a/b/.wijk.json.draft")
        #expect(PathText.sibling(of: "wijk.json", named: ".wijk.json.lock") == ".wijk.json.lock")
    }
}
