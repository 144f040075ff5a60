import Canvas
import Foundation
import RegieKit

/// Relations between partners: drawn in the map, chosen with `r`, edited from `R`'s list.
enum Relations {
    enum Field: String, FieldKey {
        case between, kind, strength, note
    }

    static func form(_ state: AppState, from: Partner.ID, to: Partner.ID, editing id: Relation.ID?) -> Form {
        let r =
            id.flatMap { rid in state.shown.relations.first { $0.id == rid } }
            ?? Relation(id: "", from: from, to: to, kind: .collaboration)
        return Form(
            kind: id.map { .editRelation($0) } ?? .addRelation(from: from, to: to),
            title: id == nil ? L("Relatie toevoegen", "Add relation") : L("Relatie bewerken", "Edit relation"),
            fields: [
                FormField(
                    Field.between, L("Tussen", "Between"),
                    .info(state.shown.partnerName(r.from) + " → " + state.shown.partnerName(r.to))),
                Fields.choice(Field.kind, L("Soort", "Kind"), r.kind) { $0.name(state.language) },
                Fields.score(Field.strength, L("Sterkte", "Strength"), r.strength, range: Relation.strengthRange),
                Fields.text(Field.note, L("Toelichting", "Note"), r.note, multiline: true),
            ])
    }

    static func submit(_ state: inout AppState, _ form: Form, now: Date) -> [Effect] {
        state.modal = nil
        switch form.kind {
        case .addRelation(let from, let to):
            let id = Relation.ID(state.session.newID(prefix: "rel", name: from.rawValue + " " + to.rawValue))
            let relation = Relation(
                id: id, from: from, to: to, kind: form.choice(Field.kind, as: RelationKind.self) ?? .collaboration,
                strength: form.score(Field.strength), note: form.text(Field.note))
            if edit(&state, now: now, { $0.relations.append(relation) }) {
                state.message = StatusMessage(
                    L(
                        "Relatie \(state.shown.partnerName(from)) → \(state.shown.partnerName(to)) toegevoegd",
                        "Added relation \(state.shown.partnerName(from)) → \(state.shown.partnerName(to))"))
            }
        case .editRelation(let id):
            _ = edit(&state, now: now) { session in
                guard let i = session.relations.firstIndex(where: { $0.id == id }) else { return }
                session.relations[i].kind = form.choice(Field.kind, as: RelationKind.self) ?? session.relations[i].kind
                session.relations[i].strength = form.score(Field.strength)
                session.relations[i].note = form.text(Field.note)
            }
        default:
            break
        }
        return []
    }

    // MARK: - Commands

    /// `r`: the selected partner is the first end; the next `Enter` names the other.
    static func start(_ state: inout AppState) {
        guard let from = state.selectedPartner else { return noPartner(&state) }
        guard !state.readOnly else { return readOnly(&state) }
        state.relationStart = from
        state.message = StatusMessage(
            L(
                "Kies de andere partner (↑/↓, Enter); Esc breekt af",
                "Choose the other partner (↑/↓, Enter); Esc cancels"))
    }

    /// `Enter` while choosing the second partner.
    static func finish(_ state: inout AppState, from: Partner.ID) {
        guard let to = state.selectedPartner else { return noPartner(&state) }
        guard to != from else {
            state.message = StatusMessage(
                L("Kies een andere partner dan de eerste", "Choose a different partner than the first"), kind: .warning)
            return
        }
        state.relationStart = nil
        openForm(&state, form(state, from: from, to: to, editing: nil))
    }

    /// `R`: the selected partner's relations, to edit or delete one.
    static func showList(_ state: inout AppState) {
        guard let id = state.selectedPartner else { return noPartner(&state) }
        guard state.shown.relations.contains(where: { $0.involves(id) }) else {
            state.message = StatusMessage(
                L(
                    "Deze partner heeft nog geen relaties; r voegt er een toe",
                    "This partner has no relations yet; r adds one"))
            return
        }
        state.modal = .relations(partner: id, selected: 0)
    }

    /// Keys while the list of one partner's relations is open.
    static func listKey(_ state: inout AppState, partner: Partner.ID, selected: Int, _ key: Key) {
        let relations = state.shown.relations.filter { $0.involves(partner) }
        switch key {
        case .escape, .ctrl("c"), .character("q"):
            state.modal = nil
        case .up, .character("k"):
            state.modal = .relations(partner: partner, selected: max(0, selected - 1))
        case .down, .character("j"):
            state.modal = .relations(partner: partner, selected: min(relations.count - 1, selected + 1))
        case .enter, .character("e"):
            guard relations.indices.contains(selected), !state.readOnly else { return }
            let relation = relations[selected]
            openForm(&state, form(state, from: relation.from, to: relation.to, editing: relation.id))
        case .character("d"), .delete:
            guard relations.indices.contains(selected), !state.readOnly else { return }
            let relation = relations[selected]
            state.modal = .confirm(
                Confirmation(
                    subject: .deleteRelation(relation.id),
                    question: L(
                        "Relatie \(state.shown.partnerName(relation.from)) – \(state.shown.partnerName(relation.to)) (\(relation.kind.name.nl)) verwijderen?",
                        "Delete the relation \(state.shown.partnerName(relation.from)) – \(state.shown.partnerName(relation.to)) (\(relation.kind.name.en))?"
                    )))
        default:
            break
        }
    }
}
