import Foundation

/// A partner or relation that assessors see differently enough to talk about (*bespreekpunt*):
/// on some score they lie two or more points apart. The agenda of a consolidation workshop.
public struct Bespreekpunt: Hashable, Sendable {
    /// How far apart assessors must lie on a score for it to be a point to discuss.
    public static let threshold = 2

    /// What the point is about.
    public enum Subject: Hashable, Sendable {
        case partner(Partner.ID)
        case relation(Relation.ID)
    }

    /// One score on which the assessors differ, with each assessor's value.
    public struct Difference: Hashable, Sendable {
        public var label: Localized
        /// Each assessor with their value as it is read ("5", "spanning").
        public var values: [AssessorValue]
        /// Highest minus lowest; a relation seen as different kinds counts as `threshold`.
        public var spread: Int
    }

    /// One assessor's value of a score.
    public struct AssessorValue: Hashable, Sendable {
        public var assessor: String
        public var value: Localized
    }

    public var subject: Subject
    /// "Politie Dalstede-Oost", or "Woonstichting ↔ GGZ" for a relation.
    public var name: String
    public var differences: [Difference]

    /// The largest spread of any score: what ranks the point.
    public var spread: Int { differences.map(\.spread).max() ?? 0 }

    /// `invloed: Anouk 5, Bram 2, Carla 4 (verschil 3); …` in `language`.
    public func text(_ language: Language) -> String {
        differences.map { difference in
            difference.label(language).lowercased() + ": "
                + difference.values.map { $0.assessor + " " + $0.value(language) }.joined(separator: ", ")
                + (language == .nl ? " (verschil \(difference.spread))" : " (apart \(difference.spread))")
        }.joined(separator: "; ")
    }
}

extension Session {
    /// Every partner and relation on which the merged assessors differ by `Bespreekpunt.threshold`
    /// or more on any score, widest spread first, then the most differences, then by name. Only
    /// assessors' sheets count (never the team's own scores), and only assessors who scored the
    /// partner; partners and relations no longer in the session are left out.
    public var bespreekpunten: [Bespreekpunt] {
        var points: [Bespreekpunt] = []
        for partner in partners {
            let readings = assessorReadings(of: partner.id)
            guard readings.count >= 2 else { continue }
            var differences: [Bespreekpunt.Difference] = ScoreKind.allCases.compactMap { kind in
                Self.difference(
                    kind.name, readings.map { ($0.assessor, $0.reading.scores[kind]) },
                    text: { Localized(nl: String($0), en: String($0)) })
            }
            if let engagement = Self.difference(
                Localized(nl: "Betrokkenheid", en: "Engagement"),
                readings.map { ($0.assessor, $0.reading.engagement.current.rank) },
                text: { EngagementLevel.allCases[$0].name })
            {
                differences.append(engagement)
            }
            if !differences.isEmpty {
                points.append(Bespreekpunt(subject: .partner(partner.id), name: partner.name, differences: differences))
            }
        }
        for relation in relations {
            let readings = assessorReadings(of: relation.id)
            guard readings.count >= 2 else { continue }
            var differences: [Bespreekpunt.Difference] = []
            let kinds = readings.map(\.reading.kind)
            if Set(kinds).count > 1 {
                differences.append(
                    Bespreekpunt.Difference(
                        label: Localized(nl: "Soort", en: "Kind"),
                        values: readings.map { .init(assessor: $0.assessor, value: $0.reading.kind.name) },
                        spread: Bespreekpunt.threshold))
            }
            if let strength = Self.difference(
                Localized(nl: "Sterkte", en: "Strength"), readings.map { ($0.assessor, $0.reading.strength) },
                text: { Localized(nl: String($0), en: String($0)) })
            {
                differences.append(strength)
            }
            if let trust = Self.difference(
                Localized(nl: "Vertrouwen", en: "Trust"),
                readings.compactMap { reading in reading.reading.trust.map { (reading.assessor, $0) } },
                text: { Localized(nl: String($0), en: String($0)) })
            {
                differences.append(trust)
            }
            if !differences.isEmpty {
                points.append(
                    Bespreekpunt(
                        subject: .relation(relation.id),
                        name: partnerName(relation.from) + " ↔ " + partnerName(relation.to), differences: differences))
            }
        }
        return points.sorted {
            ($1.spread, $1.differences.count) < ($0.spread, $0.differences.count)
                || (($1.spread, $1.differences.count) == ($0.spread, $0.differences.count) && $0.name < $1.name)
        }
    }

    private static func difference(
        _ label: Localized, _ values: [(String, Int)], text: (Int) -> Localized
    ) -> Bespreekpunt.Difference? {
        guard values.count >= 2, let low = values.map(\.1).min(), let high = values.map(\.1).max(),
            high - low >= Bespreekpunt.threshold
        else { return nil }
        return Bespreekpunt.Difference(
            label: label, values: values.map { .init(assessor: $0.0, value: text($0.1)) }, spread: high - low)
    }
}
