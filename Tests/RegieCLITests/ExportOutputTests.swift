import Foundation
import Testing

/// `regie export -o OUT`: what may be replaced, and how.
@Suite struct ExportOutputTests {
    /// The kind of what is at `path` (not following a final link): `S_IFREG`, `S_IFLNK`, …
    private func kind(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & mode_t(S_IFMT)
    }

    private func export(_ ws: Workspace, to output: String) throws -> RunResult {
        try ws.regie("export", "wijk.json", "--format", "markdown", "-o", output)
    }

    @Test func refusesADeviceAndLeavesItAlone() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        // A null device of our own (major 1, minor 3), so the test can never replace the system's /dev/null.
        try #require(mknod(ws.path("null"), S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0, "mknod: \(errno)")
        let result = try export(ws, to: "null")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr == "null: is a device, not a file\n")
        #expect(kind(ws.path("null")) == mode_t(S_IFCHR))
        try FileManager.default.createSymbolicLink(atPath: ws.path("link"), withDestinationPath: "null")
        let throughLink = try export(ws, to: "link")
        #expect(throughLink.status == 2, "\(throughLink)")
        #expect(kind(ws.path("null")) == mode_t(S_IFCHR))
        #expect(kind(ws.path("link")) == mode_t(S_IFLNK))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: ws.url.path).sorted() == ["link", "null", "wijk.json"])
    }

    @Test func refusesANamedPipeAndAFolder() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        try #require(mkfifo(ws.path("pijp"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: ws.path("map.md"), withIntermediateDirectories: false)
        let pipe = try ws.regie("export", "wijk.json", "--format", "csv", "-o", "pijp", "--lang", "nl")
        #expect(pipe.status == 2, "\(pipe)")
        #expect(pipe.stderr == "pijp: is een pijp, geen bestand\n")
        #expect(kind(ws.path("pijp")) == mode_t(S_IFIFO))
        let folder = try export(ws, to: "map.md")
        #expect(folder.status == 2, "\(folder)")
        #expect(folder.stderr == "map.md: is a folder, not a file\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: ws.path("map.md")).isEmpty)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: ws.url.path).sorted() == [
                "map.md", "pijp", "wijk.json",
            ])
    }

    @Test func writesThroughSymbolicLinksToTheirTarget() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let expected = try ws.regie("export", "wijk.json", "--format", "markdown").stdout
        try FileManager.default.createDirectory(atPath: ws.path("sync"), withIntermediateDirectories: false)
        try ws.write("sync/verslag.md", "oud")
        try #require(chmod(ws.path("sync/verslag.md"), 0o640) == 0)
        // A chain of relative links, the last into another folder.
        try FileManager.default.createSymbolicLink(atPath: ws.path("b.md"), withDestinationPath: "sync/verslag.md")
        try FileManager.default.createSymbolicLink(atPath: ws.path("a.md"), withDestinationPath: "b.md")
        let existing = try export(ws, to: "a.md")
        #expect(existing.status == 0, "\(existing)")
        #expect(ws.contents("sync/verslag.md") == Data(expected.utf8))
        #expect(try ws.mode("sync/verslag.md") == 0o640)
        #expect(kind(ws.path("a.md")) == mode_t(S_IFLNK))
        #expect(kind(ws.path("b.md")) == mode_t(S_IFLNK))
        // A link to a file that does not exist yet creates that file.
        try FileManager.default.createSymbolicLink(atPath: ws.path("nieuw.md"), withDestinationPath: "sync/nieuw.md")
        let created = try export(ws, to: "nieuw.md")
        #expect(created.status == 0, "\(created)")
        #expect(ws.contents("sync/nieuw.md") == Data(expected.utf8))
        #expect(try ws.mode("sync/nieuw.md") == 0o600)
        #expect(kind(ws.path("nieuw.md")) == mode_t(S_IFLNK))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: ws.path("sync")).sorted() == ["nieuw.md", "verslag.md"])
    }

    @Test func aLinkLoopIsAnError() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        try FileManager.default.createSymbolicLink(atPath: ws.path("x.md"), withDestinationPath: "y.md")
        try FileManager.default.createSymbolicLink(atPath: ws.path("y.md"), withDestinationPath: "x.md")
        let result = try export(ws, to: "x.md")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr == "x.md: Too many levels of symbolic links\n")
        #expect(kind(ws.path("x.md")) == mode_t(S_IFLNK))
    }

    @Test func neverReplacesTheSessionFileThroughALink() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        try FileManager.default.createSymbolicLink(atPath: ws.path("zelf.md"), withDestinationPath: "wijk.json")
        try #require(link(ws.path("wijk.json"), ws.path("hard.md")) == 0)
        for output in ["zelf.md", "hard.md"] {
            let result = try export(ws, to: output)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("that is the session file itself"))
        }
        #expect(ws.contents("wijk.json") == Data(SessionFiles.valid.utf8))
    }

    /// A write that fails half-way (here: the file size limit, as a full disk would) leaves the
    /// old export whole and no temporary file behind.
    @Test func aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", try #require(String(data: WorkbenchEndToEndTests.sessionData(), encoding: .utf8)))
        try ws.write("verslag.md", "het oude verslag\n")
        let binary = try #require(RegieBinary.url)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // Ignore SIGXFSZ so that the write fails with EFBIG instead of killing the process;
        // 1 block of 512 bytes is far less than the export.
        process.arguments = [
            "-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" export wijk.json --format json -o verslag.md", binary.path,
        ]
        process.currentDirectoryURL = ws.url
        process.environment = ["LANG": "C", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 2, "\(stderr)")
        #expect(stderr == "verslag.md: File too large\n")
        #expect(ws.contents("verslag.md") == Data("het oude verslag\n".utf8))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: ws.url.path).sorted() == ["verslag.md", "wijk.json"])
    }
}
