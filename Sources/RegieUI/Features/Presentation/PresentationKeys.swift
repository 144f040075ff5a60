import Canvas
import RegieKit

/// What a key does in a presentation.
enum PresentationCommand: Hashable {
    case next, previous, first, last, group(SlideGroup)
    case up, down
    case toggleDiscussed, answer
    case timer, setTimer
    case help, palette, save, leave, close, quit
}

/// One line of the presentation's keymap.
struct PresentationBinding {
    var keys: [Key]
    /// How the keys are written in help.
    var label: String
    var command: PresentationCommand
    var help: Localized
}

/// The keys of presentation mode, in the order help lists them; the one table both the keys
/// and the help overlay read. A clicker's page keys step the slides too.
enum PresentationKeys {
    static let bindings: [PresentationBinding] = [
        PresentationBinding(
            [.right, .character(" "), .pageDown, .character("l")], "→/Space", .next, L("Volgende dia", "Next slide")),
        PresentationBinding(
            [.left, .backspace, .pageUp, .character("h")], "←", .previous, L("Vorige dia", "Previous slide")),
        PresentationBinding([.home], "Home", .first, L("Eerste dia", "First slide")),
        PresentationBinding([.end], "End", .last, L("Laatste dia", "Last slide")),
        PresentationBinding([.character("1")], "1", .group(.opgave), L("De opgave", "The opgave")),
        PresentationBinding([.character("2")], "2", .group(.tips), L("De zeven tips", "The seven tips")),
        PresentationBinding([.character("3")], "3", .group(.map), L("De partnerkaart", "The partner map")),
        PresentationBinding([.character("4")], "4", .group(.perspectives), L("Perspectieven", "Perspectives")),
        PresentationBinding(
            [.character("5")], "5", .group(.plan), L("Interventies en acties", "Interventions and actions")),
        PresentationBinding(
            [.down, .character("j")], "↓/j", .down,
            L("Volgende vraag (bij een tip), anders verder lezen", "Next question (on a tip), else read on")),
        PresentationBinding(
            [.up, .character("k")], "↑/k", .up,
            L("Vorige vraag (bij een tip), anders terug lezen", "Previous question (on a tip), else read back")),
        PresentationBinding(
            [.character("x")], "x", .toggleDiscussed, L("Vraag besproken aan/uit", "Question discussed on/off")),
        PresentationBinding(
            [.enter], "Enter", .answer,
            L("Antwoord van de groep typen (Enter bewaart)", "Type the group's answer (Enter keeps it)")),
        PresentationBinding(
            [.character("t")], "t", .timer,
            L("Timer: starten / pauzeren (vraagt eerst de minuten)", "Timer: start / pause (asks the minutes first)")),
        PresentationBinding(
            [.character("T")], "T", .setTimer,
            L("Timer opnieuw instellen (0 haalt hem weg)", "Set the timer anew (0 removes it)")),
        PresentationBinding([.character(":")], ":", .palette, L("Opdrachtenpalet", "Command palette")),
        PresentationBinding([.character("?"), .function(1)], "?", .help, L("Deze toetsen", "These keys")),
        PresentationBinding([.ctrl("s")], "Ctrl-S", .save, L("Bewaren", "Save")),
        PresentationBinding(
            [.escape], "Esc", .close,
            L("Sluit wat open is; blijft in de presentatie", "Closes what is open; stays presenting")),
        PresentationBinding(
            [.character("p")], "p", .leave,
            L("Presentatie verlaten (vraagt eerst)", "Leave the presentation (asks first)")),
        PresentationBinding([.ctrl("c")], "Ctrl-C", .quit, L("Regie stoppen", "Quit Regie")),
    ]

    static func command(for key: Key) -> PresentationCommand? {
        bindings.first { $0.keys.contains(key) }?.command
    }
}

extension PresentationBinding {
    init(_ keys: [Key], _ label: String, _ command: PresentationCommand, _ help: Localized) {
        self.init(keys: keys, label: label, command: command, help: help)
    }
}
