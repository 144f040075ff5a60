import Canvas
import RegieKit

/// One line of the keymap: the keys, what they do, and where they work.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written in help and hints ("a", "Ctrl-S").
    public var label: String
    public var command: Command
    public var help: Localized
    /// Panes where the binding works; empty means everywhere.
    public var panes: Set<Pane>

    init(_ keys: [Key], _ label: String, _ command: Command, _ help: Localized, panes: Set<Pane> = []) {
        self.keys = keys
        self.label = label
        self.command = command
        self.help = help
        self.panes = panes
    }

    func applies(to pane: Pane) -> Bool { panes.isEmpty || panes.contains(pane) }
}

/// The keys of the workbench, in the order help lists them.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        // MARK: everywhere
        KeyBinding([.character("?"), .function(1)], "?", .help, L("Help: alle toetsen", "Help: every key")),
        KeyBinding(
            [.character("q")], "q", .quit, L("Stoppen (vraagt bij onbewaarde wijzigingen)", "Quit (asks when unsaved)")),
        KeyBinding([.ctrl("s")], "Ctrl-S", .save, L("Bewaren", "Save")),
        KeyBinding([.character("u")], "u", .undo, L("Ongedaan maken", "Undo")),
        KeyBinding([.ctrl("r")], "Ctrl-R", .redo, L("Opnieuw doen", "Redo")),
        KeyBinding([.character(":")], ":", .palette, L("Opdrachtenpalet", "Command palette")),
        KeyBinding([.tab], "Tab", .nextPane, L("Volgend paneel", "Next pane")),
        KeyBinding([.backTab], "Shift-Tab", .previousPane, L("Vorig paneel", "Previous pane")),
        KeyBinding([.character("1")], "1", .showPane(.map), L("Partnerkaart", "Partner map")),
        KeyBinding([.character("2")], "2", .showPane(.perspectives), L("Perspectieven", "Perspectives")),
        KeyBinding([.character("3")], "3", .showPane(.interventions), L("Interventies", "Interventions")),
        KeyBinding([.character("4")], "4", .showPane(.notes), L("Notities en overleggen", "Notes and meetings")),
        KeyBinding(
            [.character("5")], "5", .showPane(.walkthrough),
            L("Doorloop van de zeven tips", "Walkthrough of the seven tips")),
        KeyBinding([.up, .character("k")], "↑/k", .up, L("Omhoog", "Up")),
        KeyBinding([.down, .character("j")], "↓/j", .down, L("Omlaag", "Down")),
        KeyBinding([.pageUp], "PgUp", .pageUp, L("Pagina omhoog", "Page up")),
        KeyBinding([.pageDown], "PgDn", .pageDown, L("Pagina omlaag", "Page down")),
        KeyBinding(
            [.character("J"), .ctrl("d")], "J/Ctrl-D", .scrollDetail(5),
            L("Details omlaag schuiven", "Scroll the details down")),
        KeyBinding(
            [.character("K"), .ctrl("u")], "K/Ctrl-U", .scrollDetail(-5),
            L("Details omhoog schuiven", "Scroll the details up")),
        KeyBinding([.home, .character("g")], "Home/g", .top, L("Naar het begin", "To the top")),
        KeyBinding([.end, .character("G")], "End/G", .bottom, L("Naar het eind", "To the end")),
        KeyBinding(
            [.character("n")], "n", .quickNote,
            L(
                "Notitie van één regel bij wat geselecteerd is, in het lopende overleg (@ koppelt een partner)",
                "One-line note on what is selected, in the running meeting (@ links a partner)")),
        KeyBinding([.character("N")], "N", .longNote, L("Notitie van meer regels", "Note of several lines")),
        // MARK: a meeting, live
        KeyBinding(
            [.character("m")], "m", .startMeeting,
            L("Overleg starten (loopt het al: bewerken)", "Start a meeting (while one runs: edit it)")),
        KeyBinding([.character("M")], "M", .endMeeting, L("Lopend overleg beëindigen", "End the running meeting")),
        KeyBinding([.character("b")], "b", .addDecision, L("Besluit in het overleg", "Decision in the meeting")),
        KeyBinding(
            [.character("t")], "t", .addAction,
            L("Actie (taak) met eigenaar en datum", "Action (task) with owner and due date")),
        KeyBinding(
            [.character("B")], "B", .noteToDecision,
            L("Notitie wordt besluit (de gekozen of de laatste)", "Note becomes a decision (selected or last)")),
        KeyBinding(
            [.character("T")], "T", .noteToAction,
            L("Notitie wordt actie (de gekozen of de laatste)", "Note becomes an action (selected or last)")),
        KeyBinding(
            [.character("o")], "o", .markMoment(.negotiation),
            L("Moment van onderhandeling markeren (tip 6)", "Mark a moment of negotiation (tip 6)")),
        KeyBinding(
            [.character("w")], "w", .markMoment(.coCreation),
            L("Moment van cocreatie markeren (tip 6)", "Mark a moment of co-creation (tip 6)")),
        KeyBinding(
            [.character("/")], "/", .filter,
            L("Filteren: partners op naam, acties op eigenaar", "Filter: partners by name, actions by owner")),
        KeyBinding([.character("p")], "p", .presentation, L("Presentatiemodus aan/uit", "Presentation mode on/off")),
        KeyBinding([.character("a")], "a", .add, L("Toevoegen", "Add")),
        KeyBinding([.character("e")], "e", .edit, L("Bewerken", "Edit")),
        KeyBinding([.character("d"), .delete], "d", .delete, L("Verwijderen (vraagt eerst)", "Delete (asks first)")),
        KeyBinding([.enter], "Enter", .open, L("Openen / details", "Open / details")),
        KeyBinding([.escape], "Esc", .back, L("Terug", "Back")),
        KeyBinding([.character("O")], "O", .editOpgave, L("Opgave bewerken", "Edit the opgave")),
        // MARK: partner map
        KeyBinding([.character("v")], "v", .cycleMapView, L("Andere kaartweergave", "Next map view"), panes: [.map]),
        KeyBinding(
            [.character("r")], "r", .addRelation,
            L("Relatie toevoegen vanaf deze partner", "Add a relation from this partner"), panes: [.map, .perspectives]),
        KeyBinding(
            [.character("R")], "R", .showRelations,
            L("Relaties van deze partner bewerken of verwijderen", "Edit or delete this partner's relations"),
            panes: [.map, .perspectives]),
        KeyBinding(
            [.character("l")], "l", .toggleLetGo, L("Partner loslaten / terughalen", "Let partner go / bring back"),
            panes: [.map, .perspectives]),
        // MARK: perspectives
        KeyBinding(
            [.character("c"), .character(" ")], "c/Space", .toggleCompare,
            L("Naast elkaar vergelijken aan/uit", "Toggle side-by-side comparison"), panes: [.perspectives, .map]),
        KeyBinding(
            [.character("C")], "C", .clearCompare, L("Vergelijking leegmaken", "Clear comparison"),
            panes: [.perspectives]),
        // MARK: interventions
        KeyBinding(
            [.character("s")], "s", .cycleStatus,
            L("Status: idee → gepland → gedaan → vervallen", "Status: idea → planned → done → dropped"),
            panes: [.interventions]),
        KeyBinding(
            [.character("]"), .right], "→/]", .nextSection,
            L("Suggesties ↔ interventies", "Suggestions ↔ interventions"),
            panes: [.interventions]),
        KeyBinding(
            [.character("/")], "/", .searchCatalogue,
            L("Catalogus doorzoeken; daar kiest 1–7 een tip", "Search the catalogue; there 1–7 picks a tip"),
            panes: [.interventions]),
        // MARK: notes
        KeyBinding(
            [.character("]"), .right], "→/]", .nextSection,
            L("Notities ↔ overleggen ↔ acties", "Notes ↔ meetings ↔ actions"), panes: [.notes]),
        KeyBinding([.character("x")], "x", .toggleDone, L("Actie klaar / open", "Action done / open"), panes: [.notes]),
        // MARK: walkthrough
        KeyBinding([.right, .character("]")], "→/]", .nextTip, L("Volgende tip", "Next tip"), panes: [.walkthrough]),
        KeyBinding(
            [.left, .character("[")], "←/[", .previousTip, L("Vorige tip", "Previous tip"), panes: [.walkthrough]),
        KeyBinding(
            [.character("x")], "x", .markTipDone, L("Tip afgerond aan/uit", "Tip done on/off"), panes: [.walkthrough]),
    ]

    /// The command a key means in `pane`; pane-specific bindings win over global ones.
    public static func command(for key: Key, in pane: Pane) -> Command? {
        if let specific = bindings.first(where: {
            !$0.panes.isEmpty && $0.panes.contains(pane) && $0.keys.contains(key)
        }) {
            return specific.command
        }
        if case .ctrl("c") = key { return .quit }
        return bindings.first { $0.panes.isEmpty && $0.keys.contains(key) }?.command
    }

    /// How the key for `command` in `pane` is written ("a", "Ctrl-S"): the one table decides,
    /// so hints and the palette never name a key that does something else.
    public static func label(for command: Command, in pane: Pane) -> String? {
        bindings(for: pane).first { $0.command == command }?.label
    }

    /// The bindings that work in `pane`, pane-specific ones first; a global one whose keys all
    /// mean something else here (`/` searches the catalogue in pane 3) is left out.
    public static func bindings(for pane: Pane) -> [KeyBinding] {
        bindingsByPane[pane] ?? []
    }

    /// `bindings(for:)` of every pane, worked out once: the status bar asks for its hints' keys
    /// on every frame.
    private static let bindingsByPane: [Pane: [KeyBinding]] = Dictionary(
        uniqueKeysWithValues: Pane.allCases.map { pane in
            let specific = bindings.filter { !$0.panes.isEmpty && $0.panes.contains(pane) }
            let taken = Set(specific.flatMap(\.keys))
            return (pane, specific + bindings.filter { $0.panes.isEmpty && !$0.keys.allSatisfy(taken.contains) })
        })
}

func L(_ nl: String, _ en: String) -> Localized { Localized(nl: nl, en: en) }
