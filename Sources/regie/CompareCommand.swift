import ArgumentParser
import Foundation
import RegieKit

/// `regie compare FILE --from A --to B`: what changed between two rounds, and what was done in between.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: helpText(
            nl: "Vergelijk twee peilmomenten: verschuivingen, relaties, trends en de interventies ertussen.",
            en: "Compare two rounds: moves, relations, trends and the interventions in between."),
        discussion: helpText(
            nl: """
                Per partner: verschuiving in het macht/belang-raster (Mendelow), in saillantie, in \
                betrokkenheid en in de scores, en een trend van commitment, vertrouwen en energie over \
                alle peilmomenten. Ernaast de interventies die tussen de twee peilmomenten gedaan zijn \
                en op die partner (of een van haar relaties) gericht waren, met het verwachte effect. \
                Bleef een partner na een interventie gelijk, dan staat dat er ook. Daarna de relaties \
                die erbij kwamen, verdwenen of veranderden.

                A en B zijn de naam, het id of de datum van een peilmoment; 'nu' is de sessie zoals \
                ze nu is. Zonder --from en --to: de laatste twee peilmomenten.

                Voorbeelden:
                  regie compare wijk.json --from Nulmeting --to "Na de werkconferentie"
                  regie compare wijk.json --from 2026-01-15 --to nu --format json
                """,
            en: """
                Per partner: moves in the power/interest grid (Mendelow), in salience, in engagement and \
                in the scores, and a trend of commitment, trust and energy over all rounds. Beside them \
                the interventions done between the two rounds that aimed at that partner (or one of \
                its relations), with their expected effect. A partner that stayed the same after an \
                intervention is said so too. Then the relations that were added, removed or changed.

                A and B are a round's name, id or date; 'now' is the session as it is now. Without \
                --from and --to: the last two rounds.

                Examples:
                  regie compare district.json --from Baseline --to "After the conference"
                  regie compare district.json --from 2026-01-15 --to now --format json
                """))

    @Argument(help: ArgumentHelp(helpText(nl: "Het sessiebestand.", en: "The session file."), valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp(helpText(nl: "Het eerdere peilmoment.", en: "The earlier round."), valueName: "A"))
    var from: String?

    @Option(help: ArgumentHelp(helpText(nl: "Het latere peilmoment.", en: "The later round."), valueName: "B"))
    var to: String?

    @Option(
        help: ArgumentHelp(
            helpText(nl: "Uitvoer als tekst (standaard) of json.", en: "Output as text (the default) or json.")))
    var format: AnalysisOptions.OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let session = try SessionLoading.load(file, language: language)
        let today = Day(Date())
        func pick(_ text: String?, fallback: Int) throws(ExitCode) -> AssessmentRound {
            if let text {
                if ["nu", "now"].contains(NameKey.fold(text)) { return .current(session, today: today) }
                if let round = session.round(named: text) { return round }
                let known = session.rounds.map { "“\($0.name)” (\($0.date))" }.joined(separator: ", ")
                Console.error(
                    file + ": "
                        + Localized(
                            nl: "geen peilmoment “\(text)”; er zijn: \(known.isEmpty ? "geen" : known)",
                            en: "no round “\(text)”; there are: \(known.isEmpty ? "none" : known)")(language))
                throw .cannotRun
            }
            let index = session.rounds.count - fallback
            guard index >= 0 else {
                Console.error(
                    file + ": "
                        + Localized(
                            nl:
                                "er zijn minder dan twee peilmomenten; leg er een vast met 'regie round' of noem --from en --to nu",
                            en:
                                "there are fewer than two rounds; record one with 'regie round' or give --from and --to now"
                        )(language))
                throw .cannotRun
            }
            return session.rounds[index]
        }
        let comparison = RoundComparison(session, from: try pick(from, fallback: 2), to: try pick(to, fallback: 1))
        switch format {
        case .json: try writeJSON(comparison.json, language: language)
        case .text: Console.out(comparison.lines(global.lang?.language ?? session.language).joined(separator: "\n"))
        }
    }
}
