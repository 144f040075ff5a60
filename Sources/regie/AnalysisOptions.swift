import ArgumentParser
import Foundation
import RegieKit

/// Options `regie analyze` and `regie suggest` share: the output format and the day to measure against.
struct AnalysisOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            helpText(nl: "Uitvoer als tekst (standaard) of json.", en: "Output as text (the default) or json.")))
    var format: OutputFormat = .text

    @Option(
        help: ArgumentHelp(
            helpText(
                nl: "De dag waartegen 'dagen sinds contact' en 'over de datum' gemeten worden (standaard vandaag).",
                en: "The day 'days since contact' and 'past due' are measured against (default today)."),
            valueName: "yyyy-mm-dd"))
    var today: DayArgument?

    /// The day passed with `--today`, else today's date in UTC.
    var day: Day { today?.day ?? Day(Date()) }

    /// The values `--format` accepts.
    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }
}

/// A `yyyy-mm-dd` argument.
struct DayArgument: ExpressibleByArgument {
    let day: Day

    init?(argument: String) {
        guard let day = Day(argument) else { return nil }
        self.day = day
    }
}

/// Writes `value` as canonical JSON to standard output.
func writeJSON(_ value: JSONValue, language: Language) throws {
    if !Console.write(CanonicalJSON.string(value), to: .standardOutput) {
        Console.error(
            Localized(nl: "kan niet naar standaarduitvoer schrijven", en: "cannot write to standard output")(language))
        throw ExitCode.cannotRun
    }
}
