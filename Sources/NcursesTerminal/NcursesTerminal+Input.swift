import CNcursesw
import Canvas
import Glibc

extension NcursesTerminal {
    /// Waits up to `timeoutMilliseconds` (negative: no limit) for a key, mouse event, resize or
    /// stop signal; input that means nothing to the app is skipped without ending the wait.
    /// - Returns: the event, or nil when the time ran out.
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !isShutDown else { return .terminate }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds >= 0 ? clock.now + .milliseconds(timeoutMilliseconds) : nil
        while true {
            if terminationSignal != nil { return .terminate }
            var wait: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline)
                wait = Int32(clamping: max(0, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            }
            wtimeout(window, wait)
            var code: wint_t = 0
            errno = 0
            switch wget_wch(window, &code) {
            case OK:
                if let event = characterEvent(code) { return event }
            case KEY_CODE_YES:
                if let event = keyCodeEvent(Int32(bitPattern: code)) { return event }
            default:
                if terminationSignal != nil { return .terminate }
                // A blocking read fails only when input is gone (the terminal closed).
                if deadline == nil, errno != EINTR { return .terminate }
            }
            if let deadline, clock.now >= deadline { return nil }
        }
    }

    /// The event for a character; Esc with a character right behind it is Alt plus that character.
    private func characterEvent(_ code: wint_t) -> InputEvent? {
        guard code == 27 else { return KeyMapping.key(fromCharacter: code).map(InputEvent.key) }
        // A terminal sends Alt-x as Esc x in one write, so x is already waiting; a person
        // pressing Esc and then x is far slower than this zero-timeout read.
        wtimeout(window, 0)
        var next: wint_t = 0
        switch wget_wch(window, &next) {
        case OK:
            if case .character(let character)? = KeyMapping.key(fromCharacter: next) {
                return .key(.alt(character))
            }
            unget_wch(wchar_t(bitPattern: next))
        case KEY_CODE_YES:
            ungetch(Int32(bitPattern: next))
        default:
            break
        }
        return .key(.escape)
    }

    /// The event for a key code: a key, a mouse event or a resize.
    private func keyCodeEvent(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE:
            size = Self.measure(window)
            previousGrid = nil
            needsClear = true
            return .resize(size)
        case KEY_MOUSE:
            return mouseEvent()
        default:
            return KeyMapping.key(fromKeyCode: code).map(InputEvent.key)
        }
    }

    private func mouseEvent() -> InputEvent? {
        var kind: Int32 = 0
        var x: Int32 = 0
        var y: Int32 = 0
        guard regie_get_mouse(&kind, &x, &y) == 0 else { return nil }
        let position = Point(x: Int(x), y: Int(y))
        switch Int(kind) {
        case REGIE_MOUSE_PRESS: return .mouse(MouseEvent(kind: .press, position: position))
        case REGIE_MOUSE_RELEASE: return .mouse(MouseEvent(kind: .release, position: position))
        case REGIE_MOUSE_SCROLL_UP: return .mouse(MouseEvent(kind: .scrollUp, position: position))
        case REGIE_MOUSE_SCROLL_DOWN: return .mouse(MouseEvent(kind: .scrollDown, position: position))
        default: return nil
        }
    }
}
