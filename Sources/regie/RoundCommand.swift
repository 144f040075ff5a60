import ArgumentParser
import Foundation
import RegieKit

/// `regie round FILE --name N [--date D]`: stores the current assessments as a dated round.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: helpText(
            nl: "Leg een peilmoment vast: de huidige scores, betrokkenheid, status en relaties, met naam en datum.",
            en: "Record an assessment round: the current scores, engagement, status and relations, named and dated."),
        discussion: helpText(
            nl: """
                Een peilmoment bewaart per partner de scores, de betrokkenheid en de status, en per \
                relatie de soort, de sterkte en het vertrouwen, zoals ze nu in de sessie staan. Met \
                'regie compare' zie je later wat er tussen twee peilmomenten veranderde. Peilmomenten \
                zijn privé: publieke exports en de presentatiemodus laten ze weg.

                Voorbeelden:
                  regie round wijk.json --name "Nulmeting"
                  regie round wijk.json --name "Na de werkconferentie" --date 2026-03-15
                """,
            en: """
                A round keeps, per partner, the scores, the engagement and the status, and per relation \
                the kind, strength and trust, as they stand in the session now. 'regie compare' later \
                shows what changed between two rounds. Rounds are private: public exports and \
                presentation mode leave them out.

                Examples:
                  regie round district.json --name "Baseline"
                  regie round district.json --name "After the conference" --date 2026-03-15
                """))

    @Argument(help: ArgumentHelp(helpText(nl: "Het sessiebestand.", en: "The session file."), valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp(helpText(nl: "Naam van het peilmoment.", en: "Name of the round."), valueName: "name"))
    var name: String

    @Option(
        help: ArgumentHelp(
            helpText(nl: "Datum van het peilmoment (standaard vandaag).", en: "Date of the round (default today)."),
            valueName: "yyyy-mm-dd"))
    var date: DayArgument?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(
                Localized(nl: "geef het peilmoment een naam", en: "give the round a name")(global.language))
        }
    }

    func run() throws {
        let language = global.language
        let day = date?.day ?? Day(Date())
        let (id, count) = try SessionWriting.update(file, language: language) { session in
            (session.addRound(name: name, date: day), session.rounds.count)
        }
        Console.out(
            Localized(
                nl: "\(file): peilmoment “\(name)” (\(day)) vastgelegd als \(id); \(count) in totaal",
                en: "\(file): round “\(name)” (\(day)) recorded as \(id); \(count) in all")(language))
    }
}
