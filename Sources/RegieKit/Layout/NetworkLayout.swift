import Foundation

/// Where to draw each partner of a network: a force-directed layout (Fruchterman–Reingold
/// with gravity, so loose partners stay near) in abstract coordinates, for the terminal map,
/// which snaps the positions to cells, and for drawings such as an SVG export.
///
/// Deterministic: every partner starts from a point seeded by its id, and a layout that is
/// given the positions of an earlier one starts from those and moves them only a little, so
/// one added partner or relation does not reshuffle the map. It scales: up to
/// `exactLimit` partners every pair repels, above it only pairs closer than twice the ideal
/// distance do (the grid variant of the same method), found through a grid of cells, and the
/// number of steps is bounded.
public enum NetworkLayout {
    /// A link pulling two partners (by index) together, stronger for a larger `weight`.
    public struct Link: Hashable, Sendable {
        public var a: Int
        public var b: Int
        public var weight: Double

        public init(a: Int, b: Int, weight: Double) {
            self.a = a
            self.b = b
            self.weight = weight
        }
    }

    /// A position in the layout's space, `0...aspect` across and `0...1` down.
    public struct Position: Hashable, Sendable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// Up to this many partners every pair repels each other; above it, only near pairs.
    public static let exactLimit = 300
    /// Steps of a fresh layout.
    public static let steps = 300
    /// Steps of a fresh layout above `exactLimit` partners.
    public static let bigNetworkSteps = 100
    /// Steps that adjust an earlier layout to a changed network.
    public static let adjustingSteps = 60

    /// The seed of a partner's starting point: FNV-1a of its id. Each partner has its own,
    /// so adding a partner moves the others a little instead of shuffling the whole map.
    public static func seed(for id: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Positions for the partners `ids` joined by `links`, in a space `aspect` times as wide
    /// as high. Partners found in `previous` (an earlier layout, by id) start where they were,
    /// new ones next to the partners they are linked to, and the layout then only adjusts.
    public static func positions(
        for ids: [String], links: [Link], aspect: Double, previous: [String: Position] = [:]
    ) -> [Position] {
        let count = ids.count
        let width = max(1, aspect)
        let height = 1.0
        guard count > 1 else { return ids.map { _ in Position(x: width / 2, y: height / 2) } }
        var x = [Double](repeating: 0, count: count)
        var y = [Double](repeating: 0, count: count)
        var known = [Bool](repeating: false, count: count)
        for (index, id) in ids.enumerated() {
            if let earlier = previous[id] {
                x[index] = min(width, max(0, earlier.x))
                y[index] = min(height, max(0, earlier.y))
                known[index] = true
            } else {
                var generator = SeededGenerator(seed: seed(for: id))
                x[index] = generator.unit() * width
                y[index] = generator.unit() * height
            }
        }
        let adjusting = known.contains(true)
        if adjusting { placeNewcomers(ids, links: links, known: known, x: &x, y: &y) }

        let k = 0.8 * (width * height / Double(count)).squareRoot()
        let exact = count <= exactLimit
        // A big network gets fewer, cheaper steps: bounded work, and on a terminal only some
        // hundreds of its labels find room anyway.
        let iterations = adjusting ? adjustingSteps : exact ? steps : bigNetworkSteps
        // Adjusting starts cool: the sum of all its steps stays under a tenth of the height.
        var temperature = adjusting ? width / 200 : width / 6
        let cooling = pow(0.005, 1 / Double(iterations))
        let cutoff = exact ? Double.infinity : (2 * k) * (2 * k)
        var grid = CellIndex(width: width, height: height, cellSize: exact ? max(width, height) : 2 * k)
        // Plain buffers: the force loops run millions of times, and array accesses from inside
        // a closure would each check uniqueness and exclusive access.
        let px = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        let py = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        let moveX = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        let moveY = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        defer {
            for buffer in [px, py, moveX, moveY] { buffer.deallocate() }
        }
        _ = px.initialize(from: x)
        _ = py.initialize(from: y)
        for _ in 0..<iterations {
            moveX.update(repeating: 0)
            moveY.update(repeating: 0)
            grid.rebuild(x: px, y: py)
            grid.forEachPair { i, j in
                var dx = px[i] - px[j]
                var dy = py[i] - py[j]
                var squared = dx * dx + dy * dy
                guard squared < cutoff else { return }
                if squared < 1e-9 {
                    dx = 1e-3 * Double(j - i)
                    dy = 1e-3
                    squared = dx * dx + dy * dy
                }
                // Repulsion k²/d along the unit vector: (dx, dy) · k² / d².
                let factor = k * k / squared
                moveX[i] += dx * factor
                moveY[i] += dy * factor
                moveX[j] -= dx * factor
                moveY[j] -= dy * factor
            }
            if !exact { repelFarCells(px, py, moveX, moveY, width: width, height: height, k: k) }
            for link in links where link.a != link.b {
                let dx = px[link.a] - px[link.b]
                let dy = py[link.a] - py[link.b]
                let distance = max(1e-6, (dx * dx + dy * dy).squareRoot())
                // Attraction d²/k along the unit vector: (dx, dy) · d / k.
                let factor = distance / k * link.weight
                moveX[link.a] -= dx * factor
                moveY[link.a] -= dy * factor
                moveX[link.b] += dx * factor
                moveY[link.b] += dy * factor
            }
            for i in 0..<count {
                moveX[i] -= (px[i] - width / 2) * k * 0.6
                moveY[i] -= (py[i] - height / 2) * k * 0.6
                let length = (moveX[i] * moveX[i] + moveY[i] * moveY[i]).squareRoot()
                guard length > 0 else { continue }
                let step = min(length, temperature)
                px[i] = min(width, max(0, px[i] + moveX[i] / length * step))
                py[i] = min(height, max(0, py[i] + moveY[i] / length * step))
            }
            temperature *= cooling
        }
        return (0..<count).map { Position(x: px[$0], y: py[$0]) }
    }

    /// The repulsion of far partners, approximated by the centres of a coarse grid of cells
    /// (each pushing as hard as all the partners in it): without it, the links of a big network
    /// pull it into one dense knot, which also makes the near pairs quadratic again.
    private static func repelFarCells(
        _ px: UnsafeMutableBufferPointer<Double>, _ py: UnsafeMutableBufferPointer<Double>,
        _ moveX: UnsafeMutableBufferPointer<Double>, _ moveY: UnsafeMutableBufferPointer<Double>,
        width: Double, height: Double, k: Double
    ) {
        let columns = 8
        let rows = 6
        var count = [Double](repeating: 0, count: columns * rows)
        var sumX = count
        var sumY = count
        var cellOf = [Int](repeating: 0, count: px.count)
        for i in 0..<px.count {
            let column = min(columns - 1, Int(px[i] / width * Double(columns)))
            let row = min(rows - 1, Int(py[i] / height * Double(rows)))
            let cell = row * columns + column
            cellOf[i] = cell
            count[cell] += 1
            sumX[cell] += px[i]
            sumY[cell] += py[i]
        }
        let occupied = (0..<count.count).filter { count[$0] > 0 }
        let centres = occupied.map { (x: sumX[$0] / count[$0], y: sumY[$0] / count[$0], mass: count[$0], cell: $0) }
        for i in 0..<px.count {
            for centre in centres where centre.cell != cellOf[i] {
                let dx = px[i] - centre.x
                let dy = py[i] - centre.y
                let squared = max(dx * dx + dy * dy, 1e-9)
                // Beyond twice the ideal distance only: nearer pairs were counted one by one.
                guard squared > 4 * k * k else { continue }
                let factor = centre.mass * k * k / squared
                moveX[i] += dx * factor
                moveY[i] += dy * factor
            }
        }
    }

    /// Puts each partner that has no earlier position near the partners it is linked to that
    /// do (their centre, nudged by its own seed so two newcomers do not coincide).
    private static func placeNewcomers(
        _ ids: [String], links: [Link], known: [Bool], x: inout [Double], y: inout [Double]
    ) {
        var sumX = [Double](repeating: 0, count: ids.count)
        var sumY = [Double](repeating: 0, count: ids.count)
        var neighbours = [Int](repeating: 0, count: ids.count)
        for link in links where link.a != link.b {
            for (me, other) in [(link.a, link.b), (link.b, link.a)] where !known[me] && known[other] {
                sumX[me] += x[other]
                sumY[me] += y[other]
                neighbours[me] += 1
            }
        }
        for index in ids.indices where !known[index] && neighbours[index] > 0 {
            var generator = SeededGenerator(seed: seed(for: ids[index]))
            x[index] = sumX[index] / Double(neighbours[index]) + (generator.unit() - 0.5) * 0.05
            y[index] = sumY[index] / Double(neighbours[index]) + (generator.unit() - 0.5) * 0.05
        }
    }
}

/// The partners by grid cell, so that repulsion only visits pairs in the same or adjacent cells.
private struct CellIndex {
    let columns: Int
    let rows: Int
    let cellSize: Double
    /// Partner indices sorted by cell, and where each cell's run starts (`starts[c]..<starts[c + 1]`).
    private var members: [Int] = []
    private var starts: [Int] = []
    private var cellOf: [Int] = []

    init(width: Double, height: Double, cellSize: Double) {
        self.cellSize = max(cellSize, 1e-6)
        columns = max(1, min(4096, Int((width / self.cellSize).rounded(.up))))
        rows = max(1, min(4096, Int((height / self.cellSize).rounded(.up))))
    }

    mutating func rebuild(x: UnsafeMutableBufferPointer<Double>, y: UnsafeMutableBufferPointer<Double>) {
        let cellCount = columns * rows
        cellOf = (0..<x.count).map { index in
            let column = min(columns - 1, max(0, Int(x[index] / cellSize)))
            let row = min(rows - 1, max(0, Int(y[index] / cellSize)))
            return row * columns + column
        }
        starts = [Int](repeating: 0, count: cellCount + 1)
        for cell in cellOf { starts[cell + 1] += 1 }
        for cell in 0..<cellCount { starts[cell + 1] += starts[cell] }
        var next = starts
        members = [Int](repeating: 0, count: x.count)
        for (index, cell) in cellOf.enumerated() {
            members[next[cell]] = index
            next[cell] += 1
        }
    }

    /// Calls `body` once for every pair in the same cell or in two neighbouring cells.
    func forEachPair(_ body: (Int, Int) -> Void) {
        // Half of the neighbours, so that each pair of cells is visited once.
        let forward = [(1, 0), (-1, 1), (0, 1), (1, 1)]
        members.withUnsafeBufferPointer { members in
            starts.withUnsafeBufferPointer { starts in
                visitPairs(members: members, starts: starts, forward: forward, body)
            }
        }
    }

    private func visitPairs(
        members: UnsafeBufferPointer<Int>, starts: UnsafeBufferPointer<Int>, forward: [(Int, Int)],
        _ body: (Int, Int) -> Void
    ) {
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = row * columns + column
                let own = starts[cell]..<starts[cell + 1]
                guard !own.isEmpty else { continue }
                for a in own {
                    for b in (a + 1)..<own.upperBound { body(members[a], members[b]) }
                }
                for (dc, dr) in forward {
                    let c = column + dc
                    let r = row + dr
                    guard c >= 0, c < columns, r < rows else { continue }
                    let other = r * columns + c
                    for a in own {
                        for b in starts[other]..<starts[other + 1] { body(members[a], members[b]) }
                    }
                }
            }
        }
    }
}
