import ArgumentParser
import Foundation
import RegieKit

#if canImport(Glibc)
    import Glibc
#endif

/// `regie new FILE`: writes an empty session to a file that does not exist yet.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: helpText(nl: "Maak een nieuw, leeg sessiebestand.", en: "Create a new, empty session file."),
        discussion: helpText(
            nl: """
                Een bestaand bestand wordt nooit overschreven. Het nieuwe bestand is alleen voor \
                jou leesbaar (rechten 0600): notities over mensen zijn gevoelig. Met --lang kies je \
                ook de taal van de sessie.

                Voorbeeld:
                  regie new wijk.json --title "Wijkaanpak Noord" --lang nl
                """,
            en: """
                An existing file is never overwritten. The new file is readable only by you (mode \
                0600): notes about people are sensitive. --lang also sets the session's language.

                Example:
                  regie new district.json --title "District North" --lang en
                """))

    @Argument(
        help: ArgumentHelp(helpText(nl: "Het nieuwe sessiebestand.", en: "The new session file."), valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp(helpText(nl: "Titel van de sessie.", en: "Title of the session."), valueName: "title"))
    var title: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let session = Session(
            title: title ?? Localized(nl: "Nieuwe sessie", en: "New session")(language), language: language)
        // Claim the name first (O_EXCL), so a file that appears meanwhile is not overwritten.
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL, AtomicFile.newFileMode)
        guard fd >= 0 else {
            let failure = errno
            let reason =
                failure == EEXIST
                ? Localized(
                    nl: "bestaat al; kies een andere naam of open het met 'regie \(file)'",
                    en: "already exists; choose another name or open it with 'regie \(file)'")(language)
                : Localized(nl: "kan niet aangemaakt worden: ", en: "cannot be created: ")(language)
                    + String(cString: strerror(failure))
            Console.error(file + ": " + reason)
            throw ExitCode.cannotRun
        }
        close(fd)
        do {
            try SessionFileStore.save(session, to: file)
        } catch {
            unlink(file)
            Console.error(error.description)
            throw ExitCode.cannotRun
        }
        Console.out(Localized(nl: "\(file): nieuwe sessie aangemaakt", en: "\(file): new session created")(language))
    }
}
