import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// Runs hunspell over words: `hunspell -l` prints the ones its dictionary does not know.
/// `.ci/run` installs it with Debian's Dutch and British English dictionaries.
enum Hunspell {
    /// The words of `text` worth checking: letters with inner hyphens and apostrophes, without
    /// numbers (`2026`, `CO₂`) and without acronyms of up to five capitals (`GGZ`, `NCTV`).
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || "-'’".contains($0)) })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "-'’")) }
            .filter { word in
                !word.isEmpty && !word.contains(where: \.isNumber)
                    && !(word.count <= 5 && word.allSatisfy { $0.isUppercase || $0 == "-" })
            }
    }

    /// The words of `words` that `dictionary` (such as `nl_NL`) does not know and `accepted`
    /// (compared in lower case) does not hold; a hyphenated word passes when the whole or each of
    /// its parts is known (`mkb-leden`, `Selimiye-moskee`).
    static func unknown(_ words: Set<String>, dictionary: String, accepting accepted: Set<String> = []) throws
        -> Set<String>
    {
        let accepted = Set(accepted.map { $0.lowercased() })
        func isAccepted(_ word: String) -> Bool { accepted.contains(word.lowercased()) }
        let whole = try run(words.filter { !isAccepted($0) }, dictionary: dictionary)
        func parts(_ word: String) -> [String] {
            word.split(separator: "-").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'’")) }
                .filter { !$0.isEmpty }
        }
        let hyphenated = whole.filter { $0.contains("-") }
        let unknownParts = try run(Set(hyphenated.flatMap(parts).filter { !isAccepted($0) }), dictionary: dictionary)
        return whole.filter { word in !word.contains("-") || parts(word).contains(where: unknownParts.contains) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static func run(_ words: Set<String>, dictionary: String) throws -> Set<String> {
        guard !words.isEmpty else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["hunspell", "-i", "utf-8", "-d", dictionary, "-l"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot start hunspell: \(error)")
        }
        // Written from another thread, so a full output pipe can never block the writer.
        let text = Data(words.sorted().joined(separator: "\n").utf8 + [0x0A])
        let writer = Thread {
            input.fileHandleForWriting.write(text)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let found = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: """
                    hunspell -d \(dictionary) failed (\(process.terminationStatus)): \
                    \(String(decoding: complaint, as: UTF8.self)) — install it with \
                    apt-get install -y hunspell hunspell-nl hunspell-en-gb
                    """)
        }
        return Set(String(decoding: found, as: UTF8.self).split(separator: "\n").map(String.init))
    }
}

/// Spelling of every catalogue text (Dutch and British English) and every sample text (Dutch).
@Suite("Spelling")
struct SpellingTests {
    /// Words the dictionaries lack that are right here, reviewed one by one: the field's own
    /// terms, Dutch compounds the Dutch dictionary does not build, and names of real methods
    /// and institutions. Invented names in the samples need no entry (see `sampleNames`).
    static let acceptedDutch: Set<String> = [
        // Terms of the field and of Dutch public administration, and compounds the dictionary lacks.
        "saillantie", "saillantieklasse", "saillantietoets", "actoranalyse", "ontschot", "lijntaak", "tegenrapport",
        "bereidwilligen", "onvervangbaars", "omgevingswet", "netcongestie", "netcapaciteit", "netplanning",
        "verhuurderschap", "caseload", "jeugdzorguitgaven", "onderwijszorgarrangement", "leerwerkplekken",
        "regiotop", "jihadisme", "gamingverenigingen", "wegonderhandelen", "vertrager", "kinder", "eén",
        "fietsparkeren",
        "buitenplanse", "omgevingsplanactiviteiten",
        // The product's name, the tip that keeps its English title, English names of methods.
        "regie’s", "choose", "your", "battles", "appreciative", "inquiry", "fact", "finding",
        "after-action", "army",
        // Names: authors of the methods, a platform and a person in the samples.
        "mendelow", "agle", "wood", "koppenjan", "heuvelhof", "discord", "hartono",
    ]

    static let acceptedEnglish: Set<String> = [
        // Dutch terms the English text keeps and explains, and the product's own name.
        "opgave", "opgave’s", "regie", "regie’s", "kwartiermaker", "omgevingstafel", "spiegelgesprek",
        "doorzettingsmacht", "intervisie",
        // Dutch titles and names of the sources: ‘7 tips bij Netwerk- en Ketenregie’, the
        // Studiecentrum voor Bedrijf en Overheid, Programmatisch Creëren.
        "bij", "netwerk", "ketenregie", "studiecentrum", "voor", "bedrijf", "overheid", "programmatisch", "creëren",
        // Authors of the sources and methods.
        "licht", "bos", "mendelow", "agle", "enserink", "hermans", "thissen", "klijn", "koppenjan", "bruijn",
        "heuvelhof", "schiffer",
    ]

    /// Names a sample invents (its partners, their organisations, its regisseur): capitalised
    /// words of those fields are accepted anywhere in that sample, since no dictionary has them.
    static func sampleNames(_ session: Session) -> Set<String> {
        let fields = session.partners.flatMap { [$0.name, $0.organisation] } + [session.regisseur.name]
        return Set(fields.flatMap(Hunspell.words).filter { $0.first?.isUppercase ?? false })
    }

    @Test func theWordListKeepsWordsTogetherAndSkipsNumbersAndAcronyms() {
        #expect(
            Hunspell.words("Het ‘Zorg- en Veiligheidshuis’ van GGZ Kustland, zo’n 2026 mkb-leden (CO₂-uitstoot).")
                == ["Het", "Zorg", "en", "Veiligheidshuis", "van", "Kustland", "zo’n", "mkb-leden"])
    }

    @Test func hunspellFindsAMisspelling() throws {
        #expect(
            try Hunspell.unknown(["samenwerking", "samenwerkign", "mkb-leden"], dictionary: "nl_NL") == ["samenwerkign"]
        )
        #expect(try Hunspell.unknown(["organisation", "organisaton"], dictionary: "en_GB") == ["organisaton"])
    }

    @Test func everyAcceptedWordIsOneTheDictionaryLacks() throws {
        // The list stays short: a word the dictionary knows, written small or capitalised, has no place on it.
        for (accepted, dictionary) in [(Self.acceptedDutch, "nl_NL"), (Self.acceptedEnglish, "en_GB")] {
            func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
            let unknown = try Hunspell.unknown(accepted.union(accepted.map(capitalised)), dictionary: dictionary)
            let known = accepted.filter { !unknown.contains($0) || !unknown.contains(capitalised($0)) }
            #expect(known.isEmpty, "\(dictionary) knows these already: \(known.sorted())")
        }
    }

    @Test func everyCatalogueTextIsSpelledRight() throws {
        let dutch = Set(ProductTexts.bilingual.flatMap { Hunspell.words($0.text.nl) })
        let english = Set(ProductTexts.bilingual.flatMap { Hunspell.words($0.text.en) })
        let unknownDutch = try Hunspell.unknown(dutch, dictionary: "nl_NL", accepting: Self.acceptedDutch)
        let unknownEnglish = try Hunspell.unknown(english, dictionary: "en_GB", accepting: Self.acceptedEnglish)
        #expect(unknownDutch.isEmpty, "Dutch: \(unknownDutch.sorted())")
        #expect(unknownEnglish.isEmpty, "English: \(unknownEnglish.sorted())")
    }

    @Test(arguments: SampleSessionTests.names)
    func everySampleTextIsSpelledRight(name: String) throws {
        let session = try SampleSessionTests.session(name)
        let words = Set(ProductTexts.texts(of: session, name: name).flatMap { Hunspell.words($0.text) })
        let unknown = try Hunspell.unknown(
            words, dictionary: "nl_NL", accepting: Self.acceptedDutch.union(Self.sampleNames(session)))
        #expect(unknown.isEmpty, "\(name): \(unknown.sorted())")
    }
}
