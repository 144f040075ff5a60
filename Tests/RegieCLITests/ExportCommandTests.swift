import Foundation
import RegieKit
import Testing

@Suite struct ExportCommandTests {
    static let formats = ["markdown", "dot", "mermaid", "csv", "json"]

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

    @Test func csvRelationsTable() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let result = try ws.regie("export", "wijk.json", "--format", "csv", "--relations")
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout
                == "id,from,to,fromName,toName,kind,strength,note\r\nr-1,gem,pol.1,Gemeente Zoetermeer,\"Politie \"\"Noord\"\", team Café\",tension,3,oud | zeer\r\n"
        )
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
