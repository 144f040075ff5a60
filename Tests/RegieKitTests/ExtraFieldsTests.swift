import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// Other tools may add fields (the contract allows it); a load and save must not lose them.
@Suite struct ExtraFieldsTests {
    func sessionWithExtras() throws -> Data {
        var session = Session(title: "Keten")
        session.partners = [Partner(id: "a", name: "A"), Partner(id: "b", name: "B")]
        session.relations = [Relation(id: "r", from: "a", to: "b", kind: .information)]
        session.notes = [Note(id: "n", at: Date(timeIntervalSince1970: 1_800_000_000), text: "x")]
        var json = SessionCodec.encode(session)
        var text = String(decoding: json, as: UTF8.self)
        // Hand-made additions, as another tool would write them.
        text = text.replacingOccurrences(
            of: "\"actions\": [],", with: "\"actions\": [],\n  \"crmSync\": {\n    \"lastRun\": \"2026-11-01\"\n  },")
        text = text.replacingOccurrences(of: "\"id\": \"a\",", with: "\"color\": \"#ff0000\",\n      \"id\": \"a\",")
        text = text.replacingOccurrences(of: "\"id\": \"r\",", with: "\"id\": \"r\",\n      \"since\": 2019,")
        // Put the additions where canonical order wants them.
        let document = try JSONParser.parse(Array(text.utf8))
        json = Data(CanonicalJSON.string(document.value).utf8)
        return json
    }

    @Test func unknownFieldsSurviveALoadAndSaveByteForByte() throws {
        let original = try sessionWithExtras()
        let session = try SessionCodec.decode(original)
        #expect(session.extra["crmSync"] != nil)
        #expect(session.partners[0].extra["color"] == .string("#ff0000"))
        #expect(session.relations[0].extra["since"] == .int(2019))
        #expect(SessionCodec.encode(session) == original)
    }

    @Test func publicExportsLeaveUnknownFieldsOut() throws {
        let session = try SessionCodec.decode(try sessionWithExtras())
        let text = String(decoding: SessionCodec.encode(session, disclosure: .public), as: UTF8.self)
        #expect(!text.contains("crmSync"))
        #expect(!text.contains("#ff0000"))
        #expect(!text.contains("since"))
    }

    @Test func knownOptionalFieldsAreNotMistakenForExtras() throws {
        var session = Session(title: "Keten")
        session.partners = [Partner(id: "a", name: "A", chainPosition: 1)]
        let decoded = try SessionCodec.decode(SessionCodec.encode(session))
        #expect(decoded.partners[0].extra.isEmpty)
        #expect(decoded.extra.isEmpty)
    }
}

@Suite struct PublicExportMarkTests {
    @Test func aPublicExportSaysSoAndReadsBackAsOne() throws {
        var session = Session(title: "Keten")
        session.partners = [Partner(id: "a", name: "A", scores: Scores(influence: 4))]
        let publicData = SessionCodec.encode(session, disclosure: .public)
        #expect(String(decoding: publicData, as: UTF8.self).contains("\"disclosure\": \"public\""))
        let back = try SessionCodec.decode(publicData)
        #expect(back.isPublicExport)
        #expect(back.extra.isEmpty)
        #expect(SessionCodec.encode(back) == publicData)
        let full = try SessionCodec.decode(SessionCodec.encode(session))
        #expect(!full.isPublicExport)
        #expect(!String(decoding: SessionCodec.encode(full), as: UTF8.self).contains("disclosure"))
    }
}
