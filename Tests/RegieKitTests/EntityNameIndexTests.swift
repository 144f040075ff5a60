import Foundation
import Testing

@testable import RegieKit

/// The index names every id as `Session.displayName(ofID:)` does, and never trusts itself for a
/// session whose lists moved on.
@Suite struct EntityNameIndexTests {
    @Test func namesEveryIdOfEverySampleAsTheSessionDoes() throws {
        for name in SampleSessions.names {
            let session = try SessionCodec.decode(try #require(SampleSessions.data(named: name)))
            let index = EntityNameIndex(session)
            let ids = session.allIDs.sorted() + ["geen-bekend-id", ""]
            #expect(ids.count > 10, "\(name) has entities")
            for id in ids {
                #expect(index.displayName(ofID: id, in: session) == session.displayName(ofID: id), "\(name): \(id)")
            }
        }
    }

    @Test func anIndexOfAnOlderSessionStillNamesRight() throws {
        let data = try #require(SampleSessions.data(named: SampleSessions.demoName))
        let older = try SessionCodec.decode(data)
        let index = EntityNameIndex(older)
        var session = older
        session.partners.reverse()
        session.partners[0].name = "Hernoemd"
        session.partners.removeLast()
        session.partners.append(Partner(id: "nieuw", name: "Nieuw"))
        session.relations.removeAll()
        for id in older.allIDs.union(session.allIDs).sorted() {
            #expect(index.displayName(ofID: id, in: session) == session.displayName(ofID: id), "\(id)")
        }
    }
}
