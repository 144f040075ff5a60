import Foundation

extension SessionExport {
    /// The partner map as a self-contained SVG document, drawn by Regie itself: the views in
    /// `options.mapKinds`, one under the other. Partners that a score-based view may not place
    /// (a public export, a partner who did not share) are left out of that view, and the view
    /// does not say who they are: it says only that it shows partners who share.
    public static func svg(_ session: Session, _ options: ExportOptions) -> String {
        let pictures = MapPictures.draw(session, options, skippingEmpty: false)
        let gap = 24.0
        let width = pictures.map(\.width).max() ?? 0
        let height = pictures.map(\.height).reduce(0, +) + gap * Double(max(0, pictures.count - 1))
        let title = pictures.count == 1 ? pictures[0].title : MapPictures.documentTitle(session, options.language)
        let document = MapPicture(
            kind: pictures.first?.kind ?? .network, title: title, width: width, height: height,
            body: pictures.count == 1 ? pictures[0].body : stacked(pictures, gap: gap))
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document.svgElement
    }

    private static func stacked(_ pictures: [MapPicture], gap: Double) -> String {
        var y = 0.0
        var body = ""
        for picture in pictures {
            body += "<g transform=\"translate(0 \(SVGText.number(y)))\">\n" + picture.body + "</g>\n"
            y += picture.height + gap
        }
        return body
    }
}

/// Draws the map views as pictures.
enum MapPictures {
    /// The views in `options.mapKinds`, from the disclosed session; with `skippingEmpty` a
    /// view with nothing to show (the chain when no partner has a place in it) is left out.
    static func draw(_ session: Session, _ options: ExportOptions, skippingEmpty: Bool) -> [MapPicture] {
        let context = PictureContext(session: session.disclosed(options.disclosure), language: options.language)
        return options.mapKinds.compactMap { kind in
            switch kind {
            case .network: NetworkPicture.draw(context)
            case .grid: GridPicture.draw(context)
            case .salience: SaliencePicture.draw(context)
            case .rings: RingsPicture.draw(context)
            case .chain:
                skippingEmpty && ChainStages.stages(context.session.partners).isEmpty ? nil : ChainPicture.draw(context)
            }
        }
    }

    static func documentTitle(_ session: Session, _ language: Language) -> String {
        let name = session.title.isEmpty ? session.opgave.title : session.title
        let prefix = language == .nl ? "Partnerkaart" : "Partner map"
        return name.isEmpty ? prefix : prefix + ": " + name
    }
}

/// What every picture needs: the disclosed session and the language.
struct PictureContext {
    let session: Session
    let language: Language

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    /// The partners a score-based view may place, in session order (the one rule, `Disclosure`).
    var scoredPartners: [Partner] { session.partners.filter(session.showsAssessment) }

    /// The caption under a score-based view of a public export. It is the same whether or not
    /// anyone withheld their scores, so it says nothing about who did.
    var publicCaption: String? {
        guard session.isPublicExport else { return nil }
        return t(
            "Openbare versie: alleen partners die hun inschatting delen staan op deze kaart.",
            "Public version: only partners who share their assessment are on this map.")
    }

    /// `×Name` for a partner let go, `?Name` for one being watched, as on the workbench's map.
    func label(_ partner: Partner) -> String { partner.status.marker + partner.name }

    /// Grey italics for partners let go, so status also shows without the marker.
    func style(_ partner: Partner, size: Double = 12) -> SVGCanvas.TextStyle {
        partner.status == .letGo
            ? SVGCanvas.TextStyle(size: size, italic: true, fill: "#555555") : SVGCanvas.TextStyle(size: size)
    }

    /// The status markers, as the legend explains them.
    var markerLegend: String {
        "× " + PartnerStatus.letGo.name(language) + "   ? " + PartnerStatus.watching.name(language)
    }

    /// Organisation and sector, the tooltip of a partner's label.
    func tooltip(_ partner: Partner) -> String {
        [partner.name, partner.organisation, partner.sector].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
