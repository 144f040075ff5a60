import CNcursesw
import Canvas
import Glibc

/// One read from ncurses, before it means anything to the app.
enum RawInput: Equatable {
    /// A character as a Unicode scalar value.
    case character(UInt32)
    /// A key code (`KEY_UP`, `KEY_RESIZE`, …).
    case keyCode(Int32)
    /// Input that is not a character, such as a broken byte sequence.
    case ignored
    /// Nothing came: the timeout ran out, a signal interrupted, or input is closed.
    case nothing
}

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
                let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
                wait = Int32(clamping: max(0, milliseconds))
            }
            errno = 0
            switch readInput(timeoutMilliseconds: wait) {
            case .character(let code):
                if code == crashKey { fatalError("REGIE_TEST_CRASH_KEY was pressed") }
                if let event = characterEvent(code) { return event }
            case .keyCode(let code):
                if let event = keyCodeEvent(code) { return event }
            case .ignored:
                break
            case .nothing:
                let interrupted = errno == EINTR
                if terminationSignal != nil { return .terminate }
                // A closed terminal makes every read fail at once, timeout or not: without this
                // the loop would spin on the dead input until the deadline, tick after tick.
                if inputHasEnded() { return .terminate }
                // A blocking read fails only when input is gone.
                if deadline == nil, !interrupted { return .terminate }
            }
            if let deadline, clock.now >= deadline { return nil }
        }
    }

    /// Whether the input has ended (end of file, a hung-up or vanished terminal) rather than
    /// merely having nothing yet; asked after a read came back empty.
    func inputHasEnded() -> Bool {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, 0)
        if ready < 0 { return errno != EINTR && errno != EAGAIN }
        if ready == 0 { return false }
        if descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        // Readable, yet the read that just returned got nothing: end of file, unless a byte
        // arrived in between (then it is waiting to be read).
        var waiting: Int32 = 0
        guard ioctl(inputDescriptor, UInt(FIONREAD), &waiting) == 0 else { return true }
        return waiting == 0
    }

    /// Reads one character or key code, waiting up to `timeoutMilliseconds` (-1: no limit).
    func readInput(timeoutMilliseconds: Int32) -> RawInput {
        wtimeout(window, timeoutMilliseconds)
        guard byteInput else {
            var code: wint_t = 0
            switch wget_wch(window, &code) {
            case OK: return .character(code)
            case KEY_CODE_YES: return .keyCode(Int32(bitPattern: code))
            default: return .nothing
            }
        }
        // Under an ASCII locale get_wch never finishes a non-ASCII byte sequence and blocks for
        // good; the terminal most likely still sends UTF-8, so read bytes and decode it here.
        let first = wgetch(window)
        if first == ERR { return .nothing }
        if first >= KEY_MIN { return .keyCode(first) }
        guard first >= 0x80 else { return .character(UInt32(first)) }
        let length = UTF8Bytes.sequenceLength(lead: UInt8(truncatingIfNeeded: first))
        guard length > 1 else { return .ignored }
        var bytes = [UInt8(truncatingIfNeeded: first)]
        wtimeout(window, 0)
        while bytes.count < length {
            let next = wgetch(window)
            guard next >= 0x80, next < 0xC0 else {
                if next != ERR { ungetch(next) }
                return .ignored
            }
            bytes.append(UInt8(next))
        }
        return UTF8Bytes.decode(bytes).map(RawInput.character) ?? .ignored
    }

    /// The event for a character; Esc with a character right behind it is Alt plus that character.
    private func characterEvent(_ code: UInt32) -> InputEvent? {
        guard code == 27 else { return KeyMapping.key(fromCharacter: code).map(InputEvent.key) }
        // A terminal sends Alt-x as Esc x in one write, so x is already waiting; a person
        // pressing Esc and then x is far slower than this zero-timeout read.
        switch readInput(timeoutMilliseconds: 0) {
        case .character(let next):
            switch KeyMapping.key(fromCharacter: next) {
            case .character(let character)?: return .key(.alt(character))
            // Alt-Enter (a line break in a text field) and Alt-Backspace (delete a word).
            case .enter?: return .key(.alt("\r"))
            case .backspace?: return .key(.alt("\u{7f}"))
            default: break
            }
            // Only single-byte control characters get here, which ungetch can put back as is.
            ungetch(Int32(next))
        case .keyCode(let next):
            ungetch(next)
        case .ignored, .nothing:
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
