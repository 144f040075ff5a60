import Canvas
import Foundation
import Testing
@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// Every form with long Dutch text, at 80×24 and 120×40: text wraps at words, labels are whole,
/// unfocused fields show how they begin.
@Suite struct FormSnapshotTests {
    static let long =
        "De politie ziet de wijkaanpak vooral als zorg en welzijn; het basisteam moet kiezen, en dan gaan ondermijning en woninginbraak voor. Een wijkagent die in elk overleg zit, staat niet op straat, en als meldingen niet worden opgevolgd verliest de politie haar geloofwaardigheid bij bewoners."

    static func state(_ change: (inout Session) -> Void = { _ in }) -> AppState {
        var session = uiSession()
        session.opgave = Opgave(
            title: "Laaggeletterdheid in het Westland halveren vóór 2030, samen met bibliotheken en werkgevers",
            intent: long)
        session.perspectives = [
            Perspective(
                id: "persp-politie", partner: "politie", view: long, rightAbout: long,
                concerns: "Nog meer overleg zonder duidelijke vraag aan de politie.")
        ]
        session.interventions[0].rationale = long
        session.meetings = [
            Meeting(
                id: "m1", title: "Wijktafel Oosterkwartier over de aanpak van woonoverlast en schulden",
                date: fixedNow, attendees: ["gemeente", "politie", "corporatie"],
                decisions: [long, "We spreken elkaar over zes weken weer."])
        ]
        session.actions = [ActionItem(id: "a1", text: long, owner: "corporatie")]
        session.notes = [Note(id: "n1", at: fixedNow, text: long, links: ["politie"])]
        change(&session)
        var state = uiState(session)
        state.selectedPartner = "politie"
        return state
    }

    /// Opens a form and puts the focus on `field`.
    static func open(_ state: AppState, _ form: Form, focus field: String) -> AppState {
        var state = state
        var form = form
        form.focus = form.fields.firstIndex { $0.id == field } ?? form.focus
        state.modal = .form(form)
        return state
    }

    static var forms: [(String, (AppState) -> AppState)] {
        [
            ("form-partner", { s in open(s, Partners.form(s, editing: "politie"), focus: "privateNotes") }),
            ("form-perspective", { s in open(s, Perspectives.form(s, partner: "politie"), focus: "view") }),
            ("form-intervention", { s in open(s, Interventions.form(s, editing: "int-1"), focus: "rationale") }),
            ("form-note", { s in open(s, Notes.form(s, editing: "n1"), focus: "text") }),
            ("form-meeting", { s in open(s, Meetings.form(s, editing: "m1", now: fixedNow), focus: "attendees") }),
            ("form-action", { s in open(s, Actions.form(s, editing: "a1", now: fixedNow), focus: "owner") }),
            (
                "form-answer",
                { s in
                    let question = Catalog.tip(2)!.questions[0].id
                    var t = s
                    t.session.reflections[2] = Reflection(answers: [question: long])
                    return open(t, Walkthrough.answerForm(t, tip: 2, question: question), focus: "answer")
                }
            ),
            ("form-opgave", { s in open(s, OpgaveFeature.form(s), focus: "intent") }),
            ("form-let-go", { s in open(s, Partners.letGoForm(s, s.session.partner("politie")!), focus: "reason") }),
        ]
    }

    @Test func everyFormWithLongDutchTextAtBothSizes() {
        for (name, make) in Self.forms {
            let state = make(Self.state())
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                let grid = AppView.render(state, size: size).grid
                Snapshot.check(grid, named: "\(name)-nl-\(size.width)x\(size.height)")
                #expect(!grid.lines().joined().contains("……"), "\(name) doubles an ellipsis")
            }
        }
    }

    /// A row that fills its field exactly still gets one ellipsis when more follows.
    @Test func aFullRowThatGoesOnEndsInOneEllipsis() {
        for width in 20...40 {
            let text = String(repeating: "woord ", count: 40)
            var state = Self.state { $0.perspectives[0].rightAbout = text }
            state = Self.open(state, Perspectives.form(state, partner: "politie"), focus: "view")
            for height in [24, 30] {
                let screen = AppView.render(state, size: Size(width: width * 2 + 20, height: height)).grid.lines()
                #expect(!screen.joined().contains("……"), "width \(width * 2 + 20)")
            }
        }
    }

    /// The perspective's long view, focused: every row ends at a word, and the rows hold the whole text.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func aFocusedTextBreaksOnlyBetweenWords(size: Size) throws {
        var state = Self.open(Self.state(), Perspectives.form(Self.state(), partner: "politie"), focus: "view")
        state.screenSize = size
        guard case .form(let form) = state.modal, case .text(let editor) = form.fields[form.focus].value else {
            Issue.record("no text field")
            return
        }
        let width = FormLayout(form, size: size, language: .nl).valueWidth(ofField: form.focus)
        let rows = TextLayout(editor, width: width).rows
        #expect(rows.joined(separator: " ") == Self.long)
        let words = Set(Self.long.split(separator: " ").map(String.init))
        for row in rows {
            for word in row.split(separator: " ") { #expect(words.contains(String(word)), "broken word \(word)") }
        }
        // The screen shows those rows (the last ones, where the cursor is).
        let screen = AppView.render(state, size: size).grid.lines().joined(separator: "\n")
        #expect(screen.contains(rows.last!))
    }

    @Test func anUnfocusedOneLineFieldShowsItsStartAndOneEllipsis() {
        let state = Self.open(Self.state(), OpgaveFeature.form(Self.state()), focus: "intent")
        let screen = AppView.render(state, size: Size(width: 80, height: 24)).grid.lines().joined(separator: "\n")
        #expect(screen.contains("Laaggeletterdheid in het Westland"))
        #expect(screen.contains("…"))
        #expect(!screen.contains("……"))
    }

    @Test func theFocusedQuestionOfTip2CanBeReadWhole() {
        let state = Self.open(Self.state(), Perspectives.form(Self.state(), partner: "politie"), focus: "rightAbout")
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let screen = AppView.render(state, size: size).grid.lines().joined(separator: "\n")
            #expect(screen.contains("Waarin hebben zij gelijk?"))
            #expect(screen.contains("Hoe zien zij de opgave?"))
        }
    }

    @Test func upAndDownMoveThroughTheWrappedRows() throws {
        var state = Self.open(Self.state(), Perspectives.form(Self.state(), partner: "politie"), focus: "view")
        state.screenSize = Size(width: 80, height: 24)
        press(&state, [.up])
        guard case .form(let form) = state.modal, case .text(let editor) = form.fields[form.focus].value else {
            Issue.record("left the field")
            return
        }
        #expect(form.fields[form.focus].id == "view")
        let width = FormLayout(form, size: state.screenSize, language: .nl).valueWidth(ofField: form.focus)
        let layout = TextLayout(editor, width: width)
        #expect(layout.cursorRow == layout.rows.count - 2)
        // From the first row, Up goes to the field before (there is none: it wraps to the last).
        press(&state, Array(repeating: Key.up, count: layout.rows.count))
        guard case .form(let after) = state.modal else { return }
        #expect(after.fields[after.focus].id != "view")
    }

    @Test func aPartnerListNarrowsByTypingWithoutAccentsAndTogglesWithSpace() throws {
        var state = Self.open(
            Self.state(), Meetings.form(Self.state(), editing: "m1", now: fixedNow), focus: "attendees")
        press(&state, typing("elst") + [.character(" ")])
        guard case .form(let form) = state.modal else {
            Issue.record("form closed")
            return
        }
        #expect(form.selection(Meetings.Field.attendees) == ["gemeente", "politie"])
        press(&state, [.backspace, .backspace, .backspace, .backspace] + typing("ELST") + [.character(" ")])
        guard case .form(let again) = state.modal else { return }
        #expect(again.selection(Meetings.Field.attendees) == ["gemeente", "politie", "corporatie"])
    }
}
