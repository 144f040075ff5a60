// Interventions and diagnoses that mainly serve tip 3, choose your battles: where to spend attention in the network.

extension Catalog {
    static let battleInterventions: [CatalogIntervention] = [
        CatalogIntervention(
            id: "power-interest-review",
            kind: .diagnosis,
            title: Localized(nl: "Macht en belang in kaart", en: "Power/interest review"),
            description: Localized(
                nl: """
                    Plaats alle partners in de macht-belangmatrix en kies per kwadrant hoeveel aandacht ze krijgen: \
                    nauw betrekken, tevreden houden, informeren of monitoren. Vergelijk de uitkomst met waar je tijd \
                    nu werkelijk naartoe gaat, en stuur bij.
                    """,
                en: """
                    Place every partner in the power/interest grid and decide per quadrant how much attention they \
                    get: manage closely, keep satisfied, keep informed or monitor. Compare the outcome with where your \
                    time actually goes now, and adjust.
                    """
            ),
            tips: [3],
            fitsWhen: Localized(
                nl: "Je hebt te veel partners om iedereen dezelfde aandacht te geven.",
                en: "You have too many partners to give all of them the same attention."
            ),
            conditions: [.manyPartners, .highInfluenceLowCommitment],
            effort: .low,
            styles: [.strategist],
            method: .mendelow,
            expectedEffect: Localized(
                nl: "Je aandacht gaat naar de partners die er voor de opgave het meest toe doen.",
                en: "Your attention goes to the partners who matter most for the opgave."
            )
        ),
        CatalogIntervention(
            id: "keep-powerful-satisfied",
            title: Localized(nl: "Invloedrijke partner tevreden houden", en: "Keep the powerful partner satisfied"),
            description: Localized(
                nl: """
                    Geef een partner met veel invloed maar weinig betrokkenheid korte, op haar toegesneden updates \
                    rond haar eigen besluitmomenten. Vraag telkens om één concreet ding dat alleen zij kan leveren, \
                    zoals een handtekening, een deur die opengaat of een signaal van het bestuur.
                    """,
                en: """
                    Give a partner with much influence but little engagement short, tailored updates around their own \
                    decision moments. Each time, ask for one concrete thing only they can provide, such as a \
                    signature, an opened door or a signal from the board.
                    """
            ),
            tips: [3, 5],
            fitsWhen: Localized(
                nl: "Een partner kan de opgave maken of breken, maar heeft er zelf weinig mee.",
                en: "A partner can make or break the opgave, but cares little about it."
            ),
            conditions: [.highInfluenceLowCommitment],
            effort: .low,
            styles: [.strategist, .guardian],
            method: .mendelow,
            expectedEffect: Localized(
                nl: "De invloedrijke partner blijft welwillend en zet haar macht in op de momenten dat het telt.",
                en: "The influential partner stays well-disposed and uses their power at the moments that count."
            )
        ),
        CatalogIntervention(
            id: "progress-bulletin",
            title: Localized(nl: "Korte voortgangsbrief", en: "Short progress bulletin"),
            description: Localized(
                nl: """
                    Stuur partners die betrokken zijn maar weinig invloed hebben eens per maand een korte brief: wat \
                    is er bereikt, wat komt eraan en waar kunnen ze bijdragen? Houd het op één scherm en sluit af met \
                    een naam en een telefoonnummer.
                    """,
                en: """
                    Once a month, send partners who are interested but have little influence a short bulletin: what \
                    has been achieved, what is coming and where can they contribute? Keep it to one screen and end \
                    with a name and a phone number.
                    """
            ),
            tips: [3, 4],
            fitsWhen: Localized(
                nl: "Veel partners willen op de hoogte blijven, maar je hebt geen tijd om ze allemaal te spreken.",
                en: "Many partners want to stay informed, but you lack the time to speak to each of them."
            ),
            conditions: [.manyPartners, .longNoContact],
            effort: .low,
            styles: [.guardian, .expert],
            method: .mendelow,
            expectedEffect: Localized(
                nl: "Betrokken partners blijven aangehaakt zonder dat het overleg groter wordt.",
                en: "Interested partners stay on board without the meetings getting any bigger."
            )
        ),
        CatalogIntervention(
            id: "salience-review",
            kind: .diagnosis,
            title: Localized(nl: "Saillantietoets van belanghebbenden", en: "Stakeholder salience review"),
            description: Localized(
                nl: """
                    Beoordeel elke partner op macht, legitimiteit en urgentie en bepaal zo in welke saillantieklasse \
                    ze valt. Let vooral op partijen met veel macht en haast maar zonder erkende rol, en op slapende \
                    partijen die plotseling wakker kunnen worden.
                    """,
                en: """
                    Rate every partner on power, legitimacy and urgency to find their salience class. Watch especially \
                    for parties with much power and urgency but no recognised role, and for dormant parties that could \
                    suddenly wake up.
                    """
            ),
            tips: [3, 2],
            fitsWhen: Localized(
                nl: "Je vermoedt dat je een partij over het hoofd ziet die de opgave ineens kan blokkeren.",
                en: "You suspect you are overlooking a party that could suddenly block the opgave."
            ),
            conditions: [.manyPartners, .criticalActorDisengaged],
            effort: .medium,
            styles: [.strategist, .expert],
            method: .salience,
            expectedEffect: Localized(
                nl: "Je wordt minder vaak verrast, omdat je ziet wie er nu en straks toe doet.",
                en: "You are caught out less often, because you see who matters now and who will matter later."
            )
        ),
        CatalogIntervention(
            id: "recognised-seat",
            title: Localized(nl: "Een erkende plek aan tafel", en: "A recognised seat at the table"),
            description: Localized(
                nl: """
                    Geef een partij die druk zet en macht heeft, maar geen formele rol, een duidelijke en begrensde \
                    plek in het proces, bijvoorbeeld in een klankbordgroep of als vast agendapunt. Spreek af waarover \
                    ze meepraat en waarover niet.
                    """,
                en: """
                    Give a party that applies pressure and holds power, but has no formal role, a clear and bounded \
                    place in the process, for example in a sounding-board group or as a standing agenda item. Agree \
                    what it has a say in and what not.
                    """
            ),
            tips: [3, 6],
            fitsWhen: Localized(
                nl: "Een partij met macht en haast opereert buiten het overleg om en zorgt voor onrust.",
                en: "A party with power and urgency operates outside the meetings and stirs up unrest."
            ),
            conditions: [.powerWithoutLegitimacy, .tensionBetweenPartners],
            effort: .medium,
            styles: [.guardian, .connector],
            method: .salience,
            expectedEffect: Localized(
                nl: """
                    De druk van die partij loopt via het proces in plaats van eromheen, en haar inbreng wordt \
                    bruikbaar.
                    """,
                en: "The party’s pressure runs through the process instead of around it, and its input becomes usable."
            )
        ),
        CatalogIntervention(
            id: "map-critical-actors",
            kind: .diagnosis,
            title: Localized(nl: "Kritieke actoren in beeld", en: "Map the critical actors"),
            description: Localized(
                nl: """
                    Maak een lijst van de middelen die de opgave nodig heeft, zoals geld, bevoegdheden, locaties, \
                    gegevens en toegang tot de mensen om wie het gaat. Noteer per middel welke partner het heeft en of \
                    een ander het kan vervangen; wie iets onvervangbaars bezit, is kritiek en krijgt voorrang.
                    """,
                en: """
                    List the resources the opgave needs, such as money, legal powers, locations, data and access to \
                    the people concerned. For each, note which partner holds it and whether anyone else could replace \
                    it; whoever holds something irreplaceable is critical and comes first.
                    """
            ),
            tips: [3, 1],
            fitsWhen: Localized(
                nl: "Je wilt weten zonder welke partners de opgave echt niet lukt.",
                en: "You want to know which partners the opgave truly cannot succeed without."
            ),
            conditions: [.criticalActorDisengaged, .manyPartners],
            effort: .medium,
            styles: [.strategist, .expert],
            method: .actorAnalysis,
            expectedEffect: Localized(
                nl: "Je inzet richt zich op de partners die onmisbaar zijn, en niet op wie het hardst roept.",
                en: "Your effort goes to the partners who are indispensable, not to those who shout loudest."
            )
        ),
        CatalogIntervention(
            id: "network-scan",
            kind: .diagnosis,
            title: Localized(nl: "Netwerkscan", en: "Network scan"),
            description: Localized(
                nl: """
                    Teken alle relaties tussen de partners en bekijk per partner hoeveel verbindingen ze heeft en hoe \
                    vaak ze op de kortste weg tussen anderen in staat. Zoek de losse partners, de bruggenbouwers en de \
                    groepjes die elkaar niet raken, en toets het beeld bij twee of drie partners.
                    """,
                en: """
                    Draw all relations between the partners and look at how many links each partner has and how often \
                    they sit on the shortest path between others. Find the loose partners, the bridge builders and the \
                    groups that never touch, and check the picture with two or three partners.
                    """
            ),
            tips: [3, 2],
            fitsWhen: Localized(
                nl: "Het netwerk is groot of onoverzichtelijk en je weet niet waar je moet ingrijpen.",
                en: "The network is large or hard to oversee and you do not know where to step in."
            ),
            conditions: [.manyPartners, .isolatedPartner, .separateClusters],
            effort: .medium,
            styles: [.strategist, .expert],
            method: .socialNetworkAnalysis,
            expectedEffect: Localized(
                nl: """
                    Je ziet de structuur van het netwerk, en daarmee de plekken waar een interventie het meeste effect \
                    heeft.
                    """,
                en: """
                    You see the structure of the network, and with it the places where an intervention has the most \
                    effect.
                    """
            )
        ),
        CatalogIntervention(
            id: "broker-via-central-partner",
            title: Localized(nl: "Via de bruggenbouwer werken", en: "Work through the broker"),
            description: Localized(
                nl: """
                    Vraag de partner die delen van het netwerk verbindt die elkaar anders niet bereiken, om een \
                    boodschap over te brengen of een deur te openen bij een partner die jij slecht bereikt. Het gaat \
                    om wie tussen groepen in staat, niet om wie de meeste contacten heeft; bespreek vooraf wat ze \
                    precies vertelt en wat het haar zelf oplevert.
                    """,
                en: """
                    Ask the partner who links parts of the network that would otherwise not reach each other to pass \
                    on a message or open a door to a partner you find hard to reach. What counts is who stands between \
                    groups, not who has the most contacts; agree beforehand on exactly what they will say and what is \
                    in it for them.
                    """
            ),
            tips: [3],
            fitsWhen: Localized(
                nl: """
                    Eén partner vormt de brug tussen groepen, terwijl jij een partner aan de andere kant niet goed \
                    bereikt.
                    """,
                en: "One partner bridges separate groups, while you cannot easily reach a partner on the other side."
            ),
            conditions: [.brokerPresent, .isolatedPartner, .longNoContact],
            effort: .low,
            styles: [.strategist, .connector],
            method: .socialNetworkAnalysis,
            expectedEffect: Localized(
                nl: """
                    Je bereikt een lastige partner via een vertrouwd kanaal, met minder weerstand dan bij een \
                    rechtstreeks verzoek.
                    """,
                en: """
                    You reach a difficult partner through a trusted channel, meeting less resistance than a direct \
                    request would.
                    """
            )
        ),
        CatalogIntervention(
            id: "pick-one-leverage-point",
            title: Localized(nl: "Eén hefboom kiezen", en: "Pick one leverage point"),
            description: Localized(
                nl: """
                    Zet alle interventies die je overweegt op een rij en scoor ze op hun effect op het geheel en op de \
                    energie die ze jou kosten. Kies er één, en schrijf op wat je bewust laat liggen en waarom.
                    """,
                en: """
                    List every intervention you are considering and score each on its effect on the whole and the \
                    energy it costs you. Choose one, and write down what you are deliberately leaving aside and why.
                    """
            ),
            tips: [3],
            fitsWhen: Localized(
                nl: "Je probeert overal tegelijk iets en toch komt het netwerk niet in beweging.",
                en: "You are trying something everywhere at once and still the network does not move."
            ),
            conditions: [.progressStalls, .manyPartners],
            effort: .low,
            styles: [.strategist, .driver],
            method: .derivedFromTip3,
            expectedEffect: Localized(
                nl: "Je energie gaat naar de plek waar ze het meeste oplevert, en je kunt uitleggen waarom.",
                en: "Your energy goes where it yields the most, and you can explain why."
            )
        ),
        CatalogIntervention(
            id: "coalition-of-the-willing",
            title: Localized(nl: "Coalitie van de bereidwilligen", en: "Coalition of the willing"),
            description: Localized(
                nl: """
                    Begin met de toegewijde partners: wie de opgave belangrijk vindt en er zelf tijd en middelen in \
                    wil steken, voor een afgebakend deel van de opgave, zonder te wachten tot iedereen meedoet. Laat \
                    hun resultaten zien en houd de deur open, zodat anderen kunnen aansluiten zodra ze zien dat het \
                    werkt.
                    """,
                en: """
                    Start with the dedicated partners, those who care about the opgave and are willing to invest their \
                    own time and means, on a well-defined part of the opgave, without waiting for everyone to join. \
                    Show their results and keep the door open, so others can come on board once they see it works.
                    """
            ),
            tips: [3, 5],
            fitsWhen: Localized(
                nl: "Het wachten op overeenstemming met alle partners houdt de voortgang tegen.",
                en: "Waiting for agreement among all partners is holding progress back."
            ),
            conditions: [.progressStalls, .engagementGap, .lowEnergy],
            effort: .medium,
            styles: [.driver, .connector],
            method: .actorAnalysis,
            expectedEffect: Localized(
                nl: "Er komt beweging en zichtbaar resultaat, en daarmee een reden voor twijfelaars om aan te sluiten.",
                en: "Movement and visible results appear, and with them a reason for those still hesitating to join."
            )
        ),
        CatalogIntervention(
            id: "connect-separate-clusters",
            title: Localized(nl: "Losse clusters verbinden", en: "Connect separate clusters"),
            description: Localized(
                nl: """
                    Organiseer een werksessie rond een concreet vraagstuk dat twee groepen partners allebei aangaat, \
                    bijvoorbeeld een gezin waar zowel zorg als veiligheid speelt of een bouwplan dat zowel water als \
                    energie raakt. Wijs per groep iemand aan die daarna het contact met de andere groep onderhoudt.
                    """,
                en: """
                    Organise a working session around a concrete matter that concerns two groups of partners, for \
                    example a family where both care and safety are at issue, or a building plan that touches both \
                    water and energy. Appoint someone in each group to keep up contact with the other group \
                    afterwards.
                    """
            ),
            tips: [3, 2],
            fitsWhen: Localized(
                nl: "Het netwerk bestaat uit groepjes die elk hun eigen kant op werken.",
                en: "The network consists of groups that each go their own way."
            ),
            conditions: [.separateClusters],
            effort: .medium,
            styles: [.connector, .driver],
            method: .networkStrategyConnecting,
            expectedEffect: Localized(
                nl: """
                    Er ontstaan vaste verbindingen tussen de groepen, zodat informatie en vragen niet meer tussen wal \
                    en schip vallen.
                    """,
                en: """
                    Lasting links form between the groups, so information and questions no longer fall through the \
                    cracks.
                    """
            )
        ),
        CatalogIntervention(
            id: "reconnect-isolated-partner",
            title: Localized(nl: "Losgeraakte partner weer aanhaken", en: "Reconnect an isolated partner"),
            description: Localized(
                nl: """
                    Koppel een partner die los van de rest staat aan een maatje uit het netwerk en geef ze samen een \
                    kleine, concrete klus. Vraag na een paar weken aan allebei hoe het gaat en wat ze van elkaar nodig \
                    hebben.
                    """,
                en: """
                    Pair a partner who stands apart from the rest with a buddy from the network and give the two of \
                    them a small, concrete task. After a few weeks, ask both how it is going and what they need from \
                    each other.
                    """
            ),
            tips: [3, 5],
            fitsWhen: Localized(
                nl: "Een partner heeft nauwelijks relaties met de anderen en dreigt uit beeld te raken.",
                en: "A partner has hardly any relations with the others and is in danger of dropping out of sight."
            ),
            conditions: [.isolatedPartner, .longNoContact],
            effort: .low,
            styles: [.connector],
            method: .networkStrategyConnecting,
            expectedEffect: Localized(
                nl: "De partner raakt weer verweven met het netwerk, via een relatie die niet alleen op jou rust.",
                en: """
                    The partner becomes woven into the network again, through a relation that does not rest on you \
                    alone.
                    """
            )
        ),
        CatalogIntervention(
            id: "executive-champion",
            title: Localized(nl: "Een bestuurlijk trekker of ambassadeur", en: "An executive champion or ambassador"),
            description: Localized(
                nl: """
                    Zoek een bestuurder of directeur die in de opgave gelooft en gezag heeft bij de andere besturen, \
                    en vraag haar om als trekker of ambassadeur op te treden. Spreek af bij welke momenten ze het \
                    woord voert, welke collega-bestuurders ze zelf benadert en hoe jullie elkaar op de hoogte houden.
                    """,
                en: """
                    Find an executive who believes in the opgave and carries weight with the other boards, and ask \
                    them to act as champion or ambassador. Agree at which moments they will speak up, which fellow \
                    executives they will approach themselves and how you keep each other informed.
                    """
            ),
            tips: [3, 5],
            fitsWhen: Localized(
                nl: "Op uitvoerend niveau is er beweging, maar besturen met veel invloed blijven op afstand.",
                en: "There is movement at working level, but boards with a lot of influence stay at a distance."
            ),
            conditions: [.highInfluenceLowCommitment, .engagementGap, .lowEnergy],
            effort: .medium,
            styles: [.strategist, .connector],
            method: .networkStrategyConnecting,
            expectedEffect: Localized(
                nl: """
                    Bestuurders horen het verhaal van een gelijke, en de opgave krijgt bestuurlijk gewicht zonder dat \
                    de regisseur de baas gaat spelen.
                    """,
                en: """
                    Executives hear the story from a peer, and the opgave gains weight at board level without the \
                    regisseur acting as the boss.
                    """
            )
        ),
    ]
}
