import Canvas
import RegieKit

/// The open merge conflicts: what each is about, both sides with who made them, and the key
/// that keeps each side.
enum ConflictsView {
    static func draw(_ state: AppState, selected: Int, into frame: inout Frame) {
        let conflicts = state.session.conflicts
        let size = frame.grid.size
        let rect = OverlayBox.frame(width: 90, height: min(size.height - 2, conflicts.count * 4 + 6), in: size)
        OverlayBox.draw(
            rect,
            title: state.text(L("Conflicten uit de samenvoeging", "Conflicts from the merge"))
                + " · \(conflicts.count)",
            into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard inner.height > 2 else { return }
        var lines: [(String, Style)] = [
            (
                state.text(
                    L(
                        "Twee kanten veranderden hetzelfde veld. Kies per conflict welke waarde blijft.",
                        "Two sides changed the same field. Choose, per conflict, which value stays.")), Theme.dim
            ), ("", .plain),
        ]
        var selectedLine = 0
        for (index, conflict) in conflicts.enumerated() {
            let marker = index == selected ? "▶ " : "  "
            if index == selected { selectedLine = lines.count }
            lines.append(
                (
                    marker + conflict.subject(in: state.session, language: state.language),
                    index == selected ? Theme.heading : .plain
                ))
            let base =
                conflict.base.map { _ in
                    "  (" + state.text(L("was ", "was "))
                        + conflict.text(of: .init(name: "", value: conflict.base), language: state.language) + ")"
                } ?? ""
            lines.append(
                (
                    "    1  " + conflict.ours.name + ": " + conflict.text(of: conflict.ours, language: state.language)
                        + base, .plain
                ))
            lines.append(
                (
                    "    2  " + conflict.theirs.name + ": "
                        + conflict.text(of: conflict.theirs, language: state.language), .plain
                ))
            lines.append(("", .plain))
        }
        let room = inner.height - 1
        let offset = max(0, min(selectedLine - 2, lines.count - room))
        for (row, line) in lines.dropFirst(max(0, offset)).prefix(room).enumerated() {
            frame.grid.put(
                line.0.truncated(toWidth: inner.width), at: Point(x: inner.x, y: inner.y + row), style: line.1,
                clip: inner)
        }
        let keys = state.text(
            L(
                "1 houdt de eerste · 2 neemt de tweede · ↑/↓ ander conflict · Esc later",
                "1 keeps the first · 2 takes the second · ↑/↓ other conflict · Esc later"))
        frame.grid.put(
            keys.truncated(toWidth: inner.width), at: Point(x: inner.x, y: inner.maxY - 1), style: Theme.key,
            clip: inner)
    }
}
