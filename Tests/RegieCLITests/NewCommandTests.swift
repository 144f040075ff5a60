import Foundation
import RegieKit
import Testing

@Suite struct NewCommandTests {
    @Test func createsAPrivateEmptySession() throws {
        let ws = try Workspace()
        let result = try ws.regie("new", "wijk.json", "--title", "Wijk Noord", "--lang", "nl")
        #expect(result.status == 0, "\(result)")
        #expect(try ws.mode("wijk.json") == 0o600)
        let session = try SessionCodec.decode(try #require(ws.contents("wijk.json")))
        #expect(session.title == "Wijk Noord")
        #expect(session.language == .nl)
        #expect(session.partners.isEmpty)
        #expect(try ws.regie("check", "wijk.json").status == 0)
    }

    @Test func refusesToOverwrite() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.broken)
        let result = try ws.regie("new", "wijk.json")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("wijk.json: already exists"))
        #expect(ws.contents("wijk.json") == Data(SessionFiles.broken.utf8))
    }

    @Test func missingFolderExitsTwo() throws {
        let ws = try Workspace()
        let result = try ws.regie("new", "nowhere/wijk.json")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("nowhere/wijk.json: cannot be created"))
    }

    // MARK: - The language of the content

    /// `LANG=C.UTF-8` names no language: the session becomes English, and both languages say so
    /// and how to get a Dutch one.
    @Test func saysInBothLanguagesWhichLanguageTheEnvironmentChose() throws {
        let ws = try Workspace()
        let result = try ws.regie("new", "wijk.json", environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                wijk.json: new session created
                Content language: English (from LANG=C.UTF-8). For Dutch, remove this empty file and run:
                Taal van de inhoud: Engels (volgens LANG=C.UTF-8). Voor Nederlands: verwijder dit lege bestand en typ:
                  regie new wijk.json --lang nl

                """)
        #expect(result.stderr.isEmpty)
        let session = try SessionCodec.decode(try #require(ws.contents("wijk.json")))
        #expect(session.language == .en)
        #expect(session.title == "New session")
    }

    @Test func aDutchEnvironmentGivesADutchSessionAndSaysHowToGetAnEnglishOne() throws {
        let ws = try Workspace()
        let result = try ws.regie("new", "wijk.json", environment: ["LANG": "C", "LC_ALL": "nl_NL.UTF-8"])
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                wijk.json: nieuwe sessie aangemaakt
                Taal van de inhoud: Nederlands (volgens LC_ALL=nl_NL.UTF-8). Voor Engels: verwijder dit lege bestand en typ:
                Content language: Dutch (from LC_ALL=nl_NL.UTF-8). For English, remove this empty file and run:
                  regie new wijk.json --lang en

                """)
        #expect(try SessionCodec.decode(try #require(ws.contents("wijk.json"))).language == .nl)
    }

    @Test func saysSoWhenNoVariableNamesALanguage() throws {
        let ws = try Workspace()
        let result = try ws.regie("new", "wijk.json", environment: ["LANG": ""])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 4, "\(result)")
        #expect(
            lines[1] == "Content language: English (as LC_ALL, LC_MESSAGES and LANG are not set). For Dutch, remove "
                + "this empty file and run:")
    }

    /// The command it suggests gives the other language when typed, title and odd names included.
    @Test func theSuggestedCommandMakesTheOtherSession() throws {
        let ws = try Workspace()
        let first = try ws.regie("new", "mijn wijk.json", "--title", "Wijk 'Noord'", environment: ["LANG": "C.UTF-8"])
        let command = try #require(first.stdout.split(separator: "\n").last)
        #expect(command == #"  regie new 'mijn wijk.json' --title 'Wijk '\''Noord'\''' --lang nl"#)
        try FileManager.default.removeItem(atPath: ws.path("mijn wijk.json"))
        let again = try ws.regie("new", "mijn wijk.json", "--title", "Wijk 'Noord'", "--lang", "nl")
        #expect(again.status == 0, "\(again)")
        let session = try SessionCodec.decode(try #require(ws.contents("mijn wijk.json")))
        #expect(session.language == .nl)
        #expect(session.title == "Wijk 'Noord'")
    }

    /// A language chosen with `--lang` is the user's own: one line says it, in that language.
    @Test func aChosenLanguageIsNamedOnce() throws {
        let ws = try Workspace()
        let dutch = try ws.regie("new", "a.json", "--lang", "nl", environment: ["LANG": "C.UTF-8"])
        #expect(dutch.stdout == "a.json: nieuwe sessie aangemaakt; taal van de inhoud: Nederlands\n")
        let english = try ws.regie("new", "b.json", "--lang", "en", environment: ["LANG": "nl_NL.UTF-8"])
        #expect(english.stdout == "b.json: new session created; content language: English\n")
        let session = try SessionCodec.decode(try #require(ws.contents("b.json")))
        #expect(session.language == .en)
        #expect(session.title == "New session")
    }

    @Test func helpSaysWhereTheLanguageComesFrom() throws {
        let ws = try Workspace()
        let english = try ws.regie("new", "--help").stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(english.contains("Choose the language of the content (the title, the texts in exports) with --lang nl"))
        #expect(english.contains("English otherwise (also for LANG=C.UTF-8). regie new says which language it became"))
        let dutch = try ws.regie("new", "--help", "--lang", "nl").stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(dutch.contains("De taal van de inhoud (de titel, de teksten in exports) kies je met --lang nl"))
        #expect(dutch.contains("regie new meldt welke taal het werd en hoe je de andere kiest."))
    }
}
