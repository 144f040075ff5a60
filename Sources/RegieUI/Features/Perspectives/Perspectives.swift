import Foundation
import RegieKit

/// How each partner sees the opgave (tip 2), and partners side by side.
enum Perspectives {
    enum Field: String, FieldKey, CaseIterable {
        case view, rightAbout, concerns, responsibility, bridge
    }

    static func form(_ state: AppState, partner: Partner.ID) -> Form {
        let p = state.shown.perspective(of: partner) ?? Perspective(id: "", partner: partner)
        return Form(
            kind: .editPerspective(partner),
            title: L(
                "Perspectief van \(state.shown.partnerName(partner))",
                "Perspective of \(state.shown.partnerName(partner))"),
            fields: [
                Fields.text(
                    Field.view, L("Hoe zien zij de opgave?", "How do they see the opgave?"), p.view, multiline: true),
                Fields.text(
                    Field.rightAbout, L("Waarin hebben zij gelijk?", "Where are they right?"), p.rightAbout,
                    multiline: true),
                Fields.text(Field.concerns, L("Zorgen", "Concerns"), p.concerns, multiline: true),
                Fields.text(
                    Field.responsibility, L("Hun verantwoordelijkheid", "Their responsibility"), p.responsibility,
                    multiline: true),
                Fields.text(Field.bridge, L("Brug", "Bridge"), p.bridge, multiline: true),
            ])
    }

    static func submit(_ state: inout AppState, _ form: Form, partner: Partner.ID, now: Date) -> [Effect] {
        state.modal = nil
        // An empty form for a partner without a perspective adds nothing, not an empty entry.
        if state.session.perspective(of: partner) == nil, Field.allCases.allSatisfy({ form.trimmed($0).isEmpty }) {
            return []
        }
        _ = edit(&state, now: now) { session in
            var p =
                session.perspective(of: partner)
                ?? Perspective(
                    id: Perspective.ID(session.newID(prefix: "persp", name: partner.rawValue)), partner: partner)
            p.view = form.text(Field.view)
            p.rightAbout = form.text(Field.rightAbout)
            p.concerns = form.text(Field.concerns)
            p.responsibility = form.text(Field.responsibility)
            p.bridge = form.text(Field.bridge)
            session.upsert(p)
        }
        return []
    }

    // MARK: - Commands

    static func openEdit(_ state: inout AppState) {
        guard let id = state.selectedPartner else { return noPartner(&state) }
        openForm(&state, form(state, partner: id))
    }

    static func toggleCompare(_ state: inout AppState) {
        guard let id = state.selectedPartner else { return noPartner(&state) }
        if let index = state.comparison.firstIndex(of: id) {
            state.comparison.remove(at: index)
        } else {
            state.comparison.append(id)
        }
    }
}
