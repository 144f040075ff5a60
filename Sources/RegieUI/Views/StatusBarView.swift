import Canvas
import Foundation
import RegieKit

/// The bottom line: file and save state on the left, the last message or the keys that work here.
enum StatusBarView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        frame.grid.fill(rect, style: Theme.statusBar)
        let file =
            state.filePath.map(PathText.lastComponent)
            ?? state.text(L("(geen bestand)", "(no file)"))
        // In a meeting on a narrow screen the meeting and its keys need the room: a bare "✓".
        let meeting = state.currentMeeting
        let compact = meeting != nil && rect.width < 100
        var saveState: String
        if state.readOnly {
            saveState = state.text(L("alleen-lezen", "read-only"))
        } else if state.dirty {
            saveState = "● " + state.text(L("niet bewaard", "unsaved"))
        } else if let saved = state.lastSaved {
            saveState =
                compact
                ? "✓" : "✓ " + state.text(L("bewaard", "saved")) + " " + PaneFormat.clock(saved, in: state.timeZone)
        } else {
            saveState = compact ? "✓" : "✓ " + state.text(L("bewaard", "saved"))
        }
        // Which language the session's own text is in, as exports and new entries will use it;
        // a message that just came in, or a running meeting on a narrow screen, gets the room instead.
        if state.message == nil, !compact {
            let content = state.shown.language.rawValue.uppercased()
            saveState += rect.width >= 100 ? " · " + state.text(L("inhoud ", "content ")) + content : " · " + content
        }
        let left = " \(file.truncated(toWidth: max(8, rect.width / (compact ? 6 : 4)))) \(saveState) │ "
        var x = rect.x + frame.grid.put(left, at: Point(x: rect.x, y: rect.y), style: Theme.statusBar)
        if let meeting {
            // The meeting that runs stays in sight, so nobody wonders where a note goes.
            let since = compact ? "" : " " + PaneFormat.clock(meeting.date, in: state.timeZone)
            let text = "● " + meeting.title.truncated(toWidth: compact ? 14 : rect.width / 5) + since + " │ "
            x += frame.grid.put(text, at: Point(x: x, y: rect.y), style: Theme.statusBar.bolded())
        }
        let rest = rect.maxX - x
        if let message = state.message {
            let style: Style
            switch message.kind {
            case .info: style = Theme.statusBar
            case .warning: style = Theme.statusBar.bolded()
            case .error: style = Theme.statusBar.bolded().underlined()
            }
            frame.grid.put(state.text(message.text).truncated(toWidth: rest), at: Point(x: x, y: rect.y), style: style)
            return
        }
        for hint in hints(state) {
            let keyWidth = hint.key.displayWidth
            let textWidth = hint.text.displayWidth
            guard x + keyWidth + textWidth + 2 <= rect.maxX else { break }
            x += frame.grid.put(hint.key, at: Point(x: x, y: rect.y), style: Theme.statusBar.bolded())
            x += frame.grid.put(" " + hint.text + "  ", at: Point(x: x, y: rect.y), style: Theme.statusBar)
        }
    }

    /// The most useful keys in the current situation, most important first; each key as the
    /// keymap writes it.
    static func hints(_ state: AppState) -> [(key: String, text: String)] {
        func h(_ key: String, _ nl: String, _ en: String) -> (key: String, text: String) {
            (key, state.language == .nl ? nl : en)
        }
        if state.relationStart != nil {
            return [
                h("↑↓", "kies partner", "choose partner"), h("Enter", "verbind", "connect"), h("Esc", "stop", "cancel"),
            ]
        }
        if state.filterEditor != nil {
            return [h("Enter", "klaar", "done"), h("Esc", "wis filter", "clear filter")]
        }
        if state.picker.editor != nil, state.pane == .interventions {
            return [
                h("abc", "zoekt", "searches"), h("1–7", "tip", "tip"), h("Enter", "klaar", "done"),
                h("Esc", "wist", "clears"), h("↑↓", "kies", "choose"),
            ]
        }
        var commands: [(Command, String, String)]
        switch state.pane {
        case .map:
            commands = [
                (.add, "partner", "partner"), (.edit, "bewerk", "edit"), (.addRelation, "relatie", "relation"),
                (.cycleMapView, "weergave", "view"), (.filter, "filter", "filter"),
            ]
        case .perspectives:
            commands = [
                (.edit, "perspectief", "perspective"), (.toggleCompare, "vergelijk", "compare"),
            ]
        case .interventions where state.interventionsSection == .suggestions:
            commands = [
                (.open, "plan het", "plan it"), (.edit, "eerst bewerken", "edit first"),
                (.searchCatalogue, "zoek/tip", "search/tip"), (.nextSection, "plan", "plan"),
            ]
        case .interventions:
            commands = [
                (.add, "nieuw", "new"), (.edit, "bewerk", "edit"), (.cycleStatus, "status", "status"),
                (.delete, "weg", "delete"), (.nextSection, "suggesties", "suggestions"),
            ]
        case .notes:
            commands = [
                (.quickNote, "notitie", "note"), (.nextSection, "lijst", "list"), (.startMeeting, "overleg", "meeting"),
                (.addAction, "actie", "action"), (.toggleDone, "klaar", "done"),
            ]
        case .walkthrough where Walkthrough.selectedFinding(state) != nil:
            commands = [(.open, "ga erheen", "go there"), (.nextTip, "tip", "tip"), (.markTipDone, "afgerond", "done")]
        case .walkthrough:
            commands = [(.open, "antwoord", "answer"), (.nextTip, "tip", "tip"), (.markTipDone, "afgerond", "done")]
        }
        if state.currentMeeting != nil {
            // In a meeting the capture keys come first, wherever the user is.
            commands =
                [
                    (.quickNote, "notitie", "note"), (.addDecision, "besluit", "decision"),
                    (.addAction, "actie", "action"), (.endMeeting, "einde", "end"),
                ] + commands
        }
        let general: [(Command, String, String)] = [
            (.quickNote, "notitie", "note"), (.help, "help", "help"), (.quit, "stop", "quit"),
        ]
        var list: [(key: String, text: String)] = []
        for (command, nl, en) in commands + general
        where !list.contains(where: { $0.text == (state.language == .nl ? nl : en) }) {
            // The first of the binding's keys is enough for a hint ("→" of "→/]").
            guard let label = Keymap.label(for: command, in: state.pane) else { continue }
            list.append(h(String(label.split(separator: "/").first ?? Substring(label)), nl, en))
        }
        return list
    }
}
