import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// Finds runs of words that a text shares with the seed, the source text Regie must retell in
/// its own words. Case, punctuation and quote marks do not count; the titles of the article and
/// of its seven tips, and the name of the institute it credits, may be quoted and are skipped.
struct SeedOverlap {
    /// Six words in a row in common is copying; fewer is the shared vocabulary of the field.
    static let runLength = 6

    /// The seed text, kept beside the project in `../shared/seed/` (as on every developer's machine and in CI).
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/seed/7-tips-netwerk-en-ketenregie.txt")
        .standardizedFileURL

    /// Every run of `runLength` words in the seed outside its titles.
    let seedRuns: Set<[String]>
    /// The titles as words: the article's first line, the seven numbered tips, the institute.
    let titles: [[String]]

    init(seed: String) {
        let lines = seed.split(separator: "\n").map(String.init)
        var titles = [lines.first ?? ""]
        // The tips are the numbered lines: " 1. De opgave is leidend".
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let dot = trimmed.firstIndex(of: "."), Int(trimmed[..<dot]) != nil {
                titles.append(String(trimmed[trimmed.index(after: dot)...]))
            }
        }
        titles.append("Studiecentrum voor Bedrijf en Overheid")
        self.titles = titles.map(Self.words).filter { !$0.isEmpty }
        var runs = Set<[String]>()
        for segment in Self.segments(Self.words(seed), without: self.titles) {
            for start in segment.indices.dropLast(Self.runLength - 1) {
                runs.insert(Array(segment[start..<start + Self.runLength]))
            }
        }
        seedRuns = runs
    }

    /// Lower-cased words: runs of letters and digits, so punctuation and quote marks fall away.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// `words` cut into the stretches between occurrences of any of `titles`.
    static func segments(_ words: [String], without titles: [[String]]) -> [ArraySlice<String>] {
        var isTitle = Array(repeating: false, count: words.count)
        for title in titles where title.count <= words.count {
            for start in 0...(words.count - title.count) where Array(words[start..<start + title.count]) == title {
                for i in start..<start + title.count { isTitle[i] = true }
            }
        }
        var segments: [ArraySlice<String>] = []
        var start = 0
        for i in 0...words.count where i == words.count || isTitle[i] {
            if i > start { segments.append(words[start..<i]) }
            start = i + 1
        }
        return segments
    }

    /// The runs of `runLength` words that `text` shares with the seed, outside the titles.
    func sharedRuns(in text: String) -> [String] {
        var found: [String] = []
        for segment in Self.segments(Self.words(text), without: titles) {
            for start in segment.indices.dropLast(Self.runLength - 1) {
                let run = Array(segment[start..<start + Self.runLength])
                if seedRuns.contains(run) { found.append(run.joined(separator: " ")) }
            }
        }
        return found
    }
}

@Suite("Product text is in Regie's own words")
struct SeedOverlapTests {
    static func overlap() throws -> SeedOverlap {
        let seed = try String(contentsOf: SeedOverlap.seedURL, encoding: .utf8)
        return SeedOverlap(seed: seed)
    }

    @Test func theCheckFindsACopiedSentenceAndSkipsTitlesAndShortRuns() throws {
        let overlap = try Self.overlap()
        #expect(overlap.titles.count == 9, "the article title, seven tips and the institute")
        #expect(
            overlap.sharedRuns(in: "Kortom: partners die niets toevoegen aan de opgave, moet u loslaten!")
                == [
                    "partners die niets toevoegen aan de", "die niets toevoegen aan de opgave",
                    "niets toevoegen aan de opgave moet", "toevoegen aan de opgave moet u",
                    "aan de opgave moet u loslaten",
                ])
        // Case and quote marks do not hide a copy.
        #expect(!overlap.sharedRuns(in: "‘De OPDRACHT krijg je, de opgave voel je’").isEmpty)
        #expect(
            overlap.sharedRuns(in: "Tip 4: Verantwoordelijk voor de consequenties van wat men doet of laat.").isEmpty)
        #expect(overlap.sharedRuns(in: "Naar ‘7 tips bij Netwerk- en Ketenregie’ van Hans Licht.").isEmpty)
        #expect(overlap.sharedRuns(in: "de opdracht krijg je, de").isEmpty, "five words are not a copy")
    }

    @Test func noCatalogueTextSharesSixWordsWithTheSeed() throws {
        let overlap = try Self.overlap()
        for (label, text) in ProductTexts.bilingual {
            for value in [text.nl, text.en] {
                let shared = overlap.sharedRuns(in: value)
                #expect(shared.isEmpty, "\(label) copies the seed: \(shared)")
            }
        }
    }

    @Test func noSampleTextSharesSixWordsWithTheSeed() throws {
        let overlap = try Self.overlap()
        for sample in try ProductTexts.samples() {
            let shared = overlap.sharedRuns(in: sample.text)
            #expect(shared.isEmpty, "\(sample.label) copies the seed: \(shared)")
        }
    }
}
