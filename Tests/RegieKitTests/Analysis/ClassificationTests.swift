import Testing

import RegieKit
import RegieTestSupport

@Suite("Mendelow, salience and commitment rings")
struct ClassificationTests {
    /// Every pair of influence and interest scores 0–5: high means 3 or more, for both.
    @Test func mendelowQuadrantForEveryInfluenceAndInterest() {
        for influence in 0...5 {
            for interest in 0...5 {
                let expected: MendelowQuadrant =
                    switch (influence >= 3, interest >= 3) {
                    case (true, true): .manageClosely
                    case (true, false): .keepSatisfied
                    case (false, true): .keepInformed
                    case (false, false): .monitor
                    }
                #expect(
                    MendelowQuadrant(influence: influence, interest: interest) == expected, "\(influence),\(interest)")
            }
        }
        #expect(MendelowQuadrant(influence: 3, interest: 3) == .manageClosely)
        #expect(MendelowQuadrant(influence: 5, interest: 2) == .keepSatisfied)
        #expect(MendelowQuadrant(influence: 2, interest: 5) == .keepInformed)
        #expect(MendelowQuadrant(influence: 2, interest: 2) == .monitor)
    }

    /// Commitment plays no part in the quadrant: the grid is power against interest.
    @Test func mendelowIgnoresCommitment() {
        for commitment in 0...5 {
            #expect(MendelowQuadrant(Scores(influence: 4, interest: 1, commitment: commitment)) == .keepSatisfied)
            #expect(MendelowQuadrant(Scores(influence: 1, interest: 4, commitment: commitment)) == .keepInformed)
        }
    }

    @Test func mendelowTitles() {
        let titles = MendelowQuadrant.allCases.map { ($0.title(.nl), $0.title(.en)) }
        #expect(titles.map(\.0) == ["Nauw betrekken", "Tevreden houden", "Informeren", "Monitoren"])
        #expect(titles.map(\.1) == ["Manage closely", "Keep satisfied", "Keep informed", "Monitor"])
        #expect(MendelowQuadrant.allCases.map(\.highInfluence) == [true, true, false, false])
        #expect(MendelowQuadrant.allCases.map(\.highInterest) == [true, false, true, false])
    }

    @Test func salienceForEveryCombinationOfAttributes() {
        let table: [((Bool, Bool, Bool), SalienceClass)] = [
            ((true, true, true), .definitive), ((true, true, false), .dominant), ((true, false, true), .dangerous),
            ((false, true, true), .dependent), ((true, false, false), .dormant), ((false, true, false), .discretionary),
            ((false, false, true), .demanding), ((false, false, false), .none),
        ]
        for ((power, legitimacy, urgency), expected) in table {
            let salience = SalienceClass(power: power, legitimacy: legitimacy, urgency: urgency)
            #expect(salience == expected)
            #expect(
                salience.hasPower == power && salience.hasLegitimacy == legitimacy && salience.hasUrgency == urgency)
        }
        #expect(Set(table.map(\.1)) == Set(SalienceClass.allCases))
    }

    /// Each attribute holds from a score of 3: 2 is without it, 3 with it.
    @Test func salienceFromScoresAtTheThreshold() {
        #expect(SalienceClass(Scores(influence: 3, legitimacy: 2, urgency: 3)) == .dangerous)
        #expect(SalienceClass(Scores(influence: 3, legitimacy: 3, urgency: 3)) == .definitive)
        #expect(SalienceClass(Scores(influence: 2, legitimacy: 2, urgency: 2)) == .none)
        #expect(SalienceClass(Scores(influence: 2, legitimacy: 5, urgency: 0)) == .discretionary)
        #expect(SalienceClass(Scores(influence: 0, interest: 5, legitimacy: 0, urgency: 4)) == .demanding)
        #expect(
            SalienceClass.allCases.map { $0.title(.nl) }
                == [
                    "bepalend", "dominant", "gevaarlijk", "afhankelijk", "slapend", "discretionair", "veeleisend",
                    "geen",
                ])
    }

    @Test func commitmentRings() {
        let rings = (0...5).map { CommitmentRing(commitment: $0) }
        #expect(rings == [.periphery, .periphery, .involved, .involved, .core, .core])
        #expect(CommitmentRing.allCases.map(\.range) == ["4–5", "2–3", "0–1"])
    }
}
