import Canvas
import Foundation
import Testing
@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// Exports from the palette, through the run loop into (memory) files: each CSV table, the
/// minutes of the meeting selected in pane 4, the maps; in the screen's language and time zone,
/// and with nothing private in a public one.
@Suite(.timeLimit(.minutes(1))) struct ExportFromPaletteTests {
    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    private func workbench(_ state: AppState, _ files: MemoryFiles) -> Workbench {
        Workbench(
            state: state, terminal: MemoryTerminal(size: Size(width: 80, height: 24)), environment: files.environment())
    }

    /// Types `query` into the palette and takes the first entry; returns the export form's suggested file.
    private func choose(_ query: String, in workbench: Workbench) -> String? {
        for key in [Key.character(":")] + typing(query) + [.enter] { workbench.step(.key(key)) }
        guard case .form(let form) = workbench.state.modal, case .export = form.kind else { return nil }
        return form.text(Files.Field.path)
    }

    @Test func eachTableAsDutchExcelCSV() throws {
        let headers: [(String, CSVTable, String)] = [
            ("partners", .partners, "id;name;organisation;sector;status;chainPosition;influence"),
            ("relaties", .relations, "id;from;to;fromName;toName;kind;strength;note"),
            ("acties", .actions, "id;text;owner;ownerName;due;done;meeting;meetingTitle"),
            ("interventies", .interventions, "id;title;catalogId;status;tips;targets;targetNames"),
        ]
        for (word, table, header) in headers {
            let files = MemoryFiles()
            let bench = workbench(uiState(.mock, path: "/s/wijk.json"), files)
            let path = try #require(choose("publiek tabel \(word)", in: bench), "\(word)")
            #expect(path == "/s/wijk.public" + (table == .partners ? "" : "." + table.rawValue) + ".csv")
            bench.step(.key(.enter))
            let text = String(decoding: try #require(files[path], "\(path)"), as: UTF8.self)
            #expect(text.hasPrefix("\u{FEFF}" + header), "\(word): \(text.prefix(80))")
            #expect(!text.contains("Wethouder twijfelt"))
            #expect(bench.state.message?.text.nl == "Geëxporteerd naar " + PathText.lastComponent(path))
        }
    }

    @Test func minutesOfTheSelectedMeetingOnTheScreensClock() throws {
        let files = MemoryFiles()
        let bench = workbench(
            AppState(session: .mock, filePath: "/s/wijk.json", language: .nl, timeZone: Self.amsterdam), files)
        // No meeting chosen yet: the palette says where to choose one, and opens nothing.
        #expect(choose("notulen gekozen overleg", in: bench) == nil)
        #expect(bench.state.message?.text.nl == "Kies eerst een overleg: paneel 4, de lijst met overleggen")
        #expect(bench.state.message?.kind == .warning)

        for key in [Key.escape, .character("4"), .character("]")] { bench.step(.key(key)) }
        #expect(bench.state.notesSection == .meetings)
        let path = try #require(choose("notulen gekozen overleg", in: bench))
        #expect(path == "/s/wijk.m-kick-off.md")
        guard case .form(let form) = bench.state.modal else { return }
        #expect(form.title.nl == "Exporteren: notulen van Kick-off (markdown)")
        bench.step(.key(.enter))
        let text = String(decoding: try #require(files[path]), as: UTF8.self)
        #expect(text.hasPrefix("# Kick-off\n"))
        #expect(text.contains("- **Datum:** zondag 1 maart 2026, 10:00\n"))
        #expect(text.contains("- **11:00** — Politie wil data delen 🎉"))
        #expect(
            text.contains(
                "## Acties\n\n- [ ] Wijkschouw plannen — eigenaar: Gemeente Zuidoëst · uiterlijk 15 maart 2026"))
        #expect(!text.contains("## Partners"), "one meeting's minutes, not the report")
    }

    @Test func mapsAsSVGAndTheHandoutAsHTML() throws {
        let files = MemoryFiles()
        let bench = workbench(uiState(.mock, path: "/s/wijk.json", language: .en), files)
        let svg = try #require(choose("public maps svg", in: bench))
        #expect(svg == "/s/wijk.public.svg")
        bench.step(.key(.enter))
        let picture = String(decoding: try #require(files[svg]), as: UTF8.self)
        #expect(picture.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(picture.contains(">Partner network<"))
        let html = try #require(choose("export report a4 html", in: bench))
        bench.step(.key(.enter))
        let page = String(decoding: try #require(files[html]), as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("Wethouder twijfelt"), "the full export keeps private notes")
    }
}
