import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// Hostile names and notes in every export: they stay text, whatever reads the export.
@Suite struct ExportEscapingTests {
    static var hostile: Session {
        Session(
            title: "Titel\n# Kop <script>alert(1)</script>",
            opgave: Opgave(
                title: "Opgave\n# Nep",
                intent: "regel 1\n# kop\n- lijst\n1. genummerd\n===\n    code\n<iframe src=x></iframe>\n> citaat"),
            partners: [
                Partner(
                    id: "p1", name: "<img src=x onerror=alert(1)>", organisation: "=HYPERLINK(\"http://x\",\"klik\")",
                    sector: "+SUM(1)", chainPosition: -1),
                Partner(
                    id: "p2", name: "[klik](javascript:alert(1)) *vet* `code` | & ~~weg~~ $x$",
                    organisation: "-2+3+cmd|' /C calc'!A0", sector: "@SUM(1)"),
                Partner(
                    id: "p3", name: "%%{init: {'theme':'dark'}}%%\n%% Twee\u{1B}]0;x\u{7}", organisation: "\tTab",
                    sector: "\rCR", notes: "-1"),
                Partner(id: "p4", name: "Pad C:\\x \"q\" \u{202E}", organisation: "-12"),
            ],
            relations: [
                Relation(id: "r1", from: "p1", to: "p2", kind: .tension, note: "%% weg\n\"q\" [x] {y}\u{1B}[2J")
            ],
            notes: [
                Note(
                    id: "n1", at: Date(timeIntervalSince1970: 1_772_000_000), text: "# Geen kop\n<b>vet</b>",
                    links: ["p1"])
            ],
            actions: [ActionItem(id: "a1", text: "[x] nep gedaan", owner: "p2")])
    }

    private func render(_ format: ExportFormat, _ table: CSVTable = .partners) -> String {
        format.render(Self.hostile, .testing(.full, .nl, table: table, dialect: .rfc4180))
    }

    @Test func markdownKeepsUserTextAsText() {
        // The report's own words come from the catalogues; what is tested here is the user's text.
        let scores = "- **Scores:** " + ScoreKind.allCases.map { $0.name(.nl) + " 0" }.joined(separator: " · ")
        let map = "- **Op de kaart:** monitoren · saillantie: geen · ring: periferie"
        #expect(
            render(.markdown) == ##"""
                # Titel \# Kop &lt;script&gt;alert(1)&lt;/script&gt;

                _Tijden in tijdzone Europe/Amsterdam._

                ## Opgave

                **Opgave \# Nep**

                regel 1
                \# kop
                \- lijst
                1\. genummerd
                \===
                code
                &lt;iframe src=x&gt;&lt;/iframe&gt;
                &gt; citaat

                ## Werkvorm en regisseur

                - **Werkvorm:** \##(Self.hostile.workForm.kind.name(.nl))
                - **Sturing:** \##(Self.hostile.workForm.steering.name(.nl))

                ## Partners

                | Naam | Organisatie | Sector | Status |
                |---|---|---|---|
                | &lt;img src=x onerror=alert(1)&gt; | \=HYPERLINK("http://x","klik") | \+SUM(1) | actief |
                | \[klik\](javascript:alert(1)) \*vet\* \`code\` \| &amp; \~\~weg\~\~ \$x\$ | \-2+3+cmd\|' /C calc'!A0 | @SUM(1) | actief |
                | %%{init: {'theme':'dark'}}%%<br>%% Twee\\u{1B}\]0;x\\u{7} | Tab | CR | actief |
                | Pad C:\\x "q" \\u{202E} | \-12 |  | actief |

                ### &lt;img src=x onerror=alert(1)&gt;

                - **Plaats in de keten:** \-1
                \##(scores)
                \##(map)

                ### \[klik\](javascript:alert(1)) \*vet\* \`code\` \| &amp; \~\~weg\~\~ \$x\$

                \##(scores)
                \##(map)

                ### %%{init: {'theme':'dark'}}%% %% Twee\\u{1B}\]0;x\\u{7}

                \##(scores)
                \##(map)
                - **Notities:** \-1

                ### Pad C:\\x "q" \\u{202E}

                \##(scores)
                \##(map)

                ## Relaties

                | Van | Naar | Soort | Sterkte | Notitie |
                |---|---|---|---|---|
                | &lt;img src=x onerror=alert(1)&gt; | \[klik\](javascript:alert(1)) \*vet\* \`code\` \| &amp; \~\~weg\~\~ \$x\$ | spanning | 3 | %% weg<br>"q" \[x\] {y}\\u{1B}\[2J |

                ## Notities (nieuwste eerst)

                - **25 februari 2026, 07:13** — \# Geen kop
                  &lt;b&gt;vet&lt;/b&gt; _(over &lt;img src=x onerror=alert(1)&gt;)_

                ## Acties

                - [ ] \[x\] nep gedaan — eigenaar: \[klik\](javascript:alert(1)) \*vet\* \`code\` \| &amp; \~\~weg\~\~ \$x\$

                """##)
    }

    @Test func markdownLiteralEscapesEveryLineStart() {
        #expect(
            MarkdownText.literal("+ plus\n* ster\n2) twee\n    ---\n```\n~~~\n| a | b |\n[^1]: voet") == ##"""
                \+ plus
                \* ster
                2\) twee
                \---
                \`\`\`
                \~\~\~
                \| a \| b \|
                \[^1\]: voet
                """##)
        #expect(MarkdownText.literal("Jan & Piet &lt; 2026") == "Jan &amp; Piet &amp;lt; 2026")
        #expect(MarkdownText.literal("2026 was goed") == "2026 was goed")
    }

    @Test func csvNeutralisesFormulasAndKeepsNumbers() {
        #expect(
            render(.csv)
                == "id,name,organisation,sector,status,chainPosition,influence,interest,commitment,contribution,dependency,energy,trust,legitimacy,urgency\r\n"
                + "p1,<img src=x onerror=alert(1)>,\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",'+SUM(1),active,-1,0,0,0,0,0,0,0,0,0\r\n"
                + "p2,[klik](javascript:alert(1)) *vet* `code` | & ~~weg~~ $x$,'-2+3+cmd|' /C calc'!A0,'@SUM(1),active,,0,0,0,0,0,0,0,0,0\r\n"
                + "p3,\"%%{init: {'theme':'dark'}}%%\n%% Twee\u{1B}]0;x\u{7}\",'\tTab,\"'\rCR\",active,,0,0,0,0,0,0,0,0,0\r\n"
                + "p4,\"Pad C:\\x \"\"q\"\" \u{202E}\",-12,,active,,0,0,0,0,0,0,0,0,0\r\n")
        #expect(
            render(.csv, .relations)
                == "id,from,to,fromName,toName,kind,strength,note\r\n"
                + "r1,p1,p2,<img src=x onerror=alert(1)>,[klik](javascript:alert(1)) *vet* `code` | & ~~weg~~ $x$,tension,3,\"%% weg\n\"\"q\"\" [x] {y}\u{1B}[2J\"\r\n"
        )
    }

    @Test func csvGuardsEveryFormulaStart() {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSVText.neutralised(start + "1+1") == "'" + start + "1+1")
        }
        #expect(CSVText.neutralised("-7") == "-7")
        #expect(CSVText.neutralised("-") == "'-")
        #expect(CSVText.neutralised("a=1") == "a=1")
        #expect(CSVText.field("=1,2") == "\"'=1,2\"")
        #expect(CSVText.field("@\"x\"") == "\"'@\"\"x\"\"\"")
    }

    @Test func mermaidLabelsCarryNoDirectiveCommentOrControl() {
        #expect(
            render(.mermaid) == #"""
                ---
                title: "Titel # Kop <script>alert(1)</script>"
                ---
                flowchart LR
                    n0["#lt;img src=x onerror=alert(1)#gt;"]
                    n1["#91;klik#93;(javascript:alert(1)) *vet* #96;code#96; #124; #38; ~~weg~~ #36;x#36;"]
                    n2["#37;#37;{init: {'theme':'dark'}}#37;#37; #37;#37; Twee\u{1B}#93;0;x\u{7}"]
                    n3["Pad C:\x #quot;q#quot; \u{202E}"]
                    n0 -.-|"spanning"| n1
                    linkStyle 0 stroke:#cc0000,stroke-dasharray:5 5

                """#)
        let titled = SessionExport.mermaid(
            Session(title: "%%{init: {'theme':'dark'}}%%\n\"x\" \\ \u{1B}"), disclosure: .full, language: .en)
        #expect(titled.hasPrefix(#"---\#ntitle: "\x25\x25{init: {'theme':'dark'}}\x25\x25 \"x\" \\ \\u{1B}"\#n---\#n"#))
    }

    @Test func dotLabelsAreQuotedWithoutControls() {
        let text = render(.dot)
        #expect(!text.unicodeScalars.contains { $0 != "\n" && TerminalText.isEscaped($0) })
        #expect(text.contains(#"  graph [label="Titel\n# Kop <script>alert(1)</script>", labelloc="t""#))
        #expect(
            text.contains(
                #"  "p3" [label="%%{init: {'theme':'dark'}}%%\n%% Twee\\u{1B}]0;x\\u{7}", tooltip="\\u{9}Tab · \nCR\n"#)
        )
        #expect(text.contains(#"  "p4" [label="Pad C:\\x \"q\" \\u{202E}", tooltip="-12\n"#))
        #expect(text.contains(#"tooltip="%% weg\n\"q\" [x] {y}\\u{1B}[2J"];"#))
    }
}
