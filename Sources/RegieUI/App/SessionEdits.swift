import Foundation
import RegieKit

extension Session {
    /// Replaces the entity with `value`'s id in the list at `keyPath`, or appends it.
    // TODO(lead): replace by RegieKit's upsert once `editing-kit` lands.
    mutating func replaceOrAppend<T: Identifiable>(_ keyPath: WritableKeyPath<Session, [T]>, _ value: T) {
        if let index = self[keyPath: keyPath].firstIndex(where: { $0.id == value.id }) {
            self[keyPath: keyPath][index] = value
        } else {
            self[keyPath: keyPath].append(value)
        }
    }
}

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
