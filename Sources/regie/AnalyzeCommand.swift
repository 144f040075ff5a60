import ArgumentParser
import Canvas
import RegieKit

/// `regie analyze FILE`: the network measures and classifications of every partner.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: helpText(
            nl: "Analyseer het netwerk: per partner graad, betweenness, kwadrant, salience en meer.",
            en: "Analyse the network: per partner degree, betweenness, quadrant, salience and more."),
        discussion: helpText(
            nl: """
                Per partner: graad (aantal partners waarmee een relatie is), betweenness (0–1), kwadrant \
                (Mendelow), salience (Mitchell, Agle & Wood), kritiek en toegewijd (actoranalyse), kloof in \
                betrokkenheid (PMI), dagen sinds het laatste overleg of de laatste notitie en of de partner \
                de loslaattoets van tip 1 haalt. Daarna het aandeel onderhandeling, de geïsoleerde partners, \
                de spilpartners, de groepen en de snijpunten. Losgelaten partners tellen niet mee. De \
                definities staan in docs/methods.md.

                Voorbeelden:
                  regie analyze wijk.json
                  regie analyze wijk.json --format json --today 2026-11-01
                """,
            en: """
                Per partner: degree (number of partners related to), betweenness (0–1), quadrant (Mendelow), \
                salience (Mitchell, Agle & Wood), critical and dedicated (actor analysis), engagement gap \
                (PMI), days since the last meeting or note, and whether the partner passes tip 1's let-go \
                test. Then the negotiation share, the isolated partners, the brokers, the clusters and the \
                cut points. Partners that were let go are left out. The definitions are in docs/methods.md.

                Examples:
                  regie analyze district.json
                  regie analyze district.json --format json --today 2026-11-01
                """))

    @Argument(help: ArgumentHelp(helpText(nl: "Het sessiebestand.", en: "The session file."), valueName: "file"))
    var file: String

    @OptionGroup var options: AnalysisOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try SessionLoading.load(file, language: global.language)
        let analysis = SessionAnalysis(session, today: options.day)
        switch options.format {
        case .json: try writeJSON(analysis.json, language: global.language)
        case .text: Console.out(AnalysisText(analysis, language: global.lang?.language ?? session.language).text)
        }
    }
}

/// The text report of an analysis: a table of partners, then the network as a whole.
struct AnalysisText {
    let analysis: SessionAnalysis
    let language: Language

    init(_ analysis: SessionAnalysis, language: Language) {
        self.analysis = analysis
        self.language = language
    }

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    var text: String {
        var lines = [
            analysis.session.title + " — " + t("analyse op ", "analysis as of ") + analysis.today.description, "",
        ]
        lines += table
        lines.append("")
        lines += summary
        if analysis.session.isPublicExport {
            lines.append(
                t(
                    "Dit is een openbare export: inschattingen van partners die niet delen ontbreken (–).",
                    "This is a public export: assessments of partners who do not share them are missing (–)."))
        }
        return lines.joined(separator: "\n")
    }

    private var table: [String] {
        let header = [
            t("Partner", "Partner"), t("graad", "degree"), "betweenness", t("kwadrant", "quadrant"), "salience",
            t("kritiek", "critical"), t("toegewijd", "dedicated"), t("kloof", "gap"), t("contact", "contact"),
            t("loslaten", "let go"),
        ]
        let none = "–"
        func yes(_ value: Bool?) -> String { value.map { $0 ? t("ja", "yes") : t("nee", "no") } ?? none }
        let rows: [[String]] = analysis.partners.map { row in
            [
                row.name.truncated(toWidth: 28), String(row.degree), Self.decimal(row.betweenness, language),
                row.quadrant.map { $0.title(language) } ?? none, row.salience.map { $0.title(language) } ?? none,
                yes(row.critical), yes(row.dedicated),
                row.engagementGap.map { $0 > 0 ? "+\($0)" : String($0) } ?? none,
                row.daysSinceContact.map { "\($0) " + t("d", "d") } ?? t("nooit", "never"), yes(row.passesLetGoTest),
            ]
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].displayWidth }.max() ?? 0 }
        let numeric: Set<Int> = [1, 2, 7, 8]
        return all.map { cells in
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.displayWidth)
                return numeric.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }

    private var summary: [String] {
        let network = analysis.network
        let share = analysis.negotiation
        func names(_ ids: [Partner.ID]) -> String {
            ids.isEmpty
                ? "–"
                : ids.map { id in analysis.session.partners.first { $0.id == id }?.name ?? id.rawValue }
                    .joined(separator: ", ")
        }
        var negotiation = t("Onderhandeling: ", "Negotiation: ")
        negotiation +=
            "\(share.negotiationRelations.count) " + t("van de ", "of ") + "\(share.relations.count) "
            + t("relaties", "relations") + (share.relationShare.map { " (" + Self.percent($0) + ")" } ?? "")
        if let meetings = share.meetingShare {
            negotiation +=
                "; \(share.negotiationMeetings.count) " + t("van de ", "of ") + "\(share.markedMeetings.count) "
                + t("gemarkeerde overleggen", "marked meetings") + " (" + Self.percent(meetings) + ")"
        }
        if let moments = share.momentShare {
            negotiation +=
                "; \(share.negotiationMoments.count) " + t("van de ", "of ") + "\(share.markedMoments.count) "
                + t("gemarkeerde momenten", "marked moments") + " (" + Self.percent(moments) + ")"
        }
        var lines = [
            negotiation,
            t("Geïsoleerd: ", "Isolated: ") + names(network.isolated),
            t("Spilpartners (hoogste betweenness): ", "Brokers (highest betweenness): ") + names(network.brokers),
            t("Groepen: ", "Clusters: ") + "\(network.clusters.count)"
                + (network.clusters.isEmpty
                    ? ""
                    : " (" + network.clusters.map { String($0.count) }.joined(separator: ", ")
                        + t(" partners)", " partners)")),
            t("Snijpunten: ", "Cut points: ") + names(network.cutPoints),
        ]
        let letGo = analysis.session.partners.filter { $0.status == .letGo }.map(\.id)
        if !letGo.isEmpty {
            lines.append(t("Losgelaten, niet meegeteld: ", "Let go, left out: ") + names(letGo))
        }
        return lines
    }

    static func decimal(_ value: Double, _ language: Language) -> String {
        let text = String(format: "%.2f", value)
        return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
