import ArgumentParser
import Foundation
import RegieKit

/// `regie export FILE --format …`: writes a report, a network picture, a table or the file itself.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: helpText(
            nl: "Exporteer een sessie als verslag (markdown), netwerkplaat (dot, mermaid), tabel (csv) of json.",
            en: "Export a session as a report (markdown), network picture (dot, mermaid), table (csv) or json."),
        discussion: helpText(
            nl: """
                Met --public blijft weg wat alleen voor de regisseur is: scores, betrokkenheid, \
                belangen, waarden en middelen van partners die niet hebben ingestemd met delen, \
                privénotities en de antwoorden van de doorloop. Zo’n export kun je aan de partners \
                zelf geven.

                Koppen en labels staan in de taal van --lang, anders in de taal van de sessie.

                Zonder -o gaat de export naar standaarduitvoer; op een terminal verschijnen \
                stuurtekens daarbij als \\u{1B}. Met -o wordt het bestand in één keer geschreven \
                (nooit half), via een symbolische koppeling naar het bestand erachter; een nieuw \
                bestand krijgt rechten 0600. Het sessiebestand zelf, een map, een apparaat of een \
                pijp wordt nooit vervangen.

                Voorbeelden:
                  regie export wijk.json --format markdown --public -o verslag.md
                  regie export wijk.json --format dot | dot -Tsvg > netwerk.svg
                  regie export wijk.json --format csv --relations -o relaties.csv
                """,
            en: """
                With --public, what is for the regisseur only stays out: scores, engagement, \
                interests, values and resources of partners who did not agree to share them, \
                private notes and the walkthrough's answers. Such an export can go to the \
                partners themselves.

                Headings and labels are in the language of --lang, else in the session's language.

                Without -o the export goes to standard output; on a terminal, control characters \
                then show as \\u{1B}. With -o the file is written in one step (never half), through \
                a symbolic link to the file behind it; a new file gets mode 0600. The session file \
                itself, a folder, a device or a pipe is never replaced.

                Examples:
                  regie export district.json --format markdown --public -o report.md
                  regie export district.json --format dot | dot -Tsvg > network.svg
                  regie export district.json --format csv --relations -o relations.csv
                """))

    @Argument(help: ArgumentHelp(helpText(nl: "Het sessiebestand.", en: "The session file."), valueName: "file"))
    var file: String

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(helpText(nl: "Het formaat van de export.", en: "The export format.")))
    var format: FormatChoice

    @Flag(
        name: .customLong("public"),
        help: ArgumentHelp(
            helpText(
                nl: "Laat privé-inschattingen en privénotities weg.", en: "Leave out private assessments and notes.")))
    var publicOnly = false

    @Flag(
        help: ArgumentHelp(
            helpText(
                nl: "Bij csv: de relaties in plaats van de partners.",
                en: "With csv: the relations instead of the partners.")))
    var relations = false

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            helpText(
                nl: "Schrijf naar dit bestand in plaats van standaarduitvoer.",
                en: "Write to this file instead of standard output."),
            valueName: "out"))
    var output: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if relations, format != .csv {
            throw ValidationError(
                Localized(nl: "--relations hoort bij --format csv", en: "--relations goes with --format csv")(
                    global.language))
        }
    }

    func run() throws {
        let language = global.language
        let session = try SessionLoading.load(file, language: language)
        // The export is a document about the session: without --lang it speaks the session's language.
        let text = format.exportFormat.render(
            session, disclosure: publicOnly ? .public : .full, language: global.lang?.language ?? session.language,
            csvTable: relations ? .relations : .partners)
        guard let output else {
            if !Console.export(text) {
                Console.error(
                    Localized(nl: "kan niet naar standaarduitvoer schrijven", en: "cannot write to standard output")(
                        language))
                throw ExitCode.cannotRun
            }
            return
        }
        // Never the session itself (nor its lock), and never a folder, a device or a pipe:
        // `-o /dev/null` must not remove the device.
        if let problem = ExportTarget.problem(writing: output, besides: file) {
            Console.error(output + ": " + problem(language))
            throw ExitCode.cannotRun
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: output)
        } catch {
            Console.error(error.description)
            throw ExitCode.cannotRun
        }
    }

    /// The values `--format` accepts.
    enum FormatChoice: String, CaseIterable, ExpressibleByArgument {
        case markdown, dot, mermaid, csv, json

        var exportFormat: ExportFormat {
            switch self {
            case .markdown: .markdown
            case .dot: .dot
            case .mermaid: .mermaid
            case .csv: .csv
            case .json: .json
            }
        }
    }
}
