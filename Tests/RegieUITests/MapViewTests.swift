import Canvas
import Foundation
import Testing

@testable import RegieKit

@testable import RegieUI
import RegieTestSupport

// MARK: - Sample sessions

/// Eight partners of a wijkaanpak: one with a wide name, one let go, one watched, every
/// relation kind; Politie and GGD keep their scores private.
private func wijkaanpak() -> Session {
    /// Scores in the order influence, interest, commitment, legitimacy, urgency.
    func partner(
        _ id: Partner.ID, _ name: String, chain: Int? = nil, _ scores: [Int], status: PartnerStatus = .active,
        shares: Bool = true
    ) -> Partner {
        Partner(
            id: id, name: name, chainPosition: chain,
            scores: Scores(
                influence: scores[0], interest: scores[1], commitment: scores[2], legitimacy: scores[3],
                urgency: scores[4]),
            status: status, shareScores: shares)
    }
    let partners = [
        partner("gemeente", "Gemeente Utrecht", chain: 1, [5, 4, 4, 5, 3]),
        partner("politie", "Politie Midden", chain: 2, [4, 2, 2, 4, 4], shares: false),
        partner("zorg", "Zorggroep Ëlst 日本", chain: 2, [2, 5, 5, 3, 4]),
        partner("woonstede", "Woonstede", chain: 3, [3, 1, 1, 2, 1], status: .watching),
        partner("buurtteam", "Buurtteam Oost", chain: 4, [1, 4, 3, 3, 1]),
        partner("ggd", "GGD regio", [2, 2, 2, 4, 0], shares: false),
        partner("sport", "Sportclub De Ster", [0, 1, 0, 0, 0], status: .letGo),
        partner("school", "Basisschool Het Anker", [1, 3, 2, 0, 4]),
    ]
    let relations: [(Partner.ID, Partner.ID, RelationKind)] = [
        ("gemeente", "zorg", .collaboration), ("politie", "gemeente", .dependency),
        ("gemeente", "buurtteam", .information), ("gemeente", "zorg", .funding), ("politie", "woonstede", .tension),
        ("gemeente", "woonstede", .negotiation), ("zorg", "buurtteam", .collaboration), ("ggd", "zorg", .information),
        ("buurtteam", "school", .collaboration), ("sport", "buurtteam", .tension),
    ]
    return Session(
        title: "Wijkaanpak Oost", partners: partners,
        relations: relations.enumerated().map { index, relation in
            Relation(id: .init("r\(index)"), from: relation.0, to: relation.1, kind: relation.2)
        })
}

/// Twenty partners of a youth-care chain, for crowding.
private func jeugdketen() -> Session {
    let names = [
        "Gemeente Amersfoort", "Politie Eemland", "Veilig Thuis", "Jeugdbescherming", "GGD Midden", "Huisartsen",
        "Wijkteam Noord", "Wijkteam Zuid", "Raad voor de Kinderbescherming", "Openbaar Ministerie", "Scholen PO",
        "Scholen VO", "Leerplicht", "Zorggroep Ëlst 日本", "Woningcorporatie", "Sportbedrijf", "Bibliotheek",
        "Jongerenwerk", "Reclassering", "Verslavingszorg",
    ]
    var generator = SeededGenerator(seed: 7)
    let partners = names.enumerated().map { index, name in
        Partner(
            id: .init(String(format: "p%02d", index)), name: name, chainPosition: index % 3 == 0 ? nil : index / 2,
            scores: Scores(
                influence: Int(generator.next() % 6), interest: Int(generator.next() % 6),
                commitment: Int(generator.next() % 6), legitimacy: Int(generator.next() % 6),
                urgency: Int(generator.next() % 6)),
            status: index == 15 ? .letGo : index == 16 ? .watching : .active, shareScores: index % 2 == 0)
    }
    var relations: [Relation] = []
    for index in 0..<28 {
        let from = Int(generator.next() % 20)
        var to = Int(generator.next() % 20)
        if to == from { to = (to + 1) % 20 }
        relations.append(
            Relation(
                id: .init("r\(index)"), from: partners[from].id, to: partners[to].id,
                kind: RelationKind.allCases[index % 6], strength: 1 + Int(generator.next() % 5)))
    }
    return Session(title: "Jeugdketen", partners: partners, relations: relations)
}

private func render(
    _ kind: MapKind, _ session: Session, width: Int, height: Int, selected: Partner.ID? = nil,
    relationStart: Partner.ID? = nil, presenting: Bool = false, language: Language = .nl
) -> Frame {
    var frame = Frame(size: Size(width: width, height: height))
    MapRenderer.draw(
        kind, session: session, selected: selected, relationStart: relationStart,
        disclosure: presenting ? .public : .full,
        language: language, in: Rect(x: 0, y: 0, width: width, height: height), into: &frame)
    return frame
}

/// The text of the cells in `rect`, wide characters once.
private func text(in rect: Rect, of frame: Frame) -> String {
    var text = ""
    for y in rect.y..<rect.maxY {
        for x in rect.x..<rect.maxX { text += frame.grid[x, y].text }
    }
    return text
}

/// The partners that have a clickable label, with the text of each label.
private func labels(in frame: Frame) -> [Partner.ID: [String]] {
    var labels: [Partner.ID: [String]] = [:]
    for hit in frame.hits {
        if case .partner(let id) = hit.target { labels[id, default: []].append(text(in: hit.rect, of: frame)) }
    }
    return labels
}

/// Whether `label` shows `partner`: its marker and name, or a start of them ending in `…`.
private func shows(_ label: String, _ partner: Partner) -> Bool {
    let name = partner.name
    if label.hasSuffix(name) { return true }
    guard label.hasSuffix("…") else { return false }
    let start = label.dropLast().drop { "●×?".contains($0) }
    return !start.isEmpty && name.hasPrefix(start)
}

private let sizes = [(52, 20), (100, 36)]

// MARK: - Every view

@Suite struct MapViewTests {
    @Test(arguments: MapKind.allCases)
    func drawsOnlyInsideItsRect(kind: MapKind) {
        for (session, selected) in [(wijkaanpak(), Partner.ID("zorg")), (jeugdketen(), Partner.ID("p13"))] {
            for (width, height) in sizes + [(30, 6), (29, 5), (41, 11), (3, 1)] {
                for presenting in [false, true] {
                    let rect = Rect(x: 5, y: 3, width: width, height: height)
                    var frame = Frame(size: Size(width: width + 10, height: height + 6))
                    frame.grid.fill(frame.grid.bounds, with: "#")
                    MapRenderer.draw(
                        kind, session: session, selected: selected, relationStart: "gemeente",
                        disclosure: presenting ? .public : .full,
                        language: .nl, in: rect, into: &frame)
                    for y in 0..<frame.grid.size.height {
                        for x in 0..<frame.grid.size.width where !rect.contains(Point(x: x, y: y)) {
                            #expect(frame.grid[x, y].text == "#", "\(kind) \(width)x\(height) touched (\(x), \(y))")
                        }
                    }
                    for hit in frame.hits {
                        #expect(rect.intersection(hit.rect) == hit.rect, "\(kind) \(width)x\(height) hit outside")
                    }
                }
            }
        }
    }

    @Test(arguments: MapKind.allCases)
    func labelsEveryPartnerClickably(kind: MapKind) {
        let session = wijkaanpak()
        for (width, height) in sizes {
            let frame = render(kind, session, width: width, height: height)
            let labels = labels(in: frame)
            for partner in session.partners {
                let texts = labels[partner.id] ?? []
                #expect(texts.count == 1, "\(kind) \(width)x\(height): \(partner.name) labelled \(texts.count) times")
                for label in texts {
                    #expect(shows(label, partner), "\(kind) \(width)x\(height): '\(label)' for \(partner.name)")
                }
            }
        }
    }

    @Test(arguments: MapKind.allCases)
    func isDeterministic(kind: MapKind) {
        let session = jeugdketen()
        let first = render(kind, session, width: 52, height: 20, selected: "p03")
        let second = render(kind, session, width: 52, height: 20, selected: "p03")
        #expect(first.grid == second.grid)
        #expect(first.hits.map(\.rect) == second.hits.map(\.rect))
    }

    @Test(arguments: MapKind.allCases)
    func marksSelectionAndStatusWithoutColour(kind: MapKind) {
        let session = wijkaanpak()
        let frame = render(kind, session, width: 100, height: 36, selected: "zorg", relationStart: "buurtteam")
        let labels = labels(in: frame)
        #expect(labels["sport"]?.first?.hasPrefix("×") == true)
        #expect(labels["woonstede"]?.first?.hasPrefix("?") == true)
        #expect(labels["buurtteam"]?.first?.hasPrefix("●") == true)
        for hit in frame.hits {
            guard case .partner(let id) = hit.target else { continue }
            let style = frame.grid[hit.rect.origin].style
            if id == "zorg" {
                #expect(style == Theme.selected)
            } else if id == "sport" {
                #expect(style == Theme.letGo)
            } else {
                #expect(!style.reverse)
            }
        }
    }

    @Test(arguments: MapKind.allCases)
    func neverSplitsAWideCharacter(kind: MapKind) {
        var session = wijkaanpak()
        for index in session.partners.indices {
            session.partners[index].name = "日本語の名前 " + session.partners[index].name
        }
        for (width, height) in sizes + [(30, 6), (41, 13)] {
            let frame = render(kind, session, width: width, height: height)
            for y in 0..<height {
                for x in 0..<width where frame.grid[x, y].width == 2 {
                    #expect(x + 1 < width && frame.grid[x + 1, y].isContinuation)
                }
                for x in 0..<width where frame.grid[x, y].isContinuation {
                    #expect(x > 0 && frame.grid[x - 1, y].width == 2)
                }
            }
        }
    }

    @Test(arguments: MapKind.allCases)
    func survivesTheSmallestRect(kind: MapKind) {
        for session in [wijkaanpak(), jeugdketen()] {
            let frame = render(kind, session, width: 30, height: 6, selected: session.partners[1].id)
            #expect(frame.grid.lines().contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
            #expect(!frame.grid.lines().joined().contains("Kaart te klein"))
        }
    }

    @Test(arguments: MapKind.allCases)
    func saysWhenTheRectIsTooSmall(kind: MapKind) {
        let frame = render(kind, wijkaanpak(), width: 29, height: 6)
        #expect(frame.grid.lines()[0].hasPrefix("Kaart te klein"))
        #expect(frame.hits.isEmpty)
        let english = render(kind, wijkaanpak(), width: 40, height: 5, language: .en)
        #expect(english.grid.lines()[0].hasPrefix("Map too small"))
    }

    @Test(arguments: MapKind.allCases)
    func saysWhenThereAreNoPartners(kind: MapKind) {
        let frame = render(kind, Session(title: "Leeg"), width: 52, height: 20)
        #expect(frame.grid.lines()[0].hasPrefix("Nog geen partners."))
    }
}

// MARK: - Network

@Suite struct NetworkMapViewTests {
    @Test func rendersTheSameMapTwice() {
        for session in [wijkaanpak(), jeugdketen()] {
            for (width, height) in sizes {
                let first = render(.network, session, width: width, height: height, selected: session.partners[2].id)
                let second = render(.network, session, width: width, height: height, selected: session.partners[2].id)
                #expect(first.grid == second.grid)
            }
        }
    }

    @Test func layoutDoesNotDependOnTheOrderOfRelations() {
        var session = jeugdketen()
        let before = render(.network, session, width: 100, height: 36)
        session.relations.reverse()
        let after = render(.network, session, width: 100, height: 36)
        #expect(NetworkMapView.edges(session).map(\.a) == NetworkMapView.edges(jeugdketen()).map(\.a))
        #expect(before.hits.map(\.rect) == after.hits.map(\.rect))
    }

    @Test func readsTwentyPartnersAtEightyByTwentyFour() {
        let session = jeugdketen()
        for (width, height) in [(52, 20), (58, 19), (100, 36)] {
            let frame = render(.network, session, width: width, height: height)
            let labels = labels(in: frame)
            #expect(labels.count == 20, "\(width)x\(height)")
            for partner in session.partners {
                guard let label = labels[partner.id]?.first else { continue }
                #expect(shows(label, partner))
                #expect(label.displayWidth >= min(12, partner.name.displayWidth), "'\(label)' cut too short")
            }
            #expect(!frame.grid.lines().joined().contains("niet getoond"))
        }
    }

    @Test(arguments: [Language.nl, .en])
    func showsEveryLegendEntry(language: Language) {
        for (width, height) in sizes {
            let frame = render(.network, wijkaanpak(), width: width, height: height, language: language)
            let legend = frame.grid.lines().suffix(3).joined(separator: "\n")
            for kind in RelationKind.allCases {
                let entry = EdgeGlyphs.sample(kind) + " " + kind.name(language)
                #expect(legend.contains(entry), "\(width)x\(height) misses \(entry)")
            }
        }
        let wide = render(.network, wijkaanpak(), width: 100, height: 36, language: language).grid.lines().suffix(2)
            .joined()
        #expect(wide.contains("× " + PartnerStatus.letGo.name(language)))
        #expect(wide.contains("? " + PartnerStatus.watching.name(language)))
    }

    @Test func labelsDoNotOverlap() {
        for session in [wijkaanpak(), jeugdketen()] {
            for (width, height) in sizes + [(30, 6)] {
                let rects = render(.network, session, width: width, height: height).hits.map(\.rect)
                for (i, a) in rects.enumerated() {
                    for b in rects[(i + 1)...] { #expect(a.intersection(b).isEmpty) }
                }
            }
        }
    }

    /// Two partners side by side and one relation: the line between them shows its kind.
    @Test(arguments: RelationKind.allCases)
    func drawsEachKindInItsOwnCharacters(kind: RelationKind) {
        let session = Session(
            title: "Twee",
            partners: [Partner(id: "a", name: "Alfa"), Partner(id: "b", name: "Bravo")],
            relations: [Relation(id: "r", from: "a", to: "b", kind: kind)])
        let frame = render(.network, session, width: 60, height: 12, selected: "a")
        let map = frame.grid.lines().dropLast(3).joined()
        let own = Set(
            [EdgeDirection.horizontal, .vertical, .rising, .falling].map {
                EdgeGlyphs.glyph(kind, $0, mostlyHorizontal: true)
            } + [EdgeGlyphs.glyph(kind, .rising, mostlyHorizontal: false)])
        let others = Set(
            RelationKind.allCases.filter { $0 != kind }.flatMap { other in
                [EdgeDirection.horizontal, .vertical].map { EdgeGlyphs.glyph(other, $0, mostlyHorizontal: true) }
            })
        #expect(map.contains { own.contains($0) })
        #expect(!map.contains { others.contains($0) && !own.contains($0) })
        #expect(map.contains { "▶◀▲▼".contains($0) } == (kind == .dependency))
        let edgeCells = frame.grid.styleRuns().filter { $0.style == Theme.heading }
        #expect(!edgeCells.isEmpty, "the selected partner's relation is bold")
    }

    @Test func pointsADependencyAtItsTarget() {
        let session = Session(
            title: "Twee",
            partners: [Partner(id: "a", name: "Alfa"), Partner(id: "b", name: "Bravo")],
            relations: [Relation(id: "r", from: "b", to: "a", kind: .dependency)])
        let frame = render(.network, session, width: 60, height: 12)
        guard let a = frame.hits.first(where: { $0.target == .partner("a") })?.rect else {
            Issue.record("Alfa not drawn")
            return
        }
        let around =
            [
                Point(x: a.x - 1, y: a.y), Point(x: a.maxX, y: a.y),
            ] + (a.x..<a.maxX).flatMap { [Point(x: $0, y: a.y - 1), Point(x: $0, y: a.y + 1)] }
        #expect(around.contains { "▶◀▲▼".contains(frame.grid[$0].text) })
    }

    @Test func glyphSetsDifferPerKind() {
        let horizontals = RelationKind.allCases.map { EdgeGlyphs.glyph($0, .horizontal, mostlyHorizontal: true) }
        let verticals = RelationKind.allCases.map { EdgeGlyphs.glyph($0, .vertical, mostlyHorizontal: false) }
        let samples = RelationKind.allCases.map(EdgeGlyphs.sample)
        #expect(Set(horizontals).count == RelationKind.allCases.count)
        #expect(Set(verticals).count == RelationKind.allCases.count)
        #expect(Set(samples).count == RelationKind.allCases.count)
        for sample in samples { #expect(sample.displayWidth == 2) }
    }

    @Test func bresenhamLinesJoinTheirEnds() {
        let ends = [
            (Point(x: 0, y: 0), Point(x: 7, y: 2)), (Point(x: 5, y: 9), Point(x: 1, y: 0)),
            (Point(x: 3, y: 3), Point(x: 3, y: 3)),
        ]
        for (a, b) in ends {
            let line = EdgeGlyphs.line(from: a, to: b)
            #expect(line.first == a)
            #expect(line.last == b)
            for (p, q) in zip(line, line.dropFirst()) { #expect(abs(p.x - q.x) <= 1 && abs(p.y - q.y) <= 1) }
        }
    }

}

// MARK: - Golden pictures

@Suite struct MapGoldenTests {
    @Test func powerInterestGrid() {
        let frame = render(.grid, wijkaanpak(), width: 52, height: 20)
        #expect(
            frame.grid.snapshot(styles: false) == """
                |↑ Invloed                                           |
                |┌─ Tevreden houden ───────┬─ Nauw betrekken ───────┐|
                |│                         │                        │|
                |│                         │    Gemeente Utrecht    │|
                |│                         │                        │|
                |│          Politie Midden │                        │|
                |│                         │                        │|
                |│       ?Woonstede        │                        │|
                |│                         │                        │|
                |├─ Monitoren ─────────────┼─ Informeren ───────────┤|
                |│                         │                        │|
                |│               GGD regio │    Zorggroep Ëlst 日本 │|
                |│                         │                        │|
                |│                         │ Basisschool Het Anker  │|
                |│                         │     Buurtteam Oost     │|
                |│                         │                        │|
                |│   ×Sportclub De Ster    │                        │|
                |│                         │                        │|
                |└─────────────────────────┴────────────────────────┘|
                |× losgelaten  ? volgen                      Belang →|

                """)
    }

    @Test func chain() {
        let frame = render(.chain, wijkaanpak(), width: 52, height: 20)
        #expect(
            frame.grid.snapshot(styles: false) == """
                |┌──────────────────┐   ┌─────────────────────┐      |
                |│ Gemeente Utrecht │──▶│ Politie Midden      │      |
                |└──────────────────┘   ├─────────────────────┤      |
                |                       │ Zorggroep Ëlst 日本 │      |
                |                       └─────────────────────┘      |
                |                                                    |
                |   ┌────────────┐   ┌────────────────┐              |
                |──▶│ ?Woonstede │──▶│ Buurtteam Oost │              |
                |   └────────────┘   └────────────────┘              |
                |                                                    |
                |Niet in de keten: GGD regio, ×Sportclub De Ster,    |
                |  Basisschool Het Anker                             |
                |                                                    |
                |                                                    |
                |                                                    |
                |                                                    |
                |                                                    |
                |                                                    |
                |                                                    |
                |                                                    |

                """)
    }

    @Test func chainInEnglishWhenCramped() {
        let frame = render(.chain, wijkaanpak(), width: 40, height: 8, language: .en)
        #expect(
            frame.grid.snapshot(styles: false) == """
                |Gemeente Utrecht                        |
                |──▶ Politie Midden + Zorggroep Ëlst 日本|
                |──▶ ?Woonstede ──▶ Buurtteam Oost       |
                |                                        |
                |Not in the chain: GGD regio,            |
                |  ×Sportclub De Ster,                   |
                |  Basisschool Het Anker                 |
                |                                        |

                """)
    }

    @Test func salience() {
        let frame = render(.salience, wijkaanpak(), width: 52, height: 20)
        #expect(
            frame.grid.snapshot(styles: false) == """
                |M = macht (invloed)  L = legitimiteit  U = urgentie |
                |Telt vanaf een score van 3.                         |
                |                                                    |
                |MLU bepalend       Gemeente Utrecht, Politie Midden |
                |                                                    |
                |ML· dominant       —                                |
                |M·U gevaarlijk     —                                |
                |·LU afhankelijk    Zorggroep Ëlst 日本              |
                |                                                    |
                |M·· slapend        ?Woonstede                       |
                |·L· discretionair  Buurtteam Oost, GGD regio        |
                |··U veeleisend     Basisschool Het Anker            |
                |                                                    |
                |··· geen           ×Sportclub De Ster               |
                |                                                    |
                |                                                    |
                |                                                    |
                |                                                    |
                |                                                    |
                |                                                    |

                """)
    }

    @Test func rings() {
        let frame = render(.rings, wijkaanpak(), width: 52, height: 20)
        #expect(
            frame.grid.snapshot(styles: false) == """
                |╭─ Periferie ──────────────────────────────────────╮|
                |│                    ?Woonstede                    │|
                |│                                                  │|
                |│   ╭─ Betrokken ──────────────────────────────╮   │|
                |│   │      Buurtteam Oost       GGD regio      │   │|
                |│   │                                          │   │|
                |│   │   ╭─ Kern ───────────────────────────╮   │   │|
                |│   │   │                                  │   │   │|
                |│   │   │       Zorggroep Ëlst 日本        │   │   │|
                |│   │   │         Gemeente Utrecht         │   │   │|
                |│   │   │                                  │   │   │|
                |│   │   ╰──────────────────────────────────╯   │   │|
                |│   │  Politie Midden   Basisschool Het Anker  │   │|
                |│   │                                          │   │|
                |│   ╰──────────────────────────────────────────╯   │|
                |│                ×Sportclub De Ster                │|
                |│                                                  │|
                |╰──────────────────────────────────────────────────╯|
                |Commitment: kern 4–5 · betrokken 2–3 · periferie 0–1|
                |× losgelaten  ? volgen                              |

                """)
    }
}

// MARK: - Presentation mode

@Suite struct MapPrivacyTests {
    /// Politie Midden and GGD regio keep their scores private in the sample.
    @Test(arguments: [MapKind.grid, .salience, .rings], [(52, 20), (100, 36), (30, 6)])
    func placesOnlyPartnersWhoShareTheirScores(kind: MapKind, size: (Int, Int)) {
        let session = wijkaanpak()
        let frame = render(kind, session, width: size.0, height: size.1, presenting: true)
        let lines = frame.grid.lines()
        guard let note = lines.firstIndex(where: { $0.hasPrefix("(scores niet gedeeld):") }) else {
            Issue.record("\(kind) \(size) names no partner whose scores are private")
            return
        }
        #expect(lines[note...].joined().contains("Politie Midden"))
        for line in lines[..<note] {
            #expect(!line.contains("Politie"), "\(kind) \(size) places Politie: \(line)")
            #expect(!line.contains("GGD"), "\(kind) \(size) places GGD: \(line)")
        }
        for hit in frame.hits where hit.target == .partner("politie") || hit.target == .partner("ggd") {
            #expect(hit.rect.y >= note, "\(kind): a private partner is clickable only in the note")
        }
        if size.0 >= 52 {
            #expect(labels(in: frame)["gemeente"]?.first == "Gemeente Utrecht")
            #expect(lines[note...].joined().contains("GGD regio"))
        }
    }

    @Test(arguments: [MapKind.grid, .salience, .rings])
    func placesNobodyWhenNoScoresAreShared(kind: MapKind) {
        var session = wijkaanpak()
        for index in session.partners.indices { session.partners[index].shareScores = false }
        let frame = render(kind, session, width: 100, height: 36, presenting: true, language: .en)
        let lines = frame.grid.lines()
        guard let note = lines.firstIndex(where: { $0.hasPrefix("(scores not shared):") }) else {
            Issue.record("\(kind) does not say the scores are not shared")
            return
        }
        for line in lines[..<note] {
            for partner in session.partners { #expect(!line.contains(partner.name)) }
        }
        #expect(labels(in: frame).count == session.partners.count, "every partner is still named once")
    }

    @Test(arguments: [MapKind.grid, .salience, .rings])
    func placesEveryoneOutsidePresentationMode(kind: MapKind) {
        let lines = render(kind, wijkaanpak(), width: 100, height: 36).grid.lines()
        #expect(!lines.joined().contains("niet gedeeld"))
        #expect(lines.joined().contains("Politie Midden"))
    }

    @Test(arguments: [MapKind.network, .chain])
    func showsEveryPartnerInViewsWithoutScores(kind: MapKind) {
        let frame = render(kind, wijkaanpak(), width: 100, height: 36, presenting: true)
        #expect(labels(in: frame).count == 8)
        #expect(!frame.grid.lines().joined().contains("niet gedeeld"))
    }
}

// MARK: - Views in detail

@Suite struct MapViewDetailTests {
    @Test func gridSpeaksEnglish() {
        let text = render(.grid, wijkaanpak(), width: 100, height: 36, language: .en).grid.lines().joined()
        for title in ["Manage closely", "Keep satisfied", "Keep informed", "Monitor", "↑ Influence", "Interest →"] {
            #expect(text.contains(title))
        }
    }

    @Test func gridStacksPartnersWithTheSameScores() {
        var session = wijkaanpak()
        for index in 0..<5 {
            session.partners[index].scores.influence = 5
            session.partners[index].scores.interest = 5
        }
        let frame = render(.grid, session, width: 52, height: 20)
        let rects = frame.hits.map(\.rect)
        #expect(rects.count == 8)
        let stacked = frame.hits.filter { hit in session.partners.prefix(5).contains { hit.target == .partner($0.id) } }
        #expect(Set(stacked.map(\.rect.y)).count == 5, "stacked on five rows")
        #expect(stacked.allSatisfy { $0.rect.y < 9 && $0.rect.x > 26 }, "all in the manage-closely quadrant")
        for (i, a) in rects.enumerated() {
            for b in rects[(i + 1)...] { #expect(a.intersection(b).isEmpty) }
        }
        #expect(!frame.grid.lines().joined().contains("+"), "all fit")
    }

    @Test func salienceSpeaksEnglish() {
        let lines = render(.salience, wijkaanpak(), width: 100, height: 36, language: .en).grid.lines()
        #expect(lines[0].hasPrefix("P = power (influence)  L = legitimacy  U = urgency"))
        #expect(lines.contains { $0.hasPrefix("PLU definitive") && $0.contains("Gemeente Utrecht, Politie Midden") })
        #expect(lines.contains { $0.hasPrefix("··· none") && $0.contains("×Sportclub De Ster") })
    }

    @Test func chainWithoutPositionsSaysSo() {
        var session = wijkaanpak()
        for index in session.partners.indices { session.partners[index].chainPosition = nil }
        let nl = render(.chain, session, width: 52, height: 20).grid.lines()
        #expect(nl[0].hasPrefix("Nog geen partner heeft een plek in de keten."))
        #expect(nl.contains { $0.hasPrefix("Niet in de keten: Gemeente Utrecht,") })
        let en = render(.chain, session, width: 100, height: 36, language: .en).grid.lines()
        #expect(en[0].hasPrefix("No partner has a chain position yet."))
        #expect(en.contains { $0.hasPrefix("Not in the chain: Gemeente Utrecht,") })
    }

    @Test func chainOrdersByPositionAndStacksEqualPositions() {
        let stages = ChainView.stages(wijkaanpak().partners)
        #expect(
            stages.map { $0.map(\.id.rawValue) } == [["gemeente"], ["politie", "zorg"], ["woonstede"], ["buurtteam"]])
    }

    @Test func ringsSpeakEnglish() {
        let text = render(.rings, wijkaanpak(), width: 100, height: 36, language: .en).grid.lines().joined()
        let expected = [
            "╭─ Core ", "╭─ Involved ", "╭─ Periphery ", "Commitment: core 4–5 · involved 2–3 · periphery 0–1",
        ]
        for title in expected {
            #expect(text.contains(title))
        }
    }

    @Test func ringsPutPartnersInTheirBand() {
        let frame = render(.rings, wijkaanpak(), width: 100, height: 36)
        let boxes = frame.grid.lines().enumerated().compactMap { row, line in
            line.contains("╭─ Kern") ? row : nil
        }
        let core = boxes.first ?? 0
        let zorg = frame.hits.first { $0.target == .partner("zorg") }?.rect
        let sport = frame.hits.first { $0.target == .partner("sport") }?.rect
        #expect((zorg?.y ?? 0) > core, "core partner inside the core ring")
        #expect((sport?.y ?? core) < core || (sport?.y ?? 0) > core + 10, "periphery partner outside it")
    }
}
