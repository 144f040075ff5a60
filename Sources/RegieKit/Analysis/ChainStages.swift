/// The chain (keten) as stages: partners with a chain position, grouped by position.
public enum ChainStages {
    /// Positioned partners grouped by position, lowest first, in session order within a
    /// position; partners without a position are not in the chain.
    public static func stages(_ partners: [Partner]) -> [[Partner]] {
        let positioned = partners.enumerated()
            .compactMap { offset, partner in
                partner.chainPosition.map { (position: $0, offset: offset, partner: partner) }
            }
            .sorted { ($0.position, $0.offset) < ($1.position, $1.offset) }
        var stages: [[Partner]] = []
        var last: Int?
        for (position, _, partner) in positioned {
            if position == last { stages[stages.count - 1].append(partner) } else { stages.append([partner]) }
            last = position
        }
        return stages
    }
}
