import ArgumentParser
import Foundation
import RegieKit

/// `regie assess TEAM.json --assessor NAME -o FILE`: a copy for one assessor to score on their own.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: helpText(
            nl: "Maak een kopie waarin één beoordelaar de partners zelf scoort, zonder de scores van anderen.",
            en: "Make a copy in which one assessor scores the partners, without anyone else's scores."),
        discussion: helpText(
            nl: """
                De kopie heeft de opgave, de werkvorm, de partners en de relaties, maar geen scores, \
                betrokkenheid, belangen, waarden, middelen, privénotities of vertrouwen op relaties: zo \
                kijkt elke beoordelaar met eigen ogen (tip 2). Relaties houden hun soort en sterkte; \
                pas aan wat je anders ziet. Een partner waarvan alle scores 0 blijven, telt als niet \
                beoordeeld. Breng de kopieën terug met 'regie merge'.

                Voorbeeld:
                  regie assess wijk.json --assessor "Anouk" -o anouk.json
                """,
            en: """
                The copy holds the opgave, the work form, the partners and the relations, but no \
                scores, engagement, interests, values, resources, private notes or trust on relations: \
                so each assessor looks with their own eyes (tip 2). Relations keep their kind and \
                strength; change what you see differently. A partner whose scores all stay 0 counts as \
                not assessed. Bring the copies back with 'regie merge'.

                Example:
                  regie assess district.json --assessor "Anouk" -o anouk.json
                """))

    @Argument(
        help: ArgumentHelp(
            helpText(nl: "Het sessiebestand van het team.", en: "The team's session file."), valueName: "team"))
    var file: String

    @Option(
        help: ArgumentHelp(
            helpText(nl: "Wie de beoordeling maakt.", en: "Who makes the assessment."), valueName: "name"))
    var assessor: String

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            helpText(nl: "Het nieuwe bestand voor de beoordelaar.", en: "The new file for the assessor."),
            valueName: "out"))
    var output: String

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if assessor.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(
                Localized(nl: "geef de naam van de beoordelaar", en: "give the assessor's name")(global.language))
        }
    }

    func run() throws {
        let language = global.language
        let team = try SessionLoading.load(file, language: language)
        if SessionFileStore.exists(output) {
            Console.error(
                output + ": "
                    + Localized(
                        nl: "bestaat al; kies een andere naam (een bestaande beoordeling wordt nooit overschreven)",
                        en: "already exists; choose another name (an existing assessment is never overwritten)")(
                        language))
            throw ExitCode.cannotRun
        }
        let name = assessor.trimmingCharacters(in: .whitespaces)
        try SessionWriting.write(team.assessorCopy(for: name), to: output, language: language)
        Console.out(
            Localized(
                nl:
                    "\(output): kopie voor \(name) met \(team.partners.count) partners; scoor ze en breng terug met 'regie merge \(file) \(output)'",
                en:
                    "\(output): copy for \(name) with \(team.partners.count) partners; score them and bring it back with 'regie merge \(file) \(output)'"
            )(language))
    }
}
