extension SessionExport {
    /// The partner network as a Mermaid flowchart: partners as nodes `n0`, `n1`… labelled with
    /// their names, relations as edges labelled with their kind.
    ///
    /// The chart carries names and relations only, never assessments; it still draws from the
    /// disclosed session, so that what it may carry is decided in one place.
    public static func mermaid(_ session: Session, disclosure: Disclosure, language: Language) -> String {
        let session = session.disclosed(disclosure)
        var lines: [String] = []
        if !session.title.isEmpty {
            lines += ["---", "title: " + MermaidText.yamlQuoted(session.title), "---"]
        }
        lines.append("flowchart LR")
        var nodes: [String: String] = [:]
        var letGo: [String] = []
        func node(_ id: String, label: String) -> String {
            if let existing = nodes[id] { return existing }
            let name = "n\(nodes.count)"
            nodes[id] = name
            lines.append("    " + name + "[\"" + MermaidText.label(label) + "\"]")
            return name
        }
        for partner in session.partners {
            let name = node(partner.id.rawValue, label: partner.name)
            if partner.status == .letGo { letGo.append(name) }
        }
        var linkStyles: [String] = []
        for (index, relation) in session.relations.enumerated() {
            let from = node(relation.from.rawValue, label: relation.from.rawValue)
            let to = node(relation.to.rawValue, label: relation.to.rawValue)
            let kind = MermaidText.label(relation.kind.name(language))
            lines.append("    " + from + " " + MermaidText.arrow(relation.kind) + "|\"" + kind + "\"| " + to)
            if let style = MermaidText.linkStyle(relation.kind) { linkStyles.append("    linkStyle \(index) " + style) }
        }
        lines += linkStyles
        if !letGo.isEmpty {
            lines.append("    classDef letGo stroke-dasharray: 5 5,color:#777777")
            lines.append("    class " + letGo.joined(separator: ",") + " letGo")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Escaping and edge shapes for Mermaid flowcharts.
enum MermaidText {
    /// Text for inside `"…"`, where nothing the user wrote may act as Mermaid: `%` becomes an
    /// entity code, so no `%%{init: …}%%` directive (which Mermaid finds anywhere in the text)
    /// and no `%%` comment can be made; so do `"` (the end of the label), `#` (the start of an
    /// entity), `&`, `<`, `>` (HTML labels), `` ` `` (Markdown labels), `$` (maths), `[` `]` `|`
    /// (shapes and edge labels). Line breaks become spaces, other control characters visible escapes (`TerminalText`).
    static func label(_ text: String) -> String {
        var out = ""
        for character in TerminalText.visible(TerminalText.oneLine(text), lineBreaks: .escaped) {
            switch character {
            case "#": out += "#35;"
            case "$": out += "#36;"
            case "%": out += "#37;"
            case "&": out += "#38;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "[": out += "#91;"
            case "]": out += "#93;"
            case "`": out += "#96;"
            case "|": out += "#124;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A YAML double-quoted scalar for the front matter's title: `\` and `"` escaped, `%` as
    /// `\x25` so that no directive can be spelt in it, line breaks as spaces and other control
    /// characters as visible escapes (their backslash escaped in turn).
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for character in TerminalText.visible(TerminalText.oneLine(text), lineBreaks: .escaped) {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "%": out += "\\x25"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Arrow per kind: undirected for ties both ways, dotted for information, thick for negotiation.
    static func arrow(_ kind: RelationKind) -> String {
        switch kind {
        case .collaboration: "---"
        case .dependency: "-->"
        case .information: "-.->"
        case .funding: "-->"
        case .tension: "-.-"
        case .negotiation: "==="
        }
    }

    static func linkStyle(_ kind: RelationKind) -> String? {
        switch kind {
        case .collaboration: "stroke:#2e7d32"
        case .dependency: nil
        case .information: "stroke:#4682b4"
        case .funding: "stroke:#b8860b"
        case .tension: "stroke:#cc0000,stroke-dasharray:5 5"
        case .negotiation: "stroke:#e67e00"
        }
    }
}
