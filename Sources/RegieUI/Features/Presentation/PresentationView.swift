import Canvas
import RegieKit

/// A slide on the whole screen, for a projector: the title in block letters, the timer large
/// beside it, wide margins, and at the bottom only where in the deck the room is. High contrast:
/// the terminal's own colours, emphasis by bold and reverse, never by colour or dim text alone,
/// and no editing hints.
enum PresentationView {
    /// Below this height the title is written in capitals instead of block letters.
    static let blockLettersFrom = 20
    /// A map slide needs its rows for the partners' names more than for a title: below this
    /// height, while no timer is set, its title is written in capitals.
    static let mapBlockLettersFrom = 32

    static func draw(_ state: AppState, into frame: inout Frame) {
        let deck = SlideDeck(state)
        let index = deck.clamped(state.presentation.slide)
        let slide = deck.slides[index]
        let size = frame.grid.size
        let margin = size.width >= 100 ? 4 : 2
        let inner = Rect(x: margin, y: 0, width: size.width - 2 * margin, height: size.height)
        let isMap = if case .map = slide { true } else { false }
        // The timer stays large on every slide; a map slide without one gives the title's rows
        // to the names, so that they wrap instead of being cut.
        let timerShown = state.presentation.clock != nil || isTypingMinutes(state)
        let large = size.height >= (isMap && !timerShown ? mapBlockLettersFrom : blockLettersFrom)
        let titleBand =
            large ? Rect(x: inner.x, y: 1, width: inner.width, height: BlockFont.height) : inner.with(y: 0, height: 1)
        let timerRoom = timerRoom(in: titleBand, large: large)
        drawTimer(state, in: titleBand, large: large, into: &frame)
        drawTitle(
            slide.heading(state.language), in: titleBand.inset(top: 0, left: 0, bottom: 0, right: timerRoom),
            large: large, into: &frame)

        var top = titleBand.maxY + (large ? 1 : 0)
        // A long opgave wraps over as many lines as it needs, up to a third of the screen.
        let subtitle = SlideContent.subtitle(slide, deck, state).wrapped(toWidth: inner.width)
        for line in subtitle.prefix(max(2, size.height / 3)) {
            frame.grid.put(line, at: Point(x: inner.x, y: top), style: Theme.heading, clip: inner)
            top += 1
        }
        let footerRow = size.height - 1
        let body = Rect(x: inner.x, y: top + 1, width: inner.width, height: max(0, footerRow - 1 - (top + 1)))
        SlideContent.draw(slide, deck, state, in: body, into: &frame)
        drawFooter(
            state, deck: deck, index: index, in: Rect(x: inner.x, y: footerRow, width: inner.width, height: 1),
            into: &frame)
    }

    // MARK: - Title and timer

    private static func drawTitle(_ title: String, in band: Rect, large: Bool, into frame: inout Frame) {
        if large, let scale = [2, 1].first(where: { BlockFont.width(title, scale: $0) <= band.width }) {
            BlockFont.draw(title, scale: scale, at: band.origin, style: .plain, clip: band, into: &frame)
        } else {
            // Too little room for block letters: capitals, bold, on the middle row of the band.
            let text = title.uppercased().wrapped(toWidth: max(1, band.width))[0]
            frame.grid.put(text, at: Point(x: band.x, y: band.y + band.height / 2), style: Theme.heading, clip: band)
        }
    }

    private static func isTypingMinutes(_ state: AppState) -> Bool {
        if case .minutes = state.presentation.editing { true } else { false }
    }

    /// The columns the timer keeps free at the right of `band`: the same with or without a
    /// timer, so titles do not change size when it starts.
    private static func timerRoom(in band: Rect, large: Bool) -> Int {
        large ? BlockFont.width("00:00", scale: band.width >= 100 ? 2 : 1) + 3 : 26
    }

    /// Draws the timer (or the minutes being typed) at the right of the title band.
    private static func drawTimer(_ state: AppState, in band: Rect, large: Bool, into frame: inout Frame) {
        let scale = band.width >= 100 ? 2 : 1
        let below = Point(x: band.x, y: band.maxY)
        if case .minutes(let editor) = state.presentation.editing {
            let label = state.text(L("Timer, minuten: ", "Timer, minutes: "))
            let text = label + editor.text
            let x = band.maxX - max(text.displayWidth + 1, 16)
            let row = large ? band.y + band.height / 2 : band.y
            frame.grid.put(text, at: Point(x: x, y: row), style: Theme.heading.reversed(), clip: frame.grid.bounds)
            frame.cursor = Point(x: x + text.displayWidth, y: row)
            return
        }
        guard let face = state.presentation.clock else { return }
        let note = timerNote(face, state)
        let emphasis = face.ended ? Theme.heading.reversed() : Theme.heading
        if large {
            let width = BlockFont.width(face.text, scale: scale)
            let origin = Point(x: band.maxX - width, y: band.y)
            if face.ended {
                // The end shows as a solid plate with the digits cut out of it, not only as a bell.
                let plateWidth = max(width, note?.displayWidth ?? 0) + 2
                let plate = Rect(
                    x: band.maxX + 1 - plateWidth, y: band.y - 1, width: plateWidth, height: band.height + 2)
                frame.grid.fill(plate, style: Style(reverse: true))
            }
            let ink: Style = face.ended ? Style(reverse: true) : .plain
            BlockFont.draw(face.text, scale: scale, at: origin, style: ink, clip: frame.grid.bounds, into: &frame)
            if let note {
                frame.grid.put(note, at: Point(x: band.maxX - note.displayWidth, y: below.y), style: emphasis)
            }
        } else {
            let text = (note.map { $0 + " " } ?? "") + face.text
            frame.grid.put(text, at: Point(x: band.maxX - text.displayWidth, y: band.y), style: emphasis)
        }
    }

    /// `TIJD IS OM +1:20` after the end, `gepauzeerd` while paused.
    private static func timerNote(_ face: TimerFace, _ state: AppState) -> String? {
        if let over = face.over { return state.text(L("TIJD IS OM \(over)", "TIME IS UP \(over)")) }
        if !face.running { return state.text(L("gepauzeerd", "paused")) }
        return nil
    }

    // MARK: - Footer

    /// Where the room is: the session and the group on the left, `3/14` on the right. A message
    /// (a saved answer, a warning) takes the left side for one key.
    private static func drawFooter(
        _ state: AppState, deck: SlideDeck, index: Int, in rect: Rect, into frame: inout Frame
    ) {
        let counter = "\(index + 1)/\(deck.slides.count)"
        frame.grid.put(counter, at: Point(x: rect.maxX - counter.count, y: rect.y), style: Theme.heading)
        let room = Rect(x: rect.x, y: rect.y, width: max(0, rect.width - counter.count - 2), height: 1)
        let left: String
        var style = Style.plain
        if let message = state.message {
            left = state.text(message.text)
            style = message.kind == .info ? .plain : Theme.heading
        } else {
            left = deck.session.title
        }
        frame.grid.put(left.truncated(toWidth: room.width), at: room.origin, style: style, clip: room)
    }
}

extension Rect {
    /// This rectangle moved to row `y`, `height` rows high.
    fileprivate func with(y: Int, height: Int) -> Rect { Rect(x: x, y: y, width: width, height: height) }
}
