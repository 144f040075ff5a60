import RegieKit

/// Every command the palette offers, with a name to search for.
enum PaletteCatalog {
    struct Entry {
        var command: Command
        var title: Localized
    }

    static var all: [Entry] {
        var entries: [Entry] = [
            Entry(command: .save, title: L("Bewaren", "Save")),
            Entry(command: .saveAs, title: L("Bewaren als…", "Save as…")),
            Entry(
                command: .toggleAutosave,
                title: L("Automatisch bewaren aan/uit", "Autosave on/off")),
            Entry(command: .editOpgave, title: L("Opgave en werkvorm bewerken", "Edit opgave and way of working")),
            Entry(command: .switchLanguage, title: L("Taal: English", "Language: Nederlands")),
            Entry(
                command: .switchSessionLanguage,
                title: L(
                    "Taal van de sessie-inhoud wisselen (nl/en)", "Switch the language of the session's content (nl/en)"
                )),
            Entry(command: .presentation, title: L("Presentatiemodus aan/uit", "Presentation mode on/off")),
            Entry(command: .undo, title: L("Ongedaan maken", "Undo")),
            Entry(command: .redo, title: L("Opnieuw doen", "Redo")),
            Entry(command: .quickNote, title: L("Notitie maken", "New note")),
            Entry(command: .addMeeting, title: L("Overleg toevoegen", "Add meeting")),
            Entry(command: .addAction, title: L("Actie toevoegen", "Add action")),
            Entry(command: .addRelation, title: L("Relatie toevoegen", "Add relation")),
            Entry(
                command: .showRelations, title: L("Relaties van de partner bewerken", "Edit the partner's relations")),
            Entry(command: .help, title: L("Help: alle toetsen", "Help: every key")),
            Entry(command: .quit, title: L("Stoppen", "Quit")),
        ]
        for pane in Pane.allCases {
            entries.append(
                Entry(command: .showPane(pane), title: L("Ga naar \(pane.title.nl)", "Go to \(pane.title.en)")))
        }
        for kind in MapKind.allCases {
            entries.append(Entry(command: .showMap(kind), title: L("Kaart: \(kind.title.nl)", "Map: \(kind.title.en)")))
        }
        for format in ExportFormat.allCases {
            entries.append(
                Entry(
                    command: .export(format, isPublic: false),
                    title: L("Exporteren: \(format.title.nl)", "Export: \(format.title.en)")))
            entries.append(
                Entry(
                    command: .export(format, isPublic: true),
                    title: L("Exporteren, publiek: \(format.title.nl)", "Export, public: \(format.title.en)")))
        }
        return entries
    }

    /// Entries whose title contains every word of `query`, in catalogue order.
    static func entries(matching query: String, language: Language) -> [Entry] {
        let search = TextSearch.Query(query)
        return all.filter { search.matches([$0.title(language)]) }
    }
}
