import Foundation

// TODO(meetings): remove once `editing-kit` has landed; it brings the same initialiser.
extension Day {
    /// The day on which `date` falls on the clocks of `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year!, month: c.month!, day: c.day!)
    }
}
