extension CellGrid {
    /// Copies the cells of `rect` from `other`, a grid of the same size, keeping wide
    /// characters whole: a half that the edge of `rect` separates from its other half
    /// becomes a space, here or just outside `rect`.
    public mutating func copy(_ rect: Rect, from other: CellGrid) {
        guard other.size == size else { return }
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let last = area.maxX - 1
        for y in area.y..<area.maxY {
            for x in area.x...last { write(other[x, y], x: x, y: y) }
            if self[area.x, y].isContinuation {
                writeNarrow(Cell(text: " ", style: self[area.x, y].style), x: area.x, y: y)
            } else if area.x > 0, self[area.x - 1, y].width == 2 {
                write(Cell(text: " ", style: self[area.x - 1, y].style), x: area.x - 1, y: y)
            }
            if self[last, y].width == 2 {
                writeNarrow(Cell(text: " ", style: self[last, y].style), x: last, y: y)
            } else if area.maxX < size.width, self[area.maxX, y].isContinuation {
                write(Cell(text: " ", style: self[area.maxX, y].style), x: area.maxX, y: y)
            }
        }
    }
}
