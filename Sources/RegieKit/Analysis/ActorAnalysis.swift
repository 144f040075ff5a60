/// Actor analysis after Enserink et al. (2010) and Hermans & Thissen (2009): which partners
/// the opgave cannot do without, and which ones care about it.
extension Partner {
    /// Interest from this score up makes a partner dedicated.
    public static let dedicatedFrom = 3

    /// Critical: holds at least one resource that nobody else can replace.
    public var isCritical: Bool { resources.contains { !$0.replaceable } }

    /// Dedicated: its interest in the opgave is 3 or more.
    public var isDedicated: Bool { scores.interest >= Self.dedicatedFrom }

    /// The resources nobody else can replace, in the order recorded.
    public var irreplaceableResources: [Resource] { resources.filter { !$0.replaceable } }

    /// Tip 1's let-go test: contribution 1 or less, the opgave hardly needs the partner
    /// (dependency 1 or less), and it holds no irreplaceable resource.
    public var passesLetGoTest: Bool {
        scores.contribution <= 1 && scores.dependency <= 1 && !isCritical
    }

    /// Steps from current to desired engagement on PMI's five-step scale; positive when the
    /// partner should move towards leading.
    public var engagementGap: Int { engagement.gap }
}
