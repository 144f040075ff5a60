// Interventions that mainly serve tip 6: collaborating rather than negotiating.

extension Catalog {
    static let coCreationInterventions: [CatalogIntervention] = [
        CatalogIntervention(
            id: "back-to-the-outside-world",
            title: Localized(nl: "Terug naar de buitenwereld", en: "Back to the outside world"),
            description: Localized(
                nl: """
                    Onderbreek een overleg dat vastloopt op de vraag wie wat betaalt of doet, en benoem wat er \
                    gebeurt. Vraag dan wat er buiten de eigen organisaties van dit besluit te merken zal zijn, en laat \
                    het gesprek pas verdergaan als daar een antwoord op is.
                    """,
                en: """
                    Interrupt a meeting that is getting stuck on who pays for or does what, and name what is \
                    happening. Then ask what will be noticeable of this decision beyond the partners’ own \
                    organisations, and let the conversation continue only once there is an answer.
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
            method: .derivedFromTip6,
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
            title: Localized(nl: "De route van één casus volgen", en: "Follow one case along its route"),
            description: Localized(
                nl: """
                    Volg met alle partners stap voor stap de route van één echte, geanonimiseerde casus langs de \
                    organisaties, zoals een gezin, een bouwinitiatief of een partij sloopmateriaal, op een lange \
                    strook papier. Markeer waar het stokt, waar dingen dubbel gebeuren of waar niemand \
                    verantwoordelijk is, en kies samen één knelpunt om op te lossen.
                    """,
                en: """
                    With all partners, follow step by step the route of one real, anonymised case past the \
                    organisations, such as a family, a building initiative or a batch of demolition material, on a \
                    long strip of paper. Mark where things stall, where work is done twice or where nobody is \
                    responsible, and choose one bottleneck together to solve.
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
                    Partners zien de keten door de ogen van wie er doorheen moet, en pakken samen een probleem aan dat \
                    niemand alleen oplost.
                    """,
                en: """
                    Partners see the chain through the eyes of whoever has to pass through it, and jointly tackle a \
                    problem none of them can solve alone.
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
            method: .derivedFromTip6,
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
                    Laat een kleine groep partners samen iets tastbaars maken, zoals één gezamenlijk intakeformulier, \
                    een gedeeld spreekuur of een proefopstelling, en test het binnen een maand met vijf echte \
                    gebruikers. Bespreek daarna wat werkte en wat anders moet.
                    """,
                en: """
                    Have a small group of partners build something tangible together, such as one shared intake form, \
                    a joint drop-in hour or a trial set-up, and test it within a month with five real users. Then \
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
                nl: "Partners ervaren wat samen iets maken is, en het resultaat overtuigt meer dan welk plan ook.",
                en: """
                    Partners experience what making something together means, and the result convinces more than any \
                    plan could.
                    """
            )
        ),
        CatalogIntervention(
            id: "process-agreements",
            title: Localized(nl: "Procesafspraken maken", en: "Agree on process rules"),
            description: Localized(
                nl: """
                    Maak aan het begin spelregels over het proces zelf: wie aan tafel zit en hoe je toetreedt of \
                    uitstapt, hoe besluiten vallen en wat er gebeurt als partners het oneens blijven. Leg vast welke \
                    waarden of belangen voor elke partner niet onderhandelbaar zijn, en dat een partner zich bij een \
                    besluit dat daaraan raakt mag onthouden zonder het proces te verlaten; laat alle partners de \
                    spelregels onderschrijven voordat de inhoud aan bod komt.
                    """,
                en: """
                    At the start, agree rules for the process itself: who sits at the table and how one joins or \
                    leaves, how decisions are made and what happens when partners keep disagreeing. Record which \
                    values or interests are non-negotiable for each partner, and that a partner may abstain from a \
                    decision that touches them without leaving the process; have every partner endorse the rules \
                    before the content is discussed.
                    """
            ),
            tips: [6, 7, 4],
            fitsWhen: Localized(
                nl: """
                    Partners zijn voorzichtig of wantrouwig, vrezen voor hun kernwaarden en willen eerst weten welke \
                    spelregels er gelden.
                    """,
                en: """
                    Partners are cautious or wary, fear for their core values and first want to know the rules of the \
                    game.
                    """
            ),
            conditions: [.lowTrust, .coreValuesAtStake, .tensionBetweenPartners, .interestsConflict],
            effort: .medium,
            styles: [.guardian, .connector],
            method: .networkStrategyProcessRules,
            expectedEffect: Localized(
                nl: """
                    Partners durven zich aan het proces te verbinden, omdat ze weten dat hun kernwaarden veilig zijn \
                    en dat ze er weer uit kunnen.
                    """,
                en: """
                    Partners dare to commit to the process, because they know their core values are safe and that they \
                    can leave again.
                    """
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
                en: "Attention moves from defending one’s own proposal to improving a single text together."
            )
        ),
        CatalogIntervention(
            id: "case-table",
            title: Localized(
                nl: "Casustafel (multidisciplinair casusoverleg)",
                en: "Case table (multidisciplinary case consultation)"
            ),
            description: Localized(
                nl: """
                    Breng de professionals die bij dezelfde mensen of hetzelfde vraagstuk betrokken zijn op een vaste \
                    tafel samen, kort en met een voorzitter, om per casus één plan met één regiehouder af te spreken. \
                    Leg vooraf vast welke gegevens met of zonder toestemming gedeeld mogen worden, en bespreek elke \
                    keer eerst wat er sinds de vorige keer van de afspraken is gekomen.
                    """,
                en: """
                    Bring the professionals involved with the same people or the same issue together at a regular \
                    table, briefly and with a chair, to agree one plan with one lead person per case. Settle in \
                    advance which information may be shared with or without consent, and each time start with what has \
                    come of the previous agreements.
                    """
            ),
            tips: [6, 2, 3],
            fitsWhen: Localized(
                nl: "Verschillende organisaties werken langs elkaar heen aan dezelfde gezinnen, personen of locaties.",
                en: "Several organisations work past each other on the same families, people or locations."
            ),
            conditions: [.separateClusters, .divergingPerspectives, .consequencesUnclear],
            effort: .medium,
            styles: [.guardian, .connector],
            method: .dutchPractice,
            expectedEffect: Localized(
                nl: """
                    Elke besproken casus heeft één plan en één aanspreekpunt, en partners werken vanuit hun eigen \
                    belang aan een gedeeld resultaat.
                    """,
                en: """
                    Every case discussed has one plan and one point of contact, and partners work from their own \
                    interest towards a shared result.
                    """
            )
        ),
        CatalogIntervention(
            id: "placement-table",
            title: Localized(nl: "Plaatsingstafel", en: "Placement table"),
            description: Localized(
                nl: """
                    Laat de partijen die een plek nodig hebben en de aanbieders die plekken hebben elke week per \
                    persoon samen zoeken naar een passende plek of een tijdelijk alternatief, los van lopende \
                    onderhandelingen over tarieven of contracten. Houd een lijst bij van wie wacht en hoe lang, en \
                    breng wat de tafel niet oplost naar de escalatieladder.
                    """,
                en: """
                    Have the parties who need a place and the providers who have places search together every week, \
                    person by person, for a suitable place or a temporary alternative, apart from any running \
                    negotiations over rates or contracts. Keep a list of who is waiting and for how long, and take \
                    what the table cannot solve to the escalation ladder.
                    """
            ),
            tips: [6, 3],
            fitsWhen: Localized(
                nl: "Mensen wachten op een plek terwijl partners onderhandelen over geld of capaciteit.",
                en: "People wait for a place while partners negotiate over money or capacity."
            ),
            conditions: [.negotiationDominates, .progressStalls, .criticalActorDisengaged],
            effort: .medium,
            styles: [.guardian, .driver],
            method: .dutchPractice,
            expectedEffect: Localized(
                nl: """
                    Niemand blijft zonder plek wachten omdat een onderhandeling nog loopt, en knelpunten in het aanbod \
                    worden zichtbaar.
                    """,
                en: """
                    Nobody is left waiting for a place because a negotiation is still running, and gaps in the supply \
                    become visible.
                    """
            )
        ),
        CatalogIntervention(
            id: "omgevingstafel",
            title: Localized(nl: "Omgevingstafel", en: "Omgevingstafel (integrated review table)"),
            description: Localized(
                nl: """
                    Laat een initiatiefnemer een plan vroeg presenteren aan alle overheden en adviseurs tegelijk, \
                    zoals gemeente, provincie, waterschap, omgevingsdienst, veiligheidsregio en netbeheerder, voordat \
                    er een aanvraag ligt. Bespreek samen wat nodig is om het mogelijk te maken en geef binnen een \
                    afgesproken termijn één samenhangend advies.
                    """,
                en: """
                    Have an initiator present a plan early to all authorities and advisers at once, such as the \
                    municipality, province, water authority, environmental service, safety region and grid operator, \
                    before any application is filed. Discuss together what it would take to make it possible and give \
                    one coherent advice within an agreed period.
                    """
            ),
            tips: [6, 2, 1],
            fitsWhen: Localized(
                nl: """
                    Initiatiefnemers krijgen van verschillende overheden adviezen die elkaar tegenspreken, of horen \
                    pas laat waar hun plan op vastloopt.
                    """,
                en: """
                    Initiators get contradictory advice from different authorities, or only learn late where their \
                    plan will get stuck.
                    """
            ),
            conditions: [.divergingPerspectives, .manyPartners, .separateClusters],
            effort: .medium,
            styles: [.expert, .guardian],
            method: .dutchPractice,
            expectedEffect: Localized(
                nl: """
                    Initiatiefnemers weten vroeg waar ze aan toe zijn, en overheden zien elkaars belangen voordat die \
                    in een procedure botsen.
                    """,
                en: """
                    Initiators know early where they stand, and authorities see each other’s interests before these \
                    clash in a procedure.
                    """
            )
        ),
        CatalogIntervention(
            id: "pooled-budget",
            title: Localized(nl: "Een ontschot budget", en: "A pooled budget"),
            description: Localized(
                nl: """
                    Leg een deel van de budgetten van de partners bij elkaar in één pot voor de opgave, met \
                    gezamenlijke afspraken over waaraan het besteed mag worden en wie daarover beslist. Begin klein, \
                    bijvoorbeeld met een bedrag per casus dat professionals zonder aanvraag mogen inzetten, en \
                    verantwoord samen wat het heeft opgeleverd.
                    """,
                en: """
                    Put part of the partners’ budgets together in one pot for the opgave, with joint rules on what it \
                    may be spent on and who decides. Start small, for example with an amount per case that \
                    professionals may use without an application, and account together for what it achieved.
                    """
            ),
            tips: [6, 4],
            fitsWhen: Localized(
                nl: "Goede oplossingen stranden op de vraag uit wiens budget ze betaald moeten worden.",
                en: "Good solutions founder on the question of whose budget should pay for them."
            ),
            conditions: [.interestsConflict, .negotiationDominates],
            effort: .high,
            styles: [.strategist, .guardian],
            method: .networkStrategyArranging,
            expectedEffect: Localized(
                nl: """
                    Het geld volgt de opgave in plaats van de organisatie, en het gesprek over wie betaalt verdwijnt \
                    naar de achtergrond.
                    """,
                en: """
                    The money follows the opgave rather than the organisation, and the talk about who pays moves into \
                    the background.
                    """
            )
        ),
    ]
}
