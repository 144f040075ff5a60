import CNcursesw
import Canvas
import Glibc
import Testing

@testable import NcursesTerminal

/// Tests that run real ncurses on a screen writing to /dev/null; ncurses has one global
/// state, so they run one at a time.
@Suite(.serialized) struct HeadlessScreenTests {
    private func makeTerminal(width: Int = 24, height: Int = 4, type: String = "xterm-256color") throws
        -> NcursesTerminal
    {
        useUTF8Locale()
        return try NcursesTerminal(headlessSize: Size(width: width, height: height), terminalType: type)
    }

    /// Wide characters need a UTF-8 character set whatever the environment running the tests
    /// has; other suites run meanwhile, so the locale is only touched when it must be.
    private func useUTF8Locale() {
        if regie_codeset_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    @Test func rendersWideAndCombiningCharacters() throws {
        let terminal = try makeTerminal()
        defer { terminal.shutdown() }
        var grid = CellGrid(size: terminal.size)
        grid.put("Zorggroep Ëlst 日本", at: Point(x: 1, y: 0))
        grid.put("e\u{301}n ✓ →", at: Point(x: 0, y: 1))
        grid.drawBox(Rect(x: 0, y: 2, width: 6, height: 2), title: "A")
        terminal.render(grid, cursor: nil)
        #expect(terminal.size == Size(width: 24, height: 4))
        #expect(
            terminal.screenLines() == [
                " Zorggroep Ëlst 日本    ",
                "e\u{301}n ✓ →                  ",
                "┌ A ─┐                  ",
                "└────┘                  ",
            ])
        #expect(terminal.screenLines().map(\.displayWidth) == [24, 24, 24, 24])
    }

    @Test func laterRendersSendOnlyChangesAndKeepTheRest() throws {
        let terminal = try makeTerminal(width: 10, height: 2)
        defer { terminal.shutdown() }
        var grid = CellGrid(size: terminal.size)
        grid.put("日本語 abc", at: .zero)
        terminal.render(grid, cursor: nil)
        grid.put("x", at: Point(x: 1, y: 0))
        grid.put("de", at: Point(x: 0, y: 1))
        terminal.render(grid, cursor: Point(x: 2, y: 1))
        #expect(terminal.screenLines() == [" x本語 abc", "de        "])
        #expect(terminal.cursorShown == true)
        terminal.render(grid, cursor: nil)
        #expect(terminal.cursorShown == false)
    }

    @Test func stylesBecomeAttributesAndColourPairs() throws {
        let terminal = try makeTerminal(width: 6, height: 1)
        defer { terminal.shutdown() }
        var grid = CellGrid(size: terminal.size)
        grid.put("ab", at: .zero, style: Style(foreground: .red, bold: true))
        grid.put("cd", at: Point(x: 2, y: 0), style: Style(background: .indexed(24)).reversed())
        terminal.render(grid, cursor: nil)
        let bold = terminal.screenAttributes(at: Point(x: 0, y: 0))
        let reversed = terminal.screenAttributes(at: Point(x: 3, y: 0))
        #expect(bold.attributes & regie_a_bold() != 0)
        #expect(reversed.attributes & regie_a_reverse() != 0)
        #expect(terminal.colors(ofPair: bold.pair) == (1, -1))
        #expect(terminal.colors(ofPair: reversed.pair) == (-1, 24))
        #expect(terminal.screenAttributes(at: Point(x: 5, y: 0)).pair == 0)
    }

    @Test func renderAfterResizeRedrawsEverything() throws {
        let terminal = try makeTerminal(width: 8, height: 2)
        defer { terminal.shutdown() }
        var grid = CellGrid(size: terminal.size)
        grid.put("oud", at: .zero)
        terminal.render(grid, cursor: nil)
        resize_term(3, 12)
        terminal.size = NcursesTerminal.measure(terminal.window)
        terminal.needsClear = true
        var bigger = CellGrid(size: terminal.size)
        bigger.put("nieuw", at: Point(x: 7, y: 2))
        terminal.render(bigger, cursor: nil)
        #expect(terminal.screenLines() == ["            ", "            ", "       nieuw"])
    }

    @Test func gridsLargerThanTheScreenAreClipped() throws {
        let terminal = try makeTerminal(width: 4, height: 1)
        defer { terminal.shutdown() }
        var grid = CellGrid(size: Size(width: 8, height: 3))
        grid.put("abcdefgh", at: .zero)
        terminal.render(grid, cursor: Point(x: 7, y: 2))
        #expect(terminal.screenLines() == ["abcd"])
        #expect(terminal.cursorShown == false)
    }

    @Test func asciiOnlyLocaleGetsStandIns() throws {
        let terminal = try makeTerminal(width: 10, height: 2)
        defer { terminal.shutdown() }
        terminal.asciiOnly = true
        var grid = CellGrid(size: terminal.size)
        grid.drawBox(Rect(x: 0, y: 0, width: 4, height: 2))
        grid.put("é日→", at: Point(x: 4, y: 0))
        terminal.render(grid, cursor: nil)
        #expect(terminal.screenLines() == ["+--+?? >  ", "+--+      "])
    }

    @Test func monochromeWhenColourIsOff() throws {
        useUTF8Locale()
        let terminal = try NcursesTerminal(
            headlessSize: Size(width: 4, height: 1), options: NcursesOptions(color: false))
        defer { terminal.shutdown() }
        #expect(terminal.palette.mode == .monochrome)
        var grid = CellGrid(size: terminal.size)
        grid.put("ab", at: .zero, style: Style(background: .blue))
        terminal.render(grid, cursor: nil)
        #expect(terminal.screenAttributes(at: .zero).attributes & regie_a_reverse() != 0)
    }

    @Test func queuedInputBecomesEvents() throws {
        let terminal = try makeTerminal(width: 30, height: 5)
        defer { terminal.shutdown() }
        var click = MEVENT()
        click.x = 7
        click.y = 2
        click.bstate = regie_mouse_state(Int32(REGIE_MOUSE_PRESS))
        var wheel = MEVENT()
        wheel.bstate = regie_mouse_state(Int32(REGIE_MOUSE_SCROLL_DOWN))
        // ncurses hands back pushed input last in, first out, so push from the end.
        let pushes: [() -> Void] = [
            { _ = unget_wch(233) },
            { _ = unget_wch(3) },
            { _ = ungetch(KEY_UP) },
            { _ = unget_wch(27) }, { _ = unget_wch(120) },
            { _ = unget_wch(27) }, { _ = ungetch(KEY_LEFT) },
            { _ = ungetmouse(&click) },
            { _ = ungetmouse(&wheel) },
            { _ = ungetch(regie_key_f(5)) },
        ]
        for push in pushes.reversed() { push() }
        var events: [InputEvent] = []
        while let event = terminal.nextEvent(timeoutMilliseconds: 0) { events.append(event) }
        #expect(
            events == [
                .key(.character("é")), .key(.ctrl("c")), .key(.up), .key(.alt("x")), .key(.escape), .key(.left),
                .mouse(MouseEvent(kind: .press, position: Point(x: 7, y: 2))),
                .mouse(MouseEvent(kind: .scrollDown, position: Point(x: 0, y: 0))),
                .key(.function(5)),
            ])
    }

    @Test func resizeKeyReportsTheNewSizeAndForcesARedraw() throws {
        let terminal = try makeTerminal(width: 10, height: 2)
        defer { terminal.shutdown() }
        terminal.render(CellGrid(size: terminal.size), cursor: nil)
        resize_term(6, 40)
        ungetch(KEY_RESIZE)
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(Size(width: 40, height: 6)))
        #expect(terminal.size == Size(width: 40, height: 6))
        #expect(terminal.previousGrid == nil)
    }

    @Test func endOfInputEndsTheWaitWhateverTheTimeout() throws {
        let terminal = try makeTerminal()
        defer { terminal.shutdown() }
        // Open but empty input is a plain timeout.
        #expect(terminal.nextEvent(timeoutMilliseconds: 10) == nil)
        terminal.feedInput(Array("a".utf8))
        #expect(terminal.nextEvent(timeoutMilliseconds: 1_000) == .key(.character("a")))
        // A closed terminal: every read fails at once. The run loop always passes a deadline, so
        // that must end the wait as well, not spin until the deadline and start over.
        terminal.closeInput()
        #expect(terminal.nextEvent(timeoutMilliseconds: 2_000) == .terminate)
        #expect(terminal.nextEvent(timeoutMilliseconds: -1) == .terminate)
    }

    @Test func stopSignalsAreRecordedNotFatal() {
        // The test runner blocks these signals on its threads; let this one receive them.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGHUP)
        var previousMask = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &signals, &previousMask)
        defer { pthread_sigmask(SIG_SETMASK, &previousMask, nil) }

        SignalGuard.install()
        #expect(SignalGuard.stopSignal == nil)
        raise(SIGTERM)
        #expect(SignalGuard.stopSignal == SIGTERM)
        SignalGuard.remove()
        SignalGuard.install()
        #expect(SignalGuard.stopSignal == nil)
        raise(SIGHUP)
        #expect(SignalGuard.stopSignal == SIGHUP)
        SignalGuard.remove()
    }

    @Test func graphemesNcursesMeasuresDifferentlyKeepTheirWidth() {
        useUTF8Locale()
        #expect(NcursesTerminal.agreeOnWidth("日", width: 2) == ("日", false))
        #expect(NcursesTerminal.agreeOnWidth("e\u{301}", width: 1) == ("e\u{301}", false))
        // wcwidth counts the base of an emoji variation sequence only, so send that plus a space.
        #expect(NcursesTerminal.agreeOnWidth("❤\u{FE0F}", width: 2) == ("❤", true))
    }

    @Test func zeroWidthJoinersAndSelectorsAreNotSentSoTheBorderStays() throws {
        let terminal = try makeTerminal(width: 18, height: 6)
        defer { terminal.shutdown() }
        var grid = CellGrid(size: terminal.size)
        grid.drawBox(grid.bounds)
        let names = ["👨\u{200D}👩\u{200D}👧 Fam", "a\u{200D}b zwj", "❤\u{FE0F} Hart", "Zorg\u{301} \u{1B}[2J"]
        for (row, name) in names.enumerated() {
            grid.put(name, at: Point(x: 1, y: row + 1), clip: Rect(x: 1, y: 1, width: 16, height: 4))
        }
        terminal.render(grid, cursor: nil)
        // What ncurses holds is what it sends: the base of each grapheme and its combining
        // marks, never a joiner or a selector that a terminal could join the next cell to.
        #expect(
            terminal.screenLines() == [
                "┌────────────────┐",
                "│👨 Fam          │",
                "│ab zwj          │",
                "│❤  Hart         │",
                "│Zorg\u{301} \\u{1B}[2J  │",
                "└────────────────┘",
            ])
        for line in terminal.screenLines() {
            #expect(!line.unicodeScalars.contains { $0.value == 0x200D || $0.value == 0xFE0F || $0.value == 0x1B })
            #expect(line.displayWidth == 18)
        }
    }

    @Test func onlyTheBaseAndItsCombiningMarksAreSent() {
        useUTF8Locale()
        #expect(NcursesTerminal.agreeOnWidth("👨\u{200D}👩\u{200D}👧", width: 2) == ("👨", false))
        #expect(NcursesTerminal.agreeOnWidth("a\u{200D}", width: 1) == ("a", false))
        #expect(NcursesTerminal.agreeOnWidth("👍🏽", width: 2) == ("👍", false))
        #expect(NcursesTerminal.agreeOnWidth("a\u{301}\u{FE0E}", width: 1) == ("a\u{301}", false))
        #expect(NcursesTerminal.agreeOnWidth("1\u{FE0F}\u{20E3}", width: 2) == ("1", true))
        // The grid never holds a control; should one come, it is not sent either.
        #expect(NcursesTerminal.agreeOnWidth("\u{1B}", width: 1) == ("?", false))
        #expect(NcursesTerminal.agreeOnWidth("\u{9B}", width: 1) == ("?", false))
    }

    @Test func noColorTurnsColoursOff() {
        #expect(NcursesTerminal.wantsColor(option: true, noColor: nil))
        #expect(NcursesTerminal.wantsColor(option: true, noColor: ""))
        #expect(!NcursesTerminal.wantsColor(option: true, noColor: "1"))
        #expect(!NcursesTerminal.wantsColor(option: false, noColor: nil))
    }

    @Test func shutdownIsIdempotent() throws {
        let terminal = try makeTerminal()
        terminal.shutdown()
        terminal.shutdown()
        terminal.render(CellGrid(size: terminal.size), cursor: nil)
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .terminate)
    }

    @Test func unknownTerminalTypeIsAnError() {
        #expect(throws: TerminalError.self) {
            try NcursesTerminal(headlessSize: Size(width: 10, height: 2), terminalType: "no-such-terminal-xyz")
        }
        #expect(TerminalError.unknownTerminal("vt999").description.contains("vt999"))
    }
}
