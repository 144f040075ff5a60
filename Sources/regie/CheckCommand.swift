import ArgumentParser
import RegieKit

/// `regie check FILE…`: validates session files and reports every problem in each.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: helpText(
            nl: "Controleer sessiebestanden en meld alle problemen, niet alleen het eerste.",
            en: "Check session files and report every problem, not just the first."),
        discussion: helpText(
            nl: """
                Voor een goed bestand komt 'BESTAND: ok' met de aantallen op standaarduitvoer. Elk \
                probleem komt op een eigen regel op standaardfout: 'BESTAND:REGEL: PAD: melding'. \
                Bestanden worden alleen gelezen, nooit veranderd.

                Voorbeelden:
                  regie check wijk.json
                  regie check *.json --lang en

                Afsluitcodes: 0 alle bestanden goed, 1 een bestand is geen geldige sessie, 2 een \
                bestand ontbreekt of kan niet gelezen worden.
                """,
            en: """
                A good file prints 'FILE: ok' with its counts to standard output. Each problem goes \
                to standard error on a line of its own: 'FILE:LINE: PATH: message'. Files are only \
                read, never changed.

                Examples:
                  regie check district.json
                  regie check *.json --lang nl

                Exit status: 0 all files good, 1 a file is no valid session, 2 a file is missing \
                or cannot be read.
                """))

    @Argument(help: ArgumentHelp(helpText(nl: "De sessiebestanden.", en: "The session files."), valueName: "file"))
    var files: [String] = []

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if files.isEmpty {
            throw ValidationError(
                Localized(nl: "geef minstens één sessiebestand op", en: "name at least one session file")(
                    global.language))
        }
    }

    func run() throws {
        let language = global.language
        var worst = ExitCode.success
        for file in files {
            do {
                let session = try SessionLoading.load(file, language: language)
                Console.out(file + ": ok (" + Self.summary(of: session, language) + ")")
            } catch {
                if error.rawValue > worst.rawValue { worst = error }
            }
        }
        if worst != .success { throw worst }
    }

    /// `14 partners, 22 relations, 3 interventions, 9 notes`.
    static func summary(of session: Session, _ language: Language) -> String {
        func count(_ n: Int, _ one: Localized, _ many: Localized) -> String {
            "\(n) " + (n == 1 ? one : many)(language)
        }
        return [
            count(
                session.partners.count, Localized(nl: "partner", en: "partner"),
                Localized(nl: "partners", en: "partners")),
            count(
                session.relations.count, Localized(nl: "relatie", en: "relation"),
                Localized(nl: "relaties", en: "relations")),
            count(
                session.interventions.count, Localized(nl: "interventie", en: "intervention"),
                Localized(nl: "interventies", en: "interventions")),
            count(
                session.meetings.count, Localized(nl: "overleg", en: "meeting"),
                Localized(nl: "overleggen", en: "meetings")),
            count(session.notes.count, Localized(nl: "notitie", en: "note"), Localized(nl: "notities", en: "notes")),
            count(session.actions.count, Localized(nl: "actie", en: "action"), Localized(nl: "acties", en: "actions")),
        ].joined(separator: ", ")
    }
}
