import Canvas
import RegieKit

/// Mitchell–Agle–Wood salience as a grouped list: a line per class, tagged with the
/// attributes it has (`MLU`, `ML·`, …), most salient first, with the partners in it.
enum SalienceView {
    static func draw(_ context: MapContext, in rect: Rect, into frame: inout Frame) {
        let unshared = NameFlow.unsharedLines(context, in: rect)
        var body = rect.inset(top: 0, left: 0, bottom: unshared.count, right: 0)
        NameFlow.draw(unshared, at: Point(x: rect.x, y: body.maxY), clip: rect, context, into: &frame)

        let letters = self.letters(context)
        var header = MapLegend.lines(
            [
                "\(letters.power) = " + context.text(L("macht (invloed)", "power (influence)")),
                "\(letters.legitimacy) = " + context.text(ScoreKind.legitimacy.name).lowercased(),
                "\(letters.urgency) = " + context.text(ScoreKind.urgency.name).lowercased(),
            ], width: body.width)
        header.append(context.text(L("Telt vanaf een score van 3.", "Counts from a score of 3.")))
        let groups = SalienceClass.allCases.map { salience in
            MapGroup(
                tag: tag(salience, letters), title: context.text(salience.title),
                partners: context.scoredPartners.filter { SalienceClass($0.scores) == salience },
                startsSection: [.dominant, .dormant, .none].contains(salience))
        }
        let needed = GroupedList.lines(groups, context, width: body.width, limit: body.height).count
        if body.height >= needed + header.count + 1 {
            for (row, line) in header.enumerated() {
                frame.grid.put(line, at: Point(x: body.x, y: body.y + row), style: Theme.dim, clip: body)
            }
            body = body.inset(top: header.count + 1, left: 0, bottom: 0, right: 0)
        }
        GroupedList.draw(groups, context, in: body, into: &frame)
    }

    /// The letters naming power, legitimacy and urgency in `context`'s language.
    static func letters(_ context: MapContext) -> (power: String, legitimacy: String, urgency: String) {
        context.language == .nl ? ("M", "L", "U") : ("P", "L", "U")
    }

    /// `MLU` for a class with all three attributes, `·` where one is missing.
    static func tag(_ salience: SalienceClass, _ letters: (power: String, legitimacy: String, urgency: String))
        -> String
    {
        (salience.hasPower ? letters.power : "·") + (salience.hasLegitimacy ? letters.legitimacy : "·")
            + (salience.hasUrgency ? letters.urgency : "·")
    }
}
