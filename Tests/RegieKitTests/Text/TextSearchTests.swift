import Testing

@testable import RegieKit

@Suite struct TextSearchTests {
    @Test(arguments: [
        ("Coöperatieve Woonvereniging", "cooperatieve woonvereniging"),
        ("Ëlst", "elst"),
        ("ĲSSELLAND", "ijsselland"),
        ("ĳsselmeer", "ijsselmeer"),
        ("IJmuiden", "ijmuiden"),
        ("’s-Hertogenbosch", "'s-hertogenbosch"),
        ("Noord–Zuid", "noord-zuid"),
        ("Straße", "strasse"),
        ("Curaçao", "curacao"),
        ("Zuidoëst Café Ørsted", "zuidoest cafe orsted"),
        ("İstanbul", "istanbul"),
        ("ＧＧＤ", "ggd"),
        ("Woonstichting 日本 Huis 👮", "woonstichting 日本 huis 👮"),
        ("GGD Haaglanden", "ggd haaglanden"),
        ("", ""),
    ])
    func foldsCaseAccentsAndLigatures(text: String, folded: String) {
        #expect(TextSearch.fold(text) == folded)
    }

    @Test func accentsInTheTextOrInTheQueryDoNotMatter() {
        #expect(TextSearch.matches("cooperatieve", ["Woningcorporatie Coöperatieve Vereniging"]))
        #expect(TextSearch.matches("Coöperatieve", ["cooperatieve vereniging"]))
        #expect(TextSearch.matches("elst", ["Ëlst"]))
        #expect(TextSearch.matches("ELST", ["Gemeente Overbetuwe", "Ëlst"]))
        #expect(TextSearch.matches("zuidoe", ["Gemeente Zuidoëst"]))
        #expect(!TextSearch.matches("zuidoë", ["Gemeente Zuidoost"]))
    }

    @Test func theDutchLigatureIsAnIAndAJ() {
        #expect(TextSearch.matches("ijssel", ["Waterschap ĲSSELLAND"]))
        #expect(TextSearch.matches("ĳssel", ["Waterschap IJsselland"]))
        #expect(TextSearch.matches("Ĳ", ["Gemeente IJsselstein"]))
        #expect(!TextSearch.matches("ij", ["Gemeente Yerseke"]))
    }

    @Test func wordsAreAndedAndMayMatchDifferentFields() {
        let fields = ["GGD Haaglanden", "GGD", "jeugdgezondheidszorg"]
        #expect(TextSearch.matches("ggd jeugd", fields))
        #expect(TextSearch.matches("  haaglanden   GGD ", fields))
        #expect(!TextSearch.matches("ggd politie", fields))
    }

    @Test func aWordNeverMatchesAcrossTwoFields() {
        #expect(!TextSearch.matches("politiezuid", ["Politie", "Zuid"]))
        #expect(TextSearch.matches("politie zuid", ["Politie", "Zuid"]))
    }

    @Test func anEmptyQueryMatchesEverything() {
        #expect(TextSearch.matches("", []))
        #expect(TextSearch.matches(" \t", ["Gemeente"]))
        #expect(TextSearch.Query("   ").isEmpty)
    }

    @Test func nothingMatchesWithoutFields() {
        #expect(!TextSearch.matches("gemeente", []))
    }

    @Test func aQueryIsFoldedOnce() {
        let query = TextSearch.Query("Coöperatie  ’s-Hertogenbosch")
        #expect(query.words == ["cooperatie", "'s-hertogenbosch"])
        #expect(query.matches(["Woningcoöperatie", "'s-Hertogenbosch"]))
        #expect(!query.matches(["Woningcoöperatie", "Den Haag"]))
    }
}
