import ArgumentParser
import RegieKit

/// `regie suggest FILE`: for now lists the interventions recorded in the session.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: helpText(
            nl: "Toon de interventies van een sessie met hun status (rangschikken komt later).",
            en: "List a session's interventions with their status (ranking comes later)."),
        discussion: helpText(
            nl: """
                Let op: de gerangschikte suggesties (welke interventie past bij dit netwerk en bij \
                jouw stijl, en waarom) zijn nog niet gebouwd. Voorlopig toont dit commando de \
                interventies die al in het bestand staan: gepland eerst, dan ideeën, uitgevoerd \
                en geschrapt.

                Voorbeeld:
                  regie suggest wijk.json
                """,
            en: """
                Note: the ranked suggestions (which intervention fits this network and your style, \
                and why) are not built yet. For now this command lists the interventions already \
                in the file: planned first, then ideas, done and dropped.

                Example:
                  regie suggest district.json
                """))

    @Argument(help: ArgumentHelp(helpText(nl: "Het sessiebestand.", en: "The session file."), valueName: "file"))
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let session = try SessionLoading.load(file, language: language)
        Console.out(
            Localized(
                nl: "Nog geen gerangschikte suggesties; de interventies in \(file):",
                en: "No ranked suggestions yet; the interventions in \(file):")(language))
        guard !session.interventions.isEmpty else {
            Console.out(Localized(nl: "  (nog geen interventies)", en: "  (no interventions yet)")(language))
            return
        }
        var names: [String: String] = [:]
        for partner in session.partners { names[partner.id.rawValue] = partner.name }
        for relation in session.relations {
            names[relation.id.rawValue] =
                (names[relation.from.rawValue] ?? relation.from.rawValue) + " → "
                + (names[relation.to.rawValue] ?? relation.to.rawValue)
        }
        let order: [InterventionStatus] = [.planned, .idea, .done, .dropped]
        for status in order {
            for intervention in session.interventions where intervention.status == status {
                var line = "  [" + status.name(language) + "] " + intervention.title
                var extra: [String] = []
                if !intervention.tips.isEmpty {
                    extra.append("tip " + intervention.tips.map(String.init).joined(separator: ", "))
                }
                if !intervention.targets.isEmpty {
                    extra.append(
                        Localized(nl: "gericht op ", en: "aimed at ")(language)
                            + intervention.targets.map { names[$0] ?? $0 }.joined(separator: ", "))
                }
                if !extra.isEmpty { line += " (" + extra.joined(separator: "; ") + ")" }
                Console.out(line)
            }
        }
    }
}
