/// Mitchell–Agle–Wood salience as a picture: three overlapping circles for power, legitimacy and
/// urgency (told apart by their lines, not colour), each region named with its class and the
/// number of partners in it, and beside them the partners of each class.
enum SaliencePicture {
    static let width = 860.0
    static let radius = 105.0
    static let power = (x: 170.0, y: 205.0)
    static let legitimacy = (x: 290.0, y: 205.0)
    static let urgency = (x: 230.0, y: 309.0)
    static let listX = 470.0
    static let lineHeight = 15.0

    /// Where each class's name goes: a point inside its region only.
    static func labelPoint(_ salience: SalienceClass) -> (x: Double, y: Double) {
        switch salience {
        case .definitive: (230, 240)
        case .dominant: (230, 158)
        case .dangerous: (170, 283)
        case .dependent: (290, 283)
        case .dormant: (116, 180)
        case .discretionary: (342, 180)
        case .demanding: (230, 372)
        case .none: (60, 420)
        }
    }

    static func draw(_ context: PictureContext) -> MapPicture {
        let title = context.t("Saillantie (Mitchell, Agle en Wood)", "Salience (Mitchell, Agle and Wood)")
        var svg = SVGCanvas()
        svg.text(title, x: 24, y: 24, SVGCanvas.TextStyle(size: 16, bold: true))
        let circles: [((x: Double, y: Double), String?, String, (x: Double, y: Double))] = [
            (power, nil, context.t("Macht (invloed)", "Power (influence)"), (110, 86)),
            (legitimacy, "9 5", ScoreKind.legitimacy.name(context.language), (350, 86)),
            (urgency, "2 4", ScoreKind.urgency.name(context.language), (230, 432)),
        ]
        for (centre, dash, name, at) in circles {
            svg.circle(cx: centre.x, cy: centre.y, r: radius, SVGCanvas.Stroke(width: 1.8, dash: dash))
            svg.text(name, x: at.x, y: at.y, SVGCanvas.TextStyle(size: 13, bold: true, anchor: .middle))
        }
        let members = SalienceClass.allCases.map { salience in
            (salience, context.scoredPartners.filter { SalienceClass($0.scores) == salience })
        }
        for (salience, partners) in members {
            let point = labelPoint(salience)
            let anchor: SVGCanvas.Anchor = salience == .none ? .start : .middle
            let x = salience == .none ? 24 : point.x
            let name =
                salience == .none
                ? context.t("geen van de drie", "none of the three") : salience.title(context.language)
            svg.text(name, x: x, y: point.y, SVGCanvas.TextStyle(size: 11, bold: true, anchor: anchor))
            svg.text("(\(partners.count))", x: x, y: point.y + 14, SVGCanvas.TextStyle(size: 11, anchor: anchor))
        }

        // The partners per class, most salient first.
        var y = 60.0
        let listWidth = width - listX - 16
        for (salience, partners) in members {
            let heading =
                salience == .none
                ? context.t("geen van de drie", "none of the three")
                : salience.title(context.language) + " — " + attributes(salience, context)
            svg.text(
                heading, x: listX, y: y,
                SVGCanvas.TextStyle(size: 12, bold: true))
            y += lineHeight
            let names = partners.isEmpty ? ["–"] : flowed(partners.map(context.label), width: listWidth)
            for line in names {
                svg.text(line, x: listX + 10, y: y, SVGCanvas.TextStyle(size: 12))
                y += lineHeight
            }
            y += 7
        }
        var notes = [
            context.t(
                "Een partner heeft een kenmerk vanaf een score van \(SalienceClass.attributeFrom).",
                "A partner has an attribute from a score of \(SalienceClass.attributeFrom)."),
            context.markerLegend,
        ]
        if let caption = context.publicCaption { notes.append(caption) }
        var noteY = max(y, 460) + 8
        for note in notes {
            svg.text(note, x: 24, y: noteY, SVGCanvas.TextStyle(size: 11))
            noteY += 16
        }
        return MapPicture(
            kind: .salience, title: title, width: width, height: noteY,
            body: svg.elements.joined(separator: "\n") + "\n")
    }

    /// `macht, legitimiteit` for a dominant partner.
    private static func attributes(_ salience: SalienceClass, _ context: PictureContext) -> String {
        var names: [String] = []
        if salience.hasPower { names.append(context.t("macht", "power")) }
        if salience.hasLegitimacy { names.append(ScoreKind.legitimacy.name(context.language).lowercased()) }
        if salience.hasUrgency { names.append(ScoreKind.urgency.name(context.language).lowercased()) }
        return names.joined(separator: ", ")
    }

    /// Names joined by commas in lines of at most `width`; a name is never split across lines.
    static func flowed(_ names: [String], width: Double, size: Double = 12) -> [String] {
        var lines: [String] = []
        var line = ""
        for (index, name) in names.enumerated() {
            let piece = TextMetrics.truncated(name, size: size, maxWidth: width) + (index < names.count - 1 ? "," : "")
            let candidate = line.isEmpty ? piece : line + " " + piece
            if TextMetrics.width(candidate, size: size) <= width || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = piece
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
