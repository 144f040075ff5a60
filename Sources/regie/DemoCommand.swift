import ArgumentParser
import Foundation
import RegieKit

/// `regie demo`: opens a fresh copy of a bundled example session, so the original stays as it is.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: helpText(
            nl: "Open een kopie van een meegeleverd voorbeeld (standaard: \(SampleSessions.demoName)).",
            en: "Open a copy of a bundled example (default: \(SampleSessions.demoName))."),
        discussion: helpText(
            nl: """
                Het voorbeeld wordt naar een nieuwe tijdelijke map gekopieerd en die kopie wordt \
                geopend; wat je verandert, komt alleen in de kopie. Het pad staat in de eerste regel.

                Voorbeelden:
                  regie demo
                  regie demo --list
                """,
            en: """
                The example is copied into a new temporary folder and the copy is opened; what you \
                change goes into the copy only. Its path is printed first.

                Examples:
                  regie demo
                  regie demo --list
                """))

    @Flag(help: ArgumentHelp(helpText(nl: "Toon de meegeleverde voorbeelden.", en: "List the bundled examples.")))
    var list = false

    @Argument(
        help: ArgumentHelp(helpText(nl: "Naam van het voorbeeld.", en: "Name of the example."), valueName: "sample"))
    var sample: String?

    @OptionGroup var workbench: WorkbenchFlags
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        // The samples' names are looked up only to list them or for a name that is not there:
        // finding them goes through Foundation's bundle, a twelfth of starting the demo.
        if list {
            let names = SampleSessions.names
            if names.isEmpty {
                Console.error(
                    Localized(nl: "er zijn geen voorbeelden meegeleverd", en: "no examples are bundled")(language))
            }
            for name in names { Console.out(name) }
            return
        }
        let name = sample ?? SampleSessions.demoName
        guard let data = SampleSessions.data(named: name) else {
            let names = SampleSessions.names
            let available = names.isEmpty ? "–" : names.joined(separator: ", ")
            Console.error(
                Localized(
                    nl: "voorbeeld \"\(name)\" is niet meegeleverd (beschikbaar: \(available))",
                    en: "example \"\(name)\" is not bundled (available: \(available))")(language))
            throw ExitCode.cannotRun
        }
        let session: Session
        do {
            session = try SessionCodec.decode(data)
        } catch {
            Console.error(SessionFileError(file: name + ".json", problems: error.problems).report(language))
            throw ExitCode.invalidSession
        }
        let path: String
        do {
            path = try Self.makeTemporaryFolder() + "/" + name + ".json"
            // A fresh copy in a fresh folder: it can be made again, so it is not flushed to disk
            // (that cost start-up 5 to 15 ms); the workbench's own saves are.
            try AtomicFile.write(data, to: path, durable: false)
        } catch {
            Console.error(
                Localized(nl: "kan de kopie niet schrijven: ", en: "cannot write the copy: ")(language) + "\(error)")
            throw ExitCode.cannotRun
        }
        Console.out(Localized(nl: "Kopie van het voorbeeld: ", en: "Copy of the example: ")(language) + path)
        // The copy holds what was just decoded: the workbench need not read it again.
        let status = try runWorkbench(
            path: path, options: workbench.options(language: language),
            opened: (session, FileFingerprint.of(data, at: path)))
        if status != 0 { throw ExitCode(status) }
    }

    struct FolderError: Error, CustomStringConvertible {
        var description: String
    }

    /// A new folder only the user can enter (`mkdtemp`, mode 0700).
    static func makeTemporaryFolder() throws -> String {
        let template = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("regie-demo-XXXXXX").path
        var bytes = Array(template.utf8CString)
        let made = bytes.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) != nil }
        guard made else { throw FolderError(description: String(cString: strerror(errno))) }
        return String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
