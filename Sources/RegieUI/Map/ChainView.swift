import Canvas
import RegieKit

/// The chain (keten): partners with a chain position boxed left to right in order and joined
/// by arrows, partners sharing a position stacked, the rest listed underneath.
enum ChainView {
    static let arrow = "──▶"

    static func draw(_ context: MapContext, in rect: Rect, into frame: inout Frame) {
        let stages = self.stages(context.session.partners)
        let outside = context.session.partners.filter { $0.chainPosition == nil }
        guard !stages.isEmpty else {
            drawEmpty(outside, context, in: rect, into: &frame)
            return
        }
        let outsideLines = NameFlow.lines(
            prefix: [FlowItem(x: 0, text: outsideHeading(context), style: Theme.heading)],
            start: outsideHeading(context).displayWidth + 1, indent: 2, partners: outside, context, width: rect.width,
            limit: rect.height)
        let outsideRows = outside.isEmpty ? 0 : outsideLines.count + 1
        for (maxLabel, rowGap) in [(20, 1), (14, 1), (14, 0), (10, 1), (10, 0)] {
            guard let boxes = boxLayout(stages, context, width: rect.width, maxLabel: maxLabel, rowGap: rowGap),
                boxes.height + outsideRows <= rect.height
            else { continue }
            drawBoxes(boxes, context, in: rect, into: &frame)
            if !outside.isEmpty {
                let below = Point(x: rect.x, y: rect.y + boxes.height + 1)
                NameFlow.draw(outsideLines, at: below, clip: rect, context, into: &frame)
            }
            return
        }
        var lines = compactLines(stages, context, width: rect.width)
        let total = NameFlow.partnerCount(lines) + outside.count
        if !outside.isEmpty {
            if lines.count + outsideLines.count < rect.height { lines.append([]) }
            lines += outsideLines
        }
        lines = NameFlow.fit(lines, rows: rect.height, width: rect.width, total: total)
        NameFlow.draw(lines, at: rect.origin, clip: rect, context, into: &frame)
    }

    /// Positioned partners grouped by position (see `ChainStages`).
    static func stages(_ partners: [Partner]) -> [[Partner]] { ChainStages.stages(partners) }

    private static func outsideHeading(_ context: MapContext) -> String {
        context.text(L("Niet in de keten:", "Not in the chain:"))
    }

    private static func drawEmpty(_ outside: [Partner], _ context: MapContext, in rect: Rect, into frame: inout Frame) {
        var lines: [[FlowItem]] = []
        let message = context.text(
            L(
                "Nog geen partner heeft een plek in de keten. Geef die met e (bewerken).",
                "No partner has a chain position yet. Give one with e (edit)."))
        lines += message.wrapped(toWidth: rect.width).map { [FlowItem(x: 0, text: $0, style: Theme.dim)] }
        lines.append([])
        let heading = outsideHeading(context)
        lines += NameFlow.lines(
            prefix: [FlowItem(x: 0, text: heading, style: Theme.heading)], start: heading.displayWidth + 1, indent: 2,
            partners: outside, context, width: rect.width, limit: rect.height)
        lines = NameFlow.fit(lines, rows: rect.height, width: rect.width, total: outside.count)
        NameFlow.draw(lines, at: rect.origin, clip: rect, context, into: &frame)
    }

    // MARK: - Boxes

    /// Where each stage's box goes, relative to the view's top left.
    struct BoxLayout {
        struct Stage {
            var partners: [Partner]
            var labels: [String]
            var origin: Point
            var width: Int
            /// Whether an arrow leads into the stage from its left.
            var arrowIn: Bool
        }

        var stages: [Stage]
        var height: Int
    }

    /// Stages in rows of boxes that wrap at `width`, `rowGap` blank rows apart; nil when one
    /// box does not fit at all. A stage of n partners is one box of n rows split by lines,
    /// 2n + 1 rows high.
    static func boxLayout(
        _ stages: [[Partner]], _ context: MapContext, width: Int, maxLabel: Int, rowGap: Int
    ) -> BoxLayout? {
        var placed: [BoxLayout.Stage] = []
        var x = 0
        var top = 0
        var rowHeight = 0
        for (index, partners) in stages.enumerated() {
            let labels = partners.map { MapLabel.text(for: $0, context, maxWidth: maxLabel) }
            let boxWidth = (labels.map(\.displayWidth).max() ?? 0) + 4
            let height = 2 * partners.count + 1
            var arrowWidth = index == 0 ? 0 : arrow.count
            if index > 0, x + arrowWidth + boxWidth > width {
                top += rowHeight + rowGap
                x = 0
                rowHeight = 0
                arrowWidth = arrow.count
            }
            guard x + arrowWidth + boxWidth <= width else { return nil }
            placed.append(
                BoxLayout.Stage(
                    partners: partners, labels: labels, origin: Point(x: x + arrowWidth, y: top), width: boxWidth,
                    arrowIn: index > 0))
            x += arrowWidth + boxWidth
            rowHeight = max(rowHeight, height)
        }
        return BoxLayout(stages: placed, height: top + rowHeight)
    }

    private static func drawBoxes(_ layout: BoxLayout, _ context: MapContext, in rect: Rect, into frame: inout Frame) {
        for stage in layout.stages {
            let origin = Point(x: rect.x + stage.origin.x, y: rect.y + stage.origin.y)
            let box = Rect(origin: origin, size: Size(width: stage.width, height: 2 * stage.partners.count + 1))
            let letGo = stage.partners.allSatisfy { $0.status == .letGo }
            let style = letGo ? Theme.letGo : Theme.border
            frame.grid.drawBox(box, style: style)
            let divider = "├" + String(repeating: "─", count: stage.width - 2) + "┤"
            for (index, partner) in stage.partners.enumerated() {
                let y = origin.y + 1 + 2 * index
                if index > 0 {
                    frame.grid.put(divider, at: Point(x: origin.x, y: y - 1), style: style, clip: rect)
                }
                let label = Point(x: origin.x + 2, y: y)
                MapLabel.draw(partner, text: stage.labels[index], context, at: label, clip: rect, into: &frame)
            }
            if stage.arrowIn {
                frame.grid.put(arrow, at: Point(x: origin.x - arrow.count, y: origin.y + 1), clip: rect)
            }
        }
    }

    // MARK: - Compact

    /// The chain as running text, `Gemeente ──▶ Politie + Zorggroep ──▶ …`, for small rects.
    static func compactLines(_ stages: [[Partner]], _ context: MapContext, width: Int) -> [[FlowItem]] {
        var lines: [[FlowItem]] = [[]]
        var x = 0
        for (index, partners) in stages.enumerated() {
            let labels = partners.map { MapLabel.text(for: $0, context, maxWidth: min(20, width - 4)) }
            let stageWidth = labels.map(\.displayWidth).reduce(0, +) + 3 * (labels.count - 1)
            let joint = index == 0 ? "" : " " + arrow + " "
            if index > 0, x + joint.count + stageWidth > width {
                lines.append([])
                x = 0
            }
            if !joint.isEmpty {
                let text = x == 0 ? arrow + " " : joint
                lines[lines.count - 1].append(FlowItem(x: x, text: text, isSeparator: true))
                x += text.count
            }
            for (offset, partner) in partners.enumerated() {
                if offset > 0 {
                    lines[lines.count - 1].append(FlowItem(x: x, text: " + ", isSeparator: true))
                    x += 3
                }
                lines[lines.count - 1].append(FlowItem(x: x, text: labels[offset], partner: partner))
                x += labels[offset].displayWidth
            }
        }
        return lines
    }
}
