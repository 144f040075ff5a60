import Canvas
import Foundation
import RegieKit

/// A small deterministic random number generator (SplitMix64), so layouts repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }
}

/// Where the network view puts each partner: a force-directed layout with a fixed number of
/// steps from seeded starting points, then snapped to free places for the labels.
enum NetworkLayout {
    /// A link pulling two partners (by index) together, stronger for stronger relations.
    struct Link: Equatable {
        var a: Int
        var b: Int
        var weight: Double
    }

    /// The seed of a partner's starting point: FNV-1a of its id. Each partner has its own,
    /// so adding a partner moves the others a little instead of shuffling the whole map.
    static func seed(for id: Partner.ID) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.rawValue.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Positions in 0...1 on both axes for `ids`, spread over a space `aspect` times as wide
    /// as high (Fruchterman–Reingold with gravity, so loose partners stay near).
    static func positions(
        for ids: [Partner.ID], links: [Link], aspect: Double, iterations: Int = 300
    ) -> [(x: Double, y: Double)] {
        let count = ids.count
        guard count > 1 else { return ids.map { _ in (0.5, 0.5) } }
        let width = max(1, aspect)
        let height = 1.0
        var x = [Double](repeating: 0, count: count)
        var y = [Double](repeating: 0, count: count)
        for (index, id) in ids.enumerated() {
            var generator = SeededGenerator(seed: seed(for: id))
            x[index] = generator.unit() * width
            y[index] = generator.unit() * height
        }
        let k = 0.8 * (width * height / Double(count)).squareRoot()
        var temperature = width / 6
        let cooling = pow(0.005, 1 / Double(iterations))
        for _ in 0..<iterations {
            var moveX = [Double](repeating: 0, count: count)
            var moveY = [Double](repeating: 0, count: count)
            for i in 0..<count {
                for j in (i + 1)..<count {
                    var dx = x[i] - x[j]
                    var dy = y[i] - y[j]
                    if dx * dx + dy * dy < 1e-9 {
                        dx = 1e-3 * Double(j - i)
                        dy = 1e-3
                    }
                    let distance = (dx * dx + dy * dy).squareRoot()
                    let force = k * k / distance
                    moveX[i] += dx / distance * force
                    moveY[i] += dy / distance * force
                    moveX[j] -= dx / distance * force
                    moveY[j] -= dy / distance * force
                }
            }
            for link in links {
                let dx = x[link.a] - x[link.b]
                let dy = y[link.a] - y[link.b]
                let distance = max(1e-6, (dx * dx + dy * dy).squareRoot())
                let force = distance * distance / k * link.weight
                moveX[link.a] -= dx / distance * force
                moveY[link.a] -= dy / distance * force
                moveX[link.b] += dx / distance * force
                moveY[link.b] += dy / distance * force
            }
            for i in 0..<count {
                moveX[i] -= (x[i] - width / 2) * k * 0.6
                moveY[i] -= (y[i] - height / 2) * k * 0.6
                let length = (moveX[i] * moveX[i] + moveY[i] * moveY[i]).squareRoot()
                guard length > 0 else { continue }
                let step = min(length, temperature)
                x[i] = min(width, max(0, x[i] + moveX[i] / length * step))
                y[i] = min(height, max(0, y[i] + moveY[i] / length * step))
            }
            temperature *= cooling
        }
        return normalized(x: x, y: y)
    }

    /// Stretches the positions to fill 0...1 on each axis.
    private static func normalized(x: [Double], y: [Double]) -> [(x: Double, y: Double)] {
        func scale(_ values: [Double]) -> [Double] {
            let low = values.min() ?? 0
            let high = values.max() ?? 0
            guard high - low > 1e-9 else { return values.map { _ in 0.5 } }
            return values.map { ($0 - low) / (high - low) }
        }
        return Array(zip(scale(x), scale(y)))
    }

    /// Puts labels of `widths` on `rows` of `area`, each as near as it can to its wished
    /// position (0...1 on both axes) without touching another label; `order` says who
    /// chooses first. A label that finds no room gets nil.
    static func place(
        widths: [Int], wished: [(x: Double, y: Double)], order: [Int], rows: [Int], in area: Rect, gap: Int = 2
    ) -> [Rect?] {
        var placed = [Rect?](repeating: nil, count: widths.count)
        var taken: [Int: [Range<Int>]] = [:]
        let rowSpacing = rows.count > 1 ? Double(rows[1] - rows[0]) : 1
        for index in order {
            let width = widths[index]
            guard width > 0, width <= area.width else { continue }
            let wishedRow = wished[index].y * Double(rows.count - 1)
            let wishedX = Double(area.x) + wished[index].x * Double(area.width - width)
            var best: (cost: Double, rect: Rect)?
            for (rowIndex, y) in rows.enumerated() {
                let dy = (Double(rowIndex) - wishedRow) * rowSpacing * 2
                for x in area.x...(area.maxX - width) {
                    let dx = Double(x) - wishedX
                    let cost = dx * dx + dy * dy
                    if let best, best.cost <= cost { continue }
                    let span = (x - gap)..<(x + width + gap)
                    if taken[y, default: []].contains(where: { $0.overlaps(span) }) { continue }
                    best = (cost, Rect(x: x, y: y, width: width, height: 1))
                }
            }
            if let rect = best?.rect {
                placed[index] = rect
                taken[rect.y, default: []].append(rect.x..<rect.maxX)
            }
        }
        return placed
    }
}
