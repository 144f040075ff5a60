import Foundation
import RegieKit
import Testing

@Suite struct ExportCommandTests {
    static let formats = ExportFormat.allCases.map(\.rawValue)

    @Test(arguments: formats)
    func everyFormatExportsToStandardOutput(format: String) throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let result = try ws.regie("export", "wijk.json", "--format", format)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("Gemeente Zoetermeer"))
    }

    @Test(arguments: formats)
    func publicExportHoldsNoPrivateMarkers(format: String) throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        for extra in format == "csv" ? [[], ["--relations"]] : [[]] {
            let result = try RegieBinary.run(
                ["export", "wijk.json", "--format", format, "--public"] + extra, in: ws.url)
            #expect(result.status == 0, "\(result)")
            for secret in SessionFiles.secrets {
                #expect(!result.stdout.contains(secret), "\(format) \(extra) leaks \(secret)")
            }
        }
    }

    @Test func fullMarkdownHoldsThePrivateMarkers() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let result = try ws.regie("export", "wijk.json", "--format", "markdown")
        for secret in SessionFiles.secrets { #expect(result.stdout.contains(secret)) }
    }

    @Test func outputFileIsWrittenPrivately() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let toFile = try ws.regie("export", "wijk.json", "--format", "markdown", "--public", "-o", "verslag.md")
        #expect(toFile.status == 0, "\(toFile)")
        #expect(toFile.stdout.isEmpty)
        #expect(try ws.mode("verslag.md") == 0o600)
        let toStdout = try ws.regie("export", "wijk.json", "--format", "markdown", "--public")
        #expect(ws.contents("verslag.md") == Data(toStdout.stdout.utf8))
        #expect(toStdout.stdout.hasPrefix("# Wijkaanpak Noord\n"))
    }

    @Test func exportLanguageFollowsSessionUnlessLangIsGiven() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let dutch = try ws.regie("export", "wijk.json", "--format", "markdown")
        #expect(dutch.stdout.contains("\n## Relaties\n"))
        let english = try ws.regie("export", "wijk.json", "--format", "markdown", "--lang", "en")
        #expect(english.stdout.contains("\n## Relations\n"))
    }

    /// A Dutch session's CSV opens in Dutch Excel: `;` between fields and a byte order mark;
    /// `--rfc4180` gives plain CSV, `--table relations` is the same table as `--relations`.
    @Test func csvRelationsTable() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let excel = try ws.regie("export", "wijk.json", "--format", "csv", "--relations")
        #expect(excel.status == 0, "\(excel)")
        #expect(
            excel.stdout
                == "\u{FEFF}id;from;to;fromName;toName;kind;strength;note\r\nr-1;gem;pol.1;Gemeente Zoetermeer;\"Politie \"\"Noord\"\", team Café\";tension;3;oud | zeer\r\n"
        )
        let plain = try ws.regie("export", "wijk.json", "--format", "csv", "--table", "relations", "--rfc4180")
        #expect(
            plain.stdout
                == "id,from,to,fromName,toName,kind,strength,note\r\nr-1,gem,pol.1,Gemeente Zoetermeer,\"Politie \"\"Noord\"\", team Café\",tension,3,oud | zeer\r\n"
        )
        let english = try ws.regie("export", "wijk.json", "--format", "csv", "--relations", "--lang", "en")
        #expect(english.stdout == plain.stdout)
        let forced = try ws.regie("export", "wijk.json", "--format", "csv", "--relations", "--lang", "en", "--excel")
        #expect(forced.stdout == excel.stdout)
    }

    @Test func csvActionsAndInterventionsTables() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        for table in ["actions", "interventions"] {
            let result = try ws.regie("export", "wijk.json", "--format", "csv", "--table", table, "--rfc4180")
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.hasPrefix(table == "actions" ? "id,text,owner," : "id,title,catalogId,"))
        }
    }

    /// Times are written on the clocks of the zone the system says (TZ here).
    @Test func minutesOfOneMeetingInTheSystemsTimeZone() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.withMeeting)
        let amsterdam = try ws.regie(
            "export", "wijk.json", "--format", "markdown", "--meeting", "m-1", environment: ["TZ": "Europe/Amsterdam"])
        #expect(amsterdam.status == 0, "\(amsterdam)")
        #expect(
            amsterdam.stdout == """
                # Startoverleg

                _Wijkaanpak Noord_

                - **Datum:** maandag 2 maart 2026, 10:30
                - **Aanwezig:** Gemeente Zoetermeer, Politie "Noord", team Café

                ## Verloop

                - **10:40** — Kennismaking

                ## Acties

                - [ ] Agenda sturen — eigenaar: Gemeente Zoetermeer

                """)
        let tokyo = try ws.regie(
            "export", "wijk.json", "--format", "markdown", "--meeting", "m-1", "--lang", "en",
            environment: ["TZ": "Asia/Tokyo"])
        #expect(tokyo.stdout.contains("- **Date:** Monday 2 March 2026, 18:30\n"))
        #expect(tokyo.stdout.contains("- **18:40** — Kennismaking\n"))
        let unknown = try ws.regie("export", "wijk.json", "--format", "markdown", "--meeting", "nope")
        #expect(unknown.status == 2, "\(unknown)")
        #expect(unknown.stderr == "wijk.json: no meeting with id nope (there are: m-1)\n")
    }

    @Test func svgAndHTMLAreWritten() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let grid = try ws.regie("export", "wijk.json", "--format", "svg", "--view", "grid", "--public")
        #expect(grid.status == 0, "\(grid)")
        #expect(grid.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(grid.stdout.contains("Macht en belang (Mendelow)"))
        #expect(!grid.stdout.contains("Netwerk van partners"))
        let page = try ws.regie("export", "wijk.json", "--format", "html", "-o", "verslag.html")
        #expect(page.status == 0, "\(page)")
        let html = String(decoding: try #require(ws.contents("verslag.html")), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test func brokenFileIsReportedAndUntouched() throws {
        let ws = try Workspace()
        try ws.write("broken.json", SessionFiles.broken)
        let result = try ws.regie("export", "broken.json", "--format", "json", "-o", "out.json")
        #expect(result.status == 1, "\(result)")
        #expect(result.errorLines.count == 4)
        #expect(result.errorLines.allSatisfy { $0.hasPrefix("broken.json:") })
        #expect(ws.contents("broken.json") == Data(SessionFiles.broken.utf8))
        #expect(ws.contents("out.json") == nil)
    }

    @Test func missingFileAndUsageErrorsExitTwo() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let cases: [[String]] = [
            ["export", "missing.json", "--format", "markdown"],
            ["export", "wijk.json"],
            ["export", "wijk.json", "--format", "pdf"],
            ["export", "wijk.json", "--format", "dot", "--relations"],
            ["export", "wijk.json", "--format", "markdown", "--view", "grid"],
            ["export", "wijk.json", "--format", "svg", "--meeting", "m-1"],
            ["export", "wijk.json", "--format", "csv", "--excel", "--rfc4180"],
            ["export", "wijk.json", "--format", "csv", "--relations", "--table", "actions"],
            ["export", "wijk.json", "--format", "svg", "--view", "map"],
            ["export", "wijk.json", "--format", "json", "-o", "wijk.json"],
            ["export", "wijk.json", "--format", "json", "-o", "nowhere/out.json"],
        ]
        for arguments in cases {
            let result = try RegieBinary.run(arguments, in: ws.url)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(!result.stderr.isEmpty)
        }
        #expect(ws.contents("wijk.json") == Data(SessionFiles.valid.utf8))
    }
}

extension ExportCommandTests {
    /// A mistyped option or value is named, with what was probably meant or what may be given;
    /// a missing --format lists the formats, in the language asked for. Nothing is written.
    @Test func mistypedFlagsAndValuesAreNamed() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let cases: [([String], String)] = [
            (["--fromat", "svg"], "Error: Unknown option '--fromat'. Did you mean '--format'?\n"),
            (["--format", "svg", "--veiw", "grid"], "Error: Unknown option '--veiw'. Did you mean '--view'?\n"),
            (["--format", "csv", "--excell"], "Error: Unknown option '--excell'. Did you mean '--excel'?\n"),
            (["--format", "svgg"], "Error: The value 'svgg' is invalid for '--format <format>'."),
            (
                ["--format", "svg", "--view", "netwrk"],
                "Please provide one of 'network', 'grid', 'salience', 'rings' or 'chain'."
            ),
            (
                ["--format", "csv", "--table", "partner"],
                "Please provide one of 'partners', 'relations', 'actions' or 'interventions'."
            ),
            ([], "Error: give --format: markdown, html, svg, dot, mermaid, csv, json\nUsage: regie export <file>"),
            (["--lang", "nl"], "Error: geef --format: markdown, html, svg, dot, mermaid, csv, json\n"),
            (["--format", "html", "--view", "grid", "--lang", "nl"], "Error: --view hoort bij --format svg\n"),
            (["--format", "markdown", "--table", "actions"], "Error: --table goes with --format csv\n"),
        ]
        for (arguments, message) in cases {
            let result = try RegieBinary.run(["export", "wijk.json"] + arguments + ["-o", "out"], in: ws.url)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(ws.contents("out") == nil)
        }
    }

    /// Every table, every view and one meeting's minutes: nothing private in any public export.
    @Test func everyPublicChoiceHoldsNoPrivateMarkers() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.withMeeting)
        var choices: [[String]] = CSVTable.allCases.flatMap { table in
            [["csv", "--table", table.rawValue], ["csv", "--table", table.rawValue, "--rfc4180"]]
        }
        choices += MapKind.allCases.map { ["svg", "--view", $0.rawValue] }
        choices += [["markdown", "--meeting", "m-1"], ["html", "--meeting", "m-1"], ["html"]]
        for choice in choices {
            let result = try RegieBinary.run(["export", "wijk.json", "--public", "--format"] + choice, in: ws.url)
            #expect(result.status == 0, "\(choice): \(result)")
            #expect(!result.stdout.isEmpty)
            for secret in SessionFiles.secrets { #expect(!result.stdout.contains(secret), "\(choice) leaks \(secret)") }
        }
    }
}
