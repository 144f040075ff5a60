// Interventions that mainly serve tip 5, belangen en passie: interests, energy and trust.

extension Catalog {
    static let passionInterventions: [CatalogIntervention] = [
        CatalogIntervention(
            id: "interests-behind-positions",
            title: Localized(nl: "Belangen achter standpunten", en: "Interests behind positions"),
            description: Localized(
                nl: """
                    Vraag bij elk standpunt door met ‘waarom is dat belangrijk voor jou?’ tot je bij het belang \
                    eronder uitkomt. Schrijf die belangen per partner op en zoek waar ze overlappen of elkaar juist \
                    niet in de weg zitten.
                    """,
                en: """
                    Follow up every position with ‘why does that matter to you?’ until you reach the interest \
                    underneath. Write those interests down per partner and look for where they overlap or simply do \
                    not get in each other’s way.
                    """
            ),
            tips: [5, 6],
            fitsWhen: Localized(
                nl: "Partners graven zich in achter hun standpunten en het gesprek zit muurvast.",
                en: "Partners dig in behind their positions and the conversation is stuck fast."
            ),
            conditions: [.interestsConflict, .negotiationDominates],
            effort: .low,
            styles: [.connector, .strategist],
            method: .mutualGains,
            expectedEffect: Localized(
                nl: "Er komt ruimte voor oplossingen, omdat belangen vaak beter te verenigen zijn dan standpunten.",
                en: "Room for solutions opens up, because interests are often easier to reconcile than positions."
            )
        ),
        CatalogIntervention(
            id: "mutual-gains-package",
            title: Localized(nl: "Pakket met wederzijds voordeel", en: "Mutual-gains package"),
            description: Localized(
                nl: """
                    Zoek onderwerpen die partners verschillend waarderen en combineer ze tot één pakket, waarin elke \
                    partner meer krijgt op wat ze belangrijk vindt dan ze inlevert op wat ze minder belangrijk vindt. \
                    Werk het pakket uit in een kleine groep en leg het daarna aan iedereen voor.
                    """,
                en: """
                    Find issues that partners value differently and combine them into one package in which each \
                    partner gains more on what matters to them than they give up on what matters less. Work the \
                    package out in a small group and then put it to everyone.
                    """
            ),
            tips: [5, 6],
            fitsWhen: Localized(
                nl: "Belangen botsen, en het verdelen van één onderwerp levert alleen winnaars en verliezers op.",
                en: "Interests clash, and splitting a single issue only produces winners and losers."
            ),
            conditions: [.interestsConflict, .highInfluenceLowCommitment],
            effort: .high,
            styles: [.strategist, .expert],
            method: .mutualGains,
            expectedEffect: Localized(
                nl: "Partners komen tot een afspraak waar ieder beter van wordt, en de relatie blijft intact.",
                en: """
                    Partners reach an agreement that leaves each of them better off, and the relationship stays \
                    intact.
                    """
            )
        ),
        CatalogIntervention(
            id: "quick-wins",
            title: Localized(nl: "Snelle successen", en: "Quick wins for energy"),
            description: Localized(
                nl: """
                    Kies twee of drie zichtbare resultaten die binnen zes weken haalbaar zijn en die buiten de eigen \
                    organisaties echt worden gemerkt. Maak ze waar, vier ze samen en vertel erover in de eigen \
                    organisaties van de partners.
                    """,
                en: """
                    Choose two or three visible results that can be achieved within six weeks and that will really be \
                    noticed beyond the partners’ own organisations. Deliver them, celebrate them together and talk \
                    about them inside the partners’ own organisations.
                    """
            ),
            tips: [5, 3],
            fitsWhen: Localized(
                nl: "De energie is weg en partners twijfelen of de samenwerking iets gaat opleveren.",
                en: "The energy has gone and partners doubt whether the collaboration will achieve anything."
            ),
            conditions: [.lowEnergy, .progressStalls],
            effort: .low,
            styles: [.driver],
            method: .processManagement,
            expectedEffect: Localized(
                nl: "Vertrouwen en energie groeien, omdat partners zien dat hun inzet iets oplevert.",
                en: "Trust and energy grow, because partners see that their effort pays off."
            )
        ),
        CatalogIntervention(
            id: "appreciative-interview",
            title: Localized(nl: "Waarderend interview", en: "Appreciative interview"),
            description: Localized(
                nl: """
                    Laat partners elkaar in tweetallen interviewen over een moment waarop samenwerken echt werkte: wat \
                    gebeurde er, wat deed je zelf en wat maakte het mogelijk? Verzamel de voorwaarden die steeds \
                    terugkomen en spreek af welke je nu bewust gaat inzetten.
                    """,
                en: """
                    Have partners interview each other in pairs about a moment when working together really worked: \
                    what happened, what did you do yourself and what made it possible? Gather the conditions that keep \
                    coming back and agree which ones you will now use deliberately.
                    """
            ),
            tips: [5, 2],
            fitsWhen: Localized(
                nl: "Het vertrouwen is broos en gesprekken gaan vooral over wat er misgaat.",
                en: "Trust is fragile and conversations are mostly about what goes wrong."
            ),
            conditions: [.lowTrust, .lowEnergy],
            effort: .medium,
            styles: [.connector],
            method: .appreciativeInquiry,
            expectedEffect: Localized(
                nl: "Partners bouwen voort op wat al werkt, en de toon verschuift van klagen naar maken.",
                en: "Partners build on what already works, and the tone shifts from complaining to making."
            )
        ),
        CatalogIntervention(
            id: "personal-why-round",
            title: Localized(nl: "Wat raakt jou hieraan?", en: "What moves you about this?"),
            description: Localized(
                nl: """
                    Open een overleg met een korte ronde waarin de deelnemers vertellen waarom de opgave hen \
                    persoonlijk raakt, los van functie of organisatie. Begin zelf en houd het bij één minuut per \
                    persoon.
                    """,
                en: """
                    Open a meeting with a short round in which everyone says why the opgave matters to them \
                    personally, apart from job or organisation. Go first yourself and keep it to one minute per \
                    person.
                    """
            ),
            tips: [5, 1],
            fitsWhen: Localized(
                nl: "Partners praten alleen vanuit hun rol en de mensen achter die rollen blijven onzichtbaar.",
                en: "Partners speak only from their role and the people behind those roles remain invisible."
            ),
            conditions: [.lowEnergy, .lowTrust],
            effort: .low,
            styles: [.connector, .driver],
            method: .appreciativeInquiry,
            expectedEffect: Localized(
                nl: "Partners leren elkaar als mens kennen, en het gesprek krijgt meer warmte en betrokkenheid.",
                en: "Partners get to know each other as people, and the conversation gains warmth and commitment."
            )
        ),
        CatalogIntervention(
            id: "repair-trust",
            title: Localized(nl: "Vertrouwen herstellen", en: "Repair trust"),
            description: Localized(
                nl: """
                    Benoem een vertrouwensbreuk openlijk met de betrokken partners, zonder naar een schuldige te \
                    zoeken. Spreek een paar kleine, controleerbare toezeggingen af, kom die zichtbaar na en kijk na \
                    een paar weken samen terug.
                    """,
                en: """
                    Name a breach of trust openly with the partners involved, without hunting for someone to blame. \
                    Agree a few small, checkable commitments, keep them visibly and look back together after a few \
                    weeks.
                    """
            ),
            tips: [5, 4],
            fitsWhen: Localized(
                nl: "Na een incident of een gebroken afspraak is het vertrouwen tussen partners beschadigd.",
                en: "After an incident or a broken promise, trust between partners has been damaged."
            ),
            conditions: [.lowTrust, .tensionBetweenPartners],
            effort: .medium,
            styles: [.connector, .guardian],
            method: .derivedFromTip5,
            expectedEffect: Localized(
                nl: """
                    Het vertrouwen groeit stap voor stap terug, doordat partners merken dat afspraken worden \
                    nagekomen.
                    """,
                en: "Trust grows back step by step, as partners find that commitments are kept."
            )
        ),
        CatalogIntervention(
            id: "link-to-own-goals",
            title: Localized(nl: "De opgave aan eigen doelen koppelen", en: "Link the opgave to their own goals"),
            description: Localized(
                nl: """
                    Zoek samen met een partner die achterblijft uit waar de opgave haar eigen doelen dient: een \
                    prestatieafspraak, een wettelijke taak, een ambitie van het bestuur of een zorg van de eigen \
                    mensen. Maak die verbinding zichtbaar en vraag haar vanuit dat eigen doel bij te dragen, in plaats \
                    van een tegenprestatie te bieden.
                    """,
                en: """
                    Work out together with a partner who is lagging behind where the opgave serves their own goals: a \
                    performance agreement, a statutory task, an ambition of the board or a concern of their own staff. \
                    Make that link visible and ask them to contribute from that goal of their own, instead of offering \
                    something in return.
                    """
            ),
            tips: [5, 1],
            fitsWhen: Localized(
                nl: "Een partner met invloed of middelen ziet voor zichzelf weinig in de opgave.",
                en: "A partner with influence or resources sees little in the opgave for themselves."
            ),
            conditions: [.highInfluenceLowCommitment, .engagementGap],
            effort: .medium,
            styles: [.strategist, .connector],
            method: .networkStrategyExploring,
            expectedEffect: Localized(
                nl: """
                    De partner doet mee omdat de opgave ook haar eigen doel dient, en niet omdat er iets tegenover \
                    staat.
                    """,
                en: """
                    The partner takes part because the opgave also serves their own goal, not because something is \
                    offered in return.
                    """
            )
        ),
        CatalogIntervention(
            id: "close-the-engagement-gap",
            title: Localized(nl: "Betrokkenheid stap voor stap vergroten", en: "Close the engagement gap"),
            description: Localized(
                nl: """
                    Zet per partner de huidige betrokkenheid naast de betrokkenheid die de opgave vraagt, op de schaal \
                    van niet op de hoogte, afwijzend, neutraal en steunend tot trekkend. Kies voor elke partner met \
                    een gat één volgende stap, zoals informeren, uitnodigen of een rol geven, en spreek af wie die \
                    stap zet.
                    """,
                en: """
                    For each partner, set their current engagement against the engagement the opgave needs, on the \
                    scale from unaware, resistant, neutral and supportive to leading. For every partner with a gap, \
                    choose one next step, such as informing, inviting or giving them a role, and agree who will take \
                    it.
                    """
            ),
            tips: [5, 3],
            fitsWhen: Localized(
                nl: "Partners zijn minder betrokken dan nodig is en je weet niet waar je moet beginnen.",
                en: "Partners are less engaged than they need to be and you do not know where to start."
            ),
            conditions: [.engagementGap, .criticalActorDisengaged],
            effort: .medium,
            styles: [.strategist, .guardian],
            method: .engagementAssessment,
            expectedEffect: Localized(
                nl: "Elke partner schuift een stap op naar de rol die de opgave van haar vraagt.",
                en: "Each partner moves one step towards the role the opgave asks of them."
            )
        ),
        CatalogIntervention(
            id: "one-to-one-conversation",
            title: Localized(nl: "Gesprek onder vier ogen", en: "One-to-one conversation"),
            description: Localized(
                nl: """
                    Zoek een partner op voor een gesprek onder vier ogen, liefst op haar eigen plek en zonder agenda, \
                    zeker als het contact al weken stil ligt. Vraag wat haar drijft, wat haar zorgen baart en wat ze \
                    van de samenwerking nodig heeft, en luister vooral.
                    """,
                en: """
                    Visit a partner one to one, preferably on their own ground and without an agenda, especially when \
                    contact has been quiet for weeks. Ask what drives them, what worries them and what they need from \
                    the collaboration, and above all listen.
                    """
            ),
            tips: [5, 2],
            fitsWhen: Localized(
                nl: "Een belangrijke partner haakt af, is wantrouwig of heeft al lang niets van zich laten horen.",
                en: "An important partner is drifting away, is wary, or has not been heard from for a long time."
            ),
            conditions: [.lowTrust, .criticalActorDisengaged, .longNoContact],
            effort: .low,
            styles: [.connector, .driver],
            method: .derivedFromTip5,
            expectedEffect: Localized(
                nl: """
                    De relatie wordt persoonlijker en je hoort op tijd wat in het formele overleg nooit op tafel komt.
                    """,
                en: """
                    The relationship becomes more personal and you hear in time what never comes up in formal \
                    meetings.
                    """
            )
        ),
    ]
}
