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
                nl: """
                    Je weet van meerdere partners niet goed hoe zij de opgave zien, of hun beelden lopen sterk uiteen.
                    """,
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
                    Have partners, in pairs, describe the opgave from the other's chair: what matters to that \
                    organisation, what does it run into and what do its own people expect? The other adds and \
                    corrects, and then the group discusses what stood out.
                    """
            ),
            tips: [2, 5],
            fitsWhen: Localized(
                nl: "Partners begrijpen elkaars positie niet en vallen terug op vooroordelen.",
                en: "Partners do not understand each other's position and fall back on preconceptions."
            ),
            conditions: [.divergingPerspectives, .tensionBetweenPartners],
            effort: .medium,
            styles: [.connector, .driver],
            method: .sevenTips,
            expectedEffect: Localized(
                nl: """
                    Partners ontdekken dat de ander vanuit zijn positie redelijk handelt, en de toon van het gesprek \
                    wordt milder.
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
                    Zet de perspectieven van twee partners naast elkaar en schrijf bij elk op waarin hij gelijk heeft. \
                    Formuleer vervolgens één uitspraak over de opgave die beiden kunnen onderschrijven, en leg die aan \
                    allebei voor.
                    """,
                en: """
                    Place two partners' perspectives side by side and note for each what they are right about. Then \
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
            method: .sevenTips,
            expectedEffect: Localized(
                nl: "Beide partners voelen zich gehoord en hebben een gezamenlijk vertrekpunt om verder te praten.",
                en: "Both partners feel heard and have common ground from which to carry on."
            )
        ),
        CatalogIntervention(
            id: "kitchen-table-talk",
            title: Localized(nl: "Keukentafelgesprek", en: "Kitchen-table talk"),
            description: Localized(
                nl: """
                    Zoek een partner op voor een gesprek onder vier ogen, liefst op zijn eigen plek en zonder agenda. \
                    Vraag wat hem drijft, wat hem zorgen baart en wat hij van de samenwerking nodig heeft, en luister \
                    vooral.
                    """,
                en: """
                    Visit a partner one to one, preferably on their own ground and without an agenda. Ask what drives \
                    them, what worries them and what they need from the collaboration, and above all listen.
                    """
            ),
            tips: [2, 5],
            fitsWhen: Localized(
                nl: "Een belangrijke partner haakt af, is wantrouwig of heeft al lang niets van zich laten horen.",
                en: "An important partner is drifting away, is wary, or has not been heard from for a long time."
            ),
            conditions: [.lowTrust, .criticalActorDisengaged, .longNoContact],
            effort: .low,
            styles: [.connector],
            method: .sevenTips,
            expectedEffect: Localized(
                nl: "De relatie wordt persoonlijker en je hoort wat in het formele overleg nooit op tafel komt.",
                en: "The relationship becomes more personal and you hear what never comes up in formal meetings."
            )
        ),
        CatalogIntervention(
            id: "bring-in-the-missing-voice",
            title: Localized(nl: "De ontbrekende stem erbij halen", en: "Bring in the missing voice"),
            description: Localized(
                nl: """
                    Nodig iemand uit wiens perspectief aan tafel ontbreekt, zoals een bewoner, een cliënt of een \
                    uitvoerend professional, en laat hem zijn ervaring vertellen. Vraag de partners daarna wat ze \
                    gehoord hebben en wat het betekent voor hun eigen aanpak.
                    """,
                en: """
                    Invite someone whose perspective is missing at the table, such as a resident, a client or a \
                    front-line professional, and let them tell their story. Then ask the partners what they heard and \
                    what it means for their own approach.
                    """
            ),
            tips: [2, 1, 6],
            fitsWhen: Localized(
                nl: """
                    Het overleg gaat over de doelgroep zonder dat iemand uit die doelgroep of uit de uitvoering een \
                    stem heeft.
                    """,
                en: """
                    Meetings discuss the people concerned without anyone from that group or from the front line having \
                    a voice.
                    """
            ),
            conditions: [.missingPerspectives, .negotiationDominates],
            effort: .medium,
            styles: [.connector, .driver],
            method: .networkStrategyConnecting,
            expectedEffect: Localized(
                nl: """
                    De werkelijkheid van de mensen om wie het gaat komt de kamer binnen en maakt de opgave weer \
                    tastbaar.
                    """,
                en: "The reality of the people it is all about enters the room and makes the opgave tangible again."
            )
        ),
        CatalogIntervention(
            id: "joint-fact-finding",
            title: Localized(nl: "Gezamenlijk feitenonderzoek", en: "Joint fact-finding"),
            description: Localized(
                nl: """
                    Spreek bij een meningsverschil over de feiten samen de onderzoeksvraag, de onderzoeker en de \
                    aanpak af, nog voordat er cijfers op tafel komen. Leg vooraf vast dat iedereen de uitkomst als \
                    gedeelde basis aanvaardt, ook als die hem niet goed uitkomt.
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
                en: "Partners dispute each other's figures and analyses, and every report provokes a counter-report."
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
    ]
}
