import Foundation
import RegieKit

/// Why a form's submit was refused; shown under the form, which stays open.
struct FormRefusal: Error {
    var reason: Localized
    /// A value that a second Enter accepts as meant (a duplicate name).
    var confirming: String?
    init(_ reason: Localized, confirming: String? = nil) {
        self.reason = reason
        self.confirming = confirming
    }
}
