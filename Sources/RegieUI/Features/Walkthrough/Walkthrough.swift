import Foundation
import RegieKit

/// The seven tips as steps, each with questions whose answers are kept.
enum Walkthrough {
    enum Field: String, FieldKey {
        case question, answer
    }

    static func answerForm(_ state: AppState, tip: Int, question: String) -> Form {
        let text = state.shown.reflections[tip]?.answers[question] ?? ""
        let questionText = Catalog.question(id: question)?.text(state.language) ?? question
        return Form(
            kind: .answer(tip: tip, question: question),
            title: L("Tip \(tip)", "Tip \(tip)"),
            fields: [
                FormField(Field.question, L("Vraag", "Question"), .info(questionText)),
                Fields.text(
                    Field.answer, L("Antwoord", "Answer"), text, multiline: true,
                    hint: L(
                        "Enter bewaart; Alt-Enter of Ctrl-N voor een nieuwe regel",
                        "Enter stores it; Alt-Enter or Ctrl-N for a new line")),
            ])
    }

    static func submit(_ state: inout AppState, _ form: Form, tip: Int, question: String, now: Date) -> [Effect] {
        let text = form.text(Field.answer)
        state.modal = nil
        _ = edit(&state, now: now) { session in
            var reflection = session.reflections[tip] ?? Reflection()
            reflection.answers[question] = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
            session.reflections[tip] = reflection
        }
        return []
    }

    // MARK: - Commands

    static func answerSelected(_ state: inout AppState) {
        guard let tip = Catalog.tip(state.selectedTip), tip.questions.indices.contains(state.selectedQuestion) else {
            return
        }
        openForm(&state, answerForm(state, tip: tip.number, question: tip.questions[state.selectedQuestion].id))
    }

    static func step(_ state: inout AppState, by delta: Int) {
        state.selectedTip = max(1, min(7, state.selectedTip + delta))
        state.selectedQuestion = 0
    }

    static func toggleDone(_ state: inout AppState, now: Date) {
        let tip = state.selectedTip
        _ = edit(&state, now: now) { session in
            var reflection = session.reflections[tip] ?? Reflection()
            reflection.done.toggle()
            session.reflections[tip] = reflection
        }
    }
}
