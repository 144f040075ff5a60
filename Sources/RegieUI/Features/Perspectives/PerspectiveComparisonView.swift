import Canvas
import RegieKit

/// Two or more perspectives side by side (tip 2): one column per partner, the five parts of a
/// perspective in aligned bands, so that where they meet — the bridge — can be read across.
enum PerspectiveComparisonView {
    /// Narrower columns than this get too hard to read; the window then shows fewer partners.
    static let minimumColumnWidth = 24
    static let separator = " │ "

    static func draw(_ state: AppState, _ partners: [Partner], in rect: Rect, into frame: inout Frame) {
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        let columns = columnCount(for: inner.width, partners: partners.count)
        let first = firstColumn(state, partners, columns: columns)
        let shown = Array(partners[first..<min(partners.count, first + columns)])
        var title = state.text(L("Vergelijking", "Comparison"))
        title +=
            shown.count < partners.count
            ? " \(first + 1)–\(first + shown.count)/\(partners.count)"
            : " · \(partners.count)"
        title += " · " + state.text(L("c haalt eruit, C wist", "c removes, C clears"))
        PaneLayout.box(rect, title: title, focused: false, into: &frame)
        guard !inner.isEmpty else { return }
        let lines = self.lines(shown, state: state, width: inner.width)
        DetailText.draw(lines, in: inner, offset: state.detailScroll, into: &frame)
        if first > 0 { frame.grid.put("◀", at: Point(x: rect.x, y: inner.y), style: Theme.dim) }
        if first + shown.count < partners.count {
            frame.grid.put("▶", at: Point(x: rect.maxX - 1, y: inner.y), style: Theme.dim)
        }
    }

    /// As many columns as fit at the minimum width, at least two, at most one per partner.
    static func columnCount(for width: Int, partners: Int) -> Int {
        let fit = (width + separator.count) / (minimumColumnWidth + separator.count)
        return max(1, min(partners, max(2, fit)))
    }

    /// The first partner shown, so that the selected partner is in view.
    private static func firstColumn(_ state: AppState, _ partners: [Partner], columns: Int) -> Int {
        guard partners.count > columns, let selected = partners.firstIndex(where: { $0.id == state.selectedPartner })
        else { return 0 }
        return max(0, min(partners.count - columns, selected - columns + 1))
    }

    static func lines(_ partners: [Partner], state: AppState, width: Int) -> [StyledLine] {
        let widths = columnWidths(count: partners.count, width: width)
        var lines: [StyledLine] = []

        func band(_ cells: [[StyledLine]]) {
            let height = cells.map(\.count).max() ?? 0
            for row in 0..<height {
                var spans: [Span] = []
                for (column, cell) in cells.enumerated() {
                    if column > 0 { spans.append(Span(separator, Theme.border)) }
                    let line = row < cell.count ? cell[row].truncated(toWidth: widths[column]) : .blank
                    spans += line.spans
                    spans.append(Span(String.spaces(widths[column] - line.displayWidth)))
                }
                lines.append(StyledLine(spans))
            }
        }

        band(
            zip(partners, widths).map { partner, width in
                let selected = partner.id == state.selectedPartner
                var cell = [StyledLine(partner.name, selected ? Theme.selected : Theme.heading)]
                let facts = [partner.organisation, partner.sector].filter { !$0.isEmpty }.joined(separator: " · ")
                cell += facts.isEmpty ? [] : facts.wrapped(toWidth: width).prefix(2).map { StyledLine($0, Theme.dim) }
                return cell
            })
        for field in PerspectiveField.allCases {
            lines.append(rule(state.text(field.label), widths: widths))
            band(
                zip(partners, widths).map { partner, width in
                    let value =
                        state.shown.perspective(of: partner.id).map { field.value(in: $0).trimmedForDisplay } ?? ""
                    if value.isEmpty { return [StyledLine("—", Theme.dim)] }
                    return value.wrapped(toWidth: width).map { StyledLine($0) }
                })
        }
        return lines
    }

    /// Equal columns; the last one takes what the division leaves over.
    private static func columnWidths(count: Int, width: Int) -> [Int] {
        let room = max(count, width - separator.count * (count - 1))
        let each = room / count
        return (0..<count).map { $0 == count - 1 ? room - each * (count - 1) : each }
    }

    /// `Visie ───────┼──────────`: a band's label on a rule that crosses the column lines.
    private static func rule(_ label: String, widths: [Int]) -> StyledLine {
        let text = label.truncated(toWidth: max(1, widths[0] - 2)) + " "
        let first = String(repeating: "─", count: max(0, widths[0] - text.displayWidth))
        let rest = widths.dropFirst().map { "─┼─" + String(repeating: "─", count: $0) }.joined()
        return StyledLine([Span(text, Theme.label), Span(first + rest, Theme.border)])
    }
}
