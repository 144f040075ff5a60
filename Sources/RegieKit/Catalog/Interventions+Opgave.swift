// Interventions that mainly serve tip 1, de opgave is leidend.

extension Catalog {
    static let opgaveInterventions: [CatalogIntervention] = [
        CatalogIntervention(
            id: "opgave-on-one-page",
            title: Localized(nl: "De opgave op één A4", en: "The opgave on a single page"),
            description: Localized(
                nl: """
                    Schrijf in één werksessie met de kern van de partners de opgave op één A4: wat willen we bereiken, \
                    voor wie, waarom doet het ertoe en waaraan zien we dat het lukt. Laat elke partner daarna in eigen \
                    woorden zeggen wat dit voor de eigen organisatie betekent, en leg het blad bij elk overleg op \
                    tafel.
                    """,
                en: """
                    In one working session with the core partners, write the opgave on a single page: what we want to \
                    achieve, for whom, why it matters and how we will see that it works. Then ask each partner to say \
                    in their own words what this means for their organisation, and put the page on the table at every \
                    meeting.
                    """
            ),
            tips: [1],
            fitsWhen: Localized(
                nl: "Partners praten over de opgave, maar bedoelen er elk iets anders mee.",
                en: "Partners talk about the opgave, but each means something different by it."
            ),
            conditions: [.unclearOpgave, .divergingPerspectives],
            effort: .medium,
            styles: [.strategist, .guardian],
            method: .derivedFromTip1,
            expectedEffect: Localized(
                nl: "Er ligt een gedeeld en toetsbaar beeld van de opgave waaraan elk voorstel kan worden gemeten.",
                en: "There is a shared, testable picture of the opgave against which every proposal can be measured."
            )
        ),
        CatalogIntervention(
            id: "assignment-beside-opgave",
            title: Localized(nl: "Opdracht naast opgave leggen", en: "Set the assignment beside the opgave"),
            description: Localized(
                nl: """
                    Vraag elke partner op te schrijven welke opdracht ze van de eigen organisatie heeft meegekregen, \
                    en daarnaast wat er volgens de mensen aan tafel zelf buiten moet veranderen. Leg de antwoorden \
                    naast elkaar en bespreek waar opdracht en opgave schuren en waar ze elkaar versterken.
                    """,
                en: """
                    Ask each partner to write down the assignment their own organisation gave them and, next to it, \
                    what the people at the table personally believe must change out in the world. Lay the answers side \
                    by side and discuss where assignment and opgave rub against each other and where they reinforce \
                    each other.
                    """
            ),
            tips: [1, 5],
            fitsWhen: Localized(
                nl: """
                    Partners zitten aan tafel omdat hun organisatie dat vraagt, maar de gezamenlijke opgave raakt hen \
                    nauwelijks.
                    """,
                en: """
                    Partners have a seat because their organisation expects it, but the shared opgave hardly touches \
                    them.
                    """
            ),
            conditions: [.unclearOpgave, .engagementGap, .lowEnergy],
            effort: .low,
            styles: [.connector, .strategist],
            method: .derivedFromTip1,
            expectedEffect: Localized(
                nl: """
                    Partners zien het verschil tussen wat hun gevraagd is en waarvoor ze zelf willen gaan, en \
                    verbinden zich bewuster aan de opgave.
                    """,
                en: """
                    Partners see the difference between what they were asked to do and what they themselves want to go \
                    for, and commit to the opgave more deliberately.
                    """
            )
        ),
        CatalogIntervention(
            id: "success-signals",
            title: Localized(nl: "Successignalen afspreken", en: "Agree on signs of success"),
            description: Localized(
                nl: """
                    Kies samen drie tot vijf signalen waaraan je buiten de eigen organisaties ziet dat de opgave \
                    dichterbij komt, zoals kortere wachttijden, minder gestorte grondstoffen of sneller vergunde \
                    initiatieven, en dus niet het aantal overleggen of plannen. Spreek af wie ze bijhoudt en bespreek \
                    ze elk kwartaal aan het begin van het overleg.
                    """,
                en: """
                    Choose three to five signals together that show, beyond your own organisations, that the opgave is \
                    getting closer, such as shorter waiting times, less material going to landfill or initiatives \
                    approved sooner, and so not the number of meetings or plans. Agree who tracks them and review them \
                    every quarter at the start of the meeting.
                    """
            ),
            tips: [1, 4],
            fitsWhen: Localized(
                nl: "Niemand kan zeggen of de samenwerking buiten de eigen organisaties iets oplevert.",
                en: """
                    Nobody can say whether the collaboration achieves anything beyond the partners’ own organisations.
                    """
            ),
            conditions: [.unclearOpgave, .progressStalls, .consequencesUnclear],
            effort: .medium,
            styles: [.expert, .guardian],
            method: .networkStrategyExploring,
            expectedEffect: Localized(
                nl: "Voortgang wordt zichtbaar in de buitenwereld, zodat partners zien wat hun inzet uitmaakt.",
                en: """
                    Progress becomes visible in the outside world, so partners see what difference their effort makes.
                    """
            )
        ),
        CatalogIntervention(
            id: "outside-in-success-story",
            title: Localized(nl: "Succesverhaal van buitenaf", en: "Outside-in success story"),
            description: Localized(
                nl: """
                    Laat partners in kleine groepen een krantenbericht van over drie jaar schrijven, verteld door \
                    iemand voor wie de samenwerking het verschil maakte: wat is er veranderd en wie heeft daaraan \
                    bijgedragen? Lees de verhalen voor en haal de gemeenschappelijke elementen eruit als bouwstenen \
                    voor de opgave.
                    """,
                en: """
                    Have partners, in small groups, write a newspaper story set three years from now, told by someone \
                    for whom the collaboration made the difference: what has changed, and who helped make it happen? \
                    Read the stories aloud and pick out what they have in common as building blocks for the opgave.
                    """
            ),
            tips: [1, 6, 5],
            fitsWhen: Localized(
                nl: "De opgave blijft abstract, of het overleg is verzand in de vraag wie wat krijgt.",
                en: "The opgave stays abstract, or the meetings have got bogged down in who gets what."
            ),
            conditions: [.unclearOpgave, .lowEnergy, .negotiationDominates],
            effort: .low,
            styles: [.connector, .driver],
            method: .appreciativeInquiry,
            expectedEffect: Localized(
                nl: """
                    Partners krijgen een levendig, gedeeld beeld van het resultaat en praten weer over wat ze buiten \
                    willen bereiken.
                    """,
                en: """
                    Partners gain a vivid, shared picture of the result and talk again about what they want to achieve \
                    out in the world.
                    """
            )
        ),
        CatalogIntervention(
            id: "contribution-check",
            kind: .diagnosis,
            title: Localized(nl: "Bijdrage aan de opgave toetsen", en: "Contribution check"),
            description: Localized(
                nl: """
                    Loop de partnerlijst door en beantwoord per partner twee vragen: wat voegt ze nu toe aan de \
                    opgave, en wat zouden we missen als ze er niet meer bij was? Geef elke partner een score voor \
                    bijdrage en bespreek de laagste scores eerst met een collega die je vertrouwt.
                    """,
                en: """
                    Go through the list of partners and answer two questions for each: what do they add to the opgave \
                    now, and what would we miss if they were no longer involved? Give every partner a contribution \
                    score and talk the lowest scores through with a colleague you trust first.
                    """
            ),
            tips: [1, 3],
            fitsWhen: Localized(
                nl: """
                    Het netwerk is in de loop der jaren gegroeid en niemand weet nog precies waarom iedereen aan tafel \
                    zit.
                    """,
                en: "The network has grown over the years and nobody quite remembers why everyone has a seat."
            ),
            conditions: [.partnerAddsNothing, .manyPartners],
            effort: .low,
            styles: [.strategist, .guardian],
            method: .derivedFromTip1,
            expectedEffect: Localized(
                nl: "Je ziet welke partners onmisbaar zijn en bij welke de samenwerking vooral gewoonte is geworden.",
                en: "You see which partners are indispensable and where working together has become mere habit."
            )
        ),
        CatalogIntervention(
            id: "let-go-respectfully",
            title: Localized(nl: "Respectvol loslaten", en: "Let a partner go respectfully"),
            description: Localized(
                nl: """
                    Voer een persoonlijk gesprek met een partner die weinig toevoegt: bedank haar voor wat ze heeft \
                    gedaan, leg uit waarom je de kring kleiner maakt en spreek af hoe ze op de hoogte blijft. Zet de \
                    partner op ‘losgelaten’ in plaats van haar te schrappen, zodat je later weer kunt aankloppen als \
                    de opgave verandert.
                    """,
                en: """
                    Have a personal conversation with a partner who adds little: thank them for what they have done, \
                    explain why you are making the circle smaller, and agree how they will stay informed. Mark the \
                    partner as ‘let go’ rather than removing them, so you can knock on their door again if the opgave \
                    changes.
                    """
            ),
            tips: [1, 4],
            fitsWhen: Localized(
                nl: "Een partner zit aan tafel zonder bij te dragen en kost het overleg tijd en aandacht.",
                en: "A partner keeps a seat without contributing and costs the meetings time and attention."
            ),
            conditions: [.partnerAddsNothing, .manyPartners],
            effort: .medium,
            styles: [.connector, .guardian],
            method: .derivedFromTip1,
            expectedEffect: Localized(
                nl: "Het overleg wordt kleiner en scherper, terwijl de relatie met de losgelaten partner goed blijft.",
                en: """
                    Meetings become smaller and sharper, while the relationship with the partner who was let go stays \
                    good.
                    """
            )
        ),
        CatalogIntervention(
            id: "kwartiermaker",
            title: Localized(nl: "Een kwartiermaker aanstellen", en: "Appoint a kwartiermaker"),
            description: Localized(
                nl: """
                    Stel voor een samenwerking die nog moet ontstaan een kwartiermaker aan: iemand die een half jaar \
                    tot een jaar de partners opzoekt, de opgave scherp krijgt en voorstelt hoe de samenwerking wordt \
                    ingericht. Spreek vooraf af wanneer de klus af is en wie het daarna overneemt.
                    """,
                en: """
                    For a collaboration that has yet to take shape, appoint a kwartiermaker (a pathfinder who prepares \
                    the ground): someone who spends six months to a year visiting the partners, sharpening the opgave \
                    and proposing how the collaboration will be organised. Agree in advance when the job is done and \
                    who takes over afterwards.
                    """
            ),
            tips: [1, 7],
            fitsWhen: Localized(
                nl: "Er is een gedeelde zorg, maar nog geen opgave, geen vaste partners en geen werkvorm.",
                en: "There is a shared concern, but no opgave yet, no settled partners and no way of working."
            ),
            conditions: [.unclearOpgave, .workFormUnclear],
            effort: .high,
            styles: [.driver, .connector],
            method: .dutchPractice,
            expectedEffect: Localized(
                nl: "De samenwerking start met een opgave en een inrichting die de partners zelf hebben helpen maken.",
                en: """
                    The collaboration starts with an opgave and an arrangement that the partners helped to shape \
                    themselves.
                    """
            )
        ),
    ]
}
