import ArgumentParser
import Foundation
import RegieKit

/// Catches a mistyped subcommand (`regie analyse x.json`, `regie exprot`) before it is taken for
/// the name of a session file, which the workbench would create on the first save.
enum SubcommandTypo {
    /// The message for the command line `arguments`, in the language of `--lang` or the environment.
    static func message(for arguments: [String]) -> String? {
        // `regie demo` is what is typed most before a workshop; the list of subcommands is made
        // from every subcommand's configuration, which is no cost worth paying for it.
        if arguments.first == DemoCommand.configuration.commandName { return nil }
        return message(
            for: arguments, subcommands: Regie.subcommandNames,
            language: HelpLanguage.language(arguments: arguments, environment: HelpLanguage.processEnvironment),
            fileExists: { SessionFileStore.exists($0) })
    }

    /// The message for `arguments` when the first one looks like a subcommand misspelt, else nil.
    /// A word that names an existing file, contains a `.` or `/`, starts with `-` or is a
    /// subcommand itself is left alone.
    static func message(
        for arguments: [String], subcommands: [String], language: Language, fileExists: (String) -> Bool
    ) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !word.contains("."), !word.contains("/"),
            !subcommands.contains(word), !fileExists(word),
            let meant = closest(to: word, among: subcommands)
        else { return nil }
        let list = subcommands.joined(separator: ", ")
        return Localized(
            nl: "regie: '\(word)' is geen subcommando; bedoelde je '\(meant)'?\nSubcommando's: \(list)",
            en: "regie: '\(word)' is not a subcommand; did you mean '\(meant)'?\nSubcommands: \(list)")(language)
    }

    /// The subcommand nearest to `word`, if it is near enough to be a typo: at most one edit
    /// for names up to five letters, two for longer ones (a swap of two letters counts as one).
    static func closest(to word: String, among names: [String]) -> String? {
        let typed = word.lowercased()
        let scored = names.map { ($0, distance(typed, $0)) }.filter { $0.1 <= ($0.0.count > 5 ? 2 : 1) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbouring letters each cost one.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}

extension Regie {
    /// The names of the subcommands, and `help`.
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }
}
