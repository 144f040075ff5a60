import Foundation
import RegieKit

/// The opgave (tip 1) and the work form the regie happens in (tip 7).
enum OpgaveFeature {
    enum Field: String, FieldKey {
        case sessionTitle, title, intent, whyItMatters, successSignals, workForm, steering, regisseur
    }

    static func form(_ state: AppState) -> Form {
        let o = state.shown.opgave
        let w = state.shown.workForm
        return Form(
            kind: .editOpgave,
            title: L("Opgave en werkvorm", "Opgave and way of working"),
            fields: [
                Fields.text(Field.sessionTitle, L("Sessietitel", "Session title"), state.shown.title),
                Fields.text(Field.title, L("Opgave", "Opgave"), o.title),
                Fields.text(
                    Field.intent, L("Wat willen we bereiken?", "What do we want to achieve?"), o.intent, multiline: true
                ),
                Fields.text(
                    Field.whyItMatters, L("Waarom doet het ertoe?", "Why does it matter?"), o.whyItMatters,
                    multiline: true),
                Fields.text(
                    Field.successSignals, L("Tekenen van succes", "Signs of success"),
                    o.successSignals.joined(separator: "\n"), multiline: true, hint: Fields.listHint),
                Fields.choice(Field.workForm, L("Werkvorm", "Way of working"), w.kind) { $0.name(state.language) },
                Fields.choice(Field.steering, L("Sturing", "Steering"), w.steering) {
                    $0.name(state.language)
                },
                Fields.text(Field.regisseur, L("Regisseur", "Regisseur"), state.shown.regisseur.name),
            ])
    }

    static func submit(_ state: inout AppState, _ form: Form, now: Date) -> [Effect] {
        state.modal = nil
        _ = edit(&state, now: now) { session in
            let title = form.trimmed(Field.sessionTitle)
            if !title.isEmpty { session.title = title }
            session.opgave.title = form.text(Field.title)
            session.opgave.intent = form.text(Field.intent)
            session.opgave.whyItMatters = form.text(Field.whyItMatters)
            session.opgave.successSignals = form.lines(Field.successSignals)
            session.workForm.kind = form.choice(Field.workForm, as: WorkFormKind.self) ?? session.workForm.kind
            session.workForm.steering =
                form.choice(Field.steering, as: SteeringVariant.self) ?? session.workForm.steering
            session.regisseur.name = form.text(Field.regisseur)
        }
        return []
    }
}
