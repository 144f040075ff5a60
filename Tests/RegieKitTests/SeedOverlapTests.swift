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

    static let projectURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed text, kept beside the project in `../shared/seed/` on a developer's machine; a
    /// clean clone elsewhere (CI) has only its fingerprint.
    static let seedURL = projectURL.appendingPathComponent("../shared/seed/7-tips-netwerk-en-ketenregie.txt")
        .standardizedFileURL

    /// The seed's fingerprint, in the repository: its titles (which may be quoted) as lines
    /// `title<TAB>words`, then a hash per run of `runLength` words. The checks need no more than
    /// that, and the source text itself stays out of the repository.
    static let fingerprintURL = projectURL.appendingPathComponent("Tests/Reference/seed-runs.txt")

    /// A hash of every run of `runLength` words in the seed outside its titles.
    let seedRuns: Set<UInt64>
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
        var runs = Set<UInt64>()
        for segment in Self.segments(Self.words(seed), without: self.titles) {
            for start in segment.indices.dropLast(Self.runLength - 1) {
                runs.insert(Self.hash(segment[start..<start + Self.runLength]))
            }
        }
        seedRuns = runs
    }

    /// Reads a fingerprint as `fingerprint` writes it.
    init(fingerprint text: String) {
        var titles: [[String]] = []
        var runs = Set<UInt64>()
        for line in text.split(separator: "\n") {
            if line.hasPrefix("title\t") {
                titles.append(line.dropFirst(6).split(separator: " ").map(String.init))
            } else if let value = UInt64(line, radix: 16) {
                runs.insert(value)
            }
        }
        self.titles = titles
        seedRuns = runs
    }

    /// The titles and the run hashes, sorted, one per line.
    var fingerprint: String {
        let lines =
            titles.map { "title\t" + $0.joined(separator: " ") }
            + seedRuns.sorted().map { String(format: "%016llx", $0) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// 64-bit FNV-1a over the words joined by spaces.
    static func hash<Words: Collection<String>>(_ words: Words) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in words.joined(separator: " ").utf8 {
            value ^= UInt64(byte)
            value &*= 0x0100_0000_01b3
        }
        return value
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
                let run = segment[start..<start + Self.runLength]
                if seedRuns.contains(Self.hash(run)) { found.append(run.joined(separator: " ")) }
            }
        }
        return found
    }
}

@Suite("Product text is in Regie's own words")
struct SeedOverlapTests {
    /// From the seed where it is at hand, else from the fingerprint in the repository.
    static func overlap() throws -> SeedOverlap {
        if let seed = try? String(contentsOf: SeedOverlap.seedURL, encoding: .utf8) { return SeedOverlap(seed: seed) }
        return SeedOverlap(fingerprint: try String(contentsOf: SeedOverlap.fingerprintURL, encoding: .utf8))
    }

    /// Where the seed is at hand, the fingerprint in the repository is its current one and reads
    /// back as the same check (`RECORD_SNAPSHOTS=1` writes it anew).
    @Test func theFingerprintInTheRepositoryIsTheSeeds() throws {
        guard let seed = try? String(contentsOf: SeedOverlap.seedURL, encoding: .utf8) else { return }
        let fromSeed = SeedOverlap(seed: seed)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try fromSeed.fingerprint.write(to: SeedOverlap.fingerprintURL, atomically: true, encoding: .utf8)
        }
        let stored = try String(contentsOf: SeedOverlap.fingerprintURL, encoding: .utf8)
        #expect(stored == fromSeed.fingerprint, "the seed changed: RECORD_SNAPSHOTS=1 rewrites the fingerprint")
        let read = SeedOverlap(fingerprint: stored)
        #expect(read.titles == fromSeed.titles && read.seedRuns == fromSeed.seedRuns)
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
