import Testing

@testable import RegieKit

/// `Intervention.setStatus(_:on:)`: the dates follow the status, whichever way it changes.
@Suite struct InterventionStatusTests {
    let march = Day(year: 2026, month: 3, day: 10)
    let april = Day(year: 2026, month: 4, day: 2)

    @Test func plannedDatesThePlanAndDoneTheCompletion() {
        var item = Intervention(id: "i", title: "Casustafel")
        item.setStatus(.planned, on: march)
        #expect(item.status == .planned && item.planned == march && item.completed == nil)
        item.setStatus(.done, on: april)
        #expect(item.status == .done && item.planned == march && item.completed == april)
    }

    @Test func leavingDoneClearsTheCompletionDate() {
        for next in [InterventionStatus.idea, .planned, .dropped] {
            var item = Intervention(id: "i", title: "Casustafel", status: .done, planned: march, completed: march)
            item.setStatus(next, on: april)
            #expect(item.status == next)
            #expect(item.completed == nil, "\(next) kept the completion date")
        }
    }

    @Test func replanningDatesThePlanAnewButReopeningKeepsIt() {
        var dropped = Intervention(id: "i", title: "Casustafel", status: .dropped, planned: march)
        dropped.setStatus(.planned, on: april)
        #expect(dropped.planned == april, "planned again")
        var done = Intervention(id: "i", title: "Casustafel", status: .done, planned: march, completed: march)
        done.setStatus(.planned, on: april)
        #expect(done.planned == march && done.completed == nil, "reopened: it was planned in March")
        var undated = Intervention(id: "i", title: "Casustafel", status: .done, completed: march)
        undated.setStatus(.planned, on: april)
        #expect(undated.planned == april)
    }

    @Test func theSameStatusChangesNoDate() {
        var done = Intervention(id: "i", title: "Casustafel", status: .done, planned: march, completed: march)
        done.setStatus(.done, on: april)
        #expect(done.completed == march && done.planned == march)
        var planned = Intervention(id: "i", title: "Casustafel", status: .planned, planned: march)
        planned.setStatus(.planned, on: april)
        #expect(planned.planned == march)
    }

    @Test func ideasAndDroppedLeaveThePlanDateAsItWas() {
        var item = Intervention(id: "i", title: "Casustafel", status: .planned, planned: march)
        item.setStatus(.dropped, on: april)
        #expect(item.planned == march && item.completed == nil)
        var idea = Intervention(id: "i", title: "Casustafel")
        idea.setStatus(.done, on: april)
        #expect(idea.planned == nil && idea.completed == april, "done straight from an idea was never planned")
    }

    @Test func everyMethodHasAShortNameForAListRow() {
        for method in AnalysisMethod.all {
            for language in Language.allCases {
                let short = method.shortName(language)
                #expect(!short.isEmpty && short.count <= 18, "\(method.id) \(language): \(short)")
            }
        }
        #expect(AnalysisMethod.tip(5).shortName.nl == "tip 5")
    }
}
