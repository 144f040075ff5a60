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
            method: .derivedFromTip4,
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
                    Maak concreet wat er gebeurt als de samenwerking stilvalt, met cijfers en met één herkenbaar \
                    voorbeeld uit de praktijk. Leg dat beeld op tafel voordat de agenda van het overleg begint.
                    """,
                en: """
                    Make concrete what happens if the collaboration grinds to a halt, with figures and with one \
                    recognisable example from practice. Put that picture on the table before the meeting’s agenda \
                    starts.
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
            method: .derivedFromTip4,
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
                    Vraag in een gesprek met een partner eerst naar haar redenen en erken die. Beschrijf daarna \
                    zakelijk wat de keuze betekent voor de samenwerking en voor de opgave, en vraag wat ze daaraan \
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
            method: .derivedFromTip4,
            expectedEffect: Localized(
                nl: "De partner voelt zich niet beschuldigd maar wel verantwoordelijk, en komt zelf met een oplossing.",
                en: "The partner feels responsible rather than accused, and comes up with a solution themselves."
            )
        ),
        CatalogIntervention(
            id: "escalation-ladder",
            title: Localized(nl: "Een escalatieladder afspreken", en: "Agree an escalation ladder"),
            description: Localized(
                nl: """
                    Spreek vooraf de treden af waarlangs een vastgelopen punt omhoog gaat, bijvoorbeeld van \
                    uitvoerders naar teamleiders, dan naar directeuren en ten slotte naar het bestuurlijk overleg, met \
                    per trede wie het inbrengt en binnen hoeveel werkdagen er een antwoord komt. Leg vast dat \
                    opschalen een gewone stap is en geen teken van mislukking, en dat een punt pas een trede hoger \
                    gaat als de trede eronder binnen de termijn niet tot een besluit kwam.
                    """,
                en: """
                    Agree in advance the rungs by which a deadlocked issue moves up, for example from front-line staff \
                    to team leaders, then to directors and finally to the executive meeting, with for each rung who \
                    raises it and within how many working days an answer follows. Record that escalating is a normal \
                    step, not a sign of failure, and that an issue only moves up a rung when the rung below did not \
                    reach a decision in time.
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
            method: .networkStrategyProcessRules,
            expectedEffect: Localized(
                nl: "Impasses worden binnen afgesproken termijnen en zonder gezichtsverlies doorbroken.",
                en: "Deadlocks are broken within agreed time limits and without anyone losing face."
            )
        ),
        CatalogIntervention(
            id: "breakthrough-mandate",
            title: Localized(
                nl: "Doorzettingsmacht en doorbraakaanpak",
                en: "Breakthrough mandate (doorzettingsmacht)"
            ),
            description: Localized(
                nl: """
                    Spreek met de besturen af wie bij een vastgelopen casus mag doorhakken, binnen welke grenzen en \
                    met welk budget, ook als dat buiten de regels of het loket van één partner valt. Gebruik die \
                    doorzettingsmacht per casus, leg elk gebruik vast en bespreek elk kwartaal welke regel of afspraak \
                    de doorbraak telkens nodig maakte.
                    """,
                en: """
                    Agree with the boards who may cut the knot in a case that is stuck, within which limits and with \
                    which budget, even when that falls outside one partner’s rules or remit. Use this breakthrough \
                    mandate case by case, record each use and review every quarter which rule or agreement kept making \
                    the breakthrough necessary.
                    """
            ),
            tips: [4, 7],
            fitsWhen: Localized(
                nl: """
                    Concrete casussen blijven tussen organisaties hangen omdat niemand bevoegd is om de knoop door te \
                    hakken.
                    """,
                en: "Concrete cases stay stuck between organisations because nobody has the authority to cut the knot."
            ),
            conditions: [.progressStalls, .tensionBetweenPartners, .consequencesUnclear],
            effort: .high,
            styles: [.driver, .guardian],
            method: .dutchPractice,
            expectedEffect: Localized(
                nl: """
                    Vastgelopen casussen komen binnen dagen in beweging, en de terugkerende knelpunten worden \
                    zichtbaar zodat ze structureel kunnen worden opgelost.
                    """,
                en: """
                    Stuck cases start moving within days, and the recurring bottlenecks become visible so they can be \
                    solved for good.
                    """
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
            method: .afterActionReview,
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
                    Teken met de partners op een groot vel wie met wie verbonden is, met een eigen kleur per soort \
                    verbinding, zoals geld, informatie, opdrachten of afhankelijkheid. Laat daarna elke partner \
                    torentjes van fiches bij de namen zetten voor hoeveel invloed ze op de opgave hebben, en bespreek \
                    wat het beeld laat zien: geen enkele partner redt het alleen.
                    """,
                en: """
                    With the partners, draw on a large sheet who is linked to whom, with a colour for each kind of \
                    link, such as money, information, assignments or dependency. Then have each partner stack counters \
                    beside the names to show how much influence each has on the opgave, and discuss what the picture \
                    shows: no partner can manage on their own.
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
            method: .netMap,
            expectedEffect: Localized(
                nl: "Partners zien dat hun eigen succes afhangt van dat van de anderen, en zoeken elkaar eerder op.",
                en: """
                    Partners see that their own success depends on that of the others, and seek each other out sooner.
                    """
            )
        ),
        CatalogIntervention(
            id: "social-business-case",
            title: Localized(
                nl: "Gezamenlijke monitor of maatschappelijke businesscase",
                en: "Joint monitor or social business case"
            ),
            description: Localized(
                nl: """
                    Breng samen in kaart welke partner investeert en bij welke partners de baten terechtkomen, in geld \
                    en in maatschappelijke effecten, en volg dat in een gedeelde monitor. Gebruik de uitkomst om \
                    kosten en opbrengsten eerlijk te verdelen, zodat de partner die betaalt niet alleen blijft staan \
                    terwijl een ander de besparing boekt.
                    """,
                en: """
                    Map together which partner invests and which partners reap the benefits, in money and in social \
                    effects, and track this in a shared monitor. Use the outcome to share costs and returns fairly, so \
                    the partner who pays is not left alone while another books the savings.
                    """
            ),
            tips: [4, 5],
            fitsWhen: Localized(
                nl: """
                    Een partner wil niet investeren omdat de opbrengst bij een ander terechtkomt, het probleem van de \
                    verkeerde zak.
                    """,
                en: "A partner will not invest because the returns land with someone else, the wrong-pocket problem."
            ),
            conditions: [.interestsConflict, .consequencesUnclear, .highInfluenceLowCommitment],
            effort: .high,
            styles: [.expert, .strategist],
            method: .socialBusinessCase,
            expectedEffect: Localized(
                nl: """
                    Investeren in de opgave wordt voor elke partner verdedigbaar, omdat zichtbaar is wie wat bijdraagt \
                    en wie wat terugkrijgt.
                    """,
                en: """
                    Investing in the opgave becomes defensible for every partner, because it is visible who puts in \
                    what and who gets what back.
                    """
            )
        ),
        CatalogIntervention(
            id: "peer-learning",
            title: Localized(nl: "Intervisie of leertafel", en: "Peer consultation or learning table"),
            description: Localized(
                nl: """
                    Breng vier tot acht mensen uit verschillende partnerorganisaties elke zes tot acht weken samen om \
                    met een vaste werkwijze een lastige casus of een eigen dilemma te bespreken, zonder dat er een \
                    leidinggevende bij is. Laat de inbrenger eerst de vraag scherp krijgen, de anderen doorvragen \
                    voordat ze adviseren, en sluit af met wat de inbrenger nu zelf anders gaat doen.
                    """,
                en: """
                    Bring four to eight people from different partner organisations together every six to eight weeks \
                    to discuss a difficult case or a personal dilemma in a fixed format, without a manager present. \
                    Have the person bringing it sharpen the question first, let the others ask questions before they \
                    give advice, and close with what that person will now do differently.
                    """
            ),
            tips: [4, 3],
            fitsWhen: Localized(
                nl: """
                    Professionals uit verschillende organisaties lopen tegen dezelfde dilemma’s aan, maar leren niet \
                    van elkaar.
                    """,
                en: """
                    Professionals from different organisations run into the same dilemmas but do not learn from each \
                    other.
                    """
            ),
            conditions: [.progressStalls, .lowEnergy, .divergingPerspectives],
            effort: .low,
            styles: [.connector, .expert],
            method: .peerConsultation,
            expectedEffect: Localized(
                nl: """
                    Deelnemers leren elkaars afwegingen kennen en nemen meer verantwoordelijkheid voor de gevolgen van \
                    hun eigen keuzes.
                    """,
                en: """
                    Participants come to know each other’s considerations and take more responsibility for the \
                    consequences of their own choices.
                    """
            )
        ),
    ]
}
