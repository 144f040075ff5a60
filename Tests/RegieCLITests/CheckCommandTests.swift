import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func validFilePrintsOkWithCounts() throws {
        let ws = try Workspace()
        try ws.write("good.json", SessionFiles.valid)
        let result = try ws.regie("check", "good.json")
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == "good.json: ok (2 partners, 1 relation, 1 intervention, 0 meetings, 1 note, 1 action)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func invalidFileListsEveryProblemWithFileLineAndPath() throws {
        let ws = try Workspace()
        try ws.write("broken.json", SessionFiles.broken)
        let result = try ws.regie("check", "broken.json")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(
            result.errorLines == [
                "broken.json:5: partners[0].scores.influence: expected a whole number 0–5, found 9",
                "broken.json:6: partners[1].status: unknown value \"weg\"; allowed: active, watching, letGo",
                "broken.json:6: partners[1].id: id \"p1\" is already used at partners[0]",
                "broken.json:9: relations[0].to: refers to \"p9\", but there is no partner with that id",
            ])
        #expect(ws.contents("broken.json") == Data(SessionFiles.broken.utf8))
    }

    @Test func notJSONIsInvalid() throws {
        let ws = try Workspace()
        try ws.write("half.json", "{\"title\": \"x\", ")
        let result = try ws.regie("check", "half.json")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("half.json:1: "))
    }

    @Test func checksEveryFileAndReportsTheWorst() throws {
        let ws = try Workspace()
        try ws.write("good.json", SessionFiles.valid)
        try ws.write("broken.json", SessionFiles.broken)
        let invalid = try ws.regie("check", "good.json", "broken.json")
        #expect(invalid.status == 1, "\(invalid)")
        #expect(invalid.stdout.hasPrefix("good.json: ok"))
        #expect(invalid.errorLines.count == 4)

        let missing = try ws.regie("check", "broken.json", "missing.json", "good.json")
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stdout.hasPrefix("good.json: ok"))
        #expect(missing.errorLines.count == 5)
        #expect(missing.errorLines.contains("missing.json: no such file"))
    }

    @Test func missingFileOrFolderExitsTwo() throws {
        let ws = try Workspace()
        let missing = try ws.regie("check", "missing.json")
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stderr == "missing.json: no such file\n")
        try FileManager.default.createDirectory(atPath: ws.path("folder"), withIntermediateDirectories: false)
        let folder = try ws.regie("check", "folder")
        #expect(folder.status == 2, "\(folder)")
    }

    @Test func usageErrorsExitTwo() throws {
        let ws = try Workspace()
        for arguments in [["check"], ["check", "--bogus", "x.json"], ["check", "--lang", "de", "x.json"]] {
            let result = try RegieBinary.run(arguments, in: ws.url)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.stderr.contains("Usage: regie check"), "\(arguments): \(result)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func speaksDutchWithLangOrLocale() throws {
        let ws = try Workspace()
        try ws.write("broken.json", SessionFiles.broken)
        let byFlag = try ws.regie("check", "broken.json", "--lang", "nl")
        #expect(
            byFlag.errorLines.first
                == "broken.json:5: partners[0].scores.influence: verwacht een geheel getal 0–5, gevonden 9")
        let byLocale = try ws.regie("check", "broken.json", environment: ["LANG": "nl_NL.UTF-8"])
        #expect(byLocale.stderr == byFlag.stderr)
        let overridden = try ws.regie(
            "check", "broken.json", environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": "en_GB.UTF-8"])
        #expect(overridden.errorLines.first?.hasSuffix("expected a whole number 0–5, found 9") == true)
    }
}
