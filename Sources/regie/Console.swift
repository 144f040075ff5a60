import ArgumentParser
import Foundation
import RegieKit

/// Writes to standard output and standard error without buffering, so messages and exports
/// keep their order and nothing is lost when the process exits.
///
/// Messages quote names and values from session files (and file names from a folder), so every
/// message shows their control characters as visible escapes (`TerminalText`): printed raw, an
/// escape sequence in a partner's name would write to the clipboard or clear the screen.
enum Console {
    /// Writes `text` and a line break to standard output, control characters made visible.
    static func out(_ text: String) {
        write(TerminalText.visible(text) + "\n", to: .standardOutput)
    }

    /// Writes `text` and a line break to standard error, control characters made visible.
    static func error(_ text: String) {
        write(TerminalText.visible(text) + "\n", to: .standardError)
    }

    /// Writes an export to standard output: as it is into a pipe or a file, for the program that
    /// reads it, but with control characters made visible when a terminal shows it.
    @discardableResult
    static func export(_ text: String) -> Bool {
        write(isatty(STDOUT_FILENO) == 1 ? TerminalText.visible(text) : text, to: .standardOutput)
    }

    /// Writes `text` exactly as it is; false when it could not be written (a full disk).
    @discardableResult
    static func write(_ text: String, to handle: FileHandle) -> Bool {
        (try? handle.write(contentsOf: Data(text.utf8))) != nil
    }
}

extension ExitCode {
    /// A file was read but is no valid session.
    static let invalidSession = ExitCode(1)
    /// Nothing to work with: a usage error, or a file that cannot be read or written.
    static let cannotRun = ExitCode(2)
}

/// Texts for help screens, in the language chosen before parsing (see `HelpLanguage`).
func helpText(nl: String, en: String) -> String {
    HelpLanguage.current == .nl ? nl : en
}

/// The language of help screens. They are built before the arguments are parsed, so `--lang` is
/// looked up in the raw arguments here; otherwise the environment decides.
enum HelpLanguage {
    static let current: Language = language(arguments: CommandLine.arguments, environment: processEnvironment)

    /// The value of the variable `name` of this process. `ProcessInfo.environment` copies every
    /// variable into a dictionary; start-up asked it for a few, several times.
    static func processEnvironment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The value of the last `--lang X` or `--lang=X` before a `--`, else the environment's language.
    static func language(arguments: [String], environment: [String: String]) -> Language {
        language(arguments: arguments) { environment[$0] }
    }

    /// The same, with the environment's variables looked up by `environment`.
    static func language(arguments: [String], environment: (String) -> String?) -> Language {
        var chosen: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex {
                chosen = Language(rawValue: arguments[index + 1]) ?? chosen
            } else if argument.hasPrefix("--lang=") {
                chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
            index += 1
        }
        return chosen ?? environmentLanguage(environment)
    }

    /// The language of `LC_ALL`, `LC_MESSAGES` or `LANG`, whichever is set first, as POSIX does.
    static func environmentLanguage(_ environment: [String: String]) -> Language {
        environmentLanguage { environment[$0] }
    }

    static func environmentLanguage(_ environment: (String) -> String?) -> Language {
        Language.fromLocale(environmentLocale(environment)?.value)
    }

    /// The variable that names the locale, and its value: the first of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG` that is set and not empty; nil when none is.
    static func environmentLocale(_ environment: [String: String]) -> (name: String, value: String)? {
        environmentLocale { environment[$0] }
    }

    static func environmentLocale(_ environment: (String) -> String?) -> (name: String, value: String)? {
        for name in localeVariables {
            if let value = environment(name), !value.isEmpty { return (name, value) }
        }
        return nil
    }

    /// The variables that name the locale, strongest first.
    static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]
}
