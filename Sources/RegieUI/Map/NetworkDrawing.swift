import Canvas
import Foundation
import RegieKit

/// The network map drawn without a selection, kept for the frames after it: moving the
/// selection then copies it and redraws only the selected partner's relations and the labels
/// that change, instead of every edge of a big network (a quarter of a million cells).
struct NetworkDrawing: Sendable {
    /// What the drawing depends on besides the graph it belongs to.
    struct Key: DrawingKey {
        var area: Rect
        var frameSize: Size
        var relationStart: Partner.ID?
        var nameLines: Int
        /// Names and statuses: the partners as they were drawn (compared by storage first).
        var partners: [Partner]

        func matches(_ other: Key) -> Bool {
            guard area == other.area, frameSize == other.frameSize, relationStart == other.relationStart,
                nameLines == other.nameLines
            else {
                return false
            }
            let same = partners.withUnsafeBufferPointer { a in
                other.partners.withUnsafeBufferPointer { a.baseAddress == $0.baseAddress && a.count == $0.count }
            }
            return same || partners == other.partners
        }
    }

    /// The frame-sized grid with the edges and labels drawn in `Key.area`, nothing else.
    var grid: CellGrid
    var placed: [Rect?]
    var hits: [HitRegion]
    /// Cells covered by a label, row by row over the frame: relations never draw over them.
    var labelCells: [Bool]
}

/// The last drawing of one graph's map, shared by the copies of its `NetworkGraph`.
typealias NetworkDrawingMemo = LastDrawing<NetworkDrawing.Key, NetworkDrawing>
