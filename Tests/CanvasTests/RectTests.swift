import Canvas
import Testing

@Suite struct RectTests {
    let rect = Rect(x: 2, y: 3, width: 10, height: 4)

    @Test func edges() {
        #expect(rect.maxX == 12)
        #expect(rect.maxY == 7)
        #expect(!rect.isEmpty)
        #expect(Rect(x: 0, y: 0, width: 0, height: 5).isEmpty)
    }

    @Test func negativeSizesBecomeZero() {
        #expect(Rect(x: 1, y: 1, width: -4, height: 2).width == 0)
        #expect(Rect(origin: .zero, size: Size(width: 3, height: -1)).height == 0)
    }

    @Test func containsIsHalfOpen() {
        #expect(rect.contains(Point(x: 2, y: 3)))
        #expect(rect.contains(Point(x: 11, y: 6)))
        #expect(!rect.contains(Point(x: 12, y: 6)))
        #expect(!rect.contains(Point(x: 2, y: 7)))
    }

    @Test func insetShrinksAndNeverGoesNegative() {
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 2))
        #expect(rect.inset(top: 1, left: 2, bottom: 0, right: 3) == Rect(x: 4, y: 4, width: 5, height: 3))
        #expect(rect.inset(by: 3).isEmpty)
        #expect(rect.inset(by: 3).height == 0)
    }

    @Test func intersection() {
        #expect(rect.intersection(Rect(x: 0, y: 0, width: 5, height: 5)) == Rect(x: 2, y: 3, width: 3, height: 2))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 5, height: 5)).isEmpty)
    }

    @Test func splitsAreClamped() {
        let (left, right) = rect.splitColumns(leftWidth: 4)
        #expect(left == Rect(x: 2, y: 3, width: 4, height: 4))
        #expect(right == Rect(x: 6, y: 3, width: 6, height: 4))
        #expect(rect.splitColumns(leftWidth: 40).right.width == 0)
        #expect(rect.splitColumns(leftWidth: -1).left.width == 0)

        let (top, bottom) = rect.splitRows(topHeight: 1)
        #expect(top == Rect(x: 2, y: 3, width: 10, height: 1))
        #expect(bottom == Rect(x: 2, y: 4, width: 10, height: 3))
        #expect(rect.splitRows(topHeight: 9).bottom.isEmpty)
    }

    @Test func rowIsRelative() {
        #expect(rect.row(0) == Rect(x: 2, y: 3, width: 10, height: 1))
        #expect(rect.row(3) == Rect(x: 2, y: 6, width: 10, height: 1))
        #expect(rect.row(4).isEmpty)
        #expect(rect.row(-1).isEmpty)
    }
}
