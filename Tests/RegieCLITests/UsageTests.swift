import Foundation
import Testing

@Suite struct UsageTests {
    @Test(arguments: [
        ["--help"], ["help"], ["check", "--help"], ["new", "--help"], ["export", "--help"], ["suggest", "--help"],
        ["demo", "--help"], ["open", "--help"], ["help", "export"], ["--version"], ["help", "demo"],
        ["demo", "--list"],
    ])
    func helpAndVersionExitZero(arguments: [String]) throws {
        let ws = try Workspace()
        let result = try RegieBinary.run(arguments, in: ws.url)
        #expect(result.status == 0, "\(arguments): \(result)")
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    @Test func helpHasExamplesInBothLanguages() throws {
        let ws = try Workspace()
        let english = try ws.regie("export", "--help")
        #expect(
            english.stdout.contains("Examples:\n  regie export district.json --format markdown --public -o report.md"))
        let dutch = try ws.regie("export", "--help", "--lang", "nl")
        #expect(
            dutch.stdout.contains("Voorbeelden:\n  regie export wijk.json --format markdown --public -o verslag.md"))
    }

    @Test func badFlagExitsTwoWithUsage() throws {
        let ws = try Workspace()
        // A subcommand's or a file's wrong arguments get the usage of `regie` too.
        for arguments in [
            ["--bogus"], ["export", "-x"], ["new"], ["check", "a.json", "--lang"], ["demo", "--bogus"],
            ["demo", "wijkaanpak", "twee"], ["demo", "--lang", "fr"], ["a.json", "b.json"],
        ] {
            let result = try RegieBinary.run(arguments, in: ws.url)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.stderr.contains("Usage: regie"), "\(arguments): \(result)")
            #expect(!result.stderr.contains("Stack dump"))
        }
    }
}
