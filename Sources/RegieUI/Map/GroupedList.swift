import Canvas
import RegieKit

/// A named group of partners in a list view, with an optional short tag before the name.
struct MapGroup {
    var tag: String = ""
    var title: String
    var partners: [Partner]
    /// Whether a blank line may set this group apart from the one before it.
    var startsSection = false
}

/// Groups of partners as a list: `MLU bepalend   Gemeente, Politie`, names flowing on
/// under the first; heading and names on separate lines when the rect is narrow.
enum GroupedList {
    /// The lines of `groups` for `width` columns, stopping after `limit` lines and one more.
    static func lines(
        _ groups: [MapGroup], _ context: MapContext, width: Int, spaced: Bool = false, limit: Int = .max
    ) -> [[FlowItem]] {
        let tagWidth = groups.map(\.tag.displayWidth).max() ?? 0
        let titleWidth = groups.map(\.title.displayWidth).max() ?? 0
        let tagColumn = tagWidth > 0 ? tagWidth + 1 : 0
        let namesColumn = tagColumn + titleWidth + 2
        let inline = width - namesColumn >= 16
        var lines: [[FlowItem]] = []
        for group in groups {
            guard lines.count <= limit else { break }
            let room = limit == .max ? .max : max(0, limit - lines.count)
            if spaced, group.startsSection, !lines.isEmpty { lines.append([]) }
            var heading: [FlowItem] = []
            if tagWidth > 0 { heading.append(FlowItem(x: 0, text: group.tag, style: Theme.label)) }
            let title = group.title.truncated(toWidth: width - tagColumn)
            heading.append(FlowItem(x: tagColumn, text: title, style: Theme.heading))
            if inline || group.partners.isEmpty {
                let start = inline ? namesColumn : tagColumn + group.title.displayWidth + 1
                lines += NameFlow.lines(
                    prefix: heading, start: start, indent: inline ? namesColumn : 2, partners: group.partners, context,
                    width: width, emptyText: "—", limit: room)
            } else {
                lines.append(heading)
                lines += NameFlow.lines(
                    start: 2, indent: 2, partners: group.partners, context, width: width, limit: room)
            }
        }
        return lines
    }

    /// Draws `groups` at the top of `rect`: with blank lines between sections when there is
    /// room, else without, else without empty groups, else cut with `… +N` naming how many
    /// partners are not shown.
    /// - Returns: the rows used.
    @discardableResult
    static func draw(_ groups: [MapGroup], _ context: MapContext, in rect: Rect, into frame: inout Frame) -> Int {
        guard !rect.isEmpty else { return 0 }
        let filled = groups.filter { !$0.partners.isEmpty }
        let rows = rect.height
        let variants = [
            lines(groups, context, width: rect.width, spaced: true, limit: rows),
            lines(groups, context, width: rect.width, limit: rows),
            lines(filled, context, width: rect.width, limit: rows),
        ]
        let chosen = variants.first { $0.count <= rows } ?? variants[2]
        let total = filled.reduce(0) { $0 + $1.partners.count }
        let lines = NameFlow.fit(chosen, rows: rows, width: rect.width, total: total)
        NameFlow.draw(lines, at: rect.origin, clip: rect, context, into: &frame)
        return lines.count
    }
}
