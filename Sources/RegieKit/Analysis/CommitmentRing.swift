/// The onion of commitment to the opgave: who carries it, who joins in, who stands aside.
public enum CommitmentRing: String, CaseIterable, Sendable {
    /// Commitment 4–5.
    case core
    /// Commitment 2–3.
    case involved
    /// Commitment 0–1.
    case periphery

    /// The ring of a partner with this commitment score.
    public init(commitment: Int) {
        switch commitment {
        case 4...: self = .core
        case 2...3: self = .involved
        default: self = .periphery
        }
    }

    /// The ring of a partner with `scores`; only commitment counts.
    public init(_ scores: Scores) { self.init(commitment: scores.commitment) }

    /// The ring's name in both languages.
    public var title: Localized {
        switch self {
        case .core: Localized(nl: "Kern", en: "Core")
        case .involved: Localized(nl: "Betrokken", en: "Involved")
        case .periphery: Localized(nl: "Periferie", en: "Periphery")
        }
    }

    /// The commitment scores of the ring, as the legend shows them.
    public var range: String {
        switch self {
        case .core: "4–5"
        case .involved: "2–3"
        case .periphery: "0–1"
        }
    }
}
