import Foundation
import Testing

@testable import RegieKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What an XML parser makes of a document: whether it is well-formed, its elements and its text.
private final class XMLReading: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var text = ""
    var error: Error?

    static func read(_ document: String) -> XMLReading {
        let reading = XMLReading()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reading
        if !parser.parse() { reading.error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reading
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(name)
        if name == "text" || name == "title" { text += "\n" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite struct MapPictureTests {
    static let sessions: [(String, Session)] =
        [("fixture", ExportFixture.session), ("hostile", ExportEscapingTests.hostile)]
        + SampleSessions.names.map { ($0, try! SessionCodec.decode(SampleSessions.data(named: $0)!)) }

    /// Every view of every session, in both languages and both disclosures, parses as XML, and the
    /// names come out of the parser as they went in.
    @Test(arguments: Self.sessions.map(\.0))
    func everyPictureIsWellFormedXML(name: String) throws {
        let session = try #require(Self.sessions.first { $0.0 == name }?.1)
        for language in Language.allCases {
            for disclosure in Disclosure.allForTests {
                let svg = SessionExport.svg(session, .testing(disclosure, language))
                let reading = XMLReading.read(svg)
                #expect(reading.error == nil, "\(name) \(language) \(disclosure): \(String(describing: reading.error))")
                #expect(reading.elements.first == "svg")
                #expect(Set(reading.elements).isSubset(of: Self.drawingElements), "\(Set(reading.elements))")
                for partner in session.disclosed(disclosure).partners {
                    let shown = TerminalText.visible(TerminalText.oneLine(partner.name), lineBreaks: .escaped)
                    let first = String(shown.prefix(8))
                    #expect(reading.text.contains(first), "\(name): \(first)")
                }
            }
        }
    }

    /// The elements a picture is drawn with; a user's `<img>` or `<script>` never becomes one.
    static let drawingElements: Set<String> = [
        "svg", "title", "g", "rect", "circle", "line", "polygon", "text", "defs", "marker", "path",
    ]

    @Test func hostileNamesStayText() {
        let svg = SessionExport.svg(ExportEscapingTests.hostile, .testing(.full, .nl, views: [.chain]))
        let reading = XMLReading.read(svg)
        #expect(reading.error == nil)
        #expect(reading.text.contains("<img src=x onerror=alert(1)>"))
        #expect(reading.text.contains("Pad C:\\x \"q\" \\u{202E}"))
        #expect(svg.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!svg.unicodeScalars.contains { $0 != "\n" && TerminalText.isEscaped($0) })
    }

    @Test func dutchCharactersIntact() {
        let reading = XMLReading.read(ExportFixture.render(.svg, .full, .nl))
        #expect(reading.text.contains("Zorggroep Eëndracht"))
        #expect(reading.text.contains("Woonstichting 's-Hertogenbosch"))
        #expect(reading.text.contains("Jongerenwerk \"De Brug\""))
    }

    /// In black and white, each kind of relation still has a line of its own: the dashes, the
    /// arrowheads or the width differ from every other kind's.
    @Test func relationKindsDifferWithoutColour() {
        let looks = RelationKind.allCases.map { kind -> String in
            let stroke = RelationStroke.of(kind)
            return "\(stroke.dash ?? "solid")|\(stroke.head)|\(stroke.width)|\(stroke.bothEnds)"
        }
        #expect(Set(looks).count == RelationKind.allCases.count, "\(looks)")
        let legend = XMLReading.read(ExportFixture.render(.svg, .full, .en, views: [.network])).text
        for kind in RelationKind.allCases { #expect(legend.contains(kind.name(.en))) }
    }

    /// A public picture follows presentation mode: score-based views place only the partners who
    /// share, and say nothing about who did not; the views without scores show everyone.
    @Test func publicPicturesNameNobodyWhoWithheld() {
        // A name may wrap in a box; its longest word stays on one line.
        let hidden = ExportFixture.session.partners.filter { !$0.shareScores }.map { partner -> String in
            let words: [Substring] = partner.name.split(separator: " ")
            return words.max { $0.count < $1.count }.map(String.init) ?? partner.name
        }
        for kind in MapKind.allCases {
            let text = XMLReading.read(ExportFixture.render(.svg, .public, .nl, views: [kind])).text
            for word in hidden where kind != .chain || word != "Politie" && word != "Jongerenwerk" {
                #expect(text.contains(word) == !kind.usesScores, "\(kind) \(word)")
            }
            #expect(!text.contains("niet gedeeld"))
            #expect(text.contains("Gemeente Zuidstad"), "the partner who shares is on every view")
        }
        // The caption is the same whether one partner withheld or none did.
        var everyoneShares = ExportFixture.session
        everyoneShares.partners = everyoneShares.partners.map {
            var partner = $0
            partner.shareScores = true
            return partner
        }
        let caption = { (session: Session) in
            XMLReading.read(SessionExport.svg(session, .testing(.public, .nl, views: [.grid]))).text
                .split(separator: "\n").filter { $0.hasPrefix("Openbare versie") }
        }
        #expect(caption(everyoneShares) == caption(ExportFixture.session))
        #expect(caption(everyoneShares).count == 1)
    }

    @Test func theFullPictureHoldsNoSecretAndPlacesEveryone() {
        for kind in MapKind.allCases {
            let svg = ExportFixture.render(.svg, .full, .nl, views: [kind])
            for secret in ExportFixture.secrets { #expect(!svg.contains(secret)) }
            let text = XMLReading.read(svg).text
            for partner in ExportFixture.session.partners where kind != .chain || partner.chainPosition != nil {
                // Names may wrap onto a second line; the marker and the first word stay together.
                let first = partner.name.split(separator: " ").first.map(String.init) ?? ""
                #expect(text.contains(partner.status.marker + first), "\(kind) \(partner.name)")
            }
        }
    }

    @Test func gridPlacesPartnersByTheirScores() throws {
        let svg = ExportFixture.render(.svg, .full, .nl, views: [.grid])
        // Gemeente Zuidstad: influence 5, interest 4 → the fifth column, counted from 0.
        let line = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<text") && $0.contains(">Gemeente") })
        let x = try #require(line.firstMatch(of: /x="([0-9.]+)"/)).1
        let column = (Double(x)! - GridPicture.left) / ((GridPicture.width - GridPicture.left - GridPicture.right) / 6)
        #expect(Int(column) == 4, "\(line)")
    }
}

extension MapPictureTests {
    /// The network is laid out by the workbench map's layout (`NetworkLayout`): a partner that
    /// the layout puts clearly left of or above another is drawn left of or above it.
    @Test func networkFollowsTheSharedLayout() throws {
        let session = try SessionCodec.decode(try #require(SampleSessions.data(named: "wijkaanpak")))
        let svg = SessionExport.svg(session, .testing(.full, .nl, views: [.network]))
        let layout = NetworkLayout.positions(for: session)
        var drawn: [(x: Double, y: Double)] = []
        for partner in session.partners {
            let first = TextMetrics.lines(partner.status.marker + partner.name, size: 11, maxWidth: 138, maxLines: 2)[0]
            let line = try #require(
                svg.split(separator: "\n").first {
                    $0.hasPrefix("<text") && $0.contains("text-anchor=\"middle\"")
                        && $0.contains(">" + SVGText.escaped(first) + "<")
                }, "\(partner.name)")
            let x = try #require(line.firstMatch(of: /\sx="([0-9.]+)"/).flatMap { Double($0.1) })
            let y = try #require(line.firstMatch(of: /\sy="([0-9.]+)"/).flatMap { Double($0.1) })
            drawn.append((x, y))
        }
        var compared = 0
        for i in layout.indices {
            for j in layout.indices where layout[j].x - layout[i].x > 0.3 * NetworkLayout.mapAspect {
                #expect(drawn[i].x < drawn[j].x, "\(session.partners[i].name) left of \(session.partners[j].name)")
                compared += 1
            }
            for j in layout.indices where layout[j].y - layout[i].y > 0.3 {
                #expect(drawn[i].y < drawn[j].y, "\(session.partners[i].name) above \(session.partners[j].name)")
                compared += 1
            }
        }
        #expect(compared > 20)
    }
}

@Suite struct HTMLExportTests {
    /// The page loads nothing from elsewhere and runs nothing: no scripts, links, images or
    /// addresses other than the SVG namespace.
    @Test func selfContained() {
        for disclosure in Disclosure.allForTests {
            let page = ExportFixture.render(.html, disclosure, .nl)
            for forbidden in ["<script", "<link", "<img", "<iframe", "@import", "src=", "href=", "https://"] {
                #expect(!page.contains(forbidden), "\(forbidden)")
            }
            let addresses = page.matches(of: /http:\/\/[^"]*/).map { String($0.output) }
            #expect(Set(addresses) == ["http://www.w3.org/2000/svg"])
            #expect(page.contains("@page { size: A4;"))
            #expect(page.components(separatedBy: "<svg ").count - 1 == MapKind.allCases.count)
        }
    }

    @Test func userTextStaysText() {
        let page = SessionExport.html(ExportEscapingTests.hostile, .testing(.full, .nl))
        for raw in ["<img src", "<script>", "<iframe", "<b>vet"] { #expect(!page.contains(raw), "\(raw)") }
        #expect(page.contains("<title>Titel # Kop &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(page.contains("<p>regel 1<br>\n# kop<br>\n- lijst"))
        #expect(!page.unicodeScalars.contains { $0 != "\n" && TerminalText.isEscaped($0) })
        // The pictures inside are well-formed XML too.
        for part in page.components(separatedBy: "<svg ").dropFirst() {
            let svg = "<svg " + (part.components(separatedBy: "</svg>").first ?? "") + "</svg>"
            #expect(XMLReadingCheck.wellFormed(svg))
        }
    }

    @Test func oneMeetingsMinutesWithoutPictures() {
        let page = ExportFixture.render(.html, .full, .nl, meeting: "m1")
        #expect(page.contains("<h1>Ketenoverleg &lt;Zuid&gt;</h1>"))
        #expect(!page.contains("<svg"))
        #expect(page.contains("<li><strong>14:05</strong> — Opening: wat merkt een jongere?</li>"))
    }
}

/// Whether a document parses as XML.
enum XMLReadingCheck {
    static func wellFormed(_ document: String) -> Bool { XMLParser(data: Data(document.utf8)).parse() }
}

@Suite struct CSVDialectTests {
    @Test func dutchExcelBySemicolonAndByteOrderMark() {
        let text = ExportFixture.render(.csv, .full, .nl, table: .actions)
        #expect(text.hasPrefix("\u{FEFF}id;text;owner;ownerName;due;done;meeting;meetingTitle\r\n"))
        #expect(
            text.contains(
                "\r\na2;'=Regisseur aanstellen;gem;Gemeente Zuidstad;2026-03-31;false;m1;Ketenoverleg <Zuid>\r\n"))
        #expect(Data(text.utf8).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    }

    @Test func theDefaultFollowsTheLanguage() {
        #expect(ExportOptions.testing(.full, .nl).csvDialect == .excel)
        #expect(ExportOptions.testing(.full, .en).csvDialect == .rfc4180)
        #expect(ExportFixture.render(.csv, .full, .en).hasPrefix("id,name,"))
    }

    @Test func aSemicolonIsQuotedOnlyWhereItSeparates() {
        #expect(CSVText.field("a;b", separator: ";") == "\"a;b\"")
        #expect(CSVText.field("a;b", separator: ",") == "a;b")
        #expect(CSVText.field("a,b", separator: ";") == "a,b")
        #expect(CSVText.field("@SUM(1);2", separator: ";") == "\"'@SUM(1);2\"")
    }

    @Test func interventionsByTitleWithTheirTargets() throws {
        let text = ExportFixture.render(.csv, .full, .en, table: .interventions)
        let title = try #require(Catalog.intervention(id: "case-table")).title(.en)
        #expect(
            text.contains(
                "\r\ni1,\(title),case-table,planned,3 5,zorg wonen r5,Zorggroep Eëndracht; Woonstichting 's-Hertogenbosch; Woonstichting 's-Hertogenbosch → Zorggroep Eëndracht,medium,2026-04-01,,,,,\r\n"
            ))
    }
}

extension MapPictureTests {
    /// No partner's box covers another's in the network, so every name can be read: in every
    /// sample (18 partners in the wijkaanpak) and in a crowded session of 40.
    @Test func networkBoxesNeverOverlap() throws {
        var crowded = ExportFixture.session
        crowded.partners = (0..<40).map { i in
            Partner(id: Partner.ID("p\(i)"), name: "Ondernemersvereniging nummer \(i)", sector: "s")
        }
        crowded.relations = (1..<40).map { i in
            Relation(id: Relation.ID("r\(i)"), from: "p0", to: Partner.ID("p\(i)"), kind: .collaboration)
        }
        for (name, session) in Self.sessions + [("crowded", crowded)] {
            let svg = SessionExport.svg(session, .testing(.full, .nl, views: [.network]))
            let boxes = svg.split(separator: "\n").filter { $0.hasPrefix("<rect") && $0.contains("rx=\"5\"") }
                .map { line -> (x: Double, y: Double, width: Double, height: Double) in
                    func value(_ name: String) -> Double {
                        line.firstMatch(of: try! Regex("\\s\(name)=\"([0-9.]+)\"")).flatMap {
                            Double(String($0.output[1].substring ?? ""))
                        } ?? .nan
                    }
                    return (value("x"), value("y"), value("width"), value("height"))
                }
            #expect(boxes.count == session.partners.count, "\(name)")
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    let a = boxes[i]
                    let b = boxes[j]
                    let apart =
                        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y
                        || b.y + b.height <= a.y
                    #expect(apart, "\(name): boxes \(i) and \(j) overlap")
                }
            }
        }
    }
}

extension MapPictureTests {
    /// A long name in the chain wraps onto a second line of its box instead of being cut off.
    @Test func longNamesInTheChainWrap() throws {
        var session = ExportFixture.session
        session.partners[2].name = "Raad voor de Kinderbescherming regio Zuid"
        let svg = SessionExport.svg(session, .testing(.full, .nl, views: [.chain]))
        let reading = XMLReading.read(svg)
        #expect(reading.error == nil)
        #expect(!svg.contains("…"))
        // The drawn lines, not the tooltip (which holds the organisation and sector too).
        let lines = reading.text.split(separator: "\n").filter { !$0.contains("·") }
        let first = try #require(lines.firstIndex { $0.hasPrefix("Raad voor de") })
        #expect(lines[first] + " " + lines[first + 1] == "Raad voor de Kinderbescherming regio Zuid")
    }
}
