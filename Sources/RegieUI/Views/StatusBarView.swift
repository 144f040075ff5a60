import Canvas
import Foundation
import RegieKit

/// The bottom line: file and save state on the left, the last message or the keys that work here.
enum StatusBarView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        frame.grid.fill(rect, style: Theme.statusBar)
        let file =
            state.filePath.map { URL(fileURLWithPath: $0).lastPathComponent }
            ?? state.text(L("(geen bestand)", "(no file)"))
        var saveState: String
        if state.readOnly {
            saveState = state.text(L("alleen-lezen", "read-only"))
        } else if state.dirty {
            saveState = "● " + state.text(L("niet bewaard", "unsaved"))
        } else if let saved = state.lastSaved {
            saveState = "✓ " + state.text(L("bewaard", "saved")) + " " + PaneFormat.clock(saved, in: state.timeZone)
        } else {
            saveState = "✓ " + state.text(L("bewaard", "saved"))
        }
        let left = " \(file.truncated(toWidth: max(8, rect.width / 4))) \(saveState) │ "
        var x = rect.x + frame.grid.put(left, at: Point(x: rect.x, y: rect.y), style: Theme.statusBar)
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

    /// The most useful keys in the current situation, most important first.
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
        var list: [(key: String, text: String)] = []
        switch state.pane {
        case .map:
            list = [
                h("a", "partner", "partner"), h("e", "bewerk", "edit"), h("r", "relatie", "relation"),
                h("v", "weergave", "view"), h("/", "filter", "filter"),
            ]
        case .perspectives:
            list = [
                h("e", "perspectief", "perspective"), h("c", "vergelijk", "compare"), h("↑↓", "partner", "partner"),
            ]
        case .interventions:
            list = [
                h("a", "nieuw", "new"), h("e", "bewerk", "edit"), h("s", "status", "status"), h("d", "weg", "delete"),
            ]
        case .notes:
            list = [
                h("n", "notitie", "note"), h("→", "lijst", "list"), h("m", "overleg", "meeting"),
                h("t", "actie", "action"), h("x", "klaar", "done"),
            ]
        case .walkthrough:
            list = [h("Enter", "antwoord", "answer"), h("←→", "tip", "tip"), h("x", "afgerond", "done")]
        }
        return list
            + [h("n", "notitie", "note"), h("?", "help", "help"), h("q", "stop", "quit")].filter { hint in
                !list.contains { $0.key == hint.key }
            }
    }
}
