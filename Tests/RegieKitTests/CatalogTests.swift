import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// Every piece of catalogue text with a label that says where it lives, for readable failures.
private let allTexts = ProductTexts.catalogue

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

    @Test func quotesAndApostrophesAreTypographic() {
        for (label, text) in ProductTexts.bilingual {
            for value in [text.nl, text.en] {
                #expect(!value.contains("'"), "\(label) has a straight apostrophe: \(value)")
                #expect(!value.contains("\""), "\(label) has a straight quote mark: \(value)")
            }
        }
    }

    @Test func dutchTextsCallAPartnerOrganisationZe() {
        // A partner is an organisation; the catalogue calls it "ze", never "hij" or "hem".
        for (label, text) in ProductTexts.bilingual {
            let words = text.nl.lowercased().split(whereSeparator: { !$0.isLetter })
            #expect(!words.contains("hij") && !words.contains("hem"), "\(label): \(text.nl)")
        }
    }

    @Test func dutchTextsSpellSalienceOneWay() {
        for (label, text) in ProductTexts.bilingual {
            #expect(!text.nl.lowercased().contains("salience"), "\(label) (nl) should say saillantie: \(text.nl)")
        }
    }

    @Test func theTipsAndTheirQuestionsAreNotTiedToTheSocialDomain() {
        // The tips serve every kind of network (the Omgevingswet, a circular economy), so their
        // generic text names the outside world, not residents or clients.
        let tipTexts = Catalog.tips.flatMap { [$0.summary] + $0.questions.map(\.text) }
        for text in tipTexts {
            for word in ["bewoner", "cliënt"] { #expect(!text.nl.lowercased().contains(word), "\(text.nl)") }
            for word in ["resident", "client"] { #expect(!text.en.lowercased().contains(word), "\(text.en)") }
        }
    }

    @Test func theTextAboutTheTipsCreditsItsSources() {
        let about = Catalog.aboutTips
        #expect(about.title.nl == "Over de tips")
        #expect(about.title.en == "About the tips")
        for language in Language.allCases {
            let text = about.paragraphs.map { $0(language) }.joined(separator: " ")
            for source in [
                "7 tips bij Netwerk- en Ketenregie", "Hans Licht", "Studiecentrum voor Bedrijf en Overheid",
                "Programmatisch Creëren", "Bos, Licht", "Van Loon",
            ] {
                #expect(text.contains(source), "\(language): \(source) is not credited")
            }
            for style in RegisseurStyle.allCases {
                #expect(text.contains(style.name(language)), "\(language): style \(style) is not named")
            }
            #expect(about.credit(language).contains("Hans Licht"))
        }
    }

    @Test func theMethodsDocumentCarriesTheSameTextAboutTheTips() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/methods.md").standardizedFileURL
        let document = try String(contentsOf: url, encoding: .utf8)
        // Markdown wraps lines and sets titles in italics; the words must be the product's.
        let flat = document.replacingOccurrences(of: "*", with: "").split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(flat.contains("## Over de tips / About the tips"))
        for paragraph in Catalog.aboutTips.paragraphs {
            #expect(flat.contains(paragraph.nl), "docs/methods.md lacks: \(paragraph.nl)")
            #expect(flat.contains(paragraph.en), "docs/methods.md lacks: \(paragraph.en)")
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

    @Test(arguments: Catalog.interventions.map(\.id))
    func entryNamesItsSourceOrTheTipItIsDerivedFrom(id: String) throws {
        let entry = try #require(Catalog.intervention(id: id))
        let name = entry.method.name
        for text in [name.nl.lowercased(), name.en.lowercased()] {
            #expect(!text.contains("zeven tips") && !text.contains("seven tips"), "\(id) names the tips as its method")
        }
        if let tip = entry.method.derivedTip {
            #expect(entry.tips.contains(tip), "\(id) is derived from tip \(tip) but does not serve it")
            #expect(name.nl == "Afgeleid van tip \(tip)" && name.en == "Derived from tip \(tip)")
        }
    }

    @Test func analysesAreDiagnosesNotInterventions() {
        let diagnoses = Catalog.interventions(ofKind: .diagnosis).map(\.id)
        #expect(
            diagnoses == [
                "contribution-check", "power-interest-review", "salience-review", "map-critical-actors", "network-scan",
            ])
        let interventions = Catalog.interventions(ofKind: .intervention)
        #expect(interventions.count + diagnoses.count == Catalog.interventions.count)
        #expect(interventions.allSatisfy { $0.kind == .intervention })
        for tip in 1...7 {
            #expect(interventions.contains { $0.tips.contains(tip) }, "no intervention serves tip \(tip)")
        }
    }

    @Test func theCatalogueHasWhatADutchRegisseurExpects() {
        for id in [
            "case-table", "placement-table", "omgevingstafel", "covenant-with-data-protocol", "kwartiermaker",
            "escalation-ladder", "breakthrough-mandate", "executive-champion", "independent-explorer", "pooled-budget",
            "work-visit", "peer-learning", "mirror-conversation", "social-business-case", "joint-fact-finding",
        ] {
            #expect(Catalog.intervention(id: id)?.kind == .intervention, "\(id) is missing")
        }
    }

    @Test func mergedAndRenamedIdsStillFindTheirEntry() throws {
        for (former, current) in Catalog.formerIDs {
            #expect(!Catalog.interventions.contains { $0.id == former }, "\(former) is still a current id")
            let entry = try #require(Catalog.intervention(id: current), "\(former) points at nothing")
            #expect(Catalog.intervention(id: former) == entry)
        }
        #expect(Catalog.intervention(id: "kitchen-table-talk")?.id == "one-to-one-conversation")
    }

    @Test func theEngagementScaleReadsAsTheValueNamesDo() throws {
        // The catalogue describes the scale with the same names the interface shows.
        let entry = try #require(Catalog.intervention(id: "close-the-engagement-gap"))
        for level in EngagementLevel.allCases {
            #expect(entry.description.nl.contains(level.name.nl), "\(level.name.nl)")
            #expect(entry.description.en.contains(level.name.en), "\(level.name.en)")
        }
        #expect(entry.method == .engagementAssessment)
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
        // Entries known to serve tip 6 are found, in the order the catalogue lists them.
        let ids = servingSix.map(\.id)
        #expect(ids.contains("separate-bargaining-table"))
        let positions = ids.compactMap { id in Catalog.interventions.firstIndex { $0.id == id } }
        #expect(positions == positions.sorted())
        #expect(Catalog.interventions(servingTip: 9).isEmpty)
        #expect(
            Catalog.interventions(fitting: .negotiationDominates).allSatisfy {
                $0.conditions.contains(.negotiationDominates)
            })
    }
}
