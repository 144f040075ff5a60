import Foundation
import RegieKit
import Testing

@Suite struct NewCommandTests {
    @Test func createsAPrivateEmptySession() throws {
        let ws = try Workspace()
        let result = try ws.regie("new", "wijk.json", "--title", "Wijk Noord", "--lang", "nl")
        #expect(result.status == 0, "\(result)")
        #expect(try ws.mode("wijk.json") == 0o600)
        let session = try SessionCodec.decode(try #require(ws.contents("wijk.json")))
        #expect(session.title == "Wijk Noord")
        #expect(session.language == .nl)
        #expect(session.partners.isEmpty)
        #expect(try ws.regie("check", "wijk.json").status == 0)
    }

    @Test func refusesToOverwrite() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.broken)
        let result = try ws.regie("new", "wijk.json")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("wijk.json: already exists"))
        #expect(ws.contents("wijk.json") == Data(SessionFiles.broken.utf8))
    }

    @Test func missingFolderExitsTwo() throws {
        let ws = try Workspace()
        let result = try ws.regie("new", "nowhere/wijk.json")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("nowhere/wijk.json: cannot be created"))
    }
}
