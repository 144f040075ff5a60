import ArgumentParser
import Foundation
import RegieKit

/// `regie export FILE --format …`: writes a report, a network picture, a table or the file itself.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: helpText(
            nl:
                "Exporteer een sessie als verslag en notulen (markdown, html), kaart (svg, dot, mermaid), tabel (csv) of json.",
            en:
                "Export a session as a report and minutes (markdown, html), map (svg, dot, mermaid), table (csv) or json."
        ),
        // Written out, since the parser takes --format as optional (see `formatChoice`).
        usage: """
            regie export <file> --format <format> [--public] [--table <table>] [--excel | --rfc4180] \
            [--view <view>] [--meeting <id>] [-o <out>] [--lang <nl|en>]
            """,
        discussion: helpText(
            nl: """
                Met --public blijft weg wat alleen voor de regisseur is: scores, betrokkenheid, \
                belangen, waarden en middelen van partners die niet hebben ingestemd met delen, \
                privénotities en je eigen antwoorden in de doorloop (wat een groep samen antwoordde, \
                blijft staan). Zo’n export kun je aan de partners \
                zelf geven.

                Koppen en labels staan in de taal van --lang, anders in de taal van de sessie; tijden \
                in de tijdzone van het systeem (TZ).

                markdown en html zijn een verslag met de notulen van elk overleg; --meeting ID geeft \
                alleen de notulen van dat overleg. html is één pagina met het verslag en de kaarten, \
                die goed op A4 afdrukt. svg tekent de kaart zelf: alle weergaven onder elkaar, of één \
                met --view.

                csv geeft één tabel (--table partners, relations, actions of interventions). In het \
                Nederlands staat de tabel standaard zoals Nederlandse Excel hem opent (--excel: ; \
                tussen velden, UTF-8 met BOM); --rfc4180 geeft gewone csv met komma's zonder BOM, \
                wat ook de standaard is in het Engels.

                Zonder -o gaat de export naar standaarduitvoer; op een terminal verschijnen \
                stuurtekens daarbij als \\u{1B}. Met -o wordt het bestand in één keer geschreven \
                (nooit half), via een symbolische koppeling naar het bestand erachter; een nieuw \
                bestand krijgt rechten 0600. Het sessiebestand zelf, een map, een apparaat of een \
                pijp wordt nooit vervangen.

                Voorbeelden:
                  regie export wijk.json --format markdown --public -o verslag.md
                  regie export wijk.json --format html --public -o hand-out.html
                  regie export wijk.json --format markdown --meeting meeting-wijktafel -o notulen.md
                  regie export wijk.json --format svg --view grid -o macht-belang.svg
                  regie export wijk.json --format csv --table actions -o acties.csv
                """,
            en: """
                With --public, what is for the regisseur only stays out: scores, engagement, \
                interests, values and resources of partners who did not agree to share them, \
                private notes and your own answers in the walkthrough (what a group answered together \
                stays). Such an export can go to the \
                partners themselves.

                Headings and labels are in the language of --lang, else in the session's language; \
                times in the system's time zone (TZ).

                markdown and html are a report with the minutes of every meeting; --meeting ID gives \
                only that meeting's minutes. html is one page with the report and the maps that \
                prints well on A4. svg draws the map itself: every view one under the other, or one \
                with --view.

                csv gives one table (--table partners, relations, actions or interventions). In Dutch \
                the table is by default the way Dutch Excel opens it (--excel: ; between fields, UTF-8 \
                with a byte order mark); --rfc4180 gives plain comma-separated csv without one, which \
                is also the default in English.

                Without -o the export goes to standard output; on a terminal, control characters \
                then show as \\u{1B}. With -o the file is written in one step (never half), through \
                a symbolic link to the file behind it; a new file gets mode 0600. The session file \
                itself, a folder, a device or a pipe is never replaced.

                Examples:
                  regie export district.json --format markdown --public -o report.md
                  regie export district.json --format html --public -o handout.html
                  regie export district.json --format markdown --meeting meeting-kick-off -o minutes.md
                  regie export district.json --format svg --view grid -o power-interest.svg
                  regie export district.json --format csv --table actions --rfc4180 -o actions.csv
                """))

    @Argument(help: ArgumentHelp(helpText(nl: "Het sessiebestand.", en: "The session file."), valueName: "file"))
    var file: String

    @Option(
        name: [.short, .customLong("format")],
        help: ArgumentHelp(
            helpText(nl: "Het formaat van de export (verplicht).", en: "The export format (required).")))
    // Optional to the parser, required by `run()`: a required option that is missing is reported
    // before an unknown one, so `--fromat svg` would hide its "did you mean --format?".
    var formatChoice: FormatChoice?

    /// The format asked for; `run()` refuses to go on without one.
    var format: FormatChoice { formatChoice ?? .markdown }

    @Flag(
        name: .customLong("public"),
        help: ArgumentHelp(
            helpText(
                nl: "Laat privé-inschattingen en privénotities weg.", en: "Leave out private assessments and notes.")))
    var publicOnly = false

    @Option(
        help: ArgumentHelp(
            helpText(
                nl: "Bij csv: welke tabel (standaard partners).", en: "With csv: which table (default partners)."),
            valueName: "partners|relations|actions|interventions"))
    var table: TableChoice?

    @Flag(
        help: ArgumentHelp(
            helpText(
                nl: "Bij csv: de relaties in plaats van de partners (hetzelfde als --table relations).",
                en: "With csv: the relations instead of the partners (the same as --table relations).")))
    var relations = false

    @Flag(
        help: ArgumentHelp(
            helpText(
                nl: "Bij csv: voor Nederlandse Excel (; tussen velden, UTF-8 met BOM); standaard in het Nederlands.",
                en: "With csv: for Dutch Excel (; between fields, UTF-8 with BOM); the default in Dutch.")))
    var excel = false

    @Flag(
        name: .customLong("rfc4180"),
        help: ArgumentHelp(
            helpText(
                nl: "Bij csv: gewone csv volgens RFC 4180 (komma's, geen BOM); standaard in het Engels.",
                en: "With csv: plain RFC 4180 csv (commas, no BOM); the default in English.")))
    var rfc4180 = false

    @Option(
        help: ArgumentHelp(
            helpText(nl: "Bij svg: alleen deze weergave van de kaart.", en: "With svg: only this view of the map."),
            valueName: "network|grid|salience|rings|chain"))
    var view: ViewChoice?

    @Option(
        help: ArgumentHelp(
            helpText(
                nl: "Bij markdown of html: alleen de notulen van dit overleg (zijn id).",
                en: "With markdown or html: only the minutes of this meeting (its id)."),
            valueName: "id"))
    var meeting: String?

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
        let language = global.language
        func refuse(_ nl: String, _ en: String) -> ValidationError {
            ValidationError(Localized(nl: nl, en: en)(language))
        }
        // Without a format the options cannot be checked against it; `run()` asks for one, after
        // the parser has had its say about options it does not know.
        guard formatChoice != nil else { return }
        if format != .csv {
            if relations { throw refuse("--relations hoort bij --format csv", "--relations goes with --format csv") }
            if table != nil { throw refuse("--table hoort bij --format csv", "--table goes with --format csv") }
            if excel { throw refuse("--excel hoort bij --format csv", "--excel goes with --format csv") }
            if rfc4180 { throw refuse("--rfc4180 hoort bij --format csv", "--rfc4180 goes with --format csv") }
        }
        if relations, let table, table != .relations {
            throw refuse(
                "--relations en --table \(table.rawValue) spreken elkaar tegen",
                "--relations contradicts --table \(table.rawValue)")
        }
        if excel, rfc4180 {
            throw refuse("kies --excel of --rfc4180, niet allebei", "choose --excel or --rfc4180, not both")
        }
        if view != nil, format != .svg {
            throw refuse("--view hoort bij --format svg", "--view goes with --format svg")
        }
        if meeting != nil, format != .markdown, format != .html {
            throw refuse(
                "--meeting hoort bij --format markdown of html", "--meeting goes with --format markdown or html")
        }
    }

    func run() throws {
        let language = global.language
        guard formatChoice != nil else {
            let formats = FormatChoice.allCases.map(\.rawValue).joined(separator: ", ")
            // Said as the parser says its own usage errors.
            Console.error(
                Localized(
                    nl: "Error: geef --format: \(formats)\nUsage: \(Self.configuration.usage ?? "")\n"
                        + "  Zie 'regie export --help' voor meer.",
                    en: "Error: give --format: \(formats)\nUsage: \(Self.configuration.usage ?? "")\n"
                        + "  See 'regie export --help' for more information.")(language))
            throw ExitCode.cannotRun
        }
        let session = try SessionLoading.load(file, language: language)
        if let meeting, !session.meetings.contains(where: { $0.id.rawValue == meeting }) {
            let known = session.meetings.map(\.id.rawValue).joined(separator: ", ")
            Console.error(
                Localized(
                    nl: "\(file): geen overleg met id \(meeting)" + (known.isEmpty ? "" : " (wel: \(known))"),
                    en: "\(file): no meeting with id \(meeting)" + (known.isEmpty ? "" : " (there are: \(known))"))(
                        language))
            throw ExitCode.cannotRun
        }
        // The export is a document about the session: without --lang it speaks the session's language.
        let options = ExportOptions(
            disclosure: publicOnly ? .public : .full, language: global.lang?.language ?? session.language,
            timeZone: .current, csvTable: relations ? .relations : table?.csvTable ?? .partners,
            csvDialect: excel ? .excel : rfc4180 ? .rfc4180 : nil,
            mapKinds: view.map { [$0.mapKind] } ?? MapKind.allCases,
            meeting: meeting.map { Meeting.ID($0) })
        let text = format.exportFormat.render(session, options)
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
        case markdown, html, svg, dot, mermaid, csv, json

        var exportFormat: ExportFormat { ExportFormat(rawValue: rawValue)! }
    }

    /// The values `--table` accepts.
    enum TableChoice: String, CaseIterable, ExpressibleByArgument {
        case partners, relations, actions, interventions

        var csvTable: CSVTable { CSVTable(rawValue: rawValue)! }
    }

    /// The values `--view` accepts.
    enum ViewChoice: String, CaseIterable, ExpressibleByArgument {
        case network, grid, salience, rings, chain

        var mapKind: MapKind { MapKind(rawValue: rawValue)! }
    }
}
