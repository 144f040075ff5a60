import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// The four panes drawn at 80×24 (the exact text), at 120×40 (what they add), in presentation
/// mode (nothing private), with the selection reversed, and small, empty or cramped.
@Suite struct PaneViewTests {
    typealias F = PaneFixtures

    /// The screen as text, one `|row|` a line, without the final line break.
    func screen(_ state: AppState, _ width: Int, _ height: Int, function: String = #function) -> String {
        let text = String(F.screen(state, width, height).dropLast())
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            // Re-recording is explicit: write what is drawn now, and fail so it is never silent.
            let name = function.replacingOccurrences(of: "()", with: "")
            try? text.write(
                toFile: "/tmp/regie-snapshots/\(name)-\(width)x\(height).txt", atomically: true, encoding: .utf8)
            Issue.record("recorded \(name) at \(width)×\(height)")
        }
        return text
    }

    // MARK: - 80×24, exact

    @Test func perspectivesAt80x24() {
        #expect(
            screen(F.state(pane: .perspectives), 80, 24) == """
                | 1 Kaart  2 Perspect.  3 Interv.  4 Notities  5 Doorloop        Wijkaanpak Ëlst |
                |┌ Partners (5) ────────┐┌ Partner ─────────────────────────────────────────────┐|
                |│  Gemeente Ëlst       ││ Gemeente Ëlst                               ● actief │|
                |│  Zorggroep Ëlst 日本 ││ Gemeente Ëlst · overheid                             │|
                |│  Woonstichting De Li…││                                                      │|
                |│? Politie Oost        ││ Perspectief  tip 2 ───────────────────────────────── │|
                |│× Buurtteam Noord     ││ Visie             Eén aanpak per huishouden, met één │|
                |│                      ││                   regisseur en één plan.             │|
                |│                      ││ Gelijk in         Versnippering kost geld en         │|
                |│                      ││                   vertrouwen.                        │|
                |│                      ││ Zorgen            Dat partners afhaken als de kosten │|
                |│                      ││                   oplopen.                           │|
                |│                      ││ Verantwoordelijk  Het wijkbudget en de afspraken     │|
                |│                      ││                   bewaken.                           │|
                |│                      ││ Brug              Samen één gezin volgen en leren    │|
                |│                      ││                   wat werkt.                         │|
                |│                      ││                                                      │|
                |│                      ││ Inschatting  deelbaar ────────────────────────────── │|
                |│                      ││ Invloed              ●●●●● 5                         │|
                |│                      ││ Belang               ●●●●○ 4                         │|
                |│                      ││ Commitment           ●●●●○ 4                         │|
                |│                      ││ Bijdrage             ●●●○○ 3                        ▼│|
                |└──────────────────────┘└──────────────────────────────────────────────────────┘|
                | elst.json ✓ bewaard · NL │ e perspectief  c vergelijk  n notitie  ? help       |
                """)
    }

    @Test func comparisonOfTwoPartnersAt80x24() {
        let state = F.state(pane: .perspectives) { $0.comparison = ["gemeente", "zorggroep"] }
        #expect(
            screen(state, 80, 24) == """
                | 1 Kaart  2 Perspect.  3 Interv.  4 Notities  5 Doorloop        Wijkaanpak Ëlst |
                |┌ Partners (5) ────────┐┌ Vergelijking · 2 · c haalt eruit, C wist ────────────┐|
                |│◆ Gemeente Ëlst       ││ Gemeente Ëlst            │ Zorggroep Ëlst 日本       │|
                |│◆ Zorggroep Ëlst 日本 ││ Gemeente Ëlst · overheid │ Zorggroep Ëlst 日本 B.V.  │|
                |│  Woonstichting De Li…││                          │ · zorg                    │|
                |│? Politie Oost        ││ Visie ───────────────────┼────────────────────────── │|
                |│× Buurtteam Noord     ││ Eén aanpak per           │ Zorg hoort thuis, maar er │|
                |│                      ││ huishouden, met één      │ is te weinig personeel    │|
                |│                      ││ regisseur en één plan.   │ voor meer taken.          │|
                |│                      ││ Gelijk in ───────────────┼────────────────────────── │|
                |│                      ││ Versnippering kost geld  │ Zonder wijkverpleging     │|
                |│                      ││ en vertrouwen.           │ lukt het niet.            │|
                |│                      ││ Zorgen ──────────────────┼────────────────────────── │|
                |│                      ││ Dat partners afhaken als │ Nog meer overleg zonder   │|
                |│                      ││ de kosten oplopen.       │ tijd voor cliënten.       │|
                |│                      ││ Verantwoordelijk ────────┼────────────────────────── │|
                |│                      ││ Het wijkbudget en de     │ Zorg thuis leveren en     │|
                |│                      ││ afspraken bewaken.       │ signalen doorgeven.       │|
                |│                      ││ Brug ────────────────────┼────────────────────────── │|
                |│                      ││ Samen één gezin volgen   │ Samen één gezin volgen,   │|
                |│                      ││ en leren wat werkt.      │ met minder vergaderen.    │|
                |│                      ││                                                      │|
                |└──────────────────────┘└──────────────────────────────────────────────────────┘|
                | elst.json ✓ bewaard · NL │ e perspectief  c vergelijk  n notitie  ? help       |
                """)
    }

    @Test func interventionsAt80x24() {
        let state = F.state(pane: .interventions) {
            $0.interventionsSection = .plan
            $0.selectedIntervention = 2
        }
        #expect(
            screen(state, 80, 24) == """
                | 1 Kaart  2 Perspect.  3 Interv.  4 Notities  5 Doorloop        Wijkaanpak Ëlst |
                |┌─ Suggesties (…) ─ Interventies (4) ──────────────────────────── →/] wisselt ─┐|
                |│ ◔ gepland    Gesprek onder vier ogen met de zorggroep               tips 2·5 │|
                |│ ○ idee       Gezamenlijke feitenanalyse                                tip 2 │|
                |│ ● gedaan     Eén gezin samen volgen                                 tips 1·4 │|
                |│ × vervallen  Convenant opstellen                                       tip 7 │|
                |└────────────────────────── 1 idee · 1 gepland · 1 gedaan · 1 vervallen · 3/4 ─┘|
                |┌ Interventie ─────────────────────────────────────────────────────────────────┐|
                |│ Eén gezin samen volgen                                                       │|
                |│                                                                              │|
                |│ Status           ● gedaan · inspanning middel                                │|
                |│ Wanneer          gepland 2026-02-01 · afgerond 2026-02-20                    │|
                |│                                                                              │|
                |│ Wat het opleverde  tip 4 ─────────────────────────────────────────────────── │|
                |│ Uitkomst         Drie partners zagen hetzelfde knelpunt.                     │|
                |│ Consequenties    De zorggroep schuift nu aan; de corporatie voelt zich       │|
                |│                  gepasseerd.                                                 │|
                |│                                                                              │|
                |│ Plan  tip 3 ──────────────────────────────────────────────────────────────── │|
                |│ Tips             1  De opgave is leidend                                     │|
                |│                  4  Verantwoordelijk voor de consequenties van wat men doet  │|
                |│                  of laat                                                    ▼│|
                |└──────────────────────────────────────────────────────────────────────────────┘|
                | elst.json ✓ bewaard · NL │ a nieuw  e bewerk  s status  d weg  → suggesties    |
                """)
    }

    @Test func notesAt80x24() {
        #expect(
            screen(F.state(pane: .notes), 80, 24) == """
                | 1 Kaart  2 Perspect.  3 Interv.  4 Notities  5 Doorloop        Wijkaanpak Ëlst |
                |┌─ Notities (4) ─ Overleggen (1) ─ Acties (2 open · 1 te laat) ── →/] wisselt ─┐|
                |│ 2026-03-04 16:00  De Linde wil aansluiten bij de wijktafel.   tip 2          │|
                |│ 2026-03-02 10:15  Wethouder lijkt ongeduldig.                        ◆ privé │|
                |│ 2026-03-02 09:45  Zorggroep wil eerst weten wat het kost.     tip 5          │|
                |│ 2026-02-20 11:00  Gezin gevolgd: knelpunt bij de overdracht.                 │|
                |└──────────────────────────────────────────────────────────────────────────────┘|
                |┌ Notitie ─────────────────────────────────────────────────────────────────────┐|
                |│ 2026-03-04 16:00                                                             │|
                |│                                                                              │|
                |│ De Linde wil aansluiten bij de wijktafel.                                    │|
                |│                                                                              │|
                |│ Over     Woonstichting De Linde, Gemeente Ëlst                               │|
                |│ Tip      2  Meervoudig kijken                                                │|
                |│                                                                              │|
                |│                                                                              │|
                |│                                                                              │|
                |│                                                                              │|
                |│                                                                              │|
                |│                                                                              │|
                |│                                                                              │|
                |│                                                                              │|
                |└──────────────────────────────────────────────────────────────────────────────┘|
                | elst.json ✓ bewaard · NL │ n notitie  → lijst  m overleg  t actie  x klaar     |
                """)
    }

    @Test func walkthroughAt80x24() {
        let state = analysed(F.state(pane: .walkthrough) { $0.selectedTip = 2 })
        #expect(
            screen(state, 80, 24) == """
                | 1 Kaart  2 Perspect.  3 Interv.  4 Notities  5 Doorloop        Wijkaanpak Ëlst |
                |┌ Zeven tips · 1/7 ────────┐┌ Tip 2 van 7 ─────────────────────────────────────┐|
                |│ ✓ 1 De opgave is leidend ││ Meervoudig kijken                                │|
                |│ · 2 Meervoudig kijken    ││                                                  │|
                |│   3 Choose your battles  ││ In deze sessie  ↑/↓ kiest, Enter gaat erheen ─── │|
                |│   4 Verantwoordelijk voo…││ • Nog geen perspectief: Politie Oost.            │|
                |│   5 Belangen en passie   ││   Enter → naar het perspectief van de partner    │|
                |│   6 Samenwerken is iets …││ • Spanning: Zorggroep Ëlst 日本 – Woonstichting  │|
                |│   7 Sluit aan bij de wer…││   De Linde (sterkte 2).                          │|
                |│                          ││                                                  │|
                |│ 1/7 afgerond             ││ Elke partner bekijkt de opgave vanuit de eigen   │|
                |│ ●○○○○○○                  ││ positie, en gezien vanaf die plek heeft ze ook   │|
                |│                          ││ gelijk. Wie dat ziet, hoeft niet te winnen en    │|
                |│ ✓ afgerond               ││ kan zoeken naar wat de verhalen verbindt. Ga dus │|
                |│ · begonnen               ││ niet mee in de strijd om het gelijk, maar vraag  │|
                |│ ←/→ vorige/volgende tip  ││ elke partner wel wat ze zelf voor de opgave      │|
                |│ ↑/↓ bevinding, vraag     ││ doet. Zo ontstaat ruimte voor openheid en voor   │|
                |│ x tip afgerond aan/uit   ││ een verantwoordelijkheid die je samen draagt.    │|
                |│                          ││                                                  │|
                |│                          ││ → Werk dit uit in 2 Perspectieven · toets 2      │|
                |│                          ││                                                  │|
                |│                          ││ Vragen  1/5 beantwoord · x als je klaar bent ───▼│|
                |└──────────────────────────┘└──────────────────────────────────────────────────┘|
                | elst.json ✓ bewaard · NL │ Enter ga erheen  → tip  x afgerond  n notitie       |
                """)
    }

    // MARK: - 120×40, what the room adds

    @Test func perspectivesAt120x40ShowEverythingKeptOnThePartner() {
        let text = screen(F.state(pane: .perspectives) { $0.selectedPartner = "zorggroep" }, 120, 40)
        for fact in [
            "Zorggroep Ëlst 日本 B.V. · zorg · keten 2", "● actief",
            "Visie             Zorg hoort thuis, maar er is te weinig personeel voor meer taken.",
            "Gelijk in ", "Zorgen ", "Verantwoordelijk ",
            "Brug              Samen één gezin volgen, met minder vergaderen.",
            "Invloed              ●●●●○ 4", "Nodig voor de opgave ●●●●● 5", "Vertrouwen           ●●○○○ 2",
            "Betrokkenheid  neutraal → steunend  (+1)", "personeel behouden · minder crisisopnames", "zorg dichtbij",
            "wijkverpleging ! · data", "! = onvervangbaar",
            "samenwerking     ← Gemeente Ëlst", "spanning         → Woonstichting De Linde",
            "informatie       ← Politie Oost",
            "Sluit aan bij de wijktafel.", "◆ privé", "Bestuurder twijfelt aan de meerwaarde.",
        ] {
            #expect(text.contains(fact), "missing: \(fact)")
        }
    }

    @Test func comparisonAt120x40PutsThreePartnersSideBySideWithAlignedBands() {
        let state = F.state(pane: .perspectives) { $0.comparison = ["gemeente", "zorggroep", "linde"] }
        let rows = screen(state, 120, 40).split(separator: "\n").map(String.init)
        #expect(
            rows.contains {
                $0.contains("Gemeente Ëlst  ") && $0.contains("│ Zorggroep Ëlst 日本")
                    && $0.contains("│ Woonstichting De Linde")
            })
        let rules = rows.filter { $0.contains("┼") }
        #expect(rules.count == 5)
        #expect(rules.allSatisfy { $0.filter { $0 == "┼" }.count == 2 })
        #expect(rules.contains { $0.contains("Brug ─") })
        // The bridges are read across one row.
        #expect(rows.contains { $0.contains("Samen één gezin volgen en") && $0.contains("Samen één gezin volgen,") })
        #expect(rows.contains { $0.contains("Eerst de woningen op orde.") })
        #expect(!rows.contains { $0.contains("Invloed") })
    }

    @Test func comparisonFitsTwoColumnsAt80AndThreeAt120AndShowsTheSelectedPartner() {
        #expect(PerspectiveComparisonView.columnCount(for: 56, partners: 5) == 2)
        #expect(PerspectiveComparisonView.columnCount(for: 86, partners: 5) == 3)
        #expect(PerspectiveComparisonView.columnCount(for: 110, partners: 5) == 4)
        #expect(PerspectiveComparisonView.columnCount(for: 86, partners: 2) == 2)
        let state = F.state(pane: .perspectives) {
            $0.comparison = ["gemeente", "zorggroep", "linde", "politie"]
            $0.selectedPartner = "politie"
        }
        let text = screen(state, 120, 40)
        #expect(text.contains("Vergelijking 2–4/4"))
        #expect(text.contains("│ Politie Oost"))
        #expect(!text.contains("Eén aanpak per huishouden"))
    }

    @Test func interventionsAt120x40ListEveryStatusAndTheFullDetail() {
        let text = screen(
            F.state(pane: .interventions) {
                $0.interventionsSection = .plan
                $0.selectedIntervention = 2
            }, 120, 40)
        for fact in [
            "○ idee ", "◔ gepland ", "● gedaan ", "× vervallen ", "tips 2·5", "tip 7",
            "● gedaan · inspanning middel", "gepland 2026-02-01 · afgerond 2026-02-20",
            "Wat het opleverde  tip 4", "Uitkomst         Drie partners zagen hetzelfde knelpunt.",
            "Consequenties    De zorggroep schuift nu aan; de corporatie voelt zich gepasseerd.",
            "Tips             1  De opgave is leidend",
            "4  Verantwoordelijk voor de consequenties van wat men doet of laat",
            "Gericht op       Gemeente Ëlst, Zorggroep Ëlst 日本, Gemeente Ëlst – Zorggroep Ëlst 日本",
            "Waarom           Laat zien wat de opgave in één huis betekent.",
        ] {
            #expect(text.contains(fact), "missing: \(fact)")
        }
    }

    @Test func aPlannedInterventionShowsItsPlanFirstAndPromptsForTheConsequences() {
        let text = screen(
            F.state(pane: .interventions) {
                $0.interventionsSection = .plan
                $0.selectedIntervention = 0
            }, 120, 40)
        let plan = text.range(of: "Plan  tip 3")
        let result = text.range(of: "Wat het opleverde  tip 4")
        #expect(plan != nil && result != nil && plan!.lowerBound < result!.lowerBound)
        #expect(text.contains("Consequenties    voor de samenwerking en voor de opgave — e vult aan"))
    }

    @Test func aCatalogueInterventionNamesItsEntryOrSaysItIsMissing() {
        let text = screen(
            F.state(pane: .interventions) {
                $0.interventionsSection = .plan
                $0.selectedIntervention = 1
            }, 120, 40)
        if let entry = Catalog.intervention(id: "joint-fact-finding") {
            #expect(text.contains("Uit catalogus    " + entry.title.nl))
        } else {
            #expect(text.contains("Uit catalogus    joint-fact-finding (niet gevonden)"))
        }
        var state = F.state(pane: .interventions) {
            $0.interventionsSection = .plan
            $0.selectedIntervention = 1
        }
        state.session.interventions[1].catalogId = "retired-entry"
        #expect(screen(state, 80, 24).contains("retired-entry (niet gevonden)"))
    }

    @Test func notesAt120x40ShowLinksByNameAndMeetingsWithTheirNotesAndActions() {
        let notes = screen(F.state(pane: .notes), 120, 40)
        #expect(notes.contains("2026-03-04 16:00  De Linde wil aansluiten bij de wijktafel."))
        #expect(notes.contains("Woonstichting De Linde +1  tip 2"))
        #expect(notes.contains("Gemeente Ëlst                     ◆ privé"))
        #expect(notes.contains("Over     Woonstichting De Linde, Gemeente Ëlst"))

        let meetings = screen(F.state(pane: .notes) { $0.notesSection = .meetings }, 120, 40)
        for fact in [
            "2026-03-02 09:30  Wijktafel Ëlst", "cocreatie · 3 aanwezig", "Karakter  cocreatie  (tip 6)",
            "Aanwezig  Gemeente Ëlst, Zorggroep Ëlst 日本, Woonstichting De Linde",
            "• We volgen samen één gezin.", "• De zorggroep levert een wijkverpleegkundige.",
            "09:45  Zorggroep wil eerst weten wat het kost.", "10:15  Wethouder lijkt ongeduldig.  ◆ privé",
            "[!] Kosten van de wijkverpleging uitzoeken · Zorggroep Ëlst 日本 · 2026-03-01",
            "[x] Verslag rondsturen · Gemeente Ëlst",
        ] {
            #expect(meetings.contains(fact), "missing: \(fact)")
        }

        let actions = screen(F.state(pane: .notes) { $0.notesSection = .actions }, 120, 40).split(separator: "\n")
        #expect(
            actions.contains {
                $0.contains("[!] Kosten van de wijkverpleging") && $0.contains("Zorggroep Ëlst 日本")
                    && $0.contains("2026-03-01")
            })
        #expect(actions.contains { $0.contains("[ ] Uitnodiging wijktafel") && $0.contains("2026-03-20") })
        #expect(actions.contains { $0.contains("[x] Verslag rondsturen") })
        #expect(actions.contains { $0.contains("Status       [!] te laat — x zet haar op klaar") })
    }

    @Test func walkthroughAt120x40ShowsProgressThePaneToWorkInAndTheAnswers() {
        let state = F.state(pane: .walkthrough) {
            $0.selectedTip = 1
            $0.selectedQuestion = 4
        }
        let text = screen(state, 120, 40)
        for fact in [
            "✓ 1 De opgave is leidend", "· 2 Meervoudig kijken", "   3 Choose your battles", "1/7 afgerond", "●○○○○○○",
            "Tip 1 van 7", "→ Werk dit uit in 1 Kaart · toets 1", "Vragen  2/5 beantwoord · ✓ afgerond",
            "1  Hoe zou je de opgave in één zin uitleggen", "Iedereen woont veilig thuis, ook met zorg.",
            "Minder crisisopnames.", "Enter schrijft een antwoord",
        ] {
            #expect(text.contains(fact), "missing: \(fact)")
        }
    }

    @Test func panesSpeakEnglish() {
        let interventions = screen(
            F.state(pane: .interventions) {
                $0.interventionsSection = .plan
                $0.language = .en
                $0.selectedIntervention = 2
            }, 120, 40)
        #expect(interventions.contains("What came of it  tip 4"))
        #expect(interventions.contains("Consequences     De zorggroep schuift nu aan"))
        let walkthrough = screen(F.state(pane: .walkthrough) { $0.language = .en }, 80, 24)
        #expect(walkthrough.contains("1/7 done"))
        #expect(walkthrough.contains("→ Work on this in 1 Map · key 1"))
        let notes = screen(
            F.state(pane: .notes) {
                $0.language = .en
                $0.notesSection = .actions
            }, 80, 24)
        #expect(notes.contains("Actions (2 open · 1 overdue)"))
        #expect(notes.contains("[!] overdue"))
    }

    // MARK: - Presentation mode

    @Test func presentingHidesTheAssessmentOfAPartnerWhoDidNotShareIt() {
        for (width, height) in [(80, 24), (120, 40)] {
            let text = screen(
                F.state(pane: .perspectives) {
                    $0.selectedPartner = "zorggroep"
                    $0.presenting = true
                }, width, height)
            #expect(text.contains("Zorg hoort thuis"))
            #expect(text.contains("Niet gedeeld in de presentatie"))
            for secret in [
                "●●", "○○", "Invloed", "neutraal → steunend", "personeel behouden", "zorg dichtbij", "wijkverpleging !",
                "privé", "Bestuurder twijfelt",
            ] {
                #expect(!text.contains(secret), "shown while presenting: \(secret)")
            }
        }
    }

    @Test func presentingShowsSharedScoresButNeverPrivateNotes() {
        let text = screen(F.state(pane: .perspectives) { $0.presenting = true }, 120, 40)
        #expect(text.contains("Invloed              ●●●●● 5"))
        #expect(text.contains("minder zorgkosten · tevreden bewoners"))
        #expect(text.contains("Trekker van de wijkaanpak."))
        #expect(!text.contains("Wethouder wil voor de verkiezingen"))
        #expect(!text.contains("privé"))
    }

    @Test func presentingLeavesPrivateNotesOutOfEveryList() {
        for section in NotesSection.allCases {
            for (width, height) in [(80, 24), (120, 40)] {
                let state = F.state(pane: .notes) {
                    $0.notesSection = section
                    $0.presenting = true
                }
                let text = screen(state, width, height)
                #expect(text.contains("Notities (3)"))
                #expect(!text.contains("Wethouder lijkt ongeduldig"))
                #expect(!text.contains("privé"))
                #expect(!text.contains("10:15"))
            }
        }
    }

    /// The selection indexes the list that is shown: in presentation mode every index names a
    /// note on screen (today the second of the shared notes), never the private one.
    @Test func presentingEverySelectableNoteIsOneOnScreen() {
        for index in 0..<3 {
            let state = F.state(pane: .notes) {
                $0.selectedNote = index
                $0.presenting = true
            }
            let frame = F.frame(state, 80, 24)
            // Row 1 holds the section tabs, the current one reversed; one note row is highlighted.
            #expect(reversedRows(frame).subtracting([1]).count == 1, "index \(index)")
            #expect(!frame.grid.snapshot(styles: false).contains("Wethouder"), "index \(index)")
        }
    }

    @Test func presentingShowsTheQuestionsButNotTheAnswers() {
        for (width, height) in [(80, 24), (120, 40)] {
            let text = screen(F.state(pane: .walkthrough) { $0.presenting = true }, width, height)
            #expect(text.contains("Hoe zou je de opgave in één zin"))
            #expect(text.contains("antwoorden verborgen"))
            #expect(!text.contains("Iedereen woont veilig thuis"))
            #expect(!text.contains("Minder crisisopnames"))
            #expect(!text.contains("Enter schrijft een antwoord"))
        }
    }

    // MARK: - Selection

    /// Rows between the tab row and the status bar that hold a reversed run of ten cells or more.
    func reversedRows(_ frame: Frame) -> Set<Int> {
        let height = frame.grid.size.height
        return Set(
            frame.grid.styleRuns().filter { run in
                run.style.reverse && run.columns.count >= 10 && run.y > 0 && run.y < height - 1
            }.map(\.y))
    }

    /// The first row whose text contains `text`.
    func row(of text: String, in frame: Frame) -> Int? {
        frame.grid.lines().firstIndex { $0.contains(text) }
    }

    @Test func theSelectedRowIsReversedInEveryList() throws {
        let cases: [(AppState, selected: String, other: String)] = [
            (
                F.state(pane: .interventions) {
                    $0.interventionsSection = .plan
                    $0.selectedIntervention = 2
                }, "● gedaan", "◔ gepland"
            ),
            (F.state(pane: .notes) { $0.selectedNote = 2 }, "Zorggroep wil eerst", "De Linde wil aansluiten"),
            (
                F.state(pane: .notes) {
                    $0.notesSection = .actions
                    $0.selectedAction = 1
                }, "[ ] Uitnodiging", "[!] Kosten"
            ),
            (F.state(pane: .notes) { $0.notesSection = .meetings }, "2026-03-02 09:30  Wijktafel", "Besluiten"),
            (F.state(pane: .walkthrough) { $0.selectedTip = 3 }, "3 Choose your battles", "1 De opgave"),
            (F.state(pane: .perspectives) { $0.selectedPartner = "linde" }, "│  Woonstichting", "│  Gemeente Ëlst"),
        ]
        for (state, selected, other) in cases {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                let frame = AppView.render(state, size: size)
                let rows = reversedRows(frame)
                let selectedRow = try #require(row(of: selected, in: frame))
                let otherRow = try #require(row(of: other, in: frame))
                #expect(rows.contains(selectedRow), "\(selected) not reversed at \(size)")
                #expect(!rows.contains(otherRow), "\(other) reversed at \(size)")
            }
        }
    }

    @Test func theSelectedQuestionIsReversedAndStaysInView() throws {
        let state = F.state(pane: .walkthrough) {
            $0.selectedTip = 1
            $0.selectedQuestion = 4
        }
        let frame = AppView.render(state, size: Size(width: 80, height: 24))
        let question = try #require(row(of: "5  Welk overleg houden we", in: frame))
        #expect(reversedRows(frame).contains(question))
        #expect(reversedRows(frame).contains(question + 1))
        // Another question is not; its row holds no selected tip on the left either.
        #expect(!reversedRows(frame).contains(try #require(row(of: "3  Welke partners zouden", in: frame))))
    }

    @Test func theSelectedPartnerIsReversedInTheComparison() throws {
        let state = F.state(pane: .perspectives) {
            $0.comparison = ["gemeente", "zorggroep"]
            $0.selectedPartner = "zorggroep"
        }
        let frame = AppView.render(state, size: Size(width: 80, height: 24))
        let y = try #require(row(of: "│ Zorggroep Ëlst 日本", in: frame))
        let x = try #require(frame.grid.lines()[y].firstRange(of: "│ Zorggroep")).lowerBound
        let column = frame.grid.lines()[y].distance(from: frame.grid.lines()[y].startIndex, to: x) + 2
        #expect(frame.grid[column, y].style.reverse)
    }

    // MARK: - Scrolling, empty, small

    @Test func theDetailScrollsWithDetailScroll() {
        let text = screen(F.state(pane: .perspectives) { $0.detailScroll = 6 }, 80, 24)
        #expect(!text.contains("Gemeente Ëlst · overheid"))
        #expect(text.contains("Brug              Samen één gezin volgen"))
        #expect(text.contains("▲│"))
        let end = screen(F.state(pane: .perspectives) { $0.detailScroll = 1000 }, 80, 24)
        #expect(end.contains("Wethouder wil voor de verkiezingen resultaat."))
        #expect(!end.contains("▼"))
    }

    @Test func emptyStatesSayWhichKeyFillsThem() {
        let empty = { (pane: Pane, change: (inout AppState) -> Void) -> String in
            var state = F.emptyState(pane: pane)
            change(&state)
            return self.screen(state, 80, 24)
        }
        #expect(empty(.perspectives) { _ in }.contains("Nog geen partners — 1 opent de"))
        #expect(
            empty(.interventions) { $0.interventionsSection = .plan }.contains(
                "Nog geen interventies — → kiest uit de suggesties, a schrijft je eigen"))
        #expect(
            empty(.interventions) {
                $0.interventionsSection = .plan
                $0.language = .en
            }.contains("No interventions yet — → picks from the suggestions, a writes your own"))
        #expect(empty(.notes) { _ in }.contains("Nog geen notities — n schrijft er een"))
        #expect(empty(.notes) { $0.notesSection = .meetings }.contains("Nog geen overleggen — m start er een"))
        #expect(empty(.notes) { $0.notesSection = .actions }.contains("Nog geen acties — t voegt er een toe"))
        #expect(empty(.walkthrough) { _ in }.contains("0/7 afgerond"))
        let politie = screen(F.state(pane: .perspectives) { $0.selectedPartner = "politie" }, 80, 24)
        #expect(politie.contains("Nog geen perspectief — e legt het vast"))
        #expect(politie.contains("? volgen"))
    }

    @Test func everyPaneDrawsWholeRowsAtEverySizeAndWithAnEmptySession() {
        let sizes = [
            Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40),
            Size(width: 61, height: 17), Size(width: 200, height: 60),
        ]
        for pane in [Pane.perspectives, .interventions, .notes, .walkthrough] {
            for presenting in [false, true] {
                var full = F.state(pane: pane) { $0.comparison = ["gemeente", "zorggroep", "linde"] }
                full.presenting = presenting
                var empty = F.emptyState(pane: pane)
                empty.presenting = presenting
                for state in [F.state(pane: pane), full, empty] {
                    for size in sizes {
                        let lines = AppView.render(state, size: size).grid.lines()
                        #expect(lines.count == size.height)
                        #expect(lines.allSatisfy { $0.displayWidth == size.width }, "\(pane) at \(size)")
                    }
                }
            }
        }
    }

    @Test func everyPaneStaysInsideItsRectangle() {
        let rects = [
            Rect(x: 3, y: 2, width: 60, height: 14), Rect(x: 5, y: 3, width: 80, height: 22),
            Rect(x: 1, y: 1, width: 120, height: 38), Rect(x: 2, y: 2, width: 12, height: 4),
            Rect(x: 4, y: 4, width: 3, height: 2), Rect(x: 4, y: 4, width: 0, height: 0),
        ]
        let draws: [(Pane, (AppState, Rect, inout Frame) -> Void)] = [
            (.perspectives, { PerspectivesPaneView.draw($0, in: $1, into: &$2) }),
            (.interventions, { InterventionsPaneView.draw($0, in: $1, into: &$2) }),
            (.notes, { NotesPaneView.draw($0, in: $1, into: &$2) }),
            (.walkthrough, { WalkthroughPaneView.draw($0, in: $1, into: &$2) }),
        ]
        for (pane, draw) in draws {
            let states = [
                F.state(pane: pane), F.state(pane: pane) { $0.comparison = ["gemeente", "zorggroep", "linde"] },
                F.state(pane: pane) {
                    $0.detailScroll = 3
                    $0.selectedQuestion = 4
                }, F.emptyState(pane: pane),
            ]
            for state in states {
                for rect in rects {
                    var frame = Frame(size: Size(width: 130, height: 45))
                    draw(state, rect, &frame)
                    var outside = 0
                    for y in 0..<45 {
                        for x in 0..<130 where !rect.contains(Point(x: x, y: y)) && frame.grid[x, y] != .blank {
                            outside += 1
                        }
                    }
                    #expect(outside == 0, "\(pane) drew \(outside) cells outside \(rect)")
                }
            }
        }
    }
}

@Suite struct TimeZoneTests {
    @Test func notesShowTheUsersLocalTimeWhileTheFileKeepsUTC() throws {
        var state = PaneFixtures.state(pane: .notes)
        let note = try #require(state.notesNewestFirst.first)
        let utc = PaneFormat.minute(note.at, in: TimeZone(identifier: "UTC")!)
        state.timeZone = try #require(TimeZone(secondsFromGMT: 3600))
        let screen = AppView.render(state, size: Size(width: 80, height: 24)).grid.lines().joined(separator: "\n")
        let hour = Int(utc.dropFirst(11).prefix(2))!
        let local = String(utc.prefix(11)) + String(format: "%02d", (hour + 1) % 24) + String(utc.suffix(3))
        if hour < 23 { #expect(screen.contains(local), "\(local) in\n\(screen)") }
        #expect(!screen.contains(utc))
    }
}

@Suite struct WalkthroughContextTests {
    @Test func everyTipEndsWithWhereTheTipsComeFrom() {
        for (language, heading, source) in [
            (Language.nl, "Over de tips", "Hans Licht"), (.en, "About the tips", "Hans Licht"),
        ] {
            for tip in [1, 4] {
                var state = PaneFixtures.state(pane: .walkthrough) {
                    $0.selectedTip = tip
                    $0.selectedQuestion = 4
                    $0.language = language
                }
                state.presenting = true
                let text = PaneFixtures.screen(state, 120, 60)
                #expect(text.contains(heading), "tip \(tip), \(language)")
                #expect(text.contains(source), "tip \(tip), \(language)")
                #expect(text.contains("Programmatisch Creëren"), "tip \(tip), \(language)")
            }
        }
    }

    @Test func tipOneShowsTheOpgaveAndTipSevenTheWorkForm() {
        var state = uiState()
        state.session.opgave = Opgave(title: "Veilig thuis in Noord", intent: "Minder overlast")
        state.session.workForm = WorkForm(kind: .programme, steering: .regie)
        state.pane = .walkthrough
        let first = AppView.render(state, size: Size(width: 120, height: 40)).grid.lines().joined(separator: "\n")
        #expect(first.contains("Veilig thuis in Noord"))
        #expect(first.contains("O bewerkt"))
        state.selectedTip = 7
        let seventh = AppView.render(state, size: Size(width: 120, height: 40)).grid.lines().joined(separator: "\n")
        #expect(seventh.contains("programma"))
        #expect(seventh.contains("sturen op basis van regie"))
        state.session.opgave = Opgave()
        state.selectedTip = 1
        let empty = AppView.render(state, size: Size(width: 120, height: 40)).grid.lines().joined(separator: "\n")
        #expect(empty.contains("Nog niet beschreven"))
    }
}
