import Canvas
import RegieKit

/// The capture line over the bottom of the screen: what it is linked to above, the prompt and
/// the text below, and the partners offered for an `@` just above where it was typed. The pane
/// stays in view, so the note-taker keeps seeing the meeting while typing.
enum CaptureView {
    static func draw(_ state: AppState, _ capture: Capture, into frame: inout Frame) {
        let size = frame.grid.size
        let inputY = size.height - 1
        let contextY = size.height - 2
        frame.grid.fill(Rect(x: 0, y: contextY, width: size.width, height: 1), style: Theme.statusBar)
        frame.grid.fill(Rect(x: 0, y: inputY, width: size.width, height: 1), style: .plain)

        let keys =
            " " + state.text(L("Enter bewaart · @ partner · Esc", "Enter stores · @ partner · Esc")) + " "
        let left: String
        let leftStyle: Style
        if let error = capture.form.error {
            left = " ! " + state.text(error)
            leftStyle = Theme.statusBar.bolded()
        } else {
            left = " " + context(state, capture)
            leftStyle = Theme.statusBar
        }
        let keysWidth = keys.displayWidth
        let room = size.width - (left.displayWidth + keysWidth <= size.width ? keysWidth : 0)
        frame.grid.put(left.truncated(toWidth: room), at: Point(x: 0, y: contextY), style: leftStyle)
        if room < size.width {
            frame.grid.put(keys, at: Point(x: size.width - keysWidth, y: contextY), style: Theme.statusBar)
        }

        let prompt = " " + state.text(capture.form.title) + " ▸ "
        let promptWidth = frame.grid.put(prompt, at: Point(x: 0, y: inputY), style: Theme.key)
        let editor = capture.editor
        let width = max(1, size.width - promptWidth - 1)
        let (text, cursorColumn) = TextLayout.singleLine(editor, width: width)
        frame.grid.put(text, at: Point(x: promptWidth, y: inputY))
        frame.cursor = Point(x: promptWidth + cursorColumn, y: inputY)

        guard !capture.offered.isEmpty,
            let token = Mentions.token(in: editor.characters, cursor: editor.cursor)
        else { return }
        let typed = String(editor.characters[token.at..<editor.cursor]).displayWidth
        drawOffer(capture, at: max(0, promptWidth + cursorColumn - typed), above: contextY, into: &frame)
    }

    /// `in Wijktafel Oost · over Gemeente Ëlst, Politie Oost · tip 2`: where the note goes.
    static func context(_ state: AppState, _ capture: Capture) -> String {
        var parts: [String] = []
        let meeting: Meeting?
        switch capture.form.kind {
        case .addDecision(let id): meeting = state.shown.meetings.first { $0.id == id }
        default: meeting = state.currentMeeting ?? Meetings.selectedInList(state)
        }
        if let meeting { parts.append(state.text(L("in ", "in ")) + meeting.title) }
        if !capture.form.context.isEmpty {
            parts.append(
                state.text(L("over ", "about "))
                    + capture.form.context.map(state.linkName).joined(separator: ", "))
        }
        switch capture.form.kind {
        case .markMoment: parts.append("tip 6")
        case .quickNote where state.pane == .walkthrough: parts.append("tip \(state.selectedTip)")
        default: break
        }
        if parts.isEmpty { parts.append(state.text(L("los, zonder overleg", "on its own, in no meeting"))) }
        return parts.joined(separator: " · ")
    }

    private static func drawOffer(_ capture: Capture, at x: Int, above y: Int, into frame: inout Frame) {
        let names = capture.offered.map(\.name)
        let width = min(frame.grid.size.width, (names.map(\.displayWidth).max() ?? 0) + 4)
        let height = names.count + 2
        let top = y - height
        guard top >= 0 else { return }
        let left = min(x, frame.grid.size.width - width)
        let box = Rect(x: left, y: top, width: width, height: height)
        frame.grid.fill(box, style: .plain)
        frame.grid.drawBox(box, style: Theme.borderFocused)
        for (row, name) in names.enumerated() {
            let line = (" " + name).padded(toWidth: width - 2)
            frame.grid.put(
                line.truncated(toWidth: width - 2), at: Point(x: left + 1, y: top + 1 + row),
                style: row == capture.highlighted ? Theme.selected : .plain)
        }
    }
}
