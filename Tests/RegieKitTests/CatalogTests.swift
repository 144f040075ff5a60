import Foundation
import Testing

@testable import RegieKit

/// Every piece of catalogue text with a label that says where it lives, for readable failures.
private let allTexts: [(label: String, text: Localized)] = {
    var texts: [(String, Localized)] = []
    for tip in Catalog.tips {
        texts.append(("tip \(tip.number) title", tip.title))
        texts.append(("tip \(tip.number) summary", tip.summary))
        for question in tip.questions { texts.append(("question \(question.id)", question.text)) }
    }
    for intervention in Catalog.interventions {
        texts.append(("\(intervention.id) title", intervention.title))
        texts.append(("\(intervention.id) description", intervention.description))
        texts.append(("\(intervention.id) fitsWhen", intervention.fitsWhen))
        texts.append(("\(intervention.id) expectedEffect", intervention.expectedEffect))
    }
    for condition in FitCondition.allCases { texts.append(("condition \(condition.rawValue)", condition.description)) }
    for method in InterventionMethod.allCases { texts.append(("method \(method.rawValue)", method.name)) }
    return texts
}()

/// The number of sentences in `text`: runs ending in `.`, `?` or `!` followed by a space or the end.
private func sentenceCount(_ text: String) -> Int {
    var count = 0
    var previous: Character?
    for character in text + " " {
        if character == " ", let previous, ".?!".contains(previous) { count += 1 }
        previous = character
    }
    return count
}

/// Lower-cased, with typographic quotes made plain and runs of white space collapsed, for comparing phrases.
private func normalised(_ text: String) -> String {
    let plain = text.lowercased()
        .replacingOccurrences(of: "\u{2018}", with: "'")
        .replacingOccurrences(of: "\u{2019}", with: "'")
    return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

private func isKebabCase(_ id: String) -> Bool {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
    return !id.isEmpty && id.allSatisfy(allowed.contains) && !id.hasPrefix("-") && !id.hasSuffix("-")
        && !id.contains("--")
}

@Suite("Catalog")
struct CatalogTests {
    // MARK: - Text in both languages

    @Test func everyTextIsPresentTrimmedAndTranslated() {
        for (label, text) in allTexts {
            for (language, value) in [("nl", text.nl), ("en", text.en)] {
                #expect(!value.isEmpty, "\(label) (\(language)) is empty")
                #expect(
                    value == value.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(label) (\(language)) has leading or trailing white space"
                )
                #expect(!value.contains("  "), "\(label) (\(language)) has a double space")
                #expect(!value.contains("\n"), "\(label) (\(language)) has a line break")
            }
            #expect(text.nl != text.en, "\(label) is not translated: \(text.nl)")
            #expect(text(.nl) == text.nl && text(.en) == text.en)
        }
    }

    @Test func noCatalogueTextReproducesTheSeed() {
        // Distinctive phrases of the seed text; the catalogue must say these things in its own words.
        let seedPhrases = [
            "De opdracht krijg je, de opgave voel je",
            "Samenwerking zonder een duidelijke bedoeling is zonde van de tijd",
            "Samenwerking mag nooit het doel worden",
            "Iedereen heeft gelijk vanuit dat perspectief",
            "Pas als u dat kunt zien, kunt u bruggen bouwen",
            "De introverte strateeg heeft een ander arsenaal dan de jonge hond",
            "Mensen handelen nooit tegen hun belangen in",
            "Energie moet stromen",
            "Dan begint de onderhandeling vanzelf",
            "Niemand kan het zonder de ander",
            "de onderhandeling is een ondergeschikt middel en geen doel",
        ].map(normalised)
        for (label, text) in allTexts {
            for value in [text.nl, text.en] {
                let candidate = normalised(value)
                for phrase in seedPhrases {
                    #expect(!candidate.contains(phrase), "\(label) copies the seed: \"\(phrase)\"")
                }
            }
        }
    }

    // MARK: - Tips

    @Test func thereAreSevenTipsNumberedInOrder() {
        #expect(Catalog.tips.map(\.number) == Array(1...7))
        #expect(Catalog.tips.map(\.id) == Array(1...7))
    }

    @Test func tipTitlesStayRecognisable() {
        #expect(Catalog.tip(1)?.title.nl == "De opgave is leidend")
        #expect(Catalog.tip(2)?.title.nl == "Meervoudig kijken")
        #expect(Catalog.tip(3)?.title.nl == "Choose your battles")
        #expect(Catalog.tip(4)?.title.nl == "Verantwoordelijk voor de consequenties van wat men doet of laat")
        #expect(Catalog.tip(5)?.title.nl == "Belangen en passie")
        #expect(Catalog.tip(6)?.title.nl == "Samenwerken is iets anders dan onderhandelen")
        #expect(Catalog.tip(7)?.title.nl == "Sluit aan bij de werkvorm")
    }

    @Test(arguments: 1...7)
    func tipSummaryHasTwoToFourSentences(number: Int) throws {
        let tip = try #require(Catalog.tip(number))
        #expect((2...4).contains(sentenceCount(tip.summary.nl)), "tip \(tip.number) nl")
        #expect((2...4).contains(sentenceCount(tip.summary.en)), "tip \(tip.number) en")
    }

    @Test(arguments: 1...7)
    func tipHasThreeToFiveNumberedQuestions(number: Int) throws {
        let tip = try #require(Catalog.tip(number))
        #expect((3...5).contains(tip.questions.count))
        let expectedIds = (1...max(tip.questions.count, 1)).map { "t\(tip.number).q\($0)" }
        #expect(tip.questions.map(\.id) == expectedIds)
        for question in tip.questions {
            #expect(question.text.nl.hasSuffix("?"), "\(question.id) nl is not a question")
            #expect(question.text.en.hasSuffix("?"), "\(question.id) en is not a question")
        }
    }

    @Test func questionIdsAreUniqueAcrossTips() {
        let ids = Catalog.tips.flatMap(\.questions).map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func eachTipPointsToThePaneItWorksIn() {
        let panes = Catalog.tips.map(\.workedIn)
        #expect(
            panes == [
                .partnerMap, .perspectives, .interventions, .interventions, .perspectives, .partnerMap, .walkthrough,
            ])
    }

    // MARK: - Interventions

    @Test func thereAreEnoughInterventionsWithUniqueKebabCaseIds() {
        let ids = Catalog.interventions.map(\.id)
        #expect(ids.count >= 36)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        for id in ids { #expect(isKebabCase(id), "\(id) is not kebab-case") }
    }

    @Test(arguments: Catalog.interventions.map(\.id))
    func interventionIsComplete(id: String) throws {
        let intervention = try #require(Catalog.intervention(id: id))
        #expect(!intervention.tips.isEmpty)
        #expect(intervention.tips.allSatisfy { (1...7).contains($0) })
        #expect(Set(intervention.tips).count == intervention.tips.count, "a tip is listed twice")
        #expect(!intervention.conditions.isEmpty)
        #expect(Set(intervention.conditions).count == intervention.conditions.count, "a condition is listed twice")
        #expect(!intervention.styles.isEmpty)
        #expect(Set(intervention.styles).count == intervention.styles.count, "a style is listed twice")
        for text in [intervention.description.nl, intervention.description.en] {
            #expect((2...3).contains(sentenceCount(text)), "description: \(text)")
        }
        for text in [intervention.fitsWhen, intervention.expectedEffect].flatMap({ [$0.nl, $0.en] }) {
            #expect(sentenceCount(text) == 1, "not one sentence: \(text)")
            #expect(text.hasSuffix("."), "does not end with a full stop: \(text)")
        }
    }

    @Test(arguments: 1...7)
    func everyTipIsServedByAtLeastFourInterventions(tip: Int) {
        #expect(Catalog.interventions(servingTip: tip).count >= 4)
    }

    @Test func everyStyleEffortMethodAndConditionIsUsed() {
        let interventions = Catalog.interventions
        for style in RegisseurStyle.allCases {
            #expect(interventions.contains { $0.styles.contains(style) }, "style \(style) unused")
        }
        for effort in Effort.allCases {
            #expect(interventions.contains { $0.effort == effort }, "effort \(effort) unused")
        }
        for method in InterventionMethod.allCases {
            #expect(interventions.contains { $0.method == method }, "method \(method) unused")
        }
        for condition in FitCondition.allCases {
            #expect(!Catalog.interventions(fitting: condition).isEmpty, "condition \(condition) fits nothing")
        }
    }

    // MARK: - Lookups

    @Test func tipLookup() {
        for number in 1...7 { #expect(Catalog.tip(number)?.number == number) }
        #expect(Catalog.tip(0) == nil)
        #expect(Catalog.tip(8) == nil)
        #expect(Catalog.tip(-1) == nil)
    }

    @Test func interventionLookup() {
        for intervention in Catalog.interventions {
            #expect(Catalog.intervention(id: intervention.id) == intervention)
        }
        #expect(Catalog.intervention(id: "joint-fact-finding")?.method == .networkStrategyExploring)
        #expect(Catalog.intervention(id: "no-such-intervention") == nil)
        #expect(Catalog.intervention(id: "") == nil)
        #expect(Catalog.intervention(id: "Joint-Fact-Finding") == nil)
    }

    @Test func questionLookup() {
        for question in Catalog.tips.flatMap(\.questions) {
            #expect(Catalog.question(id: question.id) == question)
        }
        #expect(Catalog.question(id: "t1.q1")?.text == Catalog.tips[0].questions[0].text)
        #expect(Catalog.question(id: "t8.q1") == nil)
        #expect(Catalog.question(id: "t1.q9") == nil)
        #expect(Catalog.question(id: "") == nil)
    }

    @Test func filtersKeepCatalogueOrder() {
        let servingSix = Catalog.interventions(servingTip: 6)
        #expect(servingSix.allSatisfy { $0.tips.contains(6) })
        #expect(servingSix.map(\.id) == Catalog.interventions.filter { $0.tips.contains(6) }.map(\.id))
        #expect(Catalog.interventions(servingTip: 9).isEmpty)
        #expect(
            Catalog.interventions(fitting: .negotiationDominates).allSatisfy {
                $0.conditions.contains(.negotiationDominates)
            })
    }
}
