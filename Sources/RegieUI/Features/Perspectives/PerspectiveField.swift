import RegieKit

/// The five parts of a perspective (tip 2), in the order they are shown.
enum PerspectiveField: CaseIterable {
    case view, rightAbout, concerns, responsibility, bridge

    var label: Localized {
        switch self {
        case .view: L("Visie", "View")
        case .rightAbout: L("Gelijk in", "Right about")
        case .concerns: L("Zorgen", "Concerns")
        case .responsibility: L("Verantwoordelijk", "Responsible for")
        case .bridge: L("Brug", "Bridge")
        }
    }

    func value(in perspective: Perspective) -> String {
        switch self {
        case .view: perspective.view
        case .rightAbout: perspective.rightAbout
        case .concerns: perspective.concerns
        case .responsibility: perspective.responsibility
        case .bridge: perspective.bridge
        }
    }
}
