import Foundation

/// One assessor's view of the network, brought in by `regie merge`: kept beside the others,
/// never averaged into them, so that where people see things differently stays visible (tip 2).
public struct AssessorSheet: Hashable, Sendable {
    /// Who made the assessment, as they named themselves with `regie assess --assessor`.
    public var assessor: String
    public var sheet: ScoreSheet

    public init(assessor: String, sheet: ScoreSheet = ScoreSheet()) {
        self.assessor = assessor
        self.sheet = sheet
    }
}

extension Session {
    /// Each assessor's reading of `partner`, in the order the assessments were merged; assessors
    /// who left the partner unscored are left out.
    public func assessorReadings(of partner: Partner.ID) -> [(assessor: String, reading: PartnerReading)] {
        assessments.compactMap { sheet in
            sheet.sheet.reading(of: partner).flatMap { $0.isScored ? (sheet.assessor, $0) : nil }
        }
    }

    /// Each assessor's reading of `relation`, in the order the assessments were merged.
    public func assessorReadings(of relation: Relation.ID) -> [(assessor: String, reading: RelationReading)] {
        assessments.compactMap { sheet in sheet.sheet.reading(of: relation).map { (sheet.assessor, $0) } }
    }

    /// The assessor who added `partner` or `relation` (by id) when their assessment was merged.
    public func addedBy(_ id: String) -> String? {
        assessments.first { sheet in
            sheet.sheet.partners.contains { $0.added && $0.partner.rawValue == id }
                || sheet.sheet.relations.contains { $0.added && $0.relation.rawValue == id }
        }?.assessor
    }
}
