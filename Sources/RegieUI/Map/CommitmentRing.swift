import RegieKit

/// The onion of commitment to the opgave: who carries it, who joins in, who stands aside.
enum CommitmentRing: CaseIterable {
    /// Commitment 4–5.
    case core
    /// Commitment 2–3.
    case involved
    /// Commitment 0–1.
    case periphery

    init(commitment: Int) {
        switch commitment {
        case 4...: self = .core
        case 2...3: self = .involved
        default: self = .periphery
        }
    }

    init(_ scores: Scores) { self.init(commitment: scores.commitment) }

    var title: Localized {
        switch self {
        case .core: L("Kern", "Core")
        case .involved: L("Betrokken", "Involved")
        case .periphery: L("Periferie", "Periphery")
        }
    }

    /// The commitment scores of the ring, as the legend shows them.
    var range: String {
        switch self {
        case .core: "4–5"
        case .involved: "2–3"
        case .periphery: "0–1"
        }
    }
}
