import Foundation

/// When the regisseur last had contact with each partner: the latest meeting the partner
/// attended or note linked to it, on or before the day passed in.
public enum ContactRecency {
    /// Whole days from the last contact to `today` per partner; absent for a partner with none.
    /// Meetings and notes after `today` are plans, not contact, and do not count. Private notes
    /// count too; pass `session.disclosed(.public)` to leave them out.
    public static func daysSinceContact(in session: Session, today: Day) -> [Partner.ID: Int] {
        var last: [Partner.ID: Day] = [:]
        func saw(_ partner: Partner.ID, on day: Day) {
            guard day <= today else { return }
            if let known = last[partner], known >= day { return }
            last[partner] = day
        }
        for meeting in session.meetings {
            let day = Day(meeting.date)
            for attendee in meeting.attendees { saw(attendee, on: day) }
        }
        for note in session.notes {
            let day = Day(note.at)
            for link in note.links { saw(Partner.ID(link), on: day) }
        }
        var result: [Partner.ID: Int] = [:]
        for partner in session.partners {
            if let day = last[partner.id] { result[partner.id] = today.days(since: day) }
        }
        return result
    }
}
