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
                jou leesbaar (rechten 0600): notities over mensen zijn gevoelig.

                De taal van de inhoud (de titel, de teksten in exports) kies je met --lang nl of \
                --lang en. Zonder --lang wordt het de taal van de meldingen, uit LC_ALL, \
                LC_MESSAGES of LANG: Nederlands als die met nl beginnen, anders Engels (ook bij \
                LANG=C.UTF-8). regie new meldt welke taal het werd en hoe je de andere kiest.

                Voorbeeld:
                  regie new wijk.json --title "Wijkaanpak Noord" --lang nl
                """,
            en: """
                An existing file is never overwritten. The new file is readable only by you (mode \
                0600): notes about people are sensitive.

                Choose the language of the content (the title, the texts in exports) with --lang nl \
                or --lang en. Without --lang it is the language of messages, from LC_ALL, \
                LC_MESSAGES or LANG: Dutch when they start with nl, English otherwise (also for \
                LANG=C.UTF-8). regie new says which language it became and how to choose the other.

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
        for line in report(language: language) { Console.out(line) }
    }

    /// What `regie new` says once the file is written: that it was, and in which language the
    /// content will be. A language that came from the environment, not from `--lang`, may not be
    /// the one meant (`LANG=C.UTF-8` gives English), so then both languages say where it came
    /// from and how to get the other.
    private func report(language: Language) -> [String] {
        let created = Localized(nl: "\(file): nieuwe sessie aangemaakt", en: "\(file): new session created")
        let chosen = language.name
        guard global.lang == nil else {
            return [
                Localized(
                    nl: created.nl + "; taal van de inhoud: " + chosen.nl,
                    en: created.en + "; content language: " + chosen.en
                )(language)
            ]
        }
        let other = language.other
        let source: Localized =
            if let locale = HelpLanguage.environmentLocale(HelpLanguage.processEnvironment) {
                Localized(nl: "volgens \(locale.name)=\(locale.value)", en: "from \(locale.name)=\(locale.value)")
            } else {
                Localized(
                    nl: "want LC_ALL, LC_MESSAGES en LANG zijn niet gezet",
                    en: "as LC_ALL, LC_MESSAGES and LANG are not set")
            }
        let hint = Localized(
            nl: "Taal van de inhoud: \(chosen.nl) (\(source.nl)). Voor \(other.name.nl): verwijder dit lege "
                + "bestand en typ:",
            en: "Content language: \(chosen.en) (\(source.en)). For \(other.name.en), remove this empty file "
                + "and run:")
        var command = ["regie", "new", file]
        if let title { command += ["--title", title] }
        command += ["--lang", other.rawValue]
        return [
            created(language), hint(language), hint(other),
            "  " + command.map(Self.shellQuoted).joined(separator: " "),
        ]
    }

    /// `word` as a shell reads it back: as it is when it is plain, else in single quotes.
    private static func shellQuoted(_ word: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,")
        let plain = !word.isEmpty && word.allSatisfy(safe.contains)
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
