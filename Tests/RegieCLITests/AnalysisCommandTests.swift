import Foundation
import RegieKit
import Testing

/// A star around Gemeente with three partners and a let-go one, a meeting on 2026-10-01 and
/// Politie with influence 5 and commitment 1.
private let starSession: Session = {
    func scored(_ id: Partner.ID, _ name: String, influence: Int, commitment: Int) -> Partner {
        Partner(
            id: id, name: name,
            scores: Scores(
                influence: influence, interest: 3, commitment: commitment, contribution: 3, dependency: 3, energy: 3,
                trust: 3, legitimacy: 3, urgency: 3))
    }
    return Session(
        title: "Ster", language: .nl,
        opgave: Opgave(title: "Veilig", intent: "Samen veilig", successSignals: ["Minder overlast"]),
        workForm: WorkForm(kind: .network, steering: .regie, notes: "Open netwerk"),
        partners: [
            scored("gem", "Gemeente", influence: 4, commitment: 4),
            scored("pol", "Politie", influence: 5, commitment: 1),
            scored("zorg", "Zorg", influence: 2, commitment: 4),
            scored("school", "School", influence: 2, commitment: 3),
            Partner(id: "weg", name: "Weg", status: .letGo),
        ],
        relations: [
            Relation(id: "r1", from: "gem", to: "pol", kind: .negotiation),
            Relation(id: "r2", from: "zorg", to: "gem", kind: .collaboration),
            Relation(id: "r3", from: "gem", to: "school", kind: .collaboration),
            Relation(id: "r4", from: "weg", to: "pol", kind: .information),
        ],
        perspectives: ["gem", "pol", "zorg", "school"].map { Perspective(id: Perspective.ID("p-\($0)"), partner: $0) },
        meetings: [
            Meeting(
                id: "m", title: "Overleg", date: Day("2026-10-01")!.date, attendees: ["gem", "pol", "zorg"],
                mode: .coCreation)
        ])
}()

private func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}

@Suite struct AnalyzeCommandTests {
    /// Star of four: Gemeente lies on all three pairs of the others, 3 / ((4−1)(4−2)/2) = 1.
    @Test func jsonHasThePartnersAndTheNetwork() throws {
        let ws = try Workspace()
        try ws.write("ster.json", String(decoding: SessionCodec.encode(starSession), as: UTF8.self))
        let result = try ws.regie("analyze", "ster.json", "--format", "json", "--today", "2026-11-01")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        let top = try #require(try json(result.stdout) as? [String: Any])
        #expect(Set(top.keys) == ["partners", "negotiationShare", "isolated", "brokers", "clusters", "cutPoints"])
        let partners = try #require(top["partners"] as? [[String: Any]])
        #expect(partners.map { $0["id"] as? String } == ["gem", "pol", "zorg", "school"], "let go left out")
        let keys: Set<String> = [
            "id", "name", "degree", "betweenness", "quadrant", "salience", "critical", "dedicated", "engagementGap",
            "daysSinceContact", "letGo",
        ]
        #expect(partners.allSatisfy { Set($0.keys) == keys })
        let gem = partners[0]
        #expect(gem["degree"] as? Int == 3 && gem["betweenness"] as? Double == 1)
        #expect(gem["quadrant"] as? String == "manageClosely" && gem["salience"] as? String == "definitive")
        #expect(gem["daysSinceContact"] as? Int == 31 && gem["letGo"] as? Bool == false)
        #expect(gem["critical"] as? Bool == false && gem["dedicated"] as? Bool == true)
        #expect(gem["engagementGap"] as? Int == 1)
        #expect(partners[3]["daysSinceContact"] is NSNull, "School was never met")
        #expect(partners[1]["degree"] as? Int == 1, "the relation to the let-go partner does not count")
        #expect(top["brokers"] as? [String] == ["gem"] && top["cutPoints"] as? [String] == ["gem"])
        #expect(top["isolated"] as? [String] == [])
        #expect(top["clusters"] as? [[String]] == [["gem", "pol", "zorg", "school"]])
        let share = try #require(top["negotiationShare"] as? [String: Any])
        #expect(share["relations"] as? Double == 1.0 / 3 && share["meetings"] as? Double == 0)
        #expect(share["negotiationRelations"] as? [String] == ["r1"])
    }

    @Test func textIsATableThenTheNetwork() throws {
        let ws = try Workspace()
        try ws.write("ster.json", String(decoding: SessionCodec.encode(starSession), as: UTF8.self))
        let result = try ws.regie("analyze", "ster.json", "--today", "2026-11-01", "--lang", "en")
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Ster — analysis as of 2026-11-01")
        #expect(lines[2].hasPrefix("Partner   degree  betweenness  quadrant"))
        #expect(lines[3].hasPrefix("Gemeente       3         1.00  Manage closely"))
        #expect(lines.contains("Negotiation: 1 of 3 relations (33%); 0 of 1 marked meetings (0%)"))
        #expect(lines.contains("Brokers (highest betweenness): Gemeente"))
        #expect(lines.contains("Let go, left out: Weg"))
    }

    @Test func aBadDayIsAUsageError() throws {
        let ws = try Workspace()
        try ws.write("ster.json", String(decoding: SessionCodec.encode(starSession), as: UTF8.self))
        let result = try ws.regie("analyze", "ster.json", "--today", "2026-13-01")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("--today"))
    }

    @Test func aBrokenFileIsReportedAsByCheck() throws {
        let ws = try Workspace()
        try ws.write("kapot.json", SessionFiles.broken)
        for command in ["analyze", "suggest"] {
            let result = try ws.regie(command, "kapot.json")
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("kapot.json:5: partners[0].scores.influence"))
        }
    }
}

@Suite struct SuggestCommandTests {
    /// The binary gives exactly what `suggestions(for:style:today:)` gives, as the JSON.
    @Test func jsonIsTheRankedList() throws {
        let ws = try Workspace()
        try ws.write("ster.json", String(decoding: SessionCodec.encode(starSession), as: UTF8.self))
        let result = try ws.regie("suggest", "ster.json", "--format", "json", "--today", "2026-11-01")
        #expect(result.status == 0, "\(result)")
        let list = try #require(try json(result.stdout) as? [[String: Any]])
        let expected = suggestions(for: starSession, today: Day("2026-11-01")!)
        #expect(!expected.isEmpty)
        #expect(list.count == expected.count)
        let keys: Set<String> = ["intervention", "title", "rule", "method", "tips", "partners", "reason", "score"]
        #expect(list.allSatisfy { Set($0.keys) == keys })
        let scores = list.compactMap { $0["score"] as? Int }
        #expect(scores == scores.sorted(by: >) && scores.count == list.count)
        #expect(list.map { $0["intervention"] as? String } == expected.map(\.intervention.id))
        #expect(list.map { $0["reason"] as? String } == expected.map { $0.reason.nl })
        let politie = try #require(list.first { $0["rule"] as? String == "highInfluenceLowCommitment" })
        #expect(politie["partners"] as? [String] == ["pol"] && politie["method"] as? String == "mendelow")
        #expect((politie["reason"] as? String)?.hasPrefix("Politie: invloed 5, commitment 1") == true)
        #expect(result.stdout == CanonicalJSON.string(.array(expected.map { $0.json(.nl) })))
    }

    @Test func tipAndStyleFilterAndReorder() throws {
        let ws = try Workspace()
        try ws.write("ster.json", String(decoding: SessionCodec.encode(starSession), as: UTF8.self))
        let day = ["--format", "json", "--today", "2026-11-01"]
        let tip5 = try RegieBinary.run(["suggest", "ster.json", "--tip", "5"] + day, in: ws.url)
        let tips = try #require(try json(tip5.stdout) as? [[String: Any]]).map { $0["tips"] as? [Int] ?? [] }
        #expect(!tips.isEmpty && tips.allSatisfy { $0.contains(5) })
        func entries(_ style: String) throws -> [String] {
            let run = try RegieBinary.run(["suggest", "ster.json", "--style", style] + day, in: ws.url)
            #expect(run.status == 0, "\(run)")
            return try #require(try json(run.stdout) as? [[String: Any]]).compactMap { $0["intervention"] as? String }
        }
        let expected = suggestions(for: starSession, style: [.driver], today: Day("2026-11-01")!)
        #expect(try entries("driver") == expected.map(\.intervention.id))
        #expect(try entries("driver") != entries("guardian"))
        let bad = try RegieBinary.run(["suggest", "ster.json", "--tip", "8"], in: ws.url)
        #expect(bad.status == 2 && bad.stderr.contains("--tip"), "\(bad)")
        let badStyle = try RegieBinary.run(["suggest", "ster.json", "--style", "boss"], in: ws.url)
        #expect(badStyle.status == 2, "\(badStyle)")
    }

    @Test func textShowsTitleReasonTipsAndMethod() throws {
        let ws = try Workspace()
        try ws.write("ster.json", String(decoding: SessionCodec.encode(starSession), as: UTF8.self))
        let result = try ws.regie("suggest", "ster.json", "--today", "2026-11-01")
        #expect(result.status == 0, "\(result)")
        let first = suggestions(for: starSession, today: Day("2026-11-01")!)[0]
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasSuffix(". " + first.intervention.title.nl + "  [\(first.score)]"))
        #expect(lines[1].trimmingCharacters(in: .whitespaces) == first.reason.nl)
        #expect(lines[2].contains("tip " + first.tips.map(String.init).joined(separator: ", ") + " · "))
    }

    @Test func aCalmSessionHasNoSuggestions() throws {
        let ws = try Workspace()
        var calm = starSession
        calm.partners[1].scores.commitment = 4
        let ids: [Partner.ID] = ["gem", "pol", "zorg", "school"]
        calm.relations = ids.enumerated().flatMap { i, a in
            ids[(i + 1)...].map { b in Relation(id: Relation.ID("\(a)-\(b)"), from: a, to: b, kind: .collaboration) }
        }
        calm.meetings[0].attendees = ["gem", "pol", "zorg", "school"]
        try ws.write("rust.json", String(decoding: SessionCodec.encode(calm), as: UTF8.self))
        let result = try ws.regie("suggest", "rust.json", "--today", "2026-11-01")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Geen suggesties: geen enkele regel gaat op voor deze sessie.\n")
    }
}

@Suite struct MistypedSubcommandTests {
    @Test(arguments: [
        (["analyse", "x.json"], "analyse", "analyze"), (["exprot"], "exprot", "export"),
        (["sugest", "wijk.json"], "sugest", "suggest"), (["chek"], "chek", "check"),
    ])
    func namesTheSubcommandMeantAndCreatesNothing(arguments: [String], typed: String, meant: String) throws {
        let ws = try Workspace()
        let result = try RegieBinary.run(arguments, in: ws.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == "regie: '\(typed)' is not a subcommand; did you mean '\(meant)'?\n"
                + "Subcommands: open, new, check, export, analyze, suggest, round, compare, assess, merge, diff, merge-driver, "
                + "demo, help\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: ws.url.path).filter { !$0.hasPrefix(".") }
        #expect(left.isEmpty, "created \(left)")
    }

    @Test func inDutchToo() throws {
        let ws = try Workspace()
        let result = try ws.regie("exprot", "--lang", "nl")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("regie: 'exprot' is geen subcommando; bedoelde je 'export'?\n"))
    }

    /// A file of that name is opened as before, and so is a word that is no near miss.
    @Test func anExistingFileOrAnUnrelatedNameIsNoTypo() throws {
        let ws = try Workspace()
        try ws.write("analyse", SessionFiles.broken)
        let file = try ws.regie("analyse")
        #expect(file.status == 1 && file.stderr.hasPrefix("analyse:5: "), "read as a session file: \(file)")
        for word in ["wijkaanpak", "exprot.json"] {
            let other = try ws.regie(word)
            #expect(!other.stderr.contains("subcommand"), "\(word): \(other)")
        }
    }
}

@Suite struct AnalysisHelpTests {
    @Test(arguments: ["analyze", "suggest"])
    func helpHasExamplesInBothLanguages(command: String) throws {
        let ws = try Workspace()
        let english = try ws.regie(command, "--help")
        #expect(english.status == 0 && english.stderr.isEmpty, "\(english)")
        #expect(english.stdout.contains("Examples:\n  regie \(command) district.json"))
        #expect(english.stdout.contains("--today <yyyy-mm-dd>"))
        let dutch = try ws.regie(command, "--help", "--lang", "nl")
        #expect(dutch.stdout.contains("Voorbeelden:\n  regie \(command) wijk.json"))
    }
}
