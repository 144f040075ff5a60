import RegieKit

/// One slide of a presentation.
enum Slide: Hashable {
    /// The opgave's title and intent.
    case opgave
    /// How the partners would notice success.
    case success
    case tip(Int)
    case map(MapKind)
    /// Perspectives side by side, `SlideDeck.perspectivesPerSlide` to a slide.
    case perspectives(page: Int)
    case interventions(page: Int)
    case actions(page: Int)

    var group: SlideGroup {
        switch self {
        case .opgave, .success: .opgave
        case .tip: .tips
        case .map: .map
        case .perspectives: .perspectives
        case .interventions, .actions: .plan
        }
    }

    /// The title in block letters: short, so that it fits beside the timer at 80 columns.
    func heading(_ language: Language) -> String {
        switch self {
        case .opgave, .success: "OPGAVE"
        case .tip(let number): "TIP \(number)"
        case .map: language == .nl ? "KAART" : "MAP"
        case .perspectives: language == .nl ? "PERSPECTIEVEN" : "PERSPECTIVES"
        case .interventions: language == .nl ? "INTERVENTIES" : "INTERVENTIONS"
        case .actions: language == .nl ? "ACTIES" : "ACTIONS"
        }
    }
}

/// The groups `1`–`5` jump to.
enum SlideGroup: Int, CaseIterable {
    case opgave = 1, tips, map, perspectives, plan
}

/// The slides of a presentation and what they may show. Built from `AppState.shown`, the
/// session as the disclosure rule lets it be seen; no slide reads `AppState.session`, and none
/// decides for itself what is private.
struct SlideDeck {
    // Fixed counts, so a slide's number does not depend on the screen it is shown on; small
    // enough to read at 80×24 without scrolling in most sessions.
    static let perspectivesPerSlide = 2
    static let interventionsPerSlide = 2
    static let actionsPerSlide = 3

    /// What every slide draws from: the disclosed session, less the tension and negotiation
    /// lines and the relation notes when the facilitator hides them.
    let session: Session
    let slides: [Slide]
    /// The perspectives to set side by side: those of the partners chosen for comparison, or all.
    let perspectives: [Perspective]
    let interventions: [Intervention]
    let actions: [ActionItem]

    init(_ state: AppState) {
        var session = state.shown
        if state.presentation.hidesTensions {
            session.relations = session.relations.filter { !Self.hiddenKinds.contains($0.kind) }.map {
                var relation = $0
                relation.note = ""
                return relation
            }
        }
        self.session = session
        let partners = Set(session.partners.map(\.id))
        let filled = session.perspectives.filter { perspective in
            partners.contains(perspective.partner)
                && PerspectiveField.allCases.contains { !$0.value(in: perspective).trimmedForDisplay.isEmpty }
        }
        let chosen = state.comparison.compactMap { id in filled.first { $0.partner == id } }
        perspectives = chosen.isEmpty ? filled : chosen
        interventions = session.interventions.filter { $0.status == .planned }
        actions = session.actions.filter { !$0.done }

        var slides: [Slide] = [.opgave]
        if !session.opgave.successSignals.isEmpty { slides.append(.success) }
        slides += (1...7).map(Slide.tip)
        let hasChain = session.partners.contains { $0.chainPosition != nil }
        slides += MapKind.allCases.filter { $0 != .chain || hasChain }.map(Slide.map)
        slides += Self.pages(perspectives.count, Self.perspectivesPerSlide).map(Slide.perspectives)
        slides += Self.pages(interventions.count, Self.interventionsPerSlide).map(Slide.interventions)
        slides += Self.pages(actions.count, Self.actionsPerSlide).map(Slide.actions)
        self.slides = slides
    }

    /// The relation kinds the facilitator may keep off the wall.
    static let hiddenKinds: Set<RelationKind> = [.tension, .negotiation]

    /// Page numbers for `count` items, `size` a page; one (empty) page when there are none, so
    /// that every group has a slide to jump to.
    private static func pages(_ count: Int, _ size: Int) -> [Int] {
        Array(0..<max(1, (count + size - 1) / size))
    }

    /// `index` kept inside the deck.
    func clamped(_ index: Int) -> Int { max(0, min(index, slides.count - 1)) }

    /// The first slide of `group`.
    func first(of group: SlideGroup) -> Int? { slides.firstIndex { $0.group == group } }

    /// The items of `page` when `size` go on a page.
    static func page<T>(_ items: [T], _ page: Int, _ size: Int) -> ArraySlice<T> {
        let start = min(items.count, page * size)
        return items[start..<min(items.count, start + size)]
    }
}
