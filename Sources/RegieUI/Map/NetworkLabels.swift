import Canvas

/// Snaps the network layout to the screen: each partner's label on a row of the map, as near
/// as it can to where the layout wants it, without touching another label.
enum NetworkLabels {
    /// Puts labels of `widths` on `rows` of `area`, each as near as it can to its wished
    /// position (0...1 on both axes) without touching another label; `order` says who
    /// chooses first. A label that finds no room gets nil.
    ///
    /// The nearest place minimises `dx² + dy²` (a row counting as two columns per line of
    /// spacing), ties going to the upper row and then the left column. Each row keeps its
    /// taken spans sorted, so only the free places right beside the wished column are
    /// considered, and rows too far away to beat the best place so far are skipped.
    static func place(
        widths: [Int], wished: [(x: Double, y: Double)], order: [Int], rows: [Int], in area: Rect, gap: Int = 2
    ) -> [Rect?] {
        var placed = [Rect?](repeating: nil, count: widths.count)
        var taken = [[Range<Int>]](repeating: [], count: rows.count)
        let rowSpacing = rows.count > 1 ? Double(rows[1] - rows[0]) : 1
        for index in order {
            let width = widths[index]
            guard width > 0, width <= area.width else { continue }
            let wishedRow = wished[index].y * Double(rows.count - 1)
            let wishedX = Double(area.x) + wished[index].x * Double(area.width - width)
            var best: (cost: Double, row: Int, x: Int)?
            for row in rows.indices {
                let dy = (Double(row) - wishedRow) * rowSpacing * 2
                if let best, best.cost <= dy * dy { continue }
                guard let x = nearestFree(to: wishedX, width: width, taken: taken[row], in: area, gap: gap) else {
                    continue
                }
                let dx = Double(x) - wishedX
                let cost = dx * dx + dy * dy
                if let best, best.cost <= cost { continue }
                best = (cost, row, x)
            }
            if let best {
                placed[index] = Rect(x: best.x, y: rows[best.row], width: width, height: 1)
                let span = best.x..<(best.x + width)
                let at = taken[best.row].firstIndex { $0.lowerBound > span.lowerBound } ?? taken[best.row].endIndex
                taken[best.row].insert(span, at: at)
            }
        }
        return placed
    }

    /// The column nearest to `target` (the left one of two as near) where a label of `width`
    /// keeps `gap` columns from every span in `taken` (sorted), inside `area`; nil if none.
    static func nearestFree(to target: Double, width: Int, taken: [Range<Int>], in area: Rect, gap: Int) -> Int? {
        let low = area.x
        let high = area.maxX - width
        guard low <= high else { return nil }
        // A span s..<e forbids the columns x with x - gap < e and x + width + gap > s.
        var blocked: [ClosedRange<Int>] = []
        for span in taken {
            let range = (span.lowerBound - width - gap + 1)...(span.upperBound + gap - 1)
            if let last = blocked.last, range.lowerBound <= last.upperBound + 1 {
                blocked[blocked.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                blocked.append(range)
            }
        }
        func free(_ x: Int) -> Int? {
            guard x >= low, x <= high else { return nil }
            return blocked.contains { $0.contains(x) } ? nil : x
        }
        /// The nearest free column at or left of `x`, and at or right of it.
        func leftward(_ x: Int) -> Int? {
            var x = min(x, high)
            if let range = blocked.last(where: { $0.lowerBound <= x }), range.contains(x) { x = range.lowerBound - 1 }
            return free(x)
        }
        func rightward(_ x: Int) -> Int? {
            var x = max(x, low)
            if let range = blocked.first(where: { $0.upperBound >= x }), range.contains(x) { x = range.upperBound + 1 }
            return free(x)
        }
        let left = leftward(Int(target.rounded(.down)))
        let right = rightward(Int(target.rounded(.up)))
        switch (left, right) {
        case (let l?, let r?): return abs(Double(l) - target) <= abs(Double(r) - target) ? l : r
        case (let l?, nil): return l
        case (nil, let r?): return r
        case (nil, nil): return nil
        }
    }
}
