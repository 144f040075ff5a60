import RegieKit

/// Every command the palette offers, with a name to search for.
enum PaletteCatalog {
    struct Entry {
        var command: Command
        var title: Localized
        /// Whether it is offered in a presentation, where forms and panes stay closed.
        var inPresentation = false
    }

    static var all: [Entry] {
        var entries: [Entry] = [
            Entry(command: .save, title: L("Bewaren", "Save"), inPresentation: true),
            Entry(command: .saveAs, title: L("Bewaren als…", "Save as…")),
            Entry(
                command: .toggleAutosave,
                title: L("Automatisch bewaren aan/uit", "Autosave on/off")),
            Entry(command: .editOpgave, title: L("Opgave en werkvorm bewerken", "Edit opgave and way of working")),
            Entry(command: .switchLanguage, title: L("Taal: English", "Language: Nederlands"), inPresentation: true),
            Entry(
                command: .switchSessionLanguage,
                title: L(
                    "Taal van de sessie-inhoud wisselen (nl/en)", "Switch the language of the session's content (nl/en)"
                )),
            Entry(
                command: .presentation, title: L("Presentatiemodus aan/uit", "Presentation mode on/off"),
                inPresentation: true),
            Entry(
                command: .toggleTensionLines,
                title: L(
                    "Presentatie: spanningen en onderhandelingen tonen/verbergen",
                    "Presentation: show/hide tensions and negotiations"), inPresentation: true),
            Entry(command: .undo, title: L("Ongedaan maken", "Undo")),
            Entry(command: .redo, title: L("Opnieuw doen", "Redo")),
            Entry(command: .quickNote, title: L("Notitie maken", "New note")),
            Entry(command: .longNote, title: L("Notitie van meer regels", "Note of several lines")),
            Entry(command: .startMeeting, title: L("Overleg starten", "Start a meeting")),
            Entry(command: .endMeeting, title: L("Overleg beëindigen", "End the meeting")),
            Entry(command: .addMeeting, title: L("Overleg achteraf toevoegen", "Add a past meeting")),
            Entry(command: .addDecision, title: L("Besluit vastleggen", "Record a decision")),
            Entry(command: .addAction, title: L("Actie toevoegen", "Add action")),
            Entry(command: .noteToDecision, title: L("Notitie wordt besluit", "Note becomes a decision")),
            Entry(command: .noteToAction, title: L("Notitie wordt actie", "Note becomes an action")),
            // The modes by the names RegieKit gives them, so palette, help and prompt agree.
            Entry(command: .markMoment(.negotiation), title: momentTitle(.negotiation)),
            Entry(command: .markMoment(.coCreation), title: momentTitle(.coCreation)),
            Entry(command: .addRelation, title: L("Relatie toevoegen", "Add relation")),
            Entry(
                command: .showRelations, title: L("Relaties van de partner bewerken", "Edit the partner's relations")),
            Entry(command: .recordRound, title: L("Peilmoment vastleggen", "Record a round (peilmoment)")),
            Entry(command: .compareRounds, title: L("Vergelijk peilmomenten", "Compare rounds")),
            Entry(
                command: .showBespreekpunten,
                title: L("Bespreekpunten: waar beoordelaars verschillen", "Points to discuss: where assessors differ")),
            Entry(command: .resolveConflicts, title: L("Conflicten oplossen", "Resolve conflicts")),
            Entry(command: .help, title: L("Help: alle toetsen", "Help: every key"), inPresentation: true),
            Entry(command: .quit, title: L("Stoppen", "Quit"), inPresentation: true),
        ]
        for pane in Pane.allCases {
            entries.append(
                Entry(command: .showPane(pane), title: L("Ga naar \(pane.title.nl)", "Go to \(pane.title.en)")))
        }
        for tip in Catalog.tips {
            entries.append(
                Entry(
                    command: .filterTip(tip.number),
                    title: L(
                        "Suggesties voor tip \(tip.number): \(tip.title.nl)",
                        "Suggestions for tip \(tip.number): \(tip.title.en)")))
        }
        entries.append(
            Entry(command: .filterTip(nil), title: L("Suggesties voor alle tips", "Suggestions for every tip")))
        for kind in MapKind.allCases {
            entries.append(Entry(command: .showMap(kind), title: L("Kaart: \(kind.title.nl)", "Map: \(kind.title.en)")))
        }
        // Every format, public or not; CSV once per table; the minutes of the selected meeting.
        var requests: [ExportRequest] = []
        for format in ExportFormat.allCases {
            let tables = format == .csv ? CSVTable.allCases : [.partners]
            requests += tables.map { ExportRequest(format, isPublic: false, table: $0) }
        }
        for request in requests {
            var shared = request
            shared.isPublic = true
            let what = request.title()
            entries.append(Entry(command: .export(request), title: L("Exporteren: \(what.nl)", "Export: \(what.en)")))
            entries.append(
                Entry(
                    command: .export(shared), title: L("Exporteren, publiek: \(what.nl)", "Export, public: \(what.en)"))
            )
        }
        entries.append(
            Entry(
                command: .exportSelectedMinutes(isPublic: false),
                title: L(
                    "Exporteren: notulen van het gekozen overleg (markdown)",
                    "Export: minutes of the selected meeting (markdown)")))
        entries.append(
            Entry(
                command: .exportSelectedMinutes(isPublic: true),
                title: L(
                    "Exporteren, publiek: notulen van het gekozen overleg (markdown)",
                    "Export, public: minutes of the selected meeting (markdown)")))
        return entries
    }

    /// Entries whose title contains every word of `query`, in catalogue order; in a presentation
    /// only those that keep it a presentation.
    static func entries(matching query: String, language: Language, presenting: Bool = false) -> [Entry] {
        let search = TextSearch.Query(query)
        return all.filter { ($0.inPresentation || !presenting) && search.matches([$0.title(language)]) }
    }

    /// `Moment: onderhandeling (tip 6)`.
    private static func momentTitle(_ mode: MeetingMode) -> Localized {
        L("Moment: \(mode.name.nl) (tip 6)", "Moment: \(mode.name.en) (tip 6)")
    }
}
