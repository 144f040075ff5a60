import ArgumentParser
import Foundation
import NcursesTerminal

/// The `regie` command: opens the workbench by default and holds the file tools as subcommands.
@main
struct Regie: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regie",
        abstract: helpText(
            nl:
                "Werkbank voor netwerk- en ketenregie: partners, perspectieven, interventies en overleg rond één opgave.",
            en:
                "Workbench for network and chain regie: partners, perspectives, interventions and meetings around one shared challenge."
        ),
        discussion: helpText(
            nl: """
                Zonder subcommando opent regie de werkbank met BESTAND (zie 'regie open --help').

                Voorbeelden:
                  regie wijk.json                      werkbank openen
                  regie new wijk.json --title "Wijkaanpak Noord"
                  regie check wijk.json jeugd.json     bestanden controleren
                  regie export wijk.json --format markdown --public -o verslag.md
                  regie demo                           een kopie van het voorbeeld openen

                Afsluitcodes: 0 gelukt, 1 ongeldig sessiebestand, 2 verkeerd gebruik of een \
                bestand dat niet gelezen of geschreven kan worden.
                """,
            en: """
                Without a subcommand regie opens the workbench on FILE (see 'regie open --help').

                Examples:
                  regie district.json                  open the workbench
                  regie new district.json --title "District North"
                  regie check district.json youth.json check files
                  regie export district.json --format markdown --public -o report.md
                  regie demo                           open a copy of the example

                Exit status: 0 success, 1 invalid session file, 2 usage error or a file that \
                cannot be read or written.
                """),
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, NewCommand.self, CheckCommand.self, ExportCommand.self, AnalyzeCommand.self,
            SuggestCommand.self,
            RoundCommand.self, CompareCommand.self, AssessCommand.self, MergeCommand.self, DiffCommand.self,
            MergeDriverCommand.self,
            DemoCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)

    /// Parses the arguments and runs the command. Usage errors exit with 2, not ArgumentParser's 64.
    static func main() {
        // Before anything can crash: a crash report never waits for a key over the screen.
        CrashReports.install()
        Foundation.exit(execute(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs the command line `arguments` and returns the exit status; help and version exit here.
    static func execute(_ arguments: [String]) -> Int32 {
        if let typo = SubcommandTypo.message(for: arguments) {
            Console.error(typo)
            return ExitCode.cannotRun.rawValue
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return ExitCode.success.rawValue
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            switch exitCode(for: error) {
            case .success:
                exit(withError: error)  // help, version: printed to standard output, exit 0
            case .validationFailure:
                Console.error(fullMessage(for: error))
                return ExitCode.cannotRun.rawValue
            case let code:
                Console.error("regie: " + message(for: error))
                return code.rawValue
            }
        }
    }
}
