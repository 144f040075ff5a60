import Foundation
import RegieKit
import Testing

/// `regie round`, `compare`, `assess`, `merge`, `diff` and `merge-driver`, run as the built binary.
@Suite(.serialized) struct AcrossPeopleAndTimeTests {
    static func sample() throws -> Data { try #require(SampleSessions.data(named: "wijkaanpak")) }

    @Test func roundsAreRecordedAndCompared() throws {
        let ws = try Workspace()
        try Self.sample().write(to: ws.url.appendingPathComponent("w.json"))
        let first = try RegieBinary.run(
            ["round", "w.json", "--name", "Nulmeting", "--date", "2026-01-15", "--lang", "nl"], in: ws.url)
        #expect(first.status == 0, "\(first)")
        var session = try SessionFileStore.load(path: ws.path("w.json"))
        session.partners[2].scores.commitment = 4
        try SessionFileStore.save(session, to: ws.path("w.json"))
        #expect(
            try RegieBinary.run(["round", "w.json", "--name", "Februari", "--date", "2026-02-15"], in: ws.url).status
                == 0)
        let text = try RegieBinary.run(["compare", "w.json", "--lang", "nl"], in: ws.url)
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("Vergelijking: Nulmeting (2026-01-15) → Februari (2026-02-15)"))
        #expect(text.stdout.contains("commitment 2 → 4"))
        let json = try RegieBinary.run(
            ["compare", "w.json", "--from", "nulmeting", "--to", "februari", "--format", "json"], in: ws.url)
        #expect(json.stdout.contains(#""commitment": {"#))
        let missing = try RegieBinary.run(["compare", "w.json", "--from", "Maart", "--lang", "en"], in: ws.url)
        #expect(missing.status == 2 && missing.stderr.contains("no round “Maart”"))
        #expect(try RegieBinary.run(["check", "w.json"], in: ws.url).status == 0)
    }

    @Test func assessorsAreMergedWithTheirDisagreements() throws {
        let ws = try Workspace()
        try Self.sample().write(to: ws.url.appendingPathComponent("team.json"))
        for (name, influence) in [("Anouk", 5), ("Bram", 2)] {
            let file = name.lowercased() + ".json"
            #expect(
                try RegieBinary.run(["assess", "team.json", "--assessor", name, "-o", file], in: ws.url).status == 0)
            var copy = try SessionFileStore.load(path: ws.path(file))
            #expect(copy.assessor == name && copy.partners.allSatisfy { $0.scores == Scores() })
            copy.partners[2].scores = Scores(influence: influence, interest: 3)
            try SessionFileStore.save(copy, to: ws.path(file))
        }
        let again = try RegieBinary.run(["assess", "team.json", "--assessor", "Anouk", "-o", "anouk.json"], in: ws.url)
        #expect(again.status == 2, "an assessment is never overwritten")
        let merged = try RegieBinary.run(
            ["merge", "team.json", "anouk.json", "bram.json", "-o", "m.json", "--lang", "nl"], in: ws.url)
        #expect(merged.status == 0, "\(merged)")
        #expect(merged.stdout.contains("Bespreekpunten (verschil van 2 of meer tussen beoordelaars): 1"))
        #expect(merged.stdout.contains("1. Politie Dalstede-Oost — invloed: Anouk 5, Bram 2 (verschil 3)"))
        #expect(try RegieBinary.run(["check", "m.json"], in: ws.url).status == 0)
        let report = try RegieBinary.run(["export", "m.json", "--format", "markdown"], in: ws.url)
        #expect(report.stdout.contains("Bespreekpunten") || report.stdout.contains("Points to discuss"))
    }

    @Test func diffSaysWhatChanged() throws {
        let ws = try Workspace()
        try Self.sample().write(to: ws.url.appendingPathComponent("a.json"))
        var session = try SessionFileStore.load(path: ws.path("a.json"))
        session.partners[2].scores.influence = 3
        try SessionFileStore.save(session, to: ws.path("b.json"))
        let result = try RegieBinary.run(["diff", "a.json", "b.json", "--lang", "nl"], in: ws.url)
        #expect(result.status == 0)
        #expect(result.stdout == "Politie Dalstede-Oost: invloed 5 → 3\n")
    }

    @Test func aMergedGitPullHoldsBothCleanChangesAndTheWorkbenchResolvesTheConflict() throws {
        let ws = try Workspace()
        let binary = try #require(RegieBinary.url).path
        func git(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", ws.path(folder)] + arguments
            var env = ProcessInfo.processInfo.environment
            env["GIT_CONFIG_NOSYSTEM"] = "1"
            env["HOME"] = ws.url.path
            process.environment = env
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        func edit(_ folder: String, _ change: (inout Session) -> Void) throws {
            let path = ws.path(folder + "/w.json")
            var session = try SessionFileStore.load(path: path)
            change(&session)
            try SessionFileStore.save(session, to: path)
        }
        try FileManager.default.createDirectory(
            at: ws.url.appendingPathComponent("origin"), withIntermediateDirectories: true)
        _ = try git(["init", "-q", "-b", "main"], in: "origin")
        try Self.sample().write(to: ws.url.appendingPathComponent("origin/w.json"))
        try "*.json merge=regie diff=regie\n".write(
            toFile: ws.path("origin/.gitattributes"), atomically: true, encoding: .utf8)
        for folder in ["origin"] {
            _ = try git(["config", "user.name", "Anouk"], in: folder)
            _ = try git(["config", "user.email", "anouk@example.org"], in: folder)
        }
        _ = try git(["add", "."], in: "origin")
        #expect(try git(["commit", "-qm", "start"], in: "origin").status == 0)
        let clone = Process()
        clone.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        clone.arguments = ["git", "clone", "-q", ws.path("origin"), ws.path("bram")]
        try clone.run()
        clone.waitUntilExit()
        _ = try git(["config", "user.name", "Bram"], in: "bram")
        _ = try git(["config", "user.email", "bram@example.org"], in: "bram")
        _ = try git(["config", "merge.regie.driver", "\(binary) merge-driver %O %A %B %P"], in: "bram")

        // Anouk: a note, and politie's influence. Bram: the municipality's trust, and politie's influence too.
        try edit("origin") { session in
            session.notes.append(
                Note(id: "n-anouk", at: Date(timeIntervalSince1970: 1_772_000_000), text: "Notitie van Anouk"))
            session.partners[2].scores.influence = 1
        }
        #expect(try git(["commit", "-qam", "Anouk"], in: "origin").status == 0)
        try edit("bram") { session in
            session.partners[0].scores.trust = 1
            session.partners[2].scores.influence = 3
        }
        #expect(try git(["commit", "-qam", "Bram"], in: "bram").status == 0)
        let pull = try git(["pull", "--no-rebase", "-q"], in: "bram")
        #expect(pull.status != 0, "one conflict remains: \(pull.output)")
        let text = try String(contentsOfFile: ws.path("bram/w.json"), encoding: .utf8)
        #expect(!text.contains("<<<<<<<"))
        let merged = try SessionFileStore.load(path: ws.path("bram/w.json"))
        #expect(merged.notes.contains { $0.id == "n-anouk" })
        #expect(merged.partners[0].scores.trust == 1)
        #expect(merged.conflicts.count == 1)
        #expect(merged.conflicts.first?.ours.name.hasPrefix("Bram") == true)
        #expect(merged.conflicts.first?.theirs.name.hasPrefix("Anouk") == true)
        #expect(try RegieBinary.run(["check", "bram/w.json"], in: ws.url).status == 0)

        let tmux = try TmuxSession(command: [binary, ws.path("bram/w.json"), "--lang", "nl"], width: 100, height: 30)
        let (shown, screen) = try tmux.waitFor("Conflicten uit de samenvoeging")
        #expect(shown, "\(screen)")
        #expect(screen.contains("Politie Dalstede-Oost: invloed"))
        #expect(screen.contains("1  Bram (main): 3"))
        #expect(screen.contains("2  Anouk"))
        try tmux.keys("2")
        #expect(try tmux.waitFor("Alle conflicten opgelost").ok)
        try tmux.keys("C-s")
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        let resolved = try SessionFileStore.load(path: ws.path("bram/w.json"))
        #expect(resolved.conflicts.isEmpty && resolved.partners[2].scores.influence == 1)
        #expect(resolved.notes.contains { $0.id == "n-anouk" } && resolved.partners[0].scores.trust == 1)
    }
}
