import ArgumentParser
import Foundation
import RegieKit

/// `regie merge-driver %O %A %B %P`: git's merge driver for session files.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: helpText(
            nl:
                "Git-mergedriver voor sessiebestanden: voegt per partner, notitie en veld samen, nooit met tekstmarkeringen.",
            en: "Git merge driver for session files: merges per partner, note and field, never with text markers."),
        discussion: helpText(
            nl: """
                Git roept dit aan met de gemeenschappelijke versie (%O), de eigen versie (%A, waar het \
                resultaat in komt), de binnenkomende versie (%B) en het pad (%P). Veranderingen aan \
                verschillende partners, notities of velden komen allemaal in het resultaat. Hetzelfde \
                veld op twee manieren veranderd wordt een conflict in de sessie, met beide waarden en \
                wie ze maakte; de werkbank toont het bij openen en lost het op met één toets. Het \
                resultaat is altijd een geldig sessiebestand.

                Afsluitcodes (zoals git verwacht): 0 samengevoegd, 1 er staan conflicten in de sessie \
                (of een versie kon niet gelezen worden; dan blijft %A zoals het was).

                Instellen (zie docs/collaboration.md):
                  echo '*.json merge=regie diff=regie' >> .gitattributes
                  git config merge.regie.driver "regie merge-driver %O %A %B %P"
                """,
            en: """
                Git calls this with the common version (%O), our version (%A, where the result goes), \
                the incoming version (%B) and the path (%P). Changes to different partners, notes or \
                fields all end up in the result. The same field changed two ways becomes a conflict \
                inside the session, with both values and who made them; the workbench shows it when it \
                opens and resolves it with one key. The result is always a valid session file.

                Exit status (as git expects): 0 merged, 1 conflicts are recorded in the session (or a \
                version could not be read; %A then stays as it was).

                Set-up (see docs/collaboration.md):
                  echo '*.json merge=regie diff=regie' >> .gitattributes
                  git config merge.regie.driver "regie merge-driver %O %A %B %P"
                """))

    @Argument(
        help: ArgumentHelp(helpText(nl: "De gemeenschappelijke versie.", en: "The common version."), valueName: "base"))
    var base: String
    @Argument(
        help: ArgumentHelp(
            helpText(nl: "De eigen versie; hier komt het resultaat.", en: "Our version; the result goes here."),
            valueName: "ours"))
    var ours: String
    @Argument(
        help: ArgumentHelp(helpText(nl: "De binnenkomende versie.", en: "The incoming version."), valueName: "theirs"))
    var theirs: String
    @Argument(
        help: ArgumentHelp(
            helpText(nl: "Het pad in de repository.", en: "The path in the repository."), valueName: "path"))
    var path: String?

    @Option(help: ArgumentHelp(helpText(nl: "Naam van de eigen kant.", en: "Name of our side."), valueName: "name"))
    var oursName: String?
    @Option(
        help: ArgumentHelp(
            helpText(nl: "Naam van de binnenkomende kant.", en: "Name of the incoming side."), valueName: "name"))
    var theirsName: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let shown = path ?? ours
        // An empty base is git's way of saying the file was added on both sides.
        let common = (try? Data(contentsOf: URL(fileURLWithPath: base))).flatMap { $0.isEmpty ? nil : $0 }
            .flatMap { try? SessionCodec.decode($0) }
        let mine = try readOrStop(ours, shown: shown, language: language)
        let incoming = try readOrStop(theirs, shown: shown, language: language)
        let names = GitSides.names(ours: oursName, theirs: theirsName, language: language)
        let result = ThreeWayMerge.merge(
            base: common, ours: mine, theirs: incoming, oursName: names.ours, theirsName: names.theirs)
        if !result.failure.isEmpty {
            Console.error(SessionFileError(file: shown, problems: result.failure).report(language))
            Console.error(
                shown + ": "
                    + Localized(
                        nl: "niet automatisch samen te voegen; de eigen versie blijft staan",
                        en: "cannot be merged automatically; our version stays")(language))
            throw ExitCode(1)
        }
        do {
            try AtomicFile.write(SessionCodec.encode(result.session), to: ours)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        guard result.isClean else {
            Console.error(
                "regie: " + shown + ": "
                    + Localized(
                        nl:
                            "\(result.conflicts.count) conflict(en) in de sessie vastgelegd; open het bestand in regie om te kiezen, dan 'git add \(shown)'",
                        en:
                            "\(result.conflicts.count) conflict(s) recorded in the session; open the file in regie to choose, then 'git add \(shown)'"
                    )(language))
            throw ExitCode(1)
        }
    }

    /// The session in `file`, or exit status 1 with its problems (git then keeps %A as it was).
    private func readOrStop(_ file: String, shown: String, language: Language) throws(ExitCode) -> Session {
        do {
            return try SessionFileStore.load(path: file)
        } catch {
            Console.error(SessionFileError(file: shown, problems: error.file.problems).report(language))
            throw ExitCode(1)
        }
    }
}

/// Who the two sides of a git merge are, for the conflicts: the author of the last commit on
/// each side and its branch, as far as git tells the driver.
enum GitSides {
    static func names(ours: String?, theirs: String?, language: Language) -> (ours: String, theirs: String) {
        let fallback = (
            Localized(nl: "hier", en: "ours")(language), Localized(nl: "binnengekomen", en: "incoming")(language)
        )
        // git sets GITHEAD_<commit>=<name> for the commit being merged in.
        let merging = ProcessInfo.processInfo.environment.first { $0.key.hasPrefix("GITHEAD_") }
        let ourSide = ours ?? describe("HEAD", branch: git(["rev-parse", "--abbrev-ref", "HEAD"])) ?? fallback.0
        let theirSide =
            theirs
            ?? merging.flatMap { variable in
                let commit = String(variable.key.dropFirst("GITHEAD_".count))
                let label = variable.value == commit ? String(commit.prefix(7)) : variable.value
                return describe(commit, branch: label)
            } ?? fallback.1
        return (ourSide, theirSide)
    }

    /// "Anouk (main)": the author of `commit` and the branch.
    private static func describe(_ commit: String, branch: String?) -> String? {
        guard let author = git(["log", "-1", "--format=%an", commit]), !author.isEmpty else { return branch }
        return branch.map { author + " (" + $0 + ")" } ?? author
    }

    private static func git(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
