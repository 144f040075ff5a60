import RegieKit

/// What every map view needs besides its rectangle: the session and how to show it.
struct MapContext {
    var session: Session
    var selected: Partner.ID?
    var relationStart: Partner.ID?
    var language: Language
    /// The network view's layout as `AppState` keeps it; nil (or stale) makes the view compute one.
    var network: NetworkGraph? = nil
    /// The layout of this graph is being computed in the background (`NetworkLayouts`): the
    /// network view says so instead of computing one.
    var networkPending = false
    /// Whether score-based views name the partners whose scores stay private (see `NameFlow.unsharedLines`).
    var namesUnsharedPartners = true
    /// The relation kinds the legend explains.
    var relationKinds = RelationKind.allCases
    /// The longest name a list of partners shows before it cuts one (a name still never runs
    /// past the end of a line).
    var listLabelWidth = 24
    /// The most lines a partner's name may take on the network map: with 2, long names wrap
    /// over two lines where every partner still finds room, else they are cut to one.
    var nameLines = 1

    func text(_ localized: Localized) -> String { localized(language) }

    /// Whether the partner's private scores may be used to place it (the one rule, see
    /// `Disclosure`): in presentation mode only partners who agreed to share them are placed;
    /// the others are only named.
    func mayShowScores(of partner: Partner) -> Bool { session.showsAssessment(of: partner) }

    /// The partners a score-based view may place, in session order.
    var scoredPartners: [Partner] { session.partners.filter(mayShowScores) }

    /// The partners whose scores stay private here, in session order.
    var unscoredPartners: [Partner] { session.partners.filter { !mayShowScores(of: $0) } }
}
