import ArgumentParser
import Foundation
import RegieKit

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            helpText(
                nl: "Taal van de meldingen: nl of en (standaard uit LC_ALL, LC_MESSAGES of LANG).",
                en: "Language of messages: nl or en (default from LC_ALL, LC_MESSAGES or LANG)."),
            valueName: "nl|en"))
    var lang: LanguageChoice?

    /// The language chosen with `--lang`, else the environment's.
    var language: Language {
        lang?.language ?? HelpLanguage.environmentLanguage(HelpLanguage.processEnvironment)
    }
}

/// The values `--lang` accepts.
enum LanguageChoice: String, CaseIterable, ExpressibleByArgument {
    case nl, en

    var language: Language {
        switch self {
        case .nl: .nl
        case .en: .en
        }
    }
}
