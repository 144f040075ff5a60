import Foundation

/// What a kept drawing was made from; `matches` says whether it may serve for another.
protocol DrawingKey: Sendable {
    func matches(_ other: Self) -> Bool
}

/// The last drawing made for a key, shared by the copies of the state that hold it (drawing
/// reads a copy), so the frames after it reuse it. The lock makes it safe to share, though the
/// workbench draws from one thread.
final class LastDrawing<Key: DrawingKey, Drawing: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (key: Key, drawing: Drawing)?
    private var made = 0

    /// How many drawings were made rather than reused.
    var drawingsMade: Int {
        lock.lock()
        defer { lock.unlock() }
        return made
    }

    /// The kept drawing when it was made for `key`, else a new one from `make`, kept instead.
    func drawing(for key: Key, make: () -> Drawing) -> Drawing {
        lock.lock()
        if let last, last.key.matches(key) {
            lock.unlock()
            return last.drawing
        }
        lock.unlock()
        let drawing = make()
        lock.lock()
        last = (key, drawing)
        made += 1
        lock.unlock()
        return drawing
    }
}
