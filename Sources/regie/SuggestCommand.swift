import ArgumentParser
import RegieKit

/// `regie suggest FILE`: the interventions that fit this network and this regisseur, ranked, each with its reason.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: helpText(
            nl: "Stel interventies voor die bij dit netwerk en deze regisseur passen, met de reden erbij.",
            en: "Suggest interventions that fit this network and this regisseur, each with its reason."),
        discussion: helpText(
            nl: """
                Elke regel van de analyse (Mendelow, salience, actoranalyse, netwerkmaten, de zeven tips …) \
                wordt op de sessie toegepast; waar een regel opgaat, komen de interventies uit de catalogus \
                die daarbij passen. Ze staan op volgorde van score: hoe sterk de regel opgaat, hoe goed de \
                interventie past en hoe goed ze bij de stijl van de regisseur past. Wat al gepland of gedaan \
                is voor dezelfde partners komt niet terug. --style verandert alleen de volgorde.

                Stijlen: strategist, connector, driver, guardian, expert.

                Voorbeelden:
                  regie suggest wijk.json
                  regie suggest wijk.json --tip 2 --style connector
                  regie suggest wijk.json --format json --today 2026-11-01
                """,
            en: """
                Every rule of the analysis (Mendelow, salience, actor analysis, network measures, the seven \
                tips …) is applied to the session; where a rule holds, the catalogue interventions that fit \
                it are proposed. They are ordered by score: how strongly the rule holds, how well the \
                intervention fits, and how well it suits the regisseur's style. What is already planned or \
                done for the same partners does not come back. --style changes the order only.

                Styles: strategist, connector, driver, guardian, expert.

                Examples:
                  regie suggest district.json
                  regie suggest district.json --tip 2 --style connector
                  regie suggest district.json --format json --today 2026-11-01
                """))

    @Argument(help: ArgumentHelp(helpText(nl: "Het sessiebestand.", en: "The session file."), valueName: "file"))
    var file: String

    @Option(
        help: ArgumentHelp(
            helpText(nl: "Alleen interventies voor deze tip (1–7).", en: "Only interventions for this tip (1–7)."),
            valueName: "1-7"))
    var tip: Int?

    @Option(
        help: ArgumentHelp(
            helpText(
                nl: "Rangschik voor deze stijl in plaats van die in de sessie.",
                en: "Rank for this style instead of the session's own."),
            valueName: "style"))
    var style: StyleChoice?

    @OptionGroup var options: AnalysisOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let tip, !(1...7).contains(tip) {
            throw ValidationError(
                Localized(nl: "--tip is een getal van 1 tot 7", en: "--tip is a number from 1 to 7")(global.language))
        }
    }

    func run() throws {
        let session = try SessionLoading.load(file, language: global.language)
        var list = suggestions(for: session, style: style.map { [$0.style] }, today: options.day)
        if let tip { list = list.filter { $0.tips.contains(tip) } }
        switch options.format {
        case .json: try writeJSON(.array(list.map { $0.json(session.language) }), language: global.language)
        case .text: Console.out(text(list, session))
        }
    }

    /// Numbered suggestions, each with its tips and method on the first line and the reason below.
    private func text(_ list: [Suggestion], _ session: Session) -> String {
        let labels = global.lang?.language ?? session.language
        guard !list.isEmpty else {
            return Localized(
                nl: "Geen suggesties: geen enkele regel gaat op voor deze sessie.",
                en: "No suggestions: no rule holds for this session.")(labels)
        }
        let width = String(list.count).count
        return list.enumerated().map { index, suggestion in
            let number = String(index + 1)
            let lead = String(repeating: " ", count: width - number.count) + number + ". "
            let indent = String(repeating: " ", count: lead.count)
            let tips = "tip " + suggestion.tips.map(String.init).joined(separator: ", ")
            return lead + suggestion.intervention.title(session.language) + "  [\(suggestion.score)]\n" + indent
                + suggestion.reason(session.language) + "\n" + indent + tips + " · " + suggestion.method.name(labels)
        }.joined(separator: "\n")
    }

    /// The values `--style` accepts.
    enum StyleChoice: String, CaseIterable, ExpressibleByArgument {
        case strategist, connector, driver, guardian, expert

        var style: RegisseurStyle { RegisseurStyle(rawValue: rawValue)! }
    }
}
