/// Tip 7's advice for the work form and steering set-up a session records: one point for the
/// form, one for who holds the budget and line authority, and one more where the two pull apart.
public struct WorkFormAdvice: Hashable, Sendable {
    /// The work form the advice is for.
    public let kind: WorkFormKind
    /// The steering set-up the advice is for.
    public let steering: SteeringVariant
    /// The advice, a sentence or two per point: the form, the set-up, then the combination.
    public let points: [Localized]

    /// The advice for `workForm`.
    public init(_ workForm: WorkForm) {
        kind = workForm.kind
        steering = workForm.steering
        points = [Self.form(kind), Self.setUp(steering)] + [Self.combination(kind, steering)].compactMap { $0 }
    }

    /// What the work form asks of the regisseur.
    static func form(_ kind: WorkFormKind) -> Localized {
        switch kind {
        case .programme:
            Localized(
                nl: """
                    Een programma bundelt projecten en lijnwerk onder één doel. Houd de programmadoelen vast aan de \
                    opgave en laat zien welk deel elke partner draagt.
                    """,
                en: """
                    A programme bundles projects and line work under one goal. Keep the programme goals tied to the \
                    opgave and show which part each partner carries.
                    """)
        case .project:
            Localized(
                nl: """
                    Een project heeft een eind en een resultaat. Spreek per partner af welk deel van het resultaat van \
                    hen is, en wat er na de oplevering van de samenwerking overblijft.
                    """,
                en: """
                    A project has an end and a result. Agree with each partner which part of the result is theirs, and \
                    what remains of the collaboration after delivery.
                    """)
        case .process:
            Localized(
                nl: """
                    In een proces ligt de uitkomst niet vast. Maak spelregels over hoe besluiten vallen, zodat partners \
                    mee durven doen zonder hun kernwaarden op te geven.
                    """,
                en: """
                    In a process the outcome is open. Make rules on how decisions are taken, so partners dare to join \
                    without giving up their core values.
                    """)
        case .line:
            Localized(
                nl: """
                    In de lijn beslist de leidinggevende. Regie is nodig waar het werk de grens van de eigen organisatie \
                    overgaat: maak duidelijk welke afspraken de lijn maakt en welke je met partners samen maakt.
                    """,
                en: """
                    In the line the manager decides. Regie is needed where the work crosses the organisation's border: \
                    make clear which agreements the line makes and which you make together with partners.
                    """)
        case .network:
            Localized(
                nl: """
                    In een netwerk is niemand de baas en kan iedereen weglopen. Houd de opgave zichtbaar, de drempel \
                    laag, en laat partners hun eigen bijdrage kiezen.
                    """,
                en: """
                    In a network nobody is in charge and anyone can walk away. Keep the opgave visible and the \
                    threshold low, and let partners choose their own contribution.
                    """)
        }
    }

    /// What holding (or not holding) the budget and line authority asks of the regisseur.
    static func setUp(_ steering: SteeringVariant) -> Localized {
        switch steering {
        case .regie:
            Localized(
                nl: """
                    Sturen op basis van regie: zonder budget en zonder lijngezag moet je de commitment per partner \
                    verdienen, met de opgave en hun eigen belang als hefboom.
                    """,
                en: """
                    Steering by regie: without budget or line authority you have to earn each partner's commitment, \
                    with the opgave and their own interest as the lever.
                    """)
        case .budget:
            Localized(
                nl: """
                    Je hebt het budget, geen lijngezag: geld opent deuren maar koopt geen eigenaarschap. Let erop dat \
                    partners niet alleen leveren wat betaald wordt.
                    """,
                en: """
                    You hold the budget but no line authority: money opens doors but does not buy ownership. Watch \
                    that partners do not deliver only what is paid for.
                    """)
        case .line:
            Localized(
                nl: """
                    Je hebt lijngezag, geen budget: je kunt mensen inzetten, maar het geld ligt bij anderen. Maak de \
                    budgethouders mede-eigenaar van de opgave.
                    """,
                en: """
                    You have line authority but no budget: you can deploy people, but the money lies elsewhere. Make \
                    the budget holders co-owners of the opgave.
                    """)
        case .hierarchical:
            Localized(
                nl: """
                    Met budget en lijngezag kun je opdragen, maar dan voelt de lijn zich al snel niet meer \
                    verantwoordelijk. Vraag om eigen bijdragen in plaats van ze voor te schrijven.
                    """,
                en: """
                    With budget and line authority you can give orders, but then the line soon stops feeling \
                    responsible. Ask for contributions instead of prescribing them.
                    """)
        }
    }

    /// A warning where the set-up and the form pull in different directions, or a confirmation
    /// where they match the seed's own case; nil when there is nothing to add.
    static func combination(_ kind: WorkFormKind, _ steering: SteeringVariant) -> Localized? {
        switch (kind, steering) {
        case (.network, .line), (.network, .hierarchical), (.process, .line), (.process, .hierarchical):
            Localized(
                nl: """
                    Lijngezag past slecht bij een \(kind.name.nl): de partners zijn gelijkwaardig, en wie opdraagt, \
                    ziet ze afhaken. Gebruik het gezag alleen binnen je eigen organisatie.
                    """,
                en: """
                    Line authority sits badly with a \(kind.name.en): the partners are equals, and whoever gives orders \
                    sees them drop out. Use the authority only inside your own organisation.
                    """)
        case (.line, .regie), (.line, .budget):
            Localized(
                nl: """
                    De werkvorm is lijn, maar jij hebt geen lijngezag: spreek af wie in de lijn beslist en hoe jij die \
                    persoon bereikt als het vastloopt.
                    """,
                en: """
                    The work form is the line, but you have no line authority: agree who decides in the line and how \
                    you reach that person when things get stuck.
                    """)
        case (.programme, .regie):
            Localized(
                nl: """
                    Dit is programmatisch creëren met sturen op basis van regie: het programma komt tot stand door de \
                    gelijkwaardige samenwerking van de lijnorganisatie en de partners.
                    """,
                en: """
                    This is programme-based creation steered by regie: the programme is realised by the equal \
                    collaboration of the line organisation and the partners.
                    """)
        case (.project, .hierarchical), (.programme, .hierarchical):
            Localized(
                nl: """
                    Hiërarchie werkt binnen je eigen organisatie; partners buiten de lijn kun je niets opdragen, dus \
                    regel met hen de samenwerking apart.
                    """,
                en: """
                    Hierarchy works inside your own organisation; partners outside the line cannot be ordered, so \
                    arrange the collaboration with them separately.
                    """)
        default:
            nil
        }
    }
}
