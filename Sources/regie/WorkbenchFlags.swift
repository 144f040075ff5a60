import ArgumentParser
import Foundation
import RegieKit

/// The flags of the commands that open the workbench (`open`, `demo`).
struct WorkbenchFlags: ParsableArguments {
    @Flag(
        name: .customLong("read-only"),
        help: ArgumentHelp(helpText(nl: "Alleen bekijken, nooit opslaan.", en: "Only look, never save.")))
    var readOnly = false

    @Flag(
        name: .customLong("no-color"),
        help: ArgumentHelp(
            helpText(nl: "Geen kleur (ook met NO_COLOR in de omgeving).", en: "No colour (also when NO_COLOR is set)."))
    )
    var noColor = false

    @Flag(
        name: .customLong("no-autosave"),
        help: ArgumentHelp(
            helpText(
                nl:
                    "Niet automatisch in het bestand bewaren: Ctrl-S bewaart, een herstelkopie ernaast vangt een crash op.",
                en: "Do not save into the file automatically: Ctrl-S saves, a recovery copy beside it covers a crash."))
    )
    var noAutosave = false

    @Flag(
        name: .customLong("present"),
        help: ArgumentHelp(
            helpText(
                nl: "Meteen presenteren: dia's voor de zaal, zonder privé-inschattingen.",
                en: "Start presenting at once: slides for the room, without private assessments.")))
    var present = false

    @Flag(
        name: .customLong("hide-tensions"),
        help: ArgumentHelp(
            helpText(
                nl: "Geen spannings- en onderhandelingslijnen en geen relatienotities op de dia's.",
                en: "No tension or negotiation lines and no relation notes on the slides.")))
    var hideTensions = false

    @Flag(
        name: .customLong("no-mouse"),
        help: ArgumentHelp(helpText(nl: "De muis niet gebruiken.", en: "Do not use the mouse.")))
    var noMouse = false

    /// The options for `runWorkbench`; `NO_COLOR` (set and not empty) also turns colour off.
    func options(language: Language) -> WorkbenchOptions {
        let noColorEnvironment = !(HelpLanguage.processEnvironment("NO_COLOR") ?? "").isEmpty
        return WorkbenchOptions(
            language: language, readOnly: readOnly, color: !(noColor || noColorEnvironment), mouse: !noMouse,
            autosave: !noAutosave, present: present, hideTensions: hideTensions)
    }
}
