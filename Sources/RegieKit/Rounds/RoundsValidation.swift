import Foundation

extension SessionValidator {
    /// Rounds, assessors' sheets and conflicts: ids well-formed and unique within their list, one
    /// sheet per assessor, every reading within the ranges of the entity it copies. Readings may
    /// name partners that are gone: they are history, not references.
    static func checkRoundsAndMerges(_ session: Session, log: ProblemLog) {
        let root = JSONPath.root
        func unique(_ ids: [String], list: String) {
            var first: [String: JSONPath] = [:]
            for (i, id) in ids.enumerated() {
                let path = root.appending(list).appending(i).appending(list == "assessments" ? "assessor" : "id")
                if id.isEmpty {
                    log.add(list == "assessments" ? Messages.emptyAssessor : Messages.emptyID, at: path)
                } else if list != "assessments", !IDRules.isValid(id) {
                    log.add(Messages.badID(id), at: path)
                } else if let earlier = first[id] {
                    log.add(Messages.duplicateID(id, first: earlier), at: path)
                } else {
                    first[id] = path.dropLast()
                }
            }
        }
        unique(session.rounds.map(\.id.rawValue), list: "rounds")
        unique(session.assessments.map(\.assessor), list: "assessments")
        unique(session.conflicts.map(\.id.rawValue), list: "conflicts")
        func sheet(_ sheet: ScoreSheet, at path: JSONPath) {
            for (i, reading) in sheet.partners.enumerated() {
                for kind in ScoreKind.allCases where !Scores.range.contains(reading.scores[kind]) {
                    log.add(
                        Messages.outOfRange(reading.scores[kind], Scores.range),
                        at: path.appending("partners").appending(i).appending("scores").appending(kind.rawValue))
                }
            }
            for (i, reading) in sheet.relations.enumerated() {
                let at = path.appending("relations").appending(i)
                if !Relation.strengthRange.contains(reading.strength) {
                    log.add(Messages.outOfRange(reading.strength, Relation.strengthRange), at: at.appending("strength"))
                }
                if let trust = reading.trust, !Relation.trustRange.contains(trust) {
                    log.add(Messages.outOfRange(trust, Relation.trustRange), at: at.appending("trust"))
                }
            }
        }
        for (i, round) in session.rounds.enumerated() { sheet(round.sheet, at: root.appending("rounds").appending(i)) }
        for (i, assessment) in session.assessments.enumerated() {
            sheet(assessment.sheet, at: root.appending("assessments").appending(i))
        }
    }
}

extension JSONPath {
    /// The path without its last component.
    func dropLast() -> JSONPath { JSONPath(components: Array(components.dropLast())) }
}

extension Messages {
    static let emptyAssessor = Localized(
        nl: "de naam van de beoordelaar mag niet leeg zijn", en: "the assessor's name must not be empty")
}
