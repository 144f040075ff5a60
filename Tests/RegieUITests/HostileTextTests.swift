import Canvas
import Foundation
import RegieKit
import Testing

@testable import RegieUI
import RegieTestSupport

/// Names and notes that try to steer the terminal or shift the layout never reach a cell raw.
@Suite struct HostileTextTests {
    /// RegieKit (messages, exports) and Canvas (the workbench) each hold the list of scalars shown
    /// as escapes, since neither may import the other; here, where both are seen, they must agree.
    @Test func terminalTextAndCanvasEscapeTheSameScalarsTheSameWay() {
        var escaped = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let kit = TerminalText.isEscaped(scalar)
            #expect(kit == ControlEscape.isEscaped(scalar), "U+\(String(value, radix: 16))")
            if kit {
                escaped += 1
                #expect(ControlEscape.escape(for: Character(scalar)) == TerminalText.escape(scalar))
                #expect(TerminalText.visible(String(scalar), lineBreaks: .escaped) == TerminalText.escape(scalar))
            }
        }
        #expect(escaped == 32 + 33 + 3 + 5 + 4 + 2)
    }

    static let hostileNames = [
        "Evil\u{1B}]52;c;UFdORUQ=\u{7}Corp", "Clear\u{1B}[2J\u{1B}[H", "Title\u{1B}]0;pwned\u{7}",
        "Politie \u{202E}tset", "👨\u{200D}👩\u{200D}👧 Gezin", "Zorg\u{200D}team", "❤\u{FE0F} Hart",
        "Regel\neen\r\ntwee", "C1\u{9B}31m rood", "Iso\u{2066}lated\u{2069}",
    ]

    static func hostileState(pane: Pane, mapKind: MapKind = .network, presenting: Bool = false) -> AppState {
        var session = Session(title: "Titel\u{1B}]0;x\u{7}")
        session.opgave = Opgave(title: "Opgave\u{1B}[31m rood", intent: "Lijn\u{2028}scheiding")
        session.partners = hostileNames.enumerated().map { index, name in
            Partner(
                id: EntityID("p\(index)"), name: name, organisation: "Org\u{1B}[5m", sector: "s\u{202E}x",
                chainPosition: index, scores: Scores(influence: index % 6, interest: (index * 2) % 6),
                notes: "Notitie \u{1B}]52;c;QUJD\u{7}", shareScores: true)
        }
        session.relations = [
            Relation(id: "r1", from: "p0", to: "p4", kind: .tension, note: "n\u{1B}[1m"),
            Relation(id: "r2", from: "p4", to: "p5", kind: .collaboration),
        ]
        session.notes = [
            Note(
                id: "n1", at: Date(timeIntervalSince1970: 1_795_000_000), text: "Let op\u{1B}[8m verborgen",
                links: ["p0"])
        ]
        session.actions = [ActionItem(id: "a1", text: "Bel \u{202E}lanimirc", owner: "p4")]
        var state = AppState(session: session, filePath: "/tmp/t\u{1B}[2J.json", language: .nl, timeZone: utc)
        state.pane = pane
        state.mapKind = mapKind
        state.presenting = presenting
        return state
    }

    @Test func noPaneDrawsAControlCharacterOrShiftsARow() {
        var states: [AppState] = MapKind.allCases.map { Self.hostileState(pane: .map, mapKind: $0) }
        for pane in [Pane.perspectives, .interventions, .notes, .walkthrough] {
            states.append(Self.hostileState(pane: pane))
            states.append(Self.hostileState(pane: pane, presenting: true))
        }
        for state in states {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                let grid = AppView.render(state, size: size).grid
                for y in 0..<size.height {
                    for x in 0..<size.width {
                        let text = grid[x, y].text
                        #expect(
                            !text.unicodeScalars.contains(where: TerminalText.isEscaped),
                            "\(state.pane) \(state.mapKind) at \(size): \(x),\(y) holds \(text.debugDescription)")
                    }
                }
                let lines = grid.lines()
                #expect(lines.allSatisfy { $0.displayWidth == size.width }, "\(state.pane) at \(size)")
            }
        }
    }

    @Test func thePartnerListShowsTheEscapesAndKeepsItsBorder() throws {
        let grid = AppView.render(Self.hostileState(pane: .map), size: Size(width: 80, height: 24)).grid
        let lines = grid.lines()
        let first = try #require(lines.firstIndex { $0.contains(#"Evil\u{1B}]52"#) })
        #expect(lines[first + 3].contains(#"Politie \u{202E}tset"#))
        #expect(lines[first + 4].contains("👨‍👩‍👧 Gezin"))
        // Every row of the partner list has its right border in the same column.
        let border = try #require(lines[first].firstIndex(of: "│").map { _ in rightBorderColumn(grid, row: first) })
        for row in first..<(first + Self.hostileNames.count) {
            #expect(rightBorderColumn(grid, row: row) == border, "row \(row): \(lines[row])")
        }
    }

    /// The column of the second `│` on `row`: the right edge of the leftmost box.
    private func rightBorderColumn(_ grid: CellGrid, row: Int) -> Int? {
        var seen = 0
        for x in 0..<grid.size.width where grid[x, row].text == "│" {
            seen += 1
            if seen == 2 { return x }
        }
        return nil
    }
}
