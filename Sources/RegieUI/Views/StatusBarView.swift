import Canvas
import Foundation
import RegieKit

/// The bottom line: file and save state on the left, the last message or the keys that work here.
enum StatusBarView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        frame.grid.fill(rect, style: Theme.statusBar)
        let meeting = state.currentMeeting
        // In a meeting on a narrow screen the meeting and its keys need the room: then the save
        // state is a bare ✓ or ●. So does a message that would not fit ("Overleg beëindigd: …")
        // before the autosave; once saved, "✓ bewaard 14:05" says when, as it always does.
        var compact = meeting != nil && rect.width < 100
        if !compact, state.dirty, !state.readOnly, let message = state.message,
            leftPart(state, meeting, compact: false, width: rect.width).displayWidth
                + state.text(message.text).displayWidth > rect.width
        {
            compact = true
        }
        var x =
            rect.x
            + frame.grid.put(
                leftPart(state, nil, compact: compact, width: rect.width), at: Point(x: rect.x, y: rect.y),
                style: Theme.statusBar)
        if let meeting {
            // The meeting that runs stays in sight, so nobody wonders where a note goes.
            x += frame.grid.put(
                meetingPart(state, meeting, compact: compact, width: rect.width), at: Point(x: x, y: rect.y),
                style: Theme.statusBar.bolded())
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

    /// ` wijkaanpak.json ✓ bewaard 14:02 · NL │ `, and after it the running meeting when one is given.
    private static func leftPart(_ state: AppState, _ meeting: Meeting?, compact: Bool, width: Int) -> String {
        let file =
            state.filePath.map(PathText.lastComponent)
            ?? state.text(L("(geen bestand)", "(no file)"))
        var saveState: String
        if state.readOnly {
            saveState = state.text(L("alleen-lezen", "read-only"))
        } else if state.dirty {
            saveState = compact ? "●" : "● " + state.text(L("niet bewaard", "unsaved"))
        } else if let saved = state.lastSaved {
            saveState =
                compact
                ? "✓" : "✓ " + state.text(L("bewaard", "saved")) + " " + PaneFormat.clock(saved, in: state.timeZone)
        } else {
            saveState = compact ? "✓" : "✓ " + state.text(L("bewaard", "saved"))
        }
        // Which language the session's own text is in, as exports and new entries will use it;
        // a message that just came in, or a compact bar, gets the room instead.
        if state.message == nil, !compact {
            let content = state.shown.language.rawValue.uppercased()
            saveState += width >= 100 ? " · " + state.text(L("inhoud ", "content ")) + content : " · " + content
        }
        let left = " \(file.truncated(toWidth: max(8, width / (compact ? 6 : 4)))) \(saveState) │ "
        return left + (meeting.map { meetingPart(state, $0, compact: compact, width: width) } ?? "")
    }

    /// `● Wijktafel Oost 14:00 │ `: the meeting that runs, the start time left out when compact.
    private static func meetingPart(_ state: AppState, _ meeting: Meeting, compact: Bool, width: Int) -> String {
        let since = compact ? "" : " " + PaneFormat.clock(meeting.date, in: state.timeZone)
        return "● " + meeting.title.truncated(toWidth: compact ? 14 : width / 5) + since + " │ "
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
