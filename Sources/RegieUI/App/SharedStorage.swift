/// Whether two arrays share their storage: an array not changed since it was copied, which
/// needs no comparison of its elements. Derived state uses it to tell cheaply that the part of
/// the session it was computed from is unchanged.
func sharesStorage<Element>(_ a: [Element], _ b: [Element]) -> Bool {
    a.withUnsafeBufferPointer { first in
        b.withUnsafeBufferPointer { first.baseAddress == $0.baseAddress && first.count == $0.count }
    }
}
