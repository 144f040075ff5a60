// Interventions that mainly serve tip 4, responsibility for the consequences of what one does or fails to do.

extension Catalog {
    static let consequenceInterventions: [CatalogIntervention] = [
        CatalogIntervention(
            id: "consequence-mapping",
            title: Localized(nl: "Consequenties in kaart brengen", en: "Consequence mapping"),
            description: Localized(
                nl: """
                    Neem een besluit, of een besluit dat uitblijft, en breng samen de gevolgen in kaart: voor de \
                    samenwerking en voor de opgave, op korte en op lange termijn. Zet bij elk gevolg wie het merkt en \
                    wie het draagt.
                    """,
                en: """
                    Take a decision, or one that is not being made, and map its consequences together: for the \
                    collaboration and for the opgave, in the short and the long term. Note for each consequence who \
                    notices it and who bears it.
                    """
            ),
            tips: [4],
            fitsWhen: Localized(
                nl: "Partners nemen besluiten, of stellen ze uit, zonder te overzien wat dat voor de anderen betekent.",
                en: "Partners take decisions, or put them off, without seeing what that means for the others."
            ),
            conditions: [.consequencesUnclear, .criticalActorDisengaged],
            effort: .medium,
            styles: [.strategist, .guardian],
            method: .sevenTips,
            expectedEffect: Localized(
                nl: "De gevolgen worden een gedeeld gegeven waarop partners kunnen worden aangesproken.",
                en: "The consequences become a shared fact to which partners can be held."
            )
        ),
        CatalogIntervention(
            id: "cost-of-doing-nothing",
            title: Localized(nl: "Wat als we niets doen?", en: "The cost of doing nothing"),
            description: Localized(
                nl: """
                    Maak concreet wat er gebeurt als de samenwerking stilvalt, met cijfers en met het verhaal van één \
                    bewoner of cliënt. Leg dat beeld op tafel voordat de agenda van het overleg begint.
                    """,
                en: """
                    Make concrete what happens if the collaboration grinds to a halt, with figures and with the story \
                    of one resident or client. Put that picture on the table before the meeting's agenda starts.
                    """
            ),
            tips: [4, 1],
            fitsWhen: Localized(
                nl: "Het overleg kabbelt voort en niemand voelt de urgentie om door te pakken.",
                en: "Meetings drift along and nobody feels the urgency to push on."
            ),
            conditions: [.consequencesUnclear, .progressStalls, .lowEnergy],
            effort: .low,
            styles: [.expert, .driver],
            method: .sevenTips,
            expectedEffect: Localized(
                nl: "De urgentie wordt voelbaar, en uitstel is niet langer vrijblijvend.",
                en: "The urgency becomes tangible, and delay no longer comes without a price."
            )
        ),
        CatalogIntervention(
            id: "address-the-consequences",
            title: Localized(nl: "Aanspreken op de gevolgen", en: "Address the consequences"),
            description: Localized(
                nl: """
                    Vraag in een gesprek met een partner eerst naar zijn redenen en erken die. Beschrijf daarna \
                    zakelijk wat zijn keuze betekent voor de samenwerking en voor de opgave, en vraag wat hij daaraan \
                    gaat doen.
                    """,
                en: """
                    In a conversation with a partner, first ask about their reasons and acknowledge them. Then \
                    describe plainly what their choice means for the collaboration and for the opgave, and ask what \
                    they will do about it.
                    """
            ),
            tips: [4, 2],
            fitsWhen: Localized(
                nl: "Een partner komt afspraken niet na of houdt iets tegen, en heeft daar zelf goede argumenten voor.",
                en: """
                    A partner does not keep their commitments or is holding something up, and has good arguments of \
                    their own for it.
                    """
            ),
            conditions: [.consequencesUnclear, .engagementGap, .tensionBetweenPartners],
            effort: .low,
            styles: [.driver, .guardian],
            method: .sevenTips,
            expectedEffect: Localized(
                nl: "De partner voelt zich niet beschuldigd maar wel verantwoordelijk, en komt zelf met een oplossing.",
                en: "The partner feels responsible rather than accused, and comes up with a solution themselves."
            )
        ),
        CatalogIntervention(
            id: "escalation-agreements",
            title: Localized(nl: "Escalatieafspraken maken", en: "Agree on escalation"),
            description: Localized(
                nl: """
                    Spreek vooraf af wanneer een vastgelopen punt naar het bestuurlijk overleg gaat, wie het daar \
                    inbrengt en binnen welke termijn er een besluit komt. Leg vast dat opschalen een gewone stap in \
                    het proces is en geen teken van mislukking.
                    """,
                en: """
                    Agree in advance when a deadlocked issue goes to the executive level, who brings it there and \
                    within what time a decision will follow. Record that escalating is a normal step in the process, \
                    not a sign of failure.
                    """
            ),
            tips: [4, 7],
            fitsWhen: Localized(
                nl: """
                    Conflicten blijven hangen omdat niemand weet hoe je ze opschaalt zonder de relatie te beschadigen.
                    """,
                en: "Conflicts linger because nobody knows how to escalate them without damaging the relationship."
            ),
            conditions: [.tensionBetweenPartners, .progressStalls, .hierarchicalReflex],
            effort: .medium,
            styles: [.guardian],
            method: .processManagement,
            expectedEffect: Localized(
                nl: "Impasses worden snel en zonder gezichtsverlies doorbroken.",
                en: "Deadlocks are broken quickly and without anyone losing face."
            )
        ),
        CatalogIntervention(
            id: "visible-follow-up",
            title: Localized(nl: "Afspraken zichtbaar opvolgen", en: "Visible follow-up of commitments"),
            description: Localized(
                nl: """
                    Open elk overleg met de actielijst van de vorige keer: wat is gedaan, wat heeft het opgeleverd en \
                    wat betekent het dat iets is blijven liggen? Houd het kort en zakelijk, en noem steeds de gevolgen \
                    van vertraging.
                    """,
                en: """
                    Open every meeting with the action list from last time: what was done, what did it achieve, and \
                    what does it mean that something was left undone? Keep it short and businesslike, and always name \
                    the consequences of delay.
                    """
            ),
            tips: [4],
            fitsWhen: Localized(
                nl: "Afspraken worden wel gemaakt, maar schuiven steeds door naar het volgende overleg.",
                en: "Commitments are made, but keep sliding to the next meeting."
            ),
            conditions: [.progressStalls, .consequencesUnclear],
            effort: .low,
            styles: [.guardian, .driver],
            method: .processManagement,
            expectedEffect: Localized(
                nl: "Afspraken worden vaker nagekomen, omdat uitstel zichtbaar wordt en gevolgen krijgt.",
                en: "Commitments are kept more often, because delay becomes visible and has consequences."
            )
        ),
        CatalogIntervention(
            id: "after-action-review",
            title: Localized(nl: "Terugblik op een interventie", en: "After-action review"),
            description: Localized(
                nl: """
                    Bespreek na een interventie met de betrokken partners vier vragen: wat wilden we bereiken, wat \
                    gebeurde er echt, hoe komt dat en wat doen we nu anders? Leg de uitkomst en de gevolgen vast bij \
                    de interventie.
                    """,
                en: """
                    After an intervention, go through four questions with the partners involved: what did we intend, \
                    what actually happened, why was that, and what will we do differently now? Record the outcome and \
                    the consequences with the intervention.
                    """
            ),
            tips: [4, 3],
            fitsWhen: Localized(
                nl: "Interventies worden uitgevoerd en vergeten, zonder dat iemand nagaat wat ze opleverden.",
                en: "Interventions are carried out and forgotten, without anyone checking what they achieved."
            ),
            conditions: [.consequencesUnclear, .progressStalls],
            effort: .low,
            styles: [.strategist, .guardian],
            method: .sevenTips,
            expectedEffect: Localized(
                nl: "Je leert welke interventies in dit netwerk werken, en je volgende keuze wordt beter.",
                en: "You learn which interventions work in this network, and your next choice improves."
            )
        ),
        CatalogIntervention(
            id: "make-interdependence-visible",
            title: Localized(nl: "Onderlinge afhankelijkheid zichtbaar maken", en: "Make interdependence visible"),
            description: Localized(
                nl: """
                    Teken met de partners wie wat van wie nodig heeft om de eigen doelen te halen, met pijlen van \
                    vrager naar leverancier. Laat het beeld op de groep inwerken: het blijkt dat geen enkele partner \
                    het alleen redt.
                    """,
                en: """
                    Draw with the partners who needs what from whom to reach their own goals, with arrows from the one \
                    asking to the one supplying. Let the picture sink in: it turns out that no partner can manage on \
                    their own.
                    """
            ),
            tips: [4, 6, 3],
            fitsWhen: Localized(
                nl: """
                    Partners gedragen zich alsof ze de anderen niet nodig hebben, of wachten op iemand die de leiding \
                    neemt.
                    """,
                en: "Partners act as if they do not need the others, or wait for someone to take charge."
            ),
            conditions: [.hierarchicalReflex, .interestsConflict, .isolatedPartner],
            effort: .medium,
            styles: [.expert, .connector],
            method: .actorAnalysis,
            expectedEffect: Localized(
                nl: "Partners zien dat hun eigen succes afhangt van dat van de anderen, en zoeken elkaar eerder op.",
                en: "Partners see that their own success depends on that of the others, and seek each other out sooner."
            )
        ),
    ]
}
