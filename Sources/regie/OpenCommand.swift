import ArgumentParser
import RegieKit

/// `regie [open] [FILE]`: opens the workbench on a session file, the default command.
struct OpenCommand: ParsableCommand {
    /// The file opened when none is named.
    static let defaultFile = "regie.json"

    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: helpText(
            nl: "Open de werkbank met een sessiebestand (standaard; 'open' mag je weglaten).",
            en: "Open the workbench on a session file (the default; 'open' may be left out)."),
        discussion: helpText(
            nl: """
                Een bestaand bestand wordt eerst gecontroleerd; is het kapot, dan volgen de \
                meldingen zoals bij 'regie check' en blijft het bestand onaangeroerd. Bestaat het \
                bestand nog niet, dan begint de werkbank een nieuwe sessie en maakt het bestand \
                (rechten 0600) bij de eerste keer opslaan. Zonder BESTAND: \(defaultFile) in de \
                huidige map.

                Voorbeelden:
                  regie wijk.json
                  regie wijk.json --read-only --no-mouse
                """,
            en: """
                An existing file is checked first; if it is broken, the messages follow as with \
                'regie check' and the file stays untouched. If the file does not exist yet, the \
                workbench starts a new session and creates the file (mode 0600) on the first save. \
                Without FILE: \(defaultFile) in the current folder.

                Examples:
                  regie district.json
                  regie district.json --read-only --no-mouse
                """))

    @Argument(help: ArgumentHelp(helpText(nl: "Het sessiebestand.", en: "The session file."), valueName: "file"))
    var file: String?

    @OptionGroup var workbench: WorkbenchFlags
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let path = file ?? Self.defaultFile
        // The file is read and checked once, by the workbench itself.
        if !SessionFileStore.exists(path), workbench.readOnly {
            Console.error(
                path + ": " + Localized(nl: "bestand bestaat niet", en: "no such file")(language))
            throw ExitCode.cannotRun
        }
        let status = try runWorkbench(path: path, options: workbench.options(language: language))
        if status != 0 { throw ExitCode(status) }
    }
}
