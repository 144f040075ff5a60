import Testing

@testable import RegieKit

@Suite struct SessionIDTests {
    @Test func newIDAvoidsIDsOfEveryKind() {
        var session = Session(title: "")
        session.actions = [ActionItem(id: "x-bel", text: "Bellen")]
        session.perspectives = [Perspective(id: "x-bel-2", partner: "p")]
        #expect(session.newID(prefix: "x", name: "Bel") == "x-bel-3")
    }

    @Test(arguments: [
        ("Gemeente Zuidoëst", "gemeente-zuidoest"), ("Waterschap ĲSSELLAND", "waterschap-ijsselland"),
        ("Straße ’s-Hertogenbosch", "strasse-s-hertogenbosch"), ("Woonstichting 日本 Huis", "woonstichting-日本-huis"),
        ("  --  ", ""), ("Coöperatie De Eendracht U.A.", "cooperatie-de-eendracht-u-a"),
    ])
    func foldsAsSearchDoes(name: String, slug: String) {
        #expect(Session.slug(name) == slug)
    }
}
