import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// What `AtomicFile.write` replaces: a regular file, also behind links; never anything else.
@Suite struct AtomicFileTargetTests {
    @Test func savingToANamedPipeIsRefusedAndThePipeStays() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.file("pijp.json")
        try #require(mkfifo(fifo, 0o600) == 0)
        do {
            try SessionFileStore.save(.mock, to: fifo)
            Issue.record("saved over a named pipe")
        } catch {
            #expect(error.description == fifo + ": is a named pipe, not a file")
        }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & mode_t(S_IFMT) == mode_t(S_IFIFO))
        #expect(try folder.contents() == ["pijp.json"])
    }

    @Test func aDanglingLinkGetsItsFileCreated() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.file("wijk.json"), withDestinationPath: "echt.json")
        try SessionFileStore.save(.mock, to: folder.file("wijk.json"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("wijk.json")) == "echt.json")
        #expect(try SessionFileStore.load(path: folder.file("echt.json")) == .mock)
        #expect(try folder.contents() == ["echt.json", "wijk.json"])
    }

    @Test func refusalNamesWhatIsThere() throws {
        let folder = try TemporaryFolder()
        #expect(AtomicFile.refusal(toReplace: folder.file("nog-niet.json")) == nil)
        #expect(FileManager.default.createFile(atPath: folder.file("gewoon.json"), contents: Data()))
        #expect(AtomicFile.refusal(toReplace: folder.file("gewoon.json")) == nil)
        #expect(AtomicFile.refusal(toReplace: folder.path)?.nl == "is een map, geen bestand")
        #expect(AtomicFile.refusal(toReplace: "/dev/null")?.en == "is a device, not a file")
    }
}
