// The seven tips, in our own words. The ideas come from the seed text; its sentences do not.

extension Catalog {
    static let tip1 = Tip(
        number: 1,
        title: Localized(nl: "De opgave is leidend", en: "Let the opgave lead"),
        summary: Localized(
            nl: """
                Samenwerken loont alleen als iedereen weet waarvoor het is. Maak de opgave concreet: wat willen \
                we buiten de eigen organisaties veranderen, waarom doet dat ertoe en waaraan merken we dat het \
                lukt? Een opdracht wordt je gegeven, maar een opgave draag je omdat je er zelf in gelooft. \
                Partners die niets toevoegen laat je netjes gaan, want samenwerken is een middel en geen eindpunt.
                """,
            en: """
                Collaboration only pays off when everyone knows what it is for. Make the opgave concrete: what do \
                we want to change beyond our own organisations, why does it matter, and how will we notice that \
                it works? An assignment is handed to you, but an opgave is something you carry because you \
                believe in it yourself. Let partners who add nothing go, politely: working together is a means, \
                never an end point.
                """
        ),
        questions: [
            ReflectionQuestion(
                id: "t1.q1",
                text: Localized(
                    nl:
                        "Hoe zou je de opgave in één zin uitleggen aan iemand voor wie jullie het doen, zonder vaktaal?",
                    en:
                        "How would you explain the opgave in one sentence to someone you are doing it for, without jargon?"
                )
            ),
            ReflectionQuestion(
                id: "t1.q2",
                text: Localized(
                    nl: "Waaraan zien we over een jaar dat het gelukt is, en wie merkt dat als eerste?",
                    en: "What will show us, a year from now, that it worked, and who will notice first?"
                )
            ),
            ReflectionQuestion(
                id: "t1.q3",
                text: Localized(
                    nl: """
                        Welke partners zouden deze opgave ook als de hunne omschrijven, en welke zitten er vooral \
                        omdat het van hen gevraagd werd?
                        """,
                    en: """
                        Which partners would describe this opgave as their own, and which are mainly here because \
                        they were asked to be?
                        """
                )
            ),
            ReflectionQuestion(
                id: "t1.q4",
                text: Localized(
                    nl: """
                        Welke partner voegt op dit moment niets toe aan de opgave, en wat houdt je tegen om haar los \
                        te laten?
                        """,
                    en: "Which partner adds nothing to the opgave right now, and what keeps you from letting them go?"
                )
            ),
            ReflectionQuestion(
                id: "t1.q5",
                text: Localized(
                    nl: "Welk overleg houden we in stand zonder dat het de opgave dichterbij brengt?",
                    en: "Which meeting do we keep going without it bringing the opgave any closer?"
                )
            ),
        ],
        workedIn: .partnerMap
    )

    static let tip2 = Tip(
        number: 2,
        title: Localized(nl: "Meervoudig kijken", en: "Multiple perspectives"),
        summary: Localized(
            nl: """
                Elke partner bekijkt de opgave vanuit de eigen positie, en gezien vanaf die plek heeft ze ook \
                gelijk. Wie dat ziet, hoeft niet te winnen en kan zoeken naar wat de verhalen verbindt. Ga dus niet \
                mee in de strijd om het gelijk, maar vraag elke partner wel wat ze zelf voor de opgave doet. Zo \
                ontstaat ruimte voor openheid en voor een verantwoordelijkheid die je samen draagt.
                """,
            en: """
                Every partner looks at the opgave from where they stand, and seen from that spot they are right. \
                Once you see that, you no longer need to win and can look for what links the accounts. So stay \
                out of the fight over who is right, but do ask each partner what they themselves contribute to the \
                opgave. That makes room for openness and for a responsibility you carry together.
                """
        ),
        questions: [
            ReflectionQuestion(
                id: "t2.q1",
                text: Localized(
                    nl: """
                        Hoe zou de partner met wie je het moeilijkst samenwerkt de opgave beschrijven, in eigen \
                        woorden?
                        """,
                    en: "How would the partner you find hardest to work with describe the opgave, in their own words?"
                )
            ),
            ReflectionQuestion(
                id: "t2.q2",
                text: Localized(
                    nl: "Op welk punt heeft die partner, vanuit de eigen positie bekeken, gewoon gelijk?",
                    en: "On what point is that partner, seen from where they stand, simply right?"
                )
            ),
            ReflectionQuestion(
                id: "t2.q3",
                text: Localized(
                    nl: "Van welke partners weet je eigenlijk niet hoe zij naar de opgave kijken?",
                    en: "Which partners’ view of the opgave do you not actually know?"
                )
            ),
            ReflectionQuestion(
                id: "t2.q4",
                text: Localized(
                    nl: """
                        Welk perspectief ontbreekt aan tafel, bijvoorbeeld dat van wie de gevolgen merkt of van wie \
                        het werk uitvoert?
                        """,
                    en: """
                        Which perspective is missing at the table, for example that of those who feel the effects or of \
                        those who do the work?
                        """
                )
            ),
            ReflectionQuestion(
                id: "t2.q5",
                text: Localized(
                    nl: """
                        Waar loopt een gesprek nu vast op de vraag wie gelijk heeft, en op welke verantwoordelijkheid \
                        kun je partners in plaats daarvan aanspreken?
                        """,
                    en: """
                        Where is a conversation stuck on who is right, and which responsibility could you hold \
                        partners to instead?
                        """
                )
            ),
        ],
        workedIn: .perspectives
    )

    static let tip3 = Tip(
        number: 3,
        title: Localized(nl: "Choose your battles", en: "Pick your battles"),
        summary: Localized(
            nl: """
                Als regisseur sta je ervoor in dat de opgave lukt, maar dwingen kun je niemand; succes ontstaat \
                alleen in de samenwerking. Kijk daarom eerst naar de patronen in het netwerk: waar zitten de \
                hefbomen, wie verbindt wie, waar schuurt het? Grijp in waar een kleine ingreep het geheel blijvend \
                verandert, en kies interventies die bij jou passen, want een bedachtzame strateeg zet andere \
                middelen in dan een voortvarende doener.
                """,
            en: """
                As regisseur you answer for the opgave getting done, yet you cannot force anyone; success only \
                comes from the collaboration itself. So first study the patterns in the network: where are the \
                levers, who links whom, where is the friction? Intervene where a small move changes the whole for \
                good, and choose interventions that suit you, because a reflective strategist reaches for \
                different tools than an energetic go-getter.
                """
        ),
        questions: [
            ReflectionQuestion(
                id: "t3.q1",
                text: Localized(
                    nl: "Welke twee of drie patronen in het netwerk bepalen nu het meest of de opgave lukt?",
                    en: """
                        Which two or three patterns in the network most decide, right now, whether the opgave \
                        succeeds?
                        """
                )
            ),
            ReflectionQuestion(
                id: "t3.q2",
                text: Localized(
                    nl: "Welke partner of relatie is de hefboom: waar verandert één ingreep het meeste tegelijk?",
                    en: "Which partner or relation is the lever: where does a single move change the most at once?"
                )
            ),
            ReflectionQuestion(
                id: "t3.q3",
                text: Localized(
                    nl: "Waar steek je nu energie in die weinig oplevert, en wat laat je daar voortaan bewust liggen?",
                    en: """
                        Where are you putting energy that yields little, and what will you deliberately leave alone \
                        from now on?
                        """
                )
            ),
            ReflectionQuestion(
                id: "t3.q4",
                text: Localized(
                    nl: "Welke interventies passen bij jouw stijl, en welke kun je beter aan een ander overlaten?",
                    en: "Which interventions suit your style, and which would you do better to leave to someone else?"
                )
            ),
            ReflectionQuestion(
                id: "t3.q5",
                text: Localized(
                    nl: """
                        Welke verantwoordelijkheid leg je terug bij de partners, zodat niet alles op jouw bord \
                        belandt?
                        """,
                    en: """
                        Which responsibility do you hand back to the partners, so that not everything ends up on your \
                        plate?
                        """
                )
            ),
        ],
        workedIn: .interventions
    )

    static let tip4 = Tip(
        number: 4,
        title: Localized(
            nl: "Verantwoordelijk voor de consequenties van wat men doet of laat",
            en: "Responsible for the consequences of what you do or fail to do"
        ),
        summary: Localized(
            nl: """
                Een partner aanspreken op een besluit of op haar gedrag levert weinig op: ze heeft er bijna altijd \
                goede redenen voor. Het gesprek krijgt pas kracht als het over de gevolgen gaat, voor de \
                samenwerking en voor de opgave. Maak die gevolgen zichtbaar en bespreekbaar, ook die van niets \
                doen. Meet je eigen interventies met dezelfde maat en volg op wat ze hebben opgeleverd.
                """,
            en: """
                Challenging a partner about a decision or their behaviour achieves little: they almost always have \
                good reasons for it. The conversation gains force once it turns to the consequences, for the \
                collaboration and for the opgave. Make those consequences visible and open to discussion, \
                including the consequences of doing nothing. Hold your own interventions to the same standard and \
                follow up on what they brought.
                """
        ),
        questions: [
            ReflectionQuestion(
                id: "t4.q1",
                text: Localized(
                    nl: "Welk genomen of uitgesteld besluit heeft nu de grootste gevolgen voor de opgave?",
                    en: "Which decision, taken or postponed, has the biggest consequences for the opgave right now?"
                )
            ),
            ReflectionQuestion(
                id: "t4.q2",
                text: Localized(
                    nl: "Wat merkt de buitenwereld ervan als een bepaalde partner een afspraak niet nakomt?",
                    en: "What does the outside world notice when a particular partner does not keep a commitment?"
                )
            ),
            ReflectionQuestion(
                id: "t4.q3",
                text: Localized(
                    nl: """
                        Welke goede redenen heeft die partner voor haar keuze, en hoe breng je de gevolgen ter \
                        sprake zonder haar iets te verwijten?
                        """,
                    en: """
                        What good reasons does that partner have for their choice, and how do you raise the \
                        consequences without blaming them?
                        """
                )
            ),
            ReflectionQuestion(
                id: "t4.q4",
                text: Localized(
                    nl: "Wat heeft je laatste interventie opgeleverd, en welke gevolgen had je niet voorzien?",
                    en: "What did your last intervention bring, and which consequences had you not foreseen?"
                )
            ),
            ReflectionQuestion(
                id: "t4.q5",
                text: Localized(
                    nl: "Wat laat je zelf liggen, en wat kost dat de samenwerking?",
                    en: "What are you yourself leaving undone, and what does that cost the collaboration?"
                )
            ),
        ],
        workedIn: .interventions
    )

    static let tip5 = Tip(
        number: 5,
        title: Localized(nl: "Belangen en passie", en: "Interests and passion"),
        summary: Localized(
            nl: """
                Niemand blijft meewerken aan iets wat tegen het eigen belang ingaat, dus breng belangen in kaart en \
                zoek waar je ze kunt verschuiven. Toch is belang niet alles: ook als iets in hun belang is, kiezen \
                mensen soms anders, omdat wat hen persoonlijk raakt hun gedrag minstens zo sterk stuurt. \
                Vraag daarom ook naar waarden, vertrouwen en drijfveren. Waar mensen enthousiast worden, komt de \
                samenwerking in beweging, en ook daarop heb je als regisseur invloed.
                """,
            en: """
                Nobody keeps supporting something that runs against their own interests, so map those interests \
                and look for where you can shift them. Yet interests are not everything: even when something is in \
                their interest, people sometimes choose otherwise, because what touches them personally steers \
                their behaviour at least as strongly. So ask about values, trust and motives as well. Where people get \
                enthusiastic, the collaboration starts to move, and that too is something you can influence.
                """
        ),
        questions: [
            ReflectionQuestion(
                id: "t5.q1",
                text: Localized(
                    nl: "Wat heeft elke sleutelpartner te winnen of te verliezen bij deze opgave?",
                    en: "What does each key partner stand to gain or lose from this opgave?"
                )
            ),
            ReflectionQuestion(
                id: "t5.q2",
                text: Localized(
                    nl: "Wie raakt deze opgave persoonlijk, en hoe merk je dat aan tafel?",
                    en: "Who is personally moved by this opgave, and how does that show at the table?"
                )
            ),
            ReflectionQuestion(
                id: "t5.q3",
                text: Localized(
                    nl: "Bij welke partner is het vertrouwen weggezakt, en wat is daaraan voorafgegaan?",
                    en: "With which partner has trust drained away, and what happened before it did?"
                )
            ),
            ReflectionQuestion(
                id: "t5.q4",
                text: Localized(
                    nl: "Welke belangen kun je zo veranderen dat meedoen aantrekkelijker wordt?",
                    en: "Which interests could you change so that taking part becomes more attractive?"
                )
            ),
            ReflectionQuestion(
                id: "t5.q5",
                text: Localized(
                    nl: "Wanneer zat er voor het laatst echt vuur in het overleg, en hoe krijg je dat vaker?",
                    en: "When was there last real fire in a meeting, and how do you get that more often?"
                )
            ),
        ],
        workedIn: .perspectives
    )

    static let tip6 = Tip(
        number: 6,
        title: Localized(nl: "Samenwerken is iets anders dan onderhandelen", en: "Collaborating is not negotiating"),
        summary: Localized(
            nl: """
                Zodra partners vooral op hun eigen belangen letten in plaats van op de gezamenlijke opgave, gaat \
                het gesprek als vanzelf over wie wat doet en wie wat krijgt. Onderhandelen eindigt bij een besluit \
                en draait om de partners zelf; samenwerken is samen iets maken dat buiten de eigen organisaties \
                zichtbaar wordt. Onderhandelen mag, zolang het een hulpmiddel blijft. Merk je dat een overleg \
                kantelt naar een onderhandeling, benoem dat dan en breng de aandacht terug naar wat jullie samen \
                buiten de eigen organisaties willen bereiken.
                """,
            en: """
                As soon as partners attend mainly to their own interests rather than the shared opgave, the talk \
                drifts by itself to who does what and who gets what. Negotiation ends in a decision and is aimed \
                at the partners; collaboration means making something together that shows up beyond the partners’ \
                own organisations. Bargaining is allowed, as long as it stays a tool. When you notice a meeting \
                tipping into a negotiation, say so and bring the attention back to what you want to achieve \
                together beyond your own organisations.
                """
        ),
        questions: [
            ReflectionQuestion(
                id: "t6.q1",
                text: Localized(
                    nl:
                        "Gaat het in jullie overleggen vooral over de buitenwereld of over de verdeling tussen de partners?",
                    en: """
                        Are your meetings mainly about the outside world or about dividing things up between the \
                        partners?
                        """
                )
            ),
            ReflectionQuestion(
                id: "t6.q2",
                text: Localized(
                    nl: "Welke relaties zijn in de praktijk een onderhandeling geworden?",
                    en: "Which relations have in practice turned into a negotiation?"
                )
            ),
            ReflectionQuestion(
                id: "t6.q3",
                text: Localized(
                    nl: "Wat maken jullie samen dat geen enkele partner alleen had kunnen maken?",
                    en: "What are you making together that no single partner could have made alone?"
                )
            ),
            ReflectionQuestion(
                id: "t6.q4",
                text: Localized(
                    nl: "Welke onderhandeling is echt nodig, en hoe houd je die klein en afgebakend?",
                    en: "Which negotiation is genuinely needed, and how do you keep it small and bounded?"
                )
            ),
            ReflectionQuestion(
                id: "t6.q5",
                text: Localized(
                    nl: """
                        Met welke vraag haal je het gesprek terug naar de buitenwereld als het weer over geld of \
                        capaciteit gaat?
                        """,
                    en: """
                        What question brings the conversation back to the outside world when it turns to money or \
                        capacity again?
                        """
                )
            ),
        ],
        workedIn: .partnerMap
    )

    static let tip7 = Tip(
        number: 7,
        title: Localized(nl: "Sluit aan bij de werkvorm", en: "Align with the way of working"),
        summary: Localized(
            nl: """
                Een samenwerking die moet blijven bestaan, houdt het in de praktijk zelden vol zonder regie. Een \
                programma dat op basis van regie wordt gestuurd, leveren de lijnorganisatie en de partners samen \
                en als gelijken; in een project of een proces is dat soms ook zo, en dan is regie ook daar de \
                passende manier van sturen. Maak daarom expliciet in welke werkvorm je werkt en met welke \
                sturingsvariant, want de spelregels verschillen per vorm, en beheers als regisseur naast de regie \
                ook het vak van die werkvorm zelf.
                """,
            en: """
                A collaboration that is meant to last rarely holds up in practice without regie. A programme \
                steered on the basis of regie is delivered by the line organisation and the partners together and \
                as equals; in a project or a process that is sometimes the case too, and then regie is the fitting \
                way to steer there as well. So make explicit which way of working you are in and which mode of \
                steering applies, because the rules of the game differ from one to the next, and as regisseur \
                master not only regie but also the craft of that way of working itself.
                """
        ),
        questions: [
            ReflectionQuestion(
                id: "t7.q1",
                text: Localized(
                    nl: """
                        In welke werkvorm loopt deze samenwerking: programma, project, proces, lijn of netwerk, en \
                        weet elke partner dat?
                        """,
                    en: """
                        Which way of working does this collaboration use: programme, project, process, line or \
                        network, and does every partner know?
                        """
                )
            ),
            ReflectionQuestion(
                id: "t7.q2",
                text: Localized(
                    nl:
                        "Wie is de opdrachtgever, en wat mag jij als regisseur besluiten zonder ruggespraak met de opdrachtgever?",
                    en: "Who is the sponsor, and what may you as regisseur decide without consulting the sponsor first?"
                )
            ),
            ReflectionQuestion(
                id: "t7.q3",
                text: Localized(
                    nl: """
                        Waar verwacht iemand dat er hiërarchisch gestuurd wordt, terwijl de partners gelijkwaardig \
                        zijn?
                        """,
                    en: "Where does someone expect hierarchical steering while the partners are in fact equals?"
                )
            ),
            ReflectionQuestion(
                id: "t7.q4",
                text: Localized(
                    nl: """
                        Welke instrumenten van de werkvorm, zoals planning, mijlpalen, escalatie en verantwoording, \
                        gebruik je, en welke ontbreken?
                        """,
                    en: """
                        Which instruments of the way of working, such as planning, milestones, escalation and \
                        accountability, do you use, and which are missing?
                        """
                )
            ),
            ReflectionQuestion(
                id: "t7.q5",
                text: Localized(
                    nl: "Past de werkvorm nog bij de fase waarin de opgave zit, of is het tijd om over te stappen?",
                    en: "Does the way of working still suit the phase the opgave is in, or is it time to switch?"
                )
            ),
        ],
        workedIn: .walkthrough
    )
}
