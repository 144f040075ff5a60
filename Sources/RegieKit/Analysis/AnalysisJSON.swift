/// The JSON that `regie analyze` and `regie suggest` write, built here so that every tool
/// reads the same shape (see `docs/methods.md`).
extension SessionAnalysis {
    /// `{"partners": [...], "negotiationShare": {...}, "isolated": [...], "brokers": [...],
    /// "clusters": [[...]], "cutPoints": [...]}`; values that may not be seen are `null`.
    public var json: JSONValue {
        func ids(_ list: [Partner.ID]) -> JSONValue { .array(list.map { .string($0.rawValue) }) }
        func optional<T>(_ value: T?, _ make: (T) -> JSONValue) -> JSONValue { value.map(make) ?? .null }
        let rows: [JSONValue] = partners.map { row in
            .object([
                "id": .string(row.id.rawValue), "name": .string(row.name), "degree": .int(row.degree),
                "betweenness": .double(row.betweenness),
                "quadrant": optional(row.quadrant) { .string($0.rawValue) },
                "salience": optional(row.salience) { .string($0.rawValue) },
                "critical": optional(row.critical, JSONValue.bool),
                "dedicated": optional(row.dedicated, JSONValue.bool),
                "engagementGap": optional(row.engagementGap, JSONValue.int),
                "daysSinceContact": optional(row.daysSinceContact, JSONValue.int),
                "letGo": optional(row.passesLetGoTest, JSONValue.bool),
            ])
        }
        let share: [String: JSONValue] = [
            "negotiationRelations": .array(negotiation.negotiationRelations.map { .string($0.rawValue) }),
            "relations": optional(negotiation.relationShare, JSONValue.double),
            "meetings": optional(negotiation.meetingShare, JSONValue.double),
            "negotiationMeetings": .array(negotiation.negotiationMeetings.map { .string($0.rawValue) }),
            "moments": optional(negotiation.momentShare, JSONValue.double),
            "negotiationMoments": .array(negotiation.negotiationMoments.map { .string($0.rawValue) }),
        ]
        return .object([
            "partners": .array(rows), "negotiationShare": .object(share), "isolated": ids(network.isolated),
            "brokers": ids(network.brokers), "clusters": .array(network.clusters.map(ids)),
            "cutPoints": ids(network.cutPoints),
        ])
    }
}

extension Suggestion {
    /// `{"intervention", "title", "rule", "method", "tips", "partners", "reason", "score"}`, with
    /// the title and reason in `language`.
    public func json(_ language: Language) -> JSONValue {
        .object([
            "intervention": .string(intervention.id), "title": .string(intervention.title(language)),
            "rule": .string(rule.rawValue), "method": .string(method.id), "tips": .array(tips.map(JSONValue.int)),
            "partners": .array(partners.map { .string($0.rawValue) }), "reason": .string(reason(language)),
            "score": .int(score),
        ])
    }
}
