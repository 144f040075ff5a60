/// A situation in the network under which an intervention fits; the suggestion engine tests these against a session.
public enum FitCondition: String, Hashable, Sendable, CaseIterable {
    case unclearOpgave
    case partnerAddsNothing
    case highInfluenceLowCommitment
    case lowTrust
    case lowEnergy
    case negotiationDominates
    case tensionBetweenPartners
    case isolatedPartner
    case brokerPresent
    case separateClusters
    case criticalActorDisengaged
    case engagementGap
    case longNoContact
    case missingPerspectives
    case divergingPerspectives
    case consequencesUnclear
    case manyPartners
    case interestsConflict
    case workFormUnclear
    case hierarchicalReflex
    case progressStalls
    case coreValuesAtStake
    case powerWithoutLegitimacy

    /// What the condition means, in both languages.
    public var description: Localized {
        switch self {
        case .unclearOpgave:
            Localized(
                nl: """
                    De opgave is vaag of ontbreekt: er is geen gedeeld beeld van wat we willen bereiken en waaraan we \
                    dat merken.
                    """,
                en: """
                    The opgave is vague or missing: there is no shared picture of what we want to achieve or how we \
                    would notice it.
                    """
            )
        case .partnerAddsNothing:
            Localized(
                nl: "Een partner draagt weinig of niets bij aan de opgave, maar zit wel aan tafel.",
                en: "A partner contributes little or nothing to the opgave, yet still has a seat at the table."
            )
        case .highInfluenceLowCommitment:
            Localized(
                nl: "Een partner met veel invloed voelt zich nauwelijks verbonden met de opgave.",
                en: "A partner with a lot of influence feels hardly any commitment to the opgave."
            )
        case .lowTrust:
            Localized(
                nl: "Het vertrouwen tussen partners, of in de regisseur, is laag.",
                en: "Trust between partners, or in the regisseur, is low."
            )
        case .lowEnergy:
            Localized(
                nl: "De energie is weg: partners komen wel, maar er gebeurt weinig en niemand neemt initiatief.",
                en: "The energy has gone: partners turn up, but little happens and nobody takes the initiative."
            )
        case .negotiationDominates:
            Localized(
                nl: """
                    Relaties en overleggen draaien vooral om onderhandelen over wie wat doet en krijgt, niet om samen \
                    iets maken.
                    """,
                en: """
                    Relations and meetings are mostly about bargaining over who does and gets what, not about creating \
                    something together.
                    """
            )
        case .tensionBetweenPartners:
            Localized(
                nl: "Tussen twee of meer partners is er spanning of een openlijk conflict.",
                en: "There is tension or open conflict between two or more partners."
            )
        case .isolatedPartner:
            Localized(
                nl: "Een partner heeft geen of bijna geen relaties met de rest van het netwerk.",
                en: "A partner has no or almost no relations with the rest of the network."
            )
        case .brokerPresent:
            Localized(
                nl: "Er is een spilpartner die groepen verbindt die elkaar anders niet zouden bereiken.",
                en: "There is a hub partner linking groups that would otherwise not reach each other."
            )
        case .separateClusters:
            Localized(
                nl: "Het netwerk valt uiteen in groepen partners die onderling nauwelijks contact hebben.",
                en: "The network falls apart into groups of partners with hardly any contact between them."
            )
        case .criticalActorDisengaged:
            Localized(
                nl: "Een partner die een onvervangbaar middel in handen heeft, is niet of nauwelijks betrokken.",
                en: "A partner holding a resource nobody else can replace is barely involved, if at all."
            )
        case .engagementGap:
            Localized(
                nl: "Een partner is duidelijk minder betrokken dan de opgave van haar vraagt.",
                en: "A partner is clearly less engaged than the opgave needs them to be."
            )
        case .longNoContact:
            Localized(
                nl: "Met een partner is al lange tijd geen contact geweest, in overleg noch in notities.",
                en: "There has been no contact with a partner for a long time, neither in meetings nor in notes."
            )
        case .missingPerspectives:
            Localized(
                nl: "Van een of meer partners weten we niet hoe zij de opgave zien.",
                en: "We do not know how one or more partners see the opgave."
            )
        case .divergingPerspectives:
            Localized(
                nl: "Partners kijken heel verschillend naar de opgave en praten langs elkaar heen.",
                en: "Partners see the opgave very differently and talk past each other."
            )
        case .consequencesUnclear:
            Localized(
                nl: """
                    Het is niet duidelijk wat besluiten, of het uitblijven ervan, betekenen voor de samenwerking en de \
                    opgave.
                    """,
                en: "It is unclear what decisions, or the lack of them, mean for the collaboration and for the opgave."
            )
        case .manyPartners:
            Localized(
                nl: "Het netwerk is zo groot dat de regisseur niet iedereen evenveel aandacht kan geven.",
                en: "The network is so large that the regisseur cannot give every partner the same attention."
            )
        case .interestsConflict:
            Localized(
                nl: "De belangen van partners botsen, bijvoorbeeld over geld, capaciteit of zeggenschap.",
                en: "Partners’ interests clash, for instance over money, capacity or control."
            )
        case .workFormUnclear:
            Localized(
                nl: """
                    Niet vastgelegd of onduidelijk is in welke werkvorm en met welke sturingsvariant wordt \
                    samengewerkt.
                    """,
                en: "The way of working and the mode of steering of the collaboration are not recorded or not clear."
            )
        case .hierarchicalReflex:
            Localized(
                nl: "Partners verwachten dat iemand de baas speelt, of een partner probeert dat zelf te doen.",
                en: "Partners expect someone to act as the boss, or one partner tries to take that role."
            )
        case .progressStalls:
            Localized(
                nl: "De samenwerking komt niet vooruit: afspraken schuiven door en resultaten blijven uit.",
                en: "The collaboration is not moving: agreements keep being postponed and results fail to appear."
            )
        case .coreValuesAtStake:
            Localized(
                nl: "Een partner ziet waarden in het geding komen die ze niet wil of kan opgeven.",
                en: "A partner sees values at risk that they will not or cannot compromise on."
            )
        case .powerWithoutLegitimacy:
            Localized(
                nl: "Een partner met macht en haast heeft geen erkende rol en zet van buiten het overleg druk.",
                en: "A partner with power and urgency has no recognised role and presses from outside the meetings."
            )
        }
    }
}
