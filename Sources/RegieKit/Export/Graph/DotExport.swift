extension SessionExport {
    /// The partner network for Graphviz: partners as boxes (let-go partners dashed), relations
    /// as edges labelled with their kind, each kind drawn in its own style.
    ///
    /// A node's tooltip (shown in SVG output) carries organisation and sector and, where the
    /// disclosure allows, the partner's scores and interests.
    public static func dot(_ session: Session, disclosure: Disclosure, language: Language) -> String {
        let session = session.disclosed(disclosure)
        var lines = [
            "digraph regie {",
            "  graph [label=\(DotText.quoted(session.title)), labelloc=\"t\", rankdir=\"LR\", fontname=\"Helvetica\"];",
            "  node [shape=\"box\", style=\"rounded\", fontname=\"Helvetica\"];",
            "  edge [fontname=\"Helvetica\", fontsize=\"10\"];",
            "",
        ]
        for partner in session.partners {
            var attributes = ["label=" + DotText.quoted(partner.name)]
            let tooltip = DotText.tooltip(partner, shownAssessment: session.showsAssessment(of: partner), language)
            if !tooltip.isEmpty { attributes.append("tooltip=" + DotText.quoted(tooltip)) }
            if partner.status == .letGo { attributes.append("style=\"rounded,dashed\"") }
            if partner.status == .watching { attributes.append("color=\"gray40\"") }
            lines.append("  " + DotText.quoted(partner.id.rawValue) + " [" + attributes.joined(separator: ", ") + "];")
        }
        if !session.relations.isEmpty { lines.append("") }
        for relation in session.relations {
            var attributes = ["label=" + DotText.quoted(relation.kind.name(language))]
            attributes += DotText.style(relation.kind)
            attributes.append("penwidth=\"\(Double(max(1, relation.strength)) * 0.5 + 0.5)\"")
            if !relation.note.isEmpty { attributes.append("tooltip=" + DotText.quoted(relation.note)) }
            lines.append(
                "  " + DotText.quoted(relation.from.rawValue) + " -> " + DotText.quoted(relation.to.rawValue)
                    + " [" + attributes.joined(separator: ", ") + "];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Quoting and styling for Graphviz's DOT language.
enum DotText {
    /// A double-quoted DOT string: `\` and `"` escaped, line breaks as `\n`, other control
    /// characters as visible escapes (`TerminalText`, their backslash escaped in turn).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n", "\r": out += "\\n"
            case _ where character.unicodeScalars.contains(where: TerminalText.isEscaped):
                out += TerminalText.visible(String(character), lineBreaks: .escaped)
                    .replacingOccurrences(of: "\\", with: "\\\\")
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Line style per relation kind, so kinds stay apart also in black and white.
    static func style(_ kind: RelationKind) -> [String] {
        switch kind {
        case .collaboration: ["style=\"solid\"", "color=\"darkgreen\"", "dir=\"none\""]
        case .dependency: ["style=\"solid\"", "color=\"black\"", "arrowhead=\"normal\""]
        case .information: ["style=\"dotted\"", "color=\"steelblue\"", "arrowhead=\"open\""]
        case .funding: ["style=\"solid\"", "color=\"darkgoldenrod\"", "arrowhead=\"diamond\""]
        case .tension: ["style=\"dashed\"", "color=\"red\"", "fontcolor=\"red\"", "dir=\"none\""]
        case .negotiation: ["style=\"bold\"", "color=\"darkorange\"", "dir=\"both\""]
        }
    }

    static func tooltip(_ partner: Partner, shownAssessment: Bool, _ language: Language) -> String {
        var lines: [String] = []
        let place = [partner.organisation, partner.sector].filter { !$0.isEmpty }.joined(separator: " · ")
        if !place.isEmpty { lines.append(place) }
        if shownAssessment {
            lines.append(
                ScoreKind.allCases.map { $0.name(language) + " " + String(partner.scores[$0]) }
                    .joined(separator: ", "))
            if !partner.interests.isEmpty {
                lines.append(
                    (language == .nl ? "belangen: " : "interests: ") + partner.interests.joined(separator: "; "))
            }
        }
        return lines.joined(separator: "\n")
    }
}
