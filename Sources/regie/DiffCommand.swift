import ArgumentParser
import Foundation
import RegieKit

/// `regie diff A B`: what changed between two versions of a session, in words; also git's diff driver.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: helpText(
            nl: "Laat zien wat er tussen twee versies van een sessie veranderde, in woorden in plaats van JSON.",
            en: "Show what changed between two versions of a session, in words instead of JSON."),
        discussion: helpText(
            nl: """
                Eén regel per verandering: 'Politie Dalstede-Oost: invloed 3 → 5', 'nieuwe notitie \
                14:05 …', 'relatie Woonstichting ↔ GGZ: spanning → samenwerking'. Tijden staan in de \
                tijdzone van deze computer (TZ).

                Voor git (zie docs/collaboration.md):
                  git config diff.regie.command "regie diff"     zeven argumenten, zoals git ze geeft
                  git config diff.regie.textconv "regie diff --textconv"

                Voorbeelden:
                  regie diff wijk-gisteren.json wijk.json
                  regie diff --textconv wijk.json
                """,
            en: """
                One line per change: 'Politie Dalstede-Oost: influence 3 → 5', 'new note 14:05 …', \
                'relation Woonstichting ↔ GGZ: tension → collaboration'. Times are in this computer's \
                time zone (TZ).

                For git (see docs/collaboration.md):
                  git config diff.regie.command "regie diff"     seven arguments, as git passes them
                  git config diff.regie.textconv "regie diff --textconv"

                Examples:
                  regie diff district-yesterday.json district.json
                  regie diff --textconv district.json
                """))

    @Argument(
        help: ArgumentHelp(
            helpText(
                nl: "De oude en de nieuwe versie (of de zeven argumenten van git).",
                en: "The old and the new version (or git's seven arguments)."), valueName: "file"))
    var files: [String] = []

    @Flag(
        help: ArgumentHelp(
            helpText(
                nl: "Schrijf elk veld van één bestand op een eigen regel (voor git's textconv).",
                en: "Write every field of one file on a line of its own (for git's textconv).")))
    var textconv = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let wanted = textconv ? [1] : [2, 7]
        if !wanted.contains(files.count) {
            throw ValidationError(
                (textconv
                    ? Localized(nl: "--textconv neemt één bestand", en: "--textconv takes one file")
                    : Localized(
                        nl: "geef twee bestanden: de oude en de nieuwe versie",
                        en: "give two files: the old and the new version"))(global.language))
        }
    }

    func run() throws {
        let language = global.language
        if textconv {
            let session = try load(files[0], language: language)
            Console.out(
                SessionDiff.facts(session, language: global.lang?.language ?? session.language, timeZone: .current)
                    .joined(separator: "\n"))
            return
        }
        // git passes: path old-file old-hex old-mode new-file new-hex new-mode.
        let (old, new) = files.count == 7 ? (files[1], files[4]) : (files[0], files[1])
        let before = try load(old, language: language)
        let after = try load(new, language: language)
        let diff = SessionDiff(
            from: before, to: after, language: global.lang?.language ?? after.language, timeZone: .current)
        if files.count == 7 { Console.out("regie diff " + files[0]) }
        Console.out(
            diff.isEmpty
                ? Localized(nl: "geen verschillen", en: "no differences")(language)
                : diff.lines.joined(separator: "\n"))
    }

    /// The session in `path`; git's /dev/null (a file added or removed) is an empty session.
    private func load(_ path: String, language: Language) throws(ExitCode) -> Session {
        if path == "/dev/null" { return Session(title: "") }
        return try SessionLoading.load(path, language: language)
    }
}
