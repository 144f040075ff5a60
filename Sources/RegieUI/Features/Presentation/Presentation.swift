import Canvas
import Foundation
import RegieKit

/// Presentation mode: slides for a room full of partners, stepped by the facilitator. Entering
/// it switches the disclosure to public (`AppState.presenting`); only `p`, after a question,
/// leaves it, so no stray key puts private assessments on the wall.
public enum Presentation {
    /// Puts the slides on the screen. A question already waiting (a copy found at start) stays.
    public static func enter(_ state: inout AppState, now: Date) {
        state.presenting = true
        state.filterEditor = nil
        state.relationStart = nil
        state.presentation.editing = nil
        state.presentation.clock = state.presentation.timer?.face(at: now)
        state.message = StatusMessage(
            L("Presentatie: alleen wat gedeeld mag worden", "Presenting: only what may be shared"))
    }

    static func askToLeave(_ state: inout AppState) {
        Questions.ask(
            &state,
            Confirmation(
                subject: .leavePresentation,
                question: L(
                    "De presentatie verlaten? Het scherm toont daarna weer alles, ook de privé-inschattingen.",
                    "Leave the presentation? The screen then shows everything again, private assessments too.")))
    }

    static func leave(_ state: inout AppState) {
        state.presentation.editing = nil
        state.presenting = false
        state.message = StatusMessage(L("Presentatie verlaten", "Left the presentation"))
    }

    /// Shows or hides tension and negotiation lines and relation notes on every slide.
    static func toggleTensions(_ state: inout AppState) {
        state.presentation.hidesTensions.toggle()
        state.message = StatusMessage(
            state.presentation.hidesTensions
                ? L(
                    "Spanningen, onderhandelingen en relatienotities staan niet op de dia's",
                    "Tensions, negotiations and relation notes stay off the slides")
                : L(
                    "Spanningen, onderhandelingen en relatienotities staan op de dia's",
                    "Tensions, negotiations and relation notes are on the slides"))
    }

    /// A clock tick: the timer's face follows the clock, and a face that changed needs a frame.
    static func tick(_ state: inout AppState, now: Date) -> [Effect] {
        let face = state.presenting ? state.presentation.timer?.face(at: now) : nil
        guard face != state.presentation.clock else { return [] }
        state.presentation.clock = face
        return [.redraw]
    }

    // MARK: - Keys

    /// A key while presenting and no overlay is open.
    static func key(_ state: inout AppState, _ key: Key, now: Date) -> [Effect] {
        if let editing = state.presentation.editing {
            return type(&state, editing, key, now: now)
        }
        guard let command = PresentationKeys.command(for: key) else { return [] }
        state.message = nil
        let deck = SlideDeck(state)
        let current = deck.clamped(state.presentation.slide)
        switch command {
        case .next: go(&state, to: current + 1, in: deck)
        case .previous: go(&state, to: current - 1, in: deck)
        case .first: go(&state, to: 0, in: deck)
        case .last: go(&state, to: deck.slides.count - 1, in: deck)
        case .group(let group):
            if let first = deck.first(of: group) { go(&state, to: first, in: deck) }
        case .down: move(&state, by: 1, on: deck.slides[current])
        case .up: move(&state, by: -1, on: deck.slides[current])
        case .toggleDiscussed:
            guard let (tip, question) = selectedQuestion(state, on: deck.slides[current]) else { break }
            changeReflection(&state, tip: tip, now: now) { reflection in
                if reflection.discussed.remove(question) == nil { reflection.discussed.insert(question) }
            }
        case .answer:
            guard let (tip, question) = selectedQuestion(state, on: deck.slides[current]) else { break }
            guard !state.readOnly else {
                readOnly(&state)
                break
            }
            let answer = state.shown.reflections[tip]?.sharedAnswers[question] ?? ""
            state.presentation.editing = .answer(tip: tip, question: question, LineEditor(answer, multiline: true))
        case .timer:
            if var timer = state.presentation.timer, !timer.face(at: now).ended {
                if timer.isRunning { timer.pause(at: now) } else { timer.start(at: now) }
                setTimer(&state, timer, now: now)
            } else {
                askMinutes(&state)
            }
        case .setTimer:
            askMinutes(&state)
        case .help:
            state.helpScroll = 0
            state.modal = .help(filter: LineEditor())
        case .palette:
            state.modal = .palette(Palette())
        case .save:
            return Saving.save(&state)
        case .leave:
            askToLeave(&state)
        case .close:
            // Nothing is open: Esc never leaves a presentation.
            break
        case .quit:
            return Saving.quit(&state)
        }
        return []
    }

    private static func go(_ state: inout AppState, to index: Int, in deck: SlideDeck) {
        let target = deck.clamped(index)
        guard target != deck.clamped(state.presentation.slide) else { return }
        state.presentation.slide = target
        state.presentation.question = 0
        state.presentation.scroll = 0
    }

    /// On a tip, the arrow keys point at the next or previous question; elsewhere they scroll a
    /// slide that is longer than the screen (the view keeps the offset in range).
    private static func move(_ state: inout AppState, by delta: Int, on slide: Slide) {
        if case .tip(let number) = slide, let tip = Catalog.tip(number) {
            state.presentation.question = max(0, min(tip.questions.count - 1, state.presentation.question + delta))
        } else {
            state.presentation.scroll = max(0, state.presentation.scroll + delta * 3)
        }
    }

    /// The tip and question id the facilitator points at, on a tip slide.
    static func selectedQuestion(_ state: AppState, on slide: Slide) -> (Int, String)? {
        guard case .tip(let number) = slide, let tip = Catalog.tip(number), !tip.questions.isEmpty else { return nil }
        let index = max(0, min(tip.questions.count - 1, state.presentation.question))
        return (number, tip.questions[index].id)
    }

    /// Changes a tip's reflection as one edit; a reflection left empty is removed, so marking a
    /// question and unmarking it again leaves the session as it was.
    private static func changeReflection(
        _ state: inout AppState, tip: Int, now: Date, _ change: (inout Reflection) -> Void
    ) {
        _ = edit(&state, now: now) { session in
            var reflection = session.reflections[tip] ?? Reflection()
            change(&reflection)
            session.reflections[tip] = reflection == Reflection() ? nil : reflection
        }
    }

    private static func askMinutes(_ state: inout AppState) {
        state.presentation.editing = .minutes(LineEditor(String(state.presentation.minutes)))
    }

    private static func setTimer(_ state: inout AppState, _ timer: WorkshopTimer?, now: Date) {
        state.presentation.timer = timer
        state.presentation.clock = timer?.face(at: now)
    }

    // MARK: - Typing into a slide

    private static func type(
        _ state: inout AppState, _ editing: PresentationState.Editing, _ key: Key, now: Date
    ) -> [Effect] {
        switch (editing, key) {
        case (.answer(let tip, let question, let editor), .escape),
            (.answer(let tip, let question, let editor), .ctrl("c")):
            state.presentation.editing = nil
            // What the group said took the room minutes to agree on: never lost to one key.
            let stored = state.shown.reflections[tip]?.sharedAnswers[question] ?? ""
            if editor.text != stored {
                Questions.ask(
                    &state,
                    Confirmation(
                        subject: .discardGroupAnswer(editing),
                        question: L(
                            "Het getypte antwoord van de groep weggooien?", "Throw away the group's answer as typed?")))
            }
        case (_, .escape), (_, .ctrl("c")):
            state.presentation.editing = nil
        case (.answer(let tip, let question, let editor), .enter):
            state.presentation.editing = nil
            let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            changeReflection(&state, tip: tip, now: now) { reflection in
                reflection.sharedAnswers[question] = text.isEmpty ? nil : text
                // An answer the group agreed on was discussed.
                if !text.isEmpty { reflection.discussed.insert(question) }
            }
        case (.minutes(let editor), .enter):
            let text = editor.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text == "0" {
                state.presentation.editing = nil
                setTimer(&state, nil, now: now)
                state.message = StatusMessage(L("Timer weggehaald", "Timer removed"))
            } else if let minutes = Int(text), (1...600).contains(minutes) {
                state.presentation.editing = nil
                state.presentation.minutes = minutes
                var timer = WorkshopTimer(minutes: minutes)
                timer.start(at: now)
                setTimer(&state, timer, now: now)
            } else {
                state.message = StatusMessage(
                    L("Minuten: een heel getal van 1 tot 600", "Minutes: a whole number from 1 to 600"),
                    kind: .warning)
            }
        case (.answer(let tip, let question, var editor), _):
            editor.handle(key)
            state.presentation.editing = .answer(tip: tip, question: question, editor)
        case (.minutes(var editor), _):
            if case .character(let c) = key, !c.isNumber { return [] }
            editor.handle(key)
            state.presentation.editing = .minutes(editor)
        }
        return []
    }
}
