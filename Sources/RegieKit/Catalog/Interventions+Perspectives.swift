// Interventions that mainly serve tip 2, meervoudig kijken.

extension Catalog {
    static let perspectiveInterventions: [CatalogIntervention] = [
        CatalogIntervention(
            id: "perspective-interviews",
            title: Localized(nl: "Perspectiefgesprekken", en: "Perspective interviews"),
            description: Localized(
                nl: """
                    Spreek elke partner apart en stel steeds dezelfde vragen: hoe zie je de opgave, waarin heb je \
                    gelijk, wat zijn je zorgen en waarvoor voel je je verantwoordelijk? Leg de antwoorden per partner \
                    vast en koppel zonder namen een totaalbeeld terug aan de groep.
                    """,
                en: """
                    Meet each partner separately and ask the same questions every time: how do you see the opgave, \
                    what are you right about, what worries you and what do you feel responsible for? Record the \
                    answers per partner and feed an overall picture, without names, back to the group.
                    """
            ),
            tips: [2],
            fitsWhen: Localized(
                nl: "Je weet van meerdere partners niet goed hoe ze de opgave zien, of hun beelden lopen sterk uiteen.",
                en: "You do not really know how several partners see the opgave, or their pictures differ widely."
            ),
            conditions: [.missingPerspectives, .divergingPerspectives],
            effort: .high,
            styles: [.strategist, .expert],
            method: .actorAnalysis,
            expectedEffect: Localized(
                nl: "Er ontstaat een volledig beeld van de perspectieven, met de bruggen en breuklijnen ertussen.",
                en: "A complete picture of the perspectives emerges, with the bridges and fault lines between them."
            )
        ),
        CatalogIntervention(
            id: "perspective-swap-workshop",
            title: Localized(nl: "Workshop perspectiefwisseling", en: "Perspective-swap workshop"),
            description: Localized(
                nl: """
                    Laat partners in tweetallen de opgave beschrijven vanuit de stoel van de ander: wat is voor die \
                    organisatie belangrijk, waar loopt ze tegenaan en wat verwacht haar achterban? De ander vult aan \
                    en corrigeert, daarna bespreekt de groep wat opviel.
                    """,
                en: """
                    Have partners, in pairs, describe the opgave from the other’s chair: what matters to that \
                    organisation, what does it run into and what do its own people expect? The other adds and \
                    corrects, and then the group discusses what stood out.
                    """
            ),
            tips: [2, 5],
            fitsWhen: Localized(
                nl: "Partners begrijpen elkaars positie niet en vallen terug op vooroordelen.",
                en: "Partners do not understand each other’s position and fall back on preconceptions."
            ),
            conditions: [.divergingPerspectives, .tensionBetweenPartners],
            effort: .medium,
            styles: [.connector, .driver],
            method: .derivedFromTip2,
            expectedEffect: Localized(
                nl: """
                    Partners ontdekken dat de ander vanuit de eigen positie redelijk handelt, en de toon van het \
                    gesprek wordt milder.
                    """,
                en: """
                    Partners discover that the other acts reasonably from where they stand, and the tone of the \
                    conversation softens.
                    """
            )
        ),
        CatalogIntervention(
            id: "find-the-bridge",
            title: Localized(nl: "De brug zoeken", en: "Find the bridge"),
            description: Localized(
                nl: """
                    Zet de perspectieven van twee partners naast elkaar en schrijf bij elk op waarin ze gelijk heeft. \
                    Formuleer vervolgens één uitspraak over de opgave die beide kunnen onderschrijven, en leg die aan \
                    allebei voor.
                    """,
                en: """
                    Place two partners’ perspectives side by side and note for each what they are right about. Then \
                    formulate one statement about the opgave that both can endorse, and put it to both of them.
                    """
            ),
            tips: [2, 6],
            fitsWhen: Localized(
                nl: "Twee partners staan tegenover elkaar en het gesprek gaat vooral over wie er gelijk heeft.",
                en: "Two partners are at odds and the conversation is mostly about who is right."
            ),
            conditions: [.divergingPerspectives, .tensionBetweenPartners],
            effort: .low,
            styles: [.strategist, .connector],
            method: .derivedFromTip2,
            expectedEffect: Localized(
                nl: "Beide partners voelen zich gehoord en hebben een gezamenlijk vertrekpunt om verder te praten.",
                en: "Both partners feel heard and have common ground from which to carry on."
            )
        ),
        CatalogIntervention(
            id: "mirror-conversation",
            title: Localized(nl: "Spiegelgesprek", en: "Mirror conversation (spiegelgesprek)"),
            description: Localized(
                nl: """
                    Nodig een klein groepje mensen uit wiens ervaring aan tafel ontbreekt, zoals bewoners, \
                    ondernemers, initiatiefnemers of uitvoerders, en laat hen onder leiding van een gespreksleider \
                    vertellen hoe ze de samenwerking merken. De partners luisteren in een kring eromheen zonder te \
                    reageren, en bespreken pas daarna wat ze gehoord hebben en wat ze anders gaan doen.
                    """,
                en: """
                    Invite a small group of people whose experience is missing at the table, such as residents, \
                    business owners, initiators or front-line staff, and let a facilitator draw out how they \
                    experience the collaboration. The partners listen in a circle around them without responding, and \
                    only afterwards discuss what they heard and what they will do differently.
                    """
            ),
            tips: [2, 1, 6],
            fitsWhen: Localized(
                nl: "Het overleg gaat over mensen of bedrijven zonder dat zij of de uitvoering een stem hebben.",
                en: "Meetings discuss people or businesses without them, or the front line, having a voice."
            ),
            conditions: [.missingPerspectives, .negotiationDominates],
            effort: .medium,
            styles: [.connector, .driver],
            method: .dutchPractice,
            expectedEffect: Localized(
                nl: "De ervaring van wie de gevolgen merkt komt de kamer binnen en maakt de opgave weer tastbaar.",
                en: "The experience of those who feel the effects enters the room and makes the opgave tangible again."
            )
        ),
        CatalogIntervention(
            id: "joint-fact-finding",
            title: Localized(nl: "Joint fact finding (gezamenlijk feitenonderzoek)", en: "Joint fact finding"),
            description: Localized(
                nl: """
                    Spreek bij een meningsverschil over de feiten samen de onderzoeksvraag, de onderzoeker en de \
                    aanpak af, nog voordat er cijfers op tafel komen. Leg vooraf vast dat iedereen de uitkomst als \
                    gedeelde basis aanvaardt, ook als die haar niet goed uitkomt.
                    """,
                en: """
                    When partners disagree on the facts, agree together on the research question, the researcher and \
                    the approach before any figures are tabled. Settle in advance that everyone will accept the \
                    outcome as a shared basis, even if it does not suit them.
                    """
            ),
            tips: [2, 6],
            fitsWhen: Localized(
                nl: "Partners bestrijden elkaars cijfers en analyses, en elk rapport lokt een tegenrapport uit.",
                en: "Partners dispute each other’s figures and analyses, and every report provokes a counter-report."
            ),
            conditions: [.divergingPerspectives, .interestsConflict],
            effort: .high,
            styles: [.expert, .guardian],
            method: .networkStrategyExploring,
            expectedEffect: Localized(
                nl: """
                    De discussie verschuift van wiens cijfers kloppen naar wat de gedeelde feiten betekenen voor de \
                    opgave.
                    """,
                en: "The debate moves from whose figures are right to what the shared facts mean for the opgave."
            )
        ),
        CatalogIntervention(
            id: "work-visit",
            title: Localized(nl: "Werkbezoek of meeloopdag", en: "Work visit or shadowing day"),
            description: Localized(
                nl: """
                    Laat mensen van twee partners een dagdeel met elkaar meelopen, bij een huisbezoek, aan een loket, \
                    op de bouwplaats of in de meldkamer. Bespreek daarna samen wat hen verraste en welke afspraak \
                    tussen de organisaties het werk van de ander makkelijker zou maken.
                    """,
                en: """
                    Have people from two partners spend half a day shadowing each other, on a home visit, at a service \
                    desk, on a building site or in a control room. Afterwards, discuss together what surprised them \
                    and which agreement between the organisations would make the other’s work easier.
                    """
            ),
            tips: [2, 5],
            fitsWhen: Localized(
                nl: "Partners oordelen over elkaars werk zonder te weten hoe het er in de praktijk aan toegaat.",
                en: "Partners judge each other’s work without knowing what it looks like in practice."
            ),
            conditions: [.divergingPerspectives, .missingPerspectives, .lowTrust],
            effort: .low,
            styles: [.connector, .driver],
            method: .dutchPractice,
            expectedEffect: Localized(
                nl: """
                    Partners begrijpen waarom de ander doet wat ze doet, en maken praktische afspraken die in het \
                    overleg nooit bovenkwamen.
                    """,
                en: """
                    Partners understand why the other does what they do, and make practical agreements that never came \
                    up in meetings.
                    """
            )
        ),
        CatalogIntervention(
            id: "independent-explorer",
            title: Localized(nl: "Een onafhankelijke verkenner of mediator", en: "An independent explorer or mediator"),
            description: Localized(
                nl: """
                    Vraag iemand zonder belang bij de uitkomst, die alle partners aanvaarden, om met elk van hen apart \
                    te praten en te verkennen of en onder welke voorwaarden een gezamenlijke weg mogelijk is. Laat de \
                    verkenner of mediator een voorstel voor het vervolg doen, en spreek vooraf af dat de partners daar \
                    serieus op antwoorden.
                    """,
                en: """
                    Ask someone with no stake in the outcome, whom every partner accepts, to talk with each of them \
                    separately and explore whether, and on what terms, a joint way forward is possible. Let the \
                    explorer or mediator propose the next steps, and agree beforehand that the partners will give that \
                    proposal a serious answer.
                    """
            ),
            tips: [2, 6],
            fitsWhen: Localized(
                nl: """
                    Partners zitten zo vast dat de regisseur, die zelf ook een positie heeft, ze niet meer bij elkaar \
                    krijgt.
                    """,
                en: """
                    Partners are so stuck that the regisseur, who holds a position too, can no longer bring them \
                    together.
                    """
            ),
            conditions: [.tensionBetweenPartners, .lowTrust, .interestsConflict],
            effort: .high,
            styles: [.strategist, .guardian],
            method: .processManagement,
            expectedEffect: Localized(
                nl: """
                    Er komt weer beweging, omdat partners tegenover een neutrale derde ruimte voelen om water bij de \
                    wijn te doen.
                    """,
                en: """
                    Things start moving again, because facing a neutral third party gives partners room to give \
                    ground.
                    """
            )
        ),
    ]
}
