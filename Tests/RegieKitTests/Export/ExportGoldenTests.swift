import Foundation
import RegieTestSupport
import Testing

@testable import RegieKit

/// Every format of the fixed session as golden files (`Tests/RegieKitTests/Goldens`), times in
/// Amsterdam; read the file when it changes.
@Suite struct ExportGoldenTests {
    @Test(arguments: [(Disclosure.full, Language.nl), (.public, .en)])
    func report(disclosure: Disclosure, language: Language) {
        let name = "report-\(disclosure == .full ? "full" : "public")-\(language.rawValue).md"
        Golden.check(ExportFixture.render(.markdown, disclosure, language), named: name)
    }

    @Test(arguments: [(Disclosure.full, Language.nl), (.public, .en)])
    func minutes(disclosure: Disclosure, language: Language) {
        let name = "minutes-\(disclosure == .full ? "full" : "public")-\(language.rawValue).md"
        Golden.check(ExportFixture.render(.markdown, disclosure, language, meeting: "m1"), named: name)
    }

    @Test func page() {
        Golden.check(ExportFixture.render(.html, .full, .nl), named: "report-full-nl.html")
        Golden.check(ExportFixture.render(.html, .public, .en), named: "report-public-en.html")
    }

    @Test(arguments: MapKind.allCases)
    func picture(kind: MapKind) {
        Golden.check(ExportFixture.render(.svg, .full, .nl, views: [kind]), named: "map-\(kind.rawValue)-full-nl.svg")
        Golden.check(
            ExportFixture.render(.svg, .public, .en, views: [kind]), named: "map-\(kind.rawValue)-public-en.svg")
    }

    @Test(arguments: CSVTable.allCases)
    func table(table: CSVTable) {
        Golden.check(ExportFixture.render(.csv, .full, .nl, table: table), named: "\(table.rawValue)-excel.csv")
        Golden.check(
            ExportFixture.render(.csv, .public, .en, table: table), named: "\(table.rawValue)-public-rfc4180.csv")
    }
}

/// The minutes read as minutes: what happened in the meeting, in order, on local clocks.
@Suite struct MinutesTests {
    @Test func notesInTheOrderTheyWereMadeAndPrivateOnesOnlyInFull() throws {
        let full = ExportFixture.render(.markdown, .full, .nl, meeting: "m1")
        let order = ["Opening", "GEHEIM-2", "vijf kamers", "Nagebeld"].map { full.range(of: $0)?.lowerBound }
        let found = try order.map { try #require($0) }
        #expect(found == found.sorted())
        // 13:05 UTC is 14:05 in Amsterdam; the note of the next day carries its date.
        #expect(full.contains("- **14:05** — Opening: wat merkt een jongere?\n"))
        #expect(full.contains("- **11 maart 2026, 09:15** — Nagebeld met de zorggroep.\n"))
        let shown = ExportFixture.render(.markdown, .public, .nl, meeting: "m1")
        #expect(!shown.contains("GEHEIM"))
        #expect(shown.contains("- **14:05** — Opening"))
    }

    @Test func decisionsAndActionsWithOwnerAndDueDate() {
        let text = ExportFixture.render(.markdown, .full, .en, meeting: "m1")
        #expect(
            text.hasPrefix(
                "# Ketenoverleg &lt;Zuid&gt;\n\n_Ketenaanpak Zuid &lt;Zuid&gt;_\n\n- **Date:** Tuesday 10 March 2026, 14:00\n"
            ))
        #expect(
            text.contains(
                "## Decisions\n\n1. Elke jongere krijgt bij 17 jaar een regisseur.\n2. \\# Geen kop: de wachtlijst gaat op de agenda.\n"
            ))
        #expect(
            text.contains("- [ ] Vijf kamers vastleggen — owner: Woonstichting 's-Hertogenbosch · due 15 April 2026\n"))
        #expect(text.contains("- [ ] \\=Regisseur aanstellen — owner: Gemeente Zuidstad · due 31 March 2026\n"))
        #expect(!text.contains("Verkenning rondsturen"), "an action of no meeting is not in these minutes")
    }

    @Test func notesOfTheSameSecondKeepTheOrderTheyWereTypedIn() throws {
        var session = ExportFixture.session
        let at = try #require(Timestamp.date(from: "2026-03-10T13:30:00Z"))
        // Ids as the workbench makes them: note-10 sorts before note-9 as text.
        session.notes += (8...11).map { Note(id: Note.ID("note-\($0)"), at: at, text: "Punt \($0)", meeting: "m1") }
        let text = ExportFormat.markdown.render(session, .testing(.full, .nl, meeting: "m1"))
        let places = try (8...11).map { try #require(text.range(of: "Punt \($0)")).lowerBound }
        #expect(places == places.sorted(), "\(text)")
    }

    @Test func anActionOwnedByAPersonNamesThemInTheMinutes() {
        var session = ExportFixture.session
        session.actions += [
            ActionItem(id: "a8", text: "Zaal boeken", ownerName: "Jolanda", meeting: "m1"),
            ActionItem(id: "a9", text: "Wijkagent belt", owner: "gem", ownerName: "Piet", meeting: "m1"),
        ]
        let text = ExportFormat.markdown.render(session, .testing(.full, .nl, meeting: "m1"))
        #expect(text.contains("- [ ] Zaal boeken — eigenaar: Jolanda\n"), "\(text)")
        #expect(text.contains("- [ ] Wijkagent belt — eigenaar: Piet (Gemeente Zuidstad)\n"), "\(text)")
    }

    @Test func theReportHoldsEveryMeetingsMinutesAndTheOtherNotesApart() {
        let text = ExportFixture.render(.markdown, .full, .nl)
        #expect(
            text.contains(
                "## Overleggen\n\n### Ketenoverleg &lt;Zuid&gt;\n\n- **Datum:** dinsdag 10 maart 2026, 14:00\n"))
        #expect(
            text.contains(
                "## Notities buiten overleggen (nieuwste eerst)\n\n- **20 februari 2026, 11:00** — Eerste verkenning"))
        #expect(text.components(separatedBy: "Opening: wat merkt").count == 2, "a meeting's note appears once")
    }

    @Test func walkthroughAnswersUnderTheirQuestions() throws {
        let text = ExportFixture.render(.markdown, .full, .nl)
        let question = try #require(Catalog.question(id: "t1.q1")).text(.nl)
        #expect(text.contains("### Tip 1 — " + Catalog.tips[0].title(.nl) + " (klaar)\n"))
        #expect(
            text.contains(
                "**" + MarkdownText.literal(question) + "**\n\nGeen jongere staat op zijn achttiende op straat.\n"))
        #expect(!text.contains("t1.q1"))
        // An answer to a question this version does not know keeps its id.
        #expect(text.contains("**t1.q9**\n\nGEHEIM-4\n"))
    }

    /// What a group answered in the room stands under its question beside the regisseur's own
    /// answer, and stays in a public report, where the regisseur's own answers do not (the one
    /// rule, `Disclosure`); a question the group discussed says so.
    @Test func sharedAnswersUnderTheirQuestionsAlsoInPublic() throws {
        let q1 = MarkdownText.literal(try #require(Catalog.question(id: "t1.q1")).text(.nl))
        let q2 = MarkdownText.literal(try #require(Catalog.question(id: "t2.q1")).text(.nl))
        let q3 = MarkdownText.literal(try #require(Catalog.question(id: "t2.q2")).text(.nl))
        let full = ExportFixture.render(.markdown, .full, .nl)
        #expect(
            full.contains(
                "**" + q1 + "**\n\nGeen jongere staat op zijn achttiende op straat.\n\n"
                    + "_De groep:_ Niemand staat op zijn achttiende op straat, zegt de groep.\n"))
        let shown = ExportFixture.render(.markdown, .public, .nl)
        #expect(shown.contains("## Reflectie per tip\n\n### Tip 1 — " + Catalog.tips[0].title(.nl) + " (klaar)\n"))
        #expect(shown.contains("**" + q1 + "**\n\n_De groep:_ Niemand staat op zijn achttiende op straat"))
        #expect(
            shown.contains(
                "**" + q2 + " (besproken)**\n\n_De groep:_ De zorggroep ziet een wachtlijst, de gemeente een loket.\n"
            ))
        #expect(shown.contains("**" + q3 + " (besproken)**\n"))
        #expect(!shown.contains("Geen jongere staat op zijn achttiende op straat."))
        #expect(!shown.contains("GEHEIM-4"))
        let html = ExportFixture.render(.html, .public, .en)
        #expect(html.contains("<p><em>The group:</em> De zorggroep ziet een wachtlijst, de gemeente een loket.</p>"))
    }

    @Test func catalogueInterventionsByTitle() throws {
        let entry = try #require(Catalog.intervention(id: "case-table"))
        for language in Language.allCases {
            let text = ExportFixture.render(.markdown, .full, language)
            #expect(text.contains("### " + MarkdownText.literal(entry.title(language)) + "\n"))
            #expect(!text.contains("case-table"))
        }
    }
}
