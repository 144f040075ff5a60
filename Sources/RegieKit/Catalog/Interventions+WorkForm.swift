// Interventions that mainly serve tip 7, sluit aan bij de werkvorm.

extension Catalog {
    static let workFormInterventions: [CatalogIntervention] = [
        CatalogIntervention(
            id: "name-the-work-form",
            title: Localized(nl: "De werkvorm benoemen", en: "Name the way of working"),
            description: Localized(
                nl: """
                    Stel vast of de samenwerking een programma, een project, een proces, een lijntaak of een netwerk \
                    is, wie de opdrachtgever is en welke sturingsvariant geldt. Schrijf dat in één alinea op en toets \
                    die bij de partners en de opdrachtgever.
                    """,
                en: """
                    Establish whether the collaboration is a programme, a project, a process, a line task or a \
                    network, who the sponsor is and which mode of steering applies. Write that down in one paragraph \
                    and check it with the partners and the sponsor.
                    """
            ),
            tips: [7],
            fitsWhen: Localized(
                nl: "Partners hebben uiteenlopende verwachtingen over wie stuurt en hoe er wordt besloten.",
                en: "Partners have differing expectations about who steers and how decisions are made."
            ),
            conditions: [.workFormUnclear, .hierarchicalReflex],
            effort: .low,
            styles: [.guardian, .strategist],
            method: .derivedFromTip7,
            expectedEffect: Localized(
                nl: """
                    Iedereen weet binnen welk kader wordt samengewerkt, en de verwachtingen over sturing lopen minder \
                    uiteen.
                    """,
                en: "Everyone knows the frame they are working in, and expectations about steering diverge less."
            )
        ),
        CatalogIntervention(
            id: "mandate-conversation",
            title: Localized(nl: "Mandaatgesprek met de opdrachtgever", en: "Mandate conversation with the sponsor"),
            description: Localized(
                nl: """
                    Bespreek met je opdrachtgever wat je als regisseur zelf mag besluiten, waarover je moet \
                    terugkoppelen en wat er gebeurt als een partner haar afspraken niet nakomt. Leg de uitkomst kort \
                    vast en deel die met de partners.
                    """,
                en: """
                    Discuss with your sponsor what you may decide yourself as regisseur, what you must report back on \
                    and what happens when a partner does not keep their commitments. Record the outcome briefly and \
                    share it with the partners.
                    """
            ),
            tips: [7, 4],
            fitsWhen: Localized(
                nl: """
                    Het is onduidelijk hoeveel ruimte de regisseur heeft, en partners lopen om de regisseur heen naar \
                    de opdrachtgever.
                    """,
                en: "It is unclear how much room the regisseur has, and partners go around them to the sponsor."
            ),
            conditions: [.workFormUnclear, .hierarchicalReflex],
            effort: .low,
            styles: [.guardian, .driver],
            method: .networkStrategyArranging,
            expectedEffect: Localized(
                nl: "Je handelt met een helder mandaat, en partners weten wat ze van je kunnen verwachten.",
                en: "You act with a clear mandate, and partners know what they can expect from you."
            )
        ),
        CatalogIntervention(
            id: "anchor-regie-in-programme",
            title: Localized(nl: "Regie verankeren in het programma", en: "Anchor regie in the programme"),
            description: Localized(
                nl: """
                    Beschrijf in het programmaplan dat er op basis van regie wordt gestuurd: lijnorganisatie en \
                    partners leveren als gelijken, de regisseur heeft een omschreven mandaat en de verantwoording \
                    loopt langs afgesproken lijnen. Laat het plan vaststellen door de opdrachtgever en de besturen van \
                    de partners.
                    """,
                en: """
                    State in the programme plan that steering is based on regie: the line organisation and the \
                    partners deliver as equals, the regisseur has a defined mandate and accountability runs along \
                    agreed lines. Have the plan adopted by the sponsor and by the partners’ boards.
                    """
            ),
            tips: [7],
            fitsWhen: Localized(
                nl: """
                    Het programma wordt behandeld als een klus voor de lijn, terwijl het resultaat afhangt van \
                    partners die daar niet onder vallen.
                    """,
                en: """
                    The programme is treated as a job for the line, while its result depends on partners who fall \
                    outside it.
                    """
            ),
            conditions: [.workFormUnclear, .hierarchicalReflex],
            effort: .high,
            styles: [.guardian, .expert],
            method: .programmaticCreation,
            expectedEffect: Localized(
                nl: """
                    De regierol is formeel geborgd, zodat de samenwerking niet afhangt van de persoon van de \
                    regisseur.
                    """,
                en: """
                    The regie role is formally secured, so the collaboration does not depend on the regisseur as a \
                    person.
                    """
            )
        ),
        CatalogIntervention(
            id: "meeting-structure",
            title: Localized(nl: "Overlegstructuur op maat", en: "A meeting structure that fits"),
            description: Localized(
                nl: """
                    Ontwerp een overlegstructuur die bij de werkvorm past, bijvoorbeeld twee keer per jaar een \
                    bestuurlijke tafel, maandelijks een kernteam en werkgroepen zolang ze nodig zijn. Leg per laag \
                    vast wie er zitten en wat daar besloten wordt.
                    """,
                en: """
                    Design a meeting structure that fits the way of working, for example an executive table twice a \
                    year, a monthly core team and working groups for as long as they are needed. Record for each level \
                    who attends and what is decided there.
                    """
            ),
            tips: [7, 3],
            fitsWhen: Localized(
                nl: "Er zijn te veel of te weinig overleggen, en niemand weet waar welk besluit valt.",
                en: "There are too many or too few meetings, and nobody knows where which decision is made."
            ),
            conditions: [.manyPartners, .workFormUnclear, .progressStalls],
            effort: .medium,
            styles: [.guardian],
            method: .networkStrategyArranging,
            expectedEffect: Localized(
                nl: "Besluiten vallen op de juiste plek, en partners steken hun tijd in overleg dat ertoe doet.",
                en: "Decisions are made in the right place, and partners spend their time on meetings that matter."
            )
        ),
        CatalogIntervention(
            id: "chain-handover-agreements",
            title: Localized(nl: "Overdrachtsafspraken in de keten", en: "Chain handover agreements"),
            description: Localized(
                nl: """
                    Spreek per schakel in de keten af wat er wordt overgedragen, wanneer, in welke kwaliteit en hoe de \
                    ontvangende partij laat weten dat ze het heeft overgenomen. Toets de afspraken aan een paar \
                    recente casussen en stel ze jaarlijks bij.
                    """,
                en: """
                    For each link in the chain, agree what is handed over, when, to what standard and how the \
                    receiving party confirms that it has taken over. Test the agreements against a few recent cases \
                    and revise them every year.
                    """
            ),
            tips: [7, 4],
            fitsWhen: Localized(
                nl: "In een keten gaat het telkens mis bij de overdracht tussen organisaties.",
                en: "In a chain, things keep going wrong at the handover between organisations."
            ),
            conditions: [.consequencesUnclear, .workFormUnclear],
            effort: .high,
            styles: [.expert, .guardian],
            method: .networkStrategyArranging,
            expectedEffect: Localized(
                nl: "Overdrachten verlopen voorspelbaar, en niemand valt tussen twee schakels in.",
                en: "Handovers become predictable, and nobody falls between two links."
            )
        ),
        CatalogIntervention(
            id: "turn-the-hierarchical-reflex",
            title: Localized(nl: "De hiërarchische reflex ombuigen", en: "Turn the hierarchical reflex around"),
            description: Localized(
                nl: """
                    Benoem het als iemand zegt dat de gemeente of een andere partij ‘gewoon moet beslissen’. Vraag dan \
                    wat de partners samen kunnen afspreken, en wie daarvoor welke stap zet.
                    """,
                en: """
                    Name it when someone says the municipality or another party ‘should simply decide’. Then ask what \
                    the partners can agree among themselves, and who will take which step to make it happen.
                    """
            ),
            tips: [7, 6],
            fitsWhen: Localized(
                nl: """
                    Partners wachten op een partij die de baas speelt, of een partij probeert die rol naar zich toe te \
                    trekken.
                    """,
                en: "Partners wait for a party to act as the boss, or one party tries to claim that role."
            ),
            conditions: [.hierarchicalReflex],
            effort: .low,
            styles: [.connector, .strategist],
            method: .derivedFromTip7,
            expectedEffect: Localized(
                nl: "Partners nemen zelf verantwoordelijkheid in plaats van te wachten op een besluit van bovenaf.",
                en: "Partners take responsibility themselves instead of waiting for a decision from above."
            )
        ),
        CatalogIntervention(
            id: "revisit-the-work-form",
            title: Localized(nl: "De werkvorm herijken", en: "Revisit the way of working"),
            description: Localized(
                nl: """
                    Bekijk met de opdrachtgever en de kern van de partners of de huidige werkvorm nog past bij de fase \
                    van de opgave. Een verkennend netwerk kan toe zijn aan een project met een helder resultaat, en \
                    een afgerond programma kan worden overgedragen aan de lijn.
                    """,
                en: """
                    Review with the sponsor and the core partners whether the current way of working still suits the \
                    opgave’s phase. An exploratory network may be ready for a project with a clear result, and a \
                    completed programme may be handed over to the line.
                    """
            ),
            tips: [7, 1],
            fitsWhen: Localized(
                nl: """
                    De samenwerking loopt al lang, de energie zakt weg en de manier van werken past niet meer bij wat \
                    er nodig is.
                    """,
                en: """
                    The collaboration has been running for a long time, energy is ebbing and the way of working no \
                    longer fits what is needed.
                    """
            ),
            conditions: [.progressStalls, .workFormUnclear, .lowEnergy],
            effort: .medium,
            styles: [.strategist],
            method: .derivedFromTip7,
            expectedEffect: Localized(
                nl: """
                    De werkvorm groeit mee met de opgave, zodat de samenwerking niet blijft hangen in een vorm die \
                    haar tijd heeft gehad.
                    """,
                en: """
                    The way of working grows with the opgave, so the collaboration does not stay stuck in a form that \
                    has had its day.
                    """
            )
        ),
        CatalogIntervention(
            id: "covenant-with-data-protocol",
            title: Localized(
                nl: "Convenant of samenwerkingsovereenkomst met gegevensprotocol",
                en: "Covenant or collaboration agreement with a data-sharing protocol"
            ),
            description: Localized(
                nl: """
                    Leg de samenwerking vast in een convenant of samenwerkingsovereenkomst: de gedeelde opgave, de rol \
                    en inzet van elke partner, hoe besluiten vallen en hoe een partner kan uittreden. Voeg er een \
                    protocol voor gegevensdeling aan toe, opgesteld met de privacyfunctionarissen van de partners, dat \
                    per doel zegt welke gegevens wie mag delen, op welke grondslag en hoe betrokkenen worden \
                    geïnformeerd.
                    """,
                en: """
                    Record the collaboration in a covenant or collaboration agreement: the shared opgave, each \
                    partner’s role and contribution, how decisions are made and how a partner can withdraw. Add a \
                    data-sharing protocol, drawn up with the partners’ data protection officers, that states for each \
                    purpose which information who may share, on what legal basis and how the people concerned are \
                    informed.
                    """
            ),
            tips: [7, 4],
            fitsWhen: Localized(
                nl: """
                    Partners willen informatie delen of taken verdelen, maar weten niet wat mag of wat ze van elkaar \
                    kunnen verwachten.
                    """,
                en: """
                    Partners want to share information or divide tasks, but do not know what is allowed or what they \
                    can expect of each other.
                    """
            ),
            conditions: [.workFormUnclear, .lowTrust, .tensionBetweenPartners],
            effort: .high,
            styles: [.guardian, .expert],
            method: .networkStrategyArranging,
            expectedEffect: Localized(
                nl: """
                    Partners weten wat ze van elkaar mogen verwachten en delen gegevens met een gerust hart binnen de \
                    grenzen van de wet.
                    """,
                en: """
                    Partners know what they may expect of each other and share information with confidence within the \
                    limits of the law.
                    """
            )
        ),
    ]
}
