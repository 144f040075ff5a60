import CNcursesw
import Canvas
import Glibc

/// The live terminal: shows cell grids through ncursesw and turns its input into events.
///
/// Create one at start, call `nextEvent` and `render` from the run loop, and `shutdown()` before
/// printing anything or exiting (an `exit()` without it still ends curses). Not thread-safe:
/// ncurses must be used from one thread.
public final class NcursesTerminal: Terminal {
    /// The screen size in cells; updated when a `.resize` event is returned.
    public internal(set) var size: Size

    /// The ncurses screen and its standard window.
    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    /// Streams opened for a headless screen, closed at shutdown.
    private let ownedFiles: [UnsafeMutablePointer<FILE>]
    /// The descriptor ncurses reads, to tell a timeout from input that has ended.
    let inputDescriptor: Int32
    /// The write end of a headless screen's input pipe, closed by `closeInput` or at shutdown.
    var inputWriter: Int32 = -1
    /// The character that makes the live terminal crash on purpose, from `REGIE_TEST_CRASH_KEY`;
    /// nil unless that is set. Only the end-to-end tests set it, to check that a crash restores
    /// the terminal and ends the process.
    let crashKey: UInt32?
    /// Whether this instance installed the process-wide signal guards.
    let guardsProcess: Bool
    let mouseEnabled: Bool

    var palette: StylePalette
    /// Whether to draw only ASCII, because the locale's character set is not UTF-8.
    var asciiOnly: Bool
    /// Whether to read bytes instead of wide characters, because the locale is plain ASCII.
    var byteInput: Bool
    /// The grid on screen, to send only what changed; nil forces a full redraw.
    var previousGrid: CellGrid?
    /// Set after a resize: the next render clears the screen first.
    var needsClear = true
    /// Whether the cursor is shown; nil until the first render decides.
    var cursorShown: Bool?
    private(set) var isShutDown = false

    /// Takes over the terminal on standard input and output.
    ///
    /// Sets the locale from the environment (see `LocaleSetup`), installs signal handlers that restore the terminal
    /// (see `CrashReports` for crashes), holds standard error back until `shutdown`
    /// (or a crash) so it cannot scribble over the screen, and starts ncurses in raw mode (so
    /// Ctrl-C arrives as `.ctrl("c")`) with colours unless `options.color` is false, `NO_COLOR`
    /// is set or the terminal has none.
    /// - Throws: `TerminalError.notATerminal` when standard input or output is redirected,
    ///   `TerminalError.unknownTerminal` when ncurses cannot drive `TERM`.
    public convenience init(options: NcursesOptions) throws {
        LocaleSetup.apply()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        SignalGuard.install()
        SignalGuard.captureStandardError()
        guard let screen = newterm(nil, regie_stdout(), regie_stdin()) else {
            SignalGuard.releaseStandardError()
            SignalGuard.remove()
            throw TerminalError.unknownTerminal(Self.environment("TERM") ?? "")
        }
        let color = Self.wantsColor(option: options.color, noColor: Self.environment("NO_COLOR"))
        let crashKey = Self.environment("REGIE_TEST_CRASH_KEY")?.unicodeScalars.first?.value
        self.init(
            screen: screen, files: [], input: STDIN_FILENO, guardsProcess: true, crashKey: crashKey, color: color,
            mouse: options.mouse)
    }

    /// Starts ncurses on a screen nobody sees, for tests and the benchmark: output goes to
    /// `outputPath` (/dev/null unless a caller counts the bytes), input comes from a pipe that
    /// stays open and empty until `closeInput()`, and the size is set with `resize_term`.
    /// Installs no signal handlers and ignores `NO_COLOR`, which test runners tend to set.
    public convenience init(
        headlessSize size: Size, terminalType: String = "xterm-256color", options: NcursesOptions = NcursesOptions(),
        outputPath: String = "/dev/null"
    ) throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw TerminalError.notATerminal }
        guard let input = fdopen(ends[0], "r") else {
            close(ends[0])
            close(ends[1])
            throw TerminalError.notATerminal
        }
        guard let output = fopen(outputPath, "w") else {
            fclose(input)
            close(ends[1])
            throw TerminalError.notATerminal
        }
        guard let screen = newterm(terminalType, output, input) else {
            fclose(output)
            fclose(input)
            close(ends[1])
            throw TerminalError.unknownTerminal(terminalType)
        }
        self.init(
            screen: screen, files: [output, input], input: ends[0], guardsProcess: false, crashKey: nil,
            color: options.color, mouse: options.mouse)
        inputWriter = ends[1]
        // resize_term, unlike resizeterm, queues no KEY_RESIZE for the first nextEvent.
        resize_term(Int32(size.height), Int32(size.width))
        self.size = Self.measure(window)
    }

    private init(
        screen: OpaquePointer, files: [UnsafeMutablePointer<FILE>], input: Int32, guardsProcess: Bool,
        crashKey: UInt32?, color: Bool, mouse: Bool
    ) {
        set_term(screen)
        self.screen = screen
        self.window = regie_stdscr()
        self.ownedFiles = files
        self.inputDescriptor = input
        self.guardsProcess = guardsProcess
        self.crashKey = crashKey
        raw()
        noecho()
        nonl()
        keypad(window, true)
        Self.defineFallbackKeys()
        set_escdelay(25)
        curs_set(0)
        palette = StylePalette(mode: Self.startColors(wanted: color))
        mouseEnabled = mouse
        if mouse {
            mousemask(regie_mouse_mask(), nil)
            // Report press and release as they happen instead of waiting to detect clicks.
            mouseinterval(0)
        }
        asciiOnly = regie_codeset_is_utf8() == 0
        byteInput = regie_codeset_is_ascii() != 0
        size = Self.measure(window)
    }

    deinit {
        shutdown()
    }

    /// Gives the terminal back: mouse reporting off, cursor shown, ncurses ended, the
    /// original termios and signal handlers restored, and whatever was written to standard
    /// error meanwhile printed. Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if mouseEnabled { mousemask(0, nil) }
        curs_set(1)
        endwin()
        delscreen(screen)
        for file in ownedFiles { fclose(file) }
        if inputWriter >= 0 { close(inputWriter) }
        if guardsProcess {
            SignalGuard.remove()
            SignalGuard.releaseStandardError()
        }
    }

    /// The signal (SIGINT, SIGTERM or SIGHUP) behind a `.terminate` event, if one came; a
    /// caller may exit with status 128 + this number, as shells expect.
    public var terminationSignal: Int32? {
        guardsProcess ? SignalGuard.stopSignal : nil
    }

    // MARK: - Setup helpers

    static func measure(_ window: UnsafeMutablePointer<WINDOW>) -> Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        regie_getmaxyx(window, &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    /// Whether to use colours: the option allows it and `NO_COLOR` is unset or empty
    /// (see no-color.org).
    static func wantsColor(option: Bool, noColor: String?) -> Bool {
        option && (noColor ?? "").isEmpty
    }

    /// Starts colours when wanted and possible, and says which palette fits.
    private static func startColors(wanted: Bool) -> StylePalette.Mode {
        guard wanted, has_colors(), start_color() == OK else { return .monochrome }
        let defaultColors = use_default_colors() == OK
        return .colors(count: Int(regie_colors()), pairs: Int(regie_color_pairs()), defaultColors: defaultColors)
    }

    /// Teaches ncurses the Home and End sequences of other terminal types, since a `TERM` that
    /// does not quite match the emulator (xterm-256color inside tmux) is common and these two
    /// keys differ most; sequences the terminfo entry already binds are left alone.
    private static func defineFallbackKeys() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ]
        for (sequence, key) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, key)
        }
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
