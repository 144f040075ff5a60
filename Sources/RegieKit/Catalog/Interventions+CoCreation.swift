// Interventions that mainly serve tip 6: collaborating rather than negotiating.

extension Catalog {
    static let coCreationInterventions: [CatalogIntervention] = [
        CatalogIntervention(
            id: "back-to-the-outside-world",
            title: Localized(nl: "Terug naar de buitenwereld", en: "Back to the outside world"),
            description: Localized(
                nl: """
                    Onderbreek een overleg dat vastloopt op de vraag wie wat betaalt of doet, en benoem wat er \
                    gebeurt. Vraag dan wat de bewoner of cliënt hiervan gaat merken, en laat het gesprek pas \
                    verdergaan als daar een antwoord op is.
                    """,
                en: """
                    Interrupt a meeting that is getting stuck on who pays for or does what, and name what is \
                    happening. Then ask what the resident or client will notice of all this, and let the conversation \
                    continue only once there is an answer.
                    """
            ),
            tips: [6, 1],
            fitsWhen: Localized(
                nl: "Het overleg is ongemerkt een onderhandeling geworden over de verdeling tussen partners.",
                en: "The meeting has, unnoticed, turned into a negotiation about dividing things up between partners."
            ),
            conditions: [.negotiationDominates],
            effort: .low,
            styles: [.connector, .driver],
            method: .sevenTips,
            expectedEffect: Localized(
                nl: """
                    Het gesprek gaat weer over wat partners samen willen bereiken, en niet over wat ieder binnenhaalt.
                    """,
                en: """
                    The conversation returns to what partners want to achieve together, rather than what each can take \
                    home.
                    """
            )
        ),
        CatalogIntervention(
            id: "client-journey-session",
            title: Localized(nl: "Klantreissessie", en: "Client-journey session"),
            description: Localized(
                nl: """
                    Volg met alle partners de route van één echte, geanonimiseerde bewoner of cliënt langs de \
                    organisaties, stap voor stap op een lange strook papier. Markeer waar het stokt, waar dingen \
                    dubbel gebeuren of waar niemand verantwoordelijk is, en kies samen één knelpunt om op te lossen.
                    """,
                en: """
                    With all partners, follow the route of one real, anonymised resident or client past the \
                    organisations, step by step on a long strip of paper. Mark where things stall, where work is done \
                    twice or where nobody is responsible, and choose one bottleneck together to solve.
                    """
            ),
            tips: [6, 2, 1],
            fitsWhen: Localized(
                nl: "Partners zien alleen hun eigen stukje van de keten en onderhandelen vooral over grenzen en geld.",
                en: "Partners see only their own part of the chain and mostly negotiate about boundaries and money."
            ),
            conditions: [.negotiationDominates, .interestsConflict, .divergingPerspectives],
            effort: .medium,
            styles: [.connector, .expert],
            method: .networkStrategyExploring,
            expectedEffect: Localized(
                nl: """
                    Partners zien de keten door de ogen van de cliënt en pakken samen een probleem aan dat niemand \
                    alleen oplost.
                    """,
                en: """
                    Partners see the chain through the client's eyes and jointly tackle a problem none of them can \
                    solve alone.
                    """
            )
        ),
        CatalogIntervention(
            id: "separate-bargaining-table",
            title: Localized(nl: "Onderhandelen apart zetten", en: "Separate the bargaining table"),
            description: Localized(
                nl: """
                    Haal de verdeling van geld en capaciteit uit het gewone overleg en beleg daarvoor een apart, kort \
                    overleg met een duidelijke deadline. Zo blijft de hoofdtafel vrij voor het gezamenlijke werk aan \
                    de opgave.
                    """,
                en: """
                    Take the division of money and capacity out of the regular meeting and hold a separate, short \
                    session for it with a clear deadline. That keeps the main table free for joint work on the opgave.
                    """
            ),
            tips: [6, 7],
            fitsWhen: Localized(
                nl: "Verdeelvragen overheersen elk overleg en verdringen het inhoudelijke werk.",
                en: "Questions of who gets what dominate every meeting and crowd out the real work."
            ),
            conditions: [.negotiationDominates, .interestsConflict],
            effort: .medium,
            styles: [.guardian, .strategist],
            method: .processManagement,
            expectedEffect: Localized(
                nl: "Onderhandelen wordt weer een hulpmiddel, en het hoofdoverleg gaat weer over samen iets maken.",
                en: """
                    Bargaining goes back to being a tool, and the main meeting is about making something together \
                    again.
                    """
            )
        ),
        CatalogIntervention(
            id: "build-a-prototype-together",
            title: Localized(nl: "Samen een prototype maken", en: "Build a prototype together"),
            description: Localized(
                nl: """
                    Laat een kleine groep partners samen iets tastbaars maken, zoals één gezamenlijk intakeformulier \
                    of een gedeeld spreekuur, en test het binnen een maand met vijf echte cliënten of bewoners. \
                    Bespreek daarna wat werkte en wat anders moet.
                    """,
                en: """
                    Have a small group of partners build something tangible together, such as one shared intake form \
                    or a joint drop-in hour, and test it within a month with five real clients or residents. Then \
                    discuss what worked and what needs to change.
                    """
            ),
            tips: [6, 5],
            fitsWhen: Localized(
                nl: "Er wordt veel gepraat en onderhandeld, maar er ontstaat niets wat de buitenwereld merkt.",
                en: "There is a lot of talking and bargaining, but nothing emerges that the outside world notices."
            ),
            conditions: [.negotiationDominates, .lowEnergy, .progressStalls],
            effort: .high,
            styles: [.driver, .expert],
            method: .networkStrategyExploring,
            expectedEffect: Localized(
                nl: "Partners ervaren wat samen creëren is, en het resultaat overtuigt meer dan welk plan ook.",
                en: """
                    Partners experience what creating together means, and the result convinces more than any plan \
                    could.
                    """
            )
        ),
        CatalogIntervention(
            id: "process-agreements",
            title: Localized(nl: "Procesafspraken maken", en: "Agree on process rules"),
            description: Localized(
                nl: """
                    Maak aan het begin afspraken over het proces zelf, langs vier lijnen: wie aan tafel zit en hoe \
                    besluiten vallen (openheid), wat elke partner mag beschermen (kernwaarden), hoe het tempo erin \
                    blijft (voortgang) en welke rol deskundigen krijgen (inhoud). Laat alle partners de afspraken \
                    onderschrijven voordat de inhoud aan bod komt.
                    """,
                en: """
                    At the start, make agreements about the process itself along four lines: who sits at the table and \
                    how decisions are made (openness), what each partner may protect (core values), how the pace is \
                    kept up (progress) and what role experts play (substance). Have every partner endorse the \
                    agreements before the content is discussed.
                    """
            ),
            tips: [6, 7, 4],
            fitsWhen: Localized(
                nl: "Partners zijn voorzichtig of wantrouwig en willen eerst weten welke spelregels er gelden.",
                en: "Partners are cautious or wary and first want to know the rules of the game."
            ),
            conditions: [.lowTrust, .coreValuesAtStake, .tensionBetweenPartners],
            effort: .medium,
            styles: [.guardian],
            method: .processManagement,
            expectedEffect: Localized(
                nl: """
                    Partners durven zich aan het proces te verbinden, omdat ze weten dat hun kernbelangen veilig zijn.
                    """,
                en: "Partners dare to commit to the process, because they know their core interests are safe."
            )
        ),
        CatalogIntervention(
            id: "protect-core-values",
            title: Localized(nl: "Kernwaarden beschermen met een uitweg", en: "Protect core values with a way out"),
            description: Localized(
                nl: """
                    Vraag elke partner welke waarden of belangen voor hem niet onderhandelbaar zijn, en leg die vast. \
                    Spreek af dat een partner zich mag onthouden bij een besluit dat daaraan raakt, zonder dat hij \
                    daarmee uit het proces stapt.
                    """,
                en: """
                    Ask each partner which values or interests are non-negotiable for them, and record them. Agree \
                    that a partner may abstain from a decision that touches them without stepping out of the process.
                    """
            ),
            tips: [6, 5],
            fitsWhen: Localized(
                nl: """
                    Een partner houdt de boot af uit angst dat meedoen hem dwingt tot iets wat tegen zijn kernwaarden \
                    ingaat.
                    """,
                en: """
                    A partner keeps their distance for fear that taking part will force them into something against \
                    their core values.
                    """
            ),
            conditions: [.coreValuesAtStake, .interestsConflict],
            effort: .low,
            styles: [.guardian, .connector],
            method: .processManagement,
            expectedEffect: Localized(
                nl: "Partners doen mee zonder hun identiteit op het spel te zetten, waardoor ze minder blokkeren.",
                en: "Partners take part without putting their identity at stake, so they block less."
            )
        ),
        CatalogIntervention(
            id: "single-text-procedure",
            title: Localized(nl: "Werken met één tekst", en: "Single-text procedure"),
            description: Localized(
                nl: """
                    Schrijf als regisseur één conceptafspraak en laat partners die in rondes becommentariëren, in \
                    plaats van dat elke partner een eigen voorstel inbrengt. Verwerk het commentaar zichtbaar en \
                    herhaal dat tot er een tekst ligt die iedereen kan dragen.
                    """,
                en: """
                    As regisseur, write a single draft agreement and let partners comment on it in rounds, instead of \
                    each partner tabling their own proposal. Work the comments in visibly and repeat until there is a \
                    text everyone can support.
                    """
            ),
            tips: [6, 2],
            fitsWhen: Localized(
                nl: "Partners wisselen standpunten en tegenvoorstellen uit zonder dichter bij elkaar te komen.",
                en: "Partners trade positions and counter-proposals without getting any closer."
            ),
            conditions: [.negotiationDominates, .divergingPerspectives],
            effort: .medium,
            styles: [.expert, .guardian],
            method: .mutualGains,
            expectedEffect: Localized(
                nl: """
                    De aandacht gaat van het verdedigen van eigen voorstellen naar het samen verbeteren van één tekst.
                    """,
                en: "Attention moves from defending one's own proposal to improving a single text together."
            )
        ),
    ]
}
