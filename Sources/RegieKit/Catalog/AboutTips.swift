/// Where the seven tips come from and what regie means, shown with the walkthrough.
public struct AboutTips: Hashable, Sendable {
    /// The heading, "Over de tips".
    public let title: Localized
    /// The text in paragraphs: the source, what regie is, and where Regie adds its own.
    public let paragraphs: [Localized]
    /// The source in one short line, for where there is no room for the paragraphs.
    public let credit: Localized
}

extension Catalog {
    /// The credit for the tips and a short definition of regie, in Regie's own words.
    public static let aboutTips = AboutTips(
        title: Localized(nl: "Over de tips", en: "About the tips"),
        paragraphs: [
            Localized(
                nl: """
                    De zeven tips zijn in Regie’s eigen woorden naverteld uit ‘7 tips bij Netwerk- en Ketenregie’ van \
                    Hans Licht, docent van de opleiding Netwerk- en Ketenregie bij het Studiecentrum voor Bedrijf en \
                    Overheid (SBO). Tip 7 leunt op Programmatisch Creëren van Bos, Licht en Van Loon, waarin ‘sturen \
                    op basis van regie’ een van de sturingsvarianten is.
                    """,
                en: """
                    The seven tips are retold in Regie’s own words from ‘7 tips bij Netwerk- en Ketenregie’ (seven \
                    tips for network and chain regie) by Hans Licht, who teaches the course on network and chain \
                    regie at the Studiecentrum voor Bedrijf en Overheid (SBO). Tip 7 draws on Programmatisch Creëren \
                    by Bos, Licht and Van Loon, in which steering on the basis of regie is one of the modes of \
                    steering.
                    """
            ),
            Localized(
                nl: """
                    Regie voeren is hier: doelbewust invloed uitoefenen op een samenwerking van partners die elkaar \
                    niets kunnen opdragen, maar elkaar wel nodig hebben om hun gezamenlijke opgave te halen. Er is \
                    geen hiërarchie; de regisseur is niet de baas en stelt zich in dienst van de opgave. Een \
                    blauwdruk bestaat niet: hoe je het aanpakt, hangt af van de samenwerking, de partners en je \
                    eigen stijl.
                    """,
                en: """
                    Regie, the Dutch word for this kind of direction, means here: deliberately influencing a \
                    collaboration of partners who cannot give each other orders but need each other to achieve \
                    their shared opgave, the challenge they take on together. There is no hierarchy; the regisseur, \
                    the person doing the regie, is not the boss and puts themselves at the service of the opgave. \
                    There is no blueprint either: how you go about it depends on the collaboration, the partners \
                    and your own style.
                    """
            ),
            Localized(
                nl: """
                    De vijf regisseursstijlen (strateeg, verbinder, aanjager, procesbewaker en inhoudsdeskundige) \
                    zijn een eigen indeling van Regie en geen onderdeel van de tips; ze helpen interventies te \
                    kiezen die bij jou passen. Ook de interventies komen niet uit de tips: elke interventie noemt de \
                    methode of praktijk waar ze vandaan komt, of de tip waarvan Regie haar heeft afgeleid.
                    """,
                en: """
                    The five regisseur styles (strategist, connector, driver, process guardian and content expert) \
                    are Regie’s own typology, not part of the tips; they help you choose interventions that suit \
                    you. Nor do the interventions come from the tips: each names the method or practice it comes \
                    from, or the tip from which Regie derived it.
                    """
            ),
        ],
        credit: Localized(
            nl: "Naar ‘7 tips bij Netwerk- en Ketenregie’, Hans Licht (SBO)",
            en: "After ‘7 tips bij Netwerk- en Ketenregie’, Hans Licht (SBO)"
        )
    )
}
