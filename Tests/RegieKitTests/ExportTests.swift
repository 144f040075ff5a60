import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// A small session with everything an export must handle: a private partner whose secrets are
/// marked `GEHEIM-n`, names with accents, quotes and commas, ids with `-` and `.`.
private enum Fixture {
    /// Text that must never appear in a public export.
    static let secrets = ["GEHEIM-1", "GEHEIM-2", "GEHEIM-3", "GEHEIM-4"]
    /// The private partner's scores in file order, as CSV cells and as Markdown cells.
    static let privateScoresCSV = "5,4,3,2,1,0,5,4,3"
    static let privateScoresMarkdown = "| 5 | 4 | 3 | 2 | 1 | 0 | 5 | 4 | 3 |"

    static let quotedName = "Woonbond \"De Ster\""
    static let commaName = "Stichting Zorg, Welzijn & Café Eén"

    static var session: Session {
        Session(
            title: "Wijkaanpak Noord",
            opgave: Opgave(
                title: "Veilige wijk", intent: "Samen de wijk veiliger maken.",
                whyItMatters: "Bewoners voelen zich onveilig.", successSignals: ["Minder meldingen", "Meer contact"]),
            workForm: WorkForm(kind: .programme, steering: .regie),
            regisseur: Regisseur(name: "Anouk", styles: [.connector]),
            partners: [
                Partner(
                    id: "p-gem", name: "Gemeente Zoetermeer", organisation: "Gemeente", sector: "overheid",
                    scores: Scores(influence: 4, interest: 5), interests: ["Rust in de wijk"], shareScores: true),
                Partner(
                    id: "p.pol", name: "Politie", organisation: "Politie Haaglanden", sector: "veiligheid",
                    scores: Scores(
                        influence: 5, interest: 4, commitment: 3, contribution: 2, dependency: 1, energy: 0, trust: 5,
                        legitimacy: 4, urgency: 3),
                    engagement: Engagement(current: .resistant, desired: .supportive),
                    interests: ["GEHEIM-2"], values: ["Orde"],
                    resources: [Resource(name: "Handhaving", replaceable: false)],
                    notes: "Wijkagent is positief.", privateNotes: "GEHEIM-1"),
                Partner(id: "p-wb", name: quotedName, organisation: "Woonbond", sector: "wonen"),
                Partner(id: "p_zorg", name: commaName, sector: "zorg"),
                Partner(id: "p-school", name: "Basisschool Sint-Jozef", sector: "onderwijs", status: .letGo),
            ],
            relations: [
                Relation(id: "r-1", from: "p-gem", to: "p.pol", kind: .collaboration, strength: 4),
                Relation(
                    id: "r-2", from: "p.pol", to: "p-wb", kind: .tension, strength: 2, note: "oud zeer | \"gedoe\""),
                Relation(id: "r-3", from: "p-wb", to: "p_zorg", kind: .negotiation, note: "huur,\nzorg"),
            ],
            perspectives: [
                Perspective(id: "pp-1", partner: "p.pol", view: "Handhaving eerst.", rightAbout: "Overlast is echt.")
            ],
            interventions: [
                Intervention(
                    id: "i-1", title: "Gesprek aan de keukentafel", tips: [2, 6], targets: ["p.pol", "r-2"],
                    rationale: "Spanning ombuigen.", expectedEffect: "Begrip.", status: .planned,
                    outcome: "Nog niet.", consequences: "Vertrouwen groeit of breekt.")
            ],
            meetings: [
                Meeting(
                    id: "m-1", title: "Startoverleg", date: Timestamp.date(from: "2026-03-02T09:30:00Z")!,
                    attendees: ["p-gem", "p.pol"], decisions: ["Wekelijks overleg"], mode: .coCreation)
            ],
            notes: [
                Note(
                    id: "n-1", at: Timestamp.date(from: "2026-03-01T10:00:00Z")!, text: "Eerste notitie",
                    links: ["p-gem"]),
                Note(id: "n-2", at: Timestamp.date(from: "2026-03-05T10:00:00Z")!, text: "GEHEIM-3", isPrivate: true),
                Note(id: "n-3", at: Timestamp.date(from: "2026-03-03T10:00:00Z")!, text: "Latere notitie", tip: 3),
            ],
            actions: [
                ActionItem(id: "a-1", text: "Agenda rondsturen", owner: "p-gem", due: Day("2026-03-09"), done: true),
                ActionItem(id: "a-2", text: "Wijkschouw plannen", owner: "p.pol"),
            ],
            reflections: [1: Reflection(answers: ["t1.q1": "GEHEIM-4"], done: true)])
    }

    static func render(
        _ format: ExportFormat, _ disclosure: Disclosure, _ language: Language = .nl, table: CSVTable = .partners
    )
        -> String
    {
        format.render(session, .testing(disclosure, language, table: table, dialect: .rfc4180))
    }
}

@Suite struct ExportPrivacyTests {
    @Test(arguments: ExportFormat.allCases, Language.allCases)
    func publicExportHoldsNoSecrets(format: ExportFormat, language: Language) {
        for table in CSVTable.allCases {
            let text = Fixture.render(format, .public, language, table: table)
            for secret in Fixture.secrets { #expect(!text.contains(secret), "\(format) \(table) leaks \(secret)") }
        }
    }

    @Test func fullMarkdownAndJSONHoldEverySecret() {
        for format in [ExportFormat.markdown, .json] {
            let text = Fixture.render(format, .full)
            for secret in Fixture.secrets { #expect(text.contains(secret), "\(format) lacks \(secret)") }
        }
    }

    @Test func markdownShowsPrivateScoresOnlyInFull() {
        let full = Fixture.render(.markdown, .full)
        let shown = Fixture.render(.markdown, .public)
        let policeScores =
            "- **Scores:** Invloed 5 · Belang 4 · Commitment 3 · Bijdrage 2 · Nodig voor de opgave 1 · Energie/passie 0 · Vertrouwen 5 · Legitimiteit 4 · Urgentie 3\n"
        #expect(full.contains("### Politie\n\n" + policeScores))
        #expect(full.contains("- **Op de kaart:** nauw betrekken · saillantie: bepalend · ring: betrokken\n"))
        #expect(!shown.contains(policeScores))
        #expect(!shown.contains("Invloed 5"))
        // The partner who shares keeps its scores in public.
        #expect(shown.contains("### Gemeente Zoetermeer\n\n- **Scores:** Invloed 4 · Belang 5 · Commitment 0"))
        #expect(!shown.contains("Handhaving (onvervangbaar)"))
        #expect(full.contains("Handhaving (onvervangbaar)"))
        #expect(full.contains("- **Betrokkenheid:** afwijzend → steunend (nu → gewenst)"))
        #expect(!shown.contains("afwijzend"))
    }

    /// The partner table has four columns, whatever may be shown: scores go with each partner.
    @Test func partnerTableFitsAPage() {
        for disclosure in Disclosure.allForTests {
            let text = SessionExport.markdown(Fixture.session, .testing(disclosure, .en))
            #expect(text.contains("| Name | Organisation | Sector | Status |\n|---|---|---|---|\n"))
            let widest = text.split(separator: "\n").filter { $0.hasPrefix("|---") }.map {
                $0.filter { $0 == "|" }.count
            }
            #expect(widest.max() == 6, "a table of five columns at most (the relations)")
        }
    }

    @Test func markdownWithoutSharedScoresHasNoScores() {
        var session = Fixture.session
        session.partners = session.partners.map {
            var p = $0
            p.shareScores = false
            return p
        }
        let text = SessionExport.markdown(session, .testing(.public, .en))
        #expect(text.contains("| Name | Organisation | Sector | Status |\n"))
        #expect(!text.contains("Influence"))
        #expect(!text.contains("Scores:"))
    }

    @Test func csvLeavesPrivateScoreCellsEmptyInPublic() {
        let full = Fixture.render(.csv, .full)
        let shown = Fixture.render(.csv, .public)
        #expect(
            full.contains("p.pol,Politie,Politie Haaglanden,veiligheid,active,," + Fixture.privateScoresCSV + "\r\n"))
        #expect(shown.contains("p.pol,Politie,Politie Haaglanden,veiligheid,active,,,,,,,,,,\r\n"))
        #expect(shown.contains("p-gem,Gemeente Zoetermeer,Gemeente,overheid,active,,4,5,0,0,0,0,0,0,0\r\n"))
    }

    @Test func dotTooltipsCarryScoresOnlyWhereAllowed() {
        let full = Fixture.render(.dot, .full, .en)
        let shown = Fixture.render(.dot, .public, .en)
        let privateNode = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("  \"p.pol\" [") } ?? ""
        }
        #expect(privateNode(full).contains("Influence 5, Interest 4, Commitment 3"))
        #expect(privateNode(full).contains("GEHEIM-2"))
        #expect(!privateNode(shown).contains("Influence"))
        #expect(shown.contains("Influence 4, Interest 5"))  // the partner who shares
    }

    @Test(arguments: Disclosure.allForTests)
    func mermaidNeverCarriesAssessments(disclosure: Disclosure) {
        let text = Fixture.render(.mermaid, disclosure, .en)
        for secret in Fixture.secrets { #expect(!text.contains(secret)) }
        #expect(!text.contains("influence"))
    }

    @Test func publicJSONDecodesWithoutPrivateFields() throws {
        let text = Fixture.render(.json, .public)
        let session = try SessionCodec.decode(Data(text.utf8))
        #expect(session.partners.count == 5)
        #expect(session.notes.map(\.id) == ["n-1", "n-3"])
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        #expect(!containsKey("privateNotes", in: object))
        let partners = try #require((object as? [String: Any])?["partners"] as? [[String: Any]])
        let police = try #require(partners.first { $0["id"] as? String == "p.pol" })
        #expect(police["scores"] == nil)
        #expect(police["interests"] == nil)
        let municipality = try #require(partners.first { $0["id"] as? String == "p-gem" })
        #expect(municipality["scores"] != nil)
    }

    @Test func fullJSONIsTheSessionFile() throws {
        let text = Fixture.render(.json, .full)
        #expect(Data(text.utf8) == SessionCodec.encode(Fixture.session))
        #expect(try SessionCodec.decode(Data(text.utf8)) == Fixture.session)
    }

    private func containsKey(_ key: String, in value: Any) -> Bool {
        if let object = value as? [String: Any] {
            return object.keys.contains(key) || object.values.contains { containsKey(key, in: $0) }
        }
        if let array = value as? [Any] { return array.contains { containsKey(key, in: $0) } }
        return false
    }
}

@Suite struct MarkdownExportTests {
    @Test func readsInDutch() {
        let text = Fixture.render(.markdown, .full, .nl)
        #expect(text.hasPrefix("# Wijkaanpak Noord\n\n_Tijden in tijdzone Europe/Amsterdam._\n\n## Opgave\n"))
        for heading in [
            "## Partners", "## Relaties", "## Perspectieven", "## Interventies", "## Overleggen",
            "## Notities (nieuwste eerst)", "## Acties", "## Reflectie per tip",
        ] {
            #expect(text.contains("\n" + heading + "\n"), "missing \(heading)")
        }
        #expect(text.contains("Stichting Zorg, Welzijn &amp; Café Eén"))
        #expect(text.contains("- **Werkvorm:** programma"))
        #expect(text.contains("- **Privénotities:** GEHEIM-1"))
    }

    @Test func readsInEnglish() {
        let text = Fixture.render(.markdown, .full, .en)
        for heading in [
            "## Relations", "## Perspectives", "## Interventions", "## Meetings", "## Notes (newest first)",
            "## Actions",
        ] {
            #expect(text.contains("\n" + heading + "\n"), "missing \(heading)")
        }
        #expect(text.contains("- **Private notes:** GEHEIM-1"))
        #expect(text.contains("| Politie | Woonbond \"De Ster\" | tension | 2 | oud zeer \\| \"gedoe\" |"))
    }

    @Test func escapesPipesAndLineBreaksInTables() {
        let text = Fixture.render(.markdown, .public, .nl)
        #expect(text.contains("| oud zeer \\| \"gedoe\" |"))
        #expect(text.contains("| huur,<br>zorg |"))
    }

    @Test func namesInsteadOfIds() {
        let text = Fixture.render(.markdown, .full, .en)
        #expect(text.contains("- **Targets:** Politie, Politie → Woonbond \"De Ster\""))
        #expect(text.contains("- **Attendees:** Gemeente Zoetermeer, Politie"))
        // 09:30 UTC is 10:30 in Amsterdam in March.
        #expect(text.contains("### Startoverleg\n\n- **Date:** Monday 2 March 2026, 10:30\n"))
        #expect(
            text.contains(
                "- [ ] Wijkschouw plannen — owner: Politie\n- [x] Agenda rondsturen — owner: Gemeente Zoetermeer · due 9 March 2026\n"
            ))
    }

    @Test func notesNewestFirstAndPrivateOnesOnlyInFull() throws {
        let full = Fixture.render(.markdown, .full, .en)
        let order = ["GEHEIM-3", "Latere notitie", "Eerste notitie"].map { full.range(of: $0)?.lowerBound }
        let found = try order.map { try #require($0) }
        #expect(found == found.sorted())
        let shown = Fixture.render(.markdown, .public, .en)
        #expect(shown.contains("- **3 March 2026, 11:00** — Latere notitie _(tip 3)_"))
        #expect(shown.contains("- **1 March 2026, 11:00** — Eerste notitie _(about Gemeente Zoetermeer)_"))
        #expect(shown.contains("_Times in the Europe/Amsterdam time zone._"))
    }
}

@Suite struct GraphExportTests {
    @Test func dotQuotesIdsAndEscapesNames() {
        let text = Fixture.render(.dot, .public, .nl)
        #expect(text.hasPrefix("digraph regie {\n"))
        #expect(text.contains("  \"p-wb\" [label=\"Woonbond \\\"De Ster\\\"\""))
        #expect(text.contains("  \"p.pol\" -> \"p-wb\" [label=\"spanning\", style=\"dashed\", color=\"red\""))
        #expect(text.contains("  \"p-wb\" -> \"p_zorg\" [label=\"onderhandeling\", style=\"bold\""))
        #expect(
            text.contains(
                "\"p-school\" [label=\"Basisschool Sint-Jozef\", tooltip=\"onderwijs\", style=\"rounded,dashed\"]"))
        #expect(text.contains("tooltip=\"huur,\\nzorg\""))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func dotEscapesBackslashes() {
        let session = Session(title: "a\\b", partners: [Partner(id: "x", name: "C:\\pad \"q\"\nregel 2")])
        let text = SessionExport.dot(session, disclosure: .public, language: .en)
        #expect(text.contains("label=\"a\\\\b\""))
        #expect(text.contains("\"x\" [label=\"C:\\\\pad \\\"q\\\"\\nregel 2\"]"))
    }

    @Test func mermaidUsesSafeIdsAndEntityCodes() {
        let text = Fixture.render(.mermaid, .public, .en)
        let expected = """
            ---
            title: "Wijkaanpak Noord"
            ---
            flowchart LR
                n0["Gemeente Zoetermeer"]
                n1["Politie"]
                n2["Woonbond #quot;De Ster#quot;"]
                n3["Stichting Zorg, Welzijn #38; Café Eén"]
                n4["Basisschool Sint-Jozef"]
                n0 ---|"collaboration"| n1
                n1 -.-|"tension"| n2
                n2 ===|"negotiation"| n3
                linkStyle 0 stroke:#2e7d32
                linkStyle 1 stroke:#cc0000,stroke-dasharray:5 5
                linkStyle 2 stroke:#e67e00
                classDef letGo stroke-dasharray: 5 5,color:#777777
                class n4 letGo

            """
        #expect(text == expected)
    }

    @Test func mermaidEscapesHashesAndAngles() {
        let session = Session(title: "", partners: [Partner(id: "x", name: "C# <team> \"A\"")])
        let text = SessionExport.mermaid(session, disclosure: .full, language: .nl)
        #expect(text == "flowchart LR\n    n0[\"C#35; #lt;team#gt; #quot;A#quot;\"]\n")
    }
}

@Suite struct CSVExportTests {
    @Test func partnersFollowRFC4180() {
        let text = Fixture.render(.csv, .public)
        let lines = text.components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "id,name,organisation,sector,status,chainPosition,influence,interest,commitment,contribution,dependency,energy,trust,legitimacy,urgency"
        )
        #expect(lines[3] == "p-wb,\"Woonbond \"\"De Ster\"\"\",Woonbond,wonen,active,,,,,,,,,,")
        #expect(lines[4] == "p_zorg,\"Stichting Zorg, Welzijn & Café Eén\",,zorg,active,,,,,,,,,,")
        #expect(lines[5].hasPrefix("p-school,Basisschool Sint-Jozef,,onderwijs,letGo,"))
        #expect(lines.last == "")
        #expect(lines.count == 7)
    }

    @Test func relationsTable() {
        let text = Fixture.render(.csv, .public, table: .relations)
        let rows = [
            "id,from,to,fromName,toName,kind,strength,note",
            "r-1,p-gem,p.pol,Gemeente Zoetermeer,Politie,collaboration,4,",
            "r-2,p.pol,p-wb,Politie,\"Woonbond \"\"De Ster\"\"\",tension,2,\"oud zeer | \"\"gedoe\"\"\"",
            "r-3,p-wb,p_zorg,\"Woonbond \"\"De Ster\"\"\",\"Stichting Zorg, Welzijn & Café Eén\",negotiation,3,\"huur,\nzorg\"",
        ]
        #expect(text == rows.map { $0 + "\r\n" }.joined())
    }

    @Test func chainPositionIsWritten() {
        let session = Session(title: "Keten", partners: [Partner(id: "a", name: "A", chainPosition: 2)])
        let text = SessionExport.csv(session, .testing(.full, .en))
        #expect(text.hasSuffix("\r\na,A,,,active,2,0,0,0,0,0,0,0,0,0\r\n"))
    }
}

extension Disclosure {
    /// Both disclosures, for parameterised tests.
    static let allForTests: [Disclosure] = [.full, .public]
}

/// The bundled samples are the demo: every one must export in every format, and its public
/// exports must hold none of its private text.
@Suite struct SampleExportTests {
    @Test func everySampleExportsWithoutLeaks() throws {
        #expect(SampleSessions.names.count == 5, "the five samples are bundled")
        for name in SampleSessions.names {
            let data = try #require(SampleSessions.data(named: name), "\(name)")
            let session = try SessionCodec.decode(data)
            // Free text only: short words such as an interest may well appear in public text too.
            let secrets = session.partners.map(\.privateNotes) + session.notes.filter(\.isPrivate).map(\.text)
            for format in ExportFormat.allCases {
                for table in CSVTable.allCases {
                    let text = format.render(session, .testing(.public, session.language, table: table))
                    #expect(!text.isEmpty)
                    for secret in secrets where secret.count > 12 {
                        #expect(!text.contains(secret), "\(name) \(format) leaks \"\(secret)\"")
                    }
                }
            }
        }
    }
}
