import ArgumentParser
import Foundation
import RegieKit

/// `regie merge TEAM.json A.json B.json …`: brings assessors' copies (or a conflicted copy) back.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: helpText(
            nl: "Voeg beoordelingen van anderen (of een conflictkopie) samen met het sessiebestand van het team.",
            en: "Merge other people's assessments (or a conflicted copy) into the team's session file."),
        discussion: helpText(
            nl: """
                Een kopie van 'regie assess' komt terug als beoordeling van die persoon, naast die van \
                de anderen: niets wordt gemiddeld. Partners worden gekoppeld op id, anders op naam \
                (zonder verschil in hoofdletters, accenten, leestekens en gangbare afkortingen, met de \
                organisatie erbij). Elke koppeling die niet exact is, staat hieronder ter controle; wat \
                alleen lijkt, wordt niet samengevoegd maar als nieuwe partner toegevoegd. Daarna de \
                bespreekpunten: partners en relaties waarop beoordelaars 2 of meer punten verschillen.

                Een ander sessiebestand (de "conflicted copy" van een gedeelde map) wordt per partner, \
                notitie en veld samengevoegd; wat beide anders hebben, wordt een conflict in de sessie \
                dat de werkbank bij openen laat oplossen.

                Zonder -o wordt TEAM bijgewerkt; de andere bestanden blijven zoals ze zijn.

                Voorbeelden:
                  regie merge wijk.json anouk.json bram.json carla.json
                  regie merge wijk.json "wijk (conflicted copy).json" -o wijk-samen.json
                """,
            en: """
                A copy from 'regie assess' comes back as that person's assessment, beside the others': \
                nothing is averaged. Partners are matched by id, else by name (case, accents, \
                punctuation and common abbreviations aside, with the organisation compared). Every \
                match that is not exact is listed for review; what only resembles is not merged but \
                added as a new partner. Then the points to discuss: partners and relations on which \
                assessors are 2 or more points apart.

                Another session file (a shared drive's "conflicted copy") is merged per partner, note \
                and field; what the two hold differently becomes a conflict inside the session, which \
                the workbench lets you resolve when it opens.

                Without -o, TEAM is updated; the other files stay as they are.

                Examples:
                  regie merge district.json anouk.json bram.json carla.json
                  regie merge district.json "district (conflicted copy).json" -o together.json
                """))

    @Argument(
        help: ArgumentHelp(
            helpText(nl: "Het sessiebestand van het team.", en: "The team's session file."), valueName: "team"))
    var team: String

    @Argument(
        help: ArgumentHelp(
            helpText(nl: "De bestanden om samen te voegen.", en: "The files to merge."), valueName: "file"))
    var files: [String] = []

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            helpText(
                nl: "Schrijf het resultaat hierheen in plaats van in TEAM.",
                en: "Write the result here instead of into TEAM."),
            valueName: "out"))
    var output: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if files.isEmpty {
            throw ValidationError(
                Localized(nl: "geef minstens één bestand om samen te voegen", en: "name at least one file to merge")(
                    global.language))
        }
    }

    func run() throws {
        let language = global.language
        let copies = try files.map { file throws(ExitCode) in (file, try SessionLoading.load(file, language: language))
        }
        var lines: [String] = []
        func merge(_ session: inout Session) {
            for (file, copy) in copies {
                if let assessor = copy.assessor {
                    let report = session.mergeAssessment(copy, assessor: assessor)
                    lines += report.lines(file: file, session: session, language: session.language)
                } else {
                    let result = ThreeWayMerge.merge(
                        base: nil, ours: session, theirs: copy, oursName: PathText.lastComponent(team),
                        theirsName: PathText.lastComponent(file))
                    session = result.session
                    lines.append(
                        Localized(
                            nl:
                                "\(file): samengevoegd, \(result.conflicts.count) conflict(en) vastgelegd — open de sessie in regie om ze op te lossen",
                            en:
                                "\(file): merged, \(result.conflicts.count) conflict(s) recorded — open the session in regie to resolve them"
                        )(language))
                    if !result.failure.isEmpty {
                        lines.append(SessionFileError(file: file, problems: result.failure).report(language))
                    }
                }
            }
            if !session.assessments.isEmpty {
                lines += [""] + session.bespreekpuntLines(global.lang?.language ?? session.language)
            }
        }
        if let output {
            var session = try SessionLoading.load(team, language: language)
            merge(&session)
            try SessionWriting.write(session, to: output, language: language)
        } else {
            try SessionWriting.update(team, language: language) { session throws(ExitCode) in merge(&session) }
        }
        Console.out(lines.joined(separator: "\n"))
    }
}
