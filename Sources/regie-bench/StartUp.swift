import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `regie demo` from exec to the last byte of its first frame, on a pseudo-terminal of 120×40.
enum StartUp {
    /// Times the `regie` beside this executable, or the one at `path`.
    static func record(into table: inout Table, size: Int, stopwatch: Stopwatch, regie path: String? = nil) {
        let name = "start to first frame: regie demo 120×40 (sample session)"
        guard let regie = binary(path) else {
            table.record(name, size: size, .text("no regie binary beside regie-bench"))
            return
        }
        let samples = (0..<max(1, stopwatch.runs)).compactMap { _ in firstFrame(regie, ["demo"]) }
        table.record(name, size: size, samples.isEmpty ? .text("could not start") : .time(samples))
        // The peer the goal is set against, in the same run: C drawing a full frame with ncurses.
        let peerName = "start to first frame: C ncurses, full frame 120×40"
        guard let peer = CPeer.build(),
            case let peerSamples = (0..<max(1, stopwatch.runs)).compactMap({ _ in firstFrame(peer, []) }),
            !peerSamples.isEmpty
        else {
            table.record(peerName, size: size, .text("no C compiler or ncurses headers"))
            return
        }
        table.record(peerName, size: size, .time(peerSamples))
        if !samples.isEmpty {
            table.record(
                "start to first frame ÷ C", size: size,
                .ratio(Stopwatch.median(samples) / Stopwatch.median(peerSamples)))
        }
    }

    /// A minimal C program that fills a 120×40 screen with ncurses (a box, a title in reverse,
    /// a line of text on every row) and waits for a key: the floor for a full-screen start.
    enum CPeer {
        static let source = """
            #include <curses.h>
            #include <locale.h>
            int main(void) {
                setlocale(LC_ALL, "");
                initscr(); cbreak(); noecho(); keypad(stdscr, TRUE); curs_set(0);
                box(stdscr, 0, 0);
                attron(A_REVERSE); mvprintw(0, 2, " Partners (18) "); attroff(A_REVERSE);
                for (int y = 1; y < LINES - 1; y++)
                    mvprintw(y, 2, "%-3d Partner in het netwerk van de wijkaanpak, rij %d", y, y);
                refresh();
                getch();
                endwin();
                return 0;
            }
            """

        /// Compiles the program once per run of the benchmark; its path, or nil without `cc`.
        static func build() -> String? {
            // Inside the benchmark's own folder, which it removes at the end.
            let folder = NSTemporaryDirectory() + "regie-bench-\(getpid())/peer"
            let binary = folder + "/full-frame"
            if FileManager.default.isExecutableFile(atPath: binary) { return binary }
            guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
                FileManager.default.createFile(atPath: folder + "/full-frame.c", contents: Data(source.utf8))
            else { return nil }
            let compiled = Subprocess.output(["cc", "-O2", "-o", binary, folder + "/full-frame.c", "-lncursesw"])
            return compiled == nil ? nil : binary
        }
    }

    /// The `regie` at `path`, or the one beside this executable; nil when there is none.
    static func binary(_ path: String?) -> String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let regie = path ?? folder.appendingPathComponent("regie").path
        return FileManager.default.isExecutableFile(atPath: regie) ? regie : nil
    }

    /// Milliseconds from fork to the last byte `program` writes before the screen goes quiet for
    /// 300 ms.
    static func firstFrame(_ program: String, _ arguments: [String]) -> Double? {
        guard let child = Child(program, arguments) else { return nil }
        defer { child.stop() }
        guard let last = child.waitForQuiet() else { return nil }
        // A program that only printed a message (a `regie` copied without its samples) drew no
        // frame: its quick exit is no start-up time.
        return child.enteredFullScreen ? Stopwatch.milliseconds(last - child.started) : nil
    }

    /// The share of one core `regie FILE` uses while nobody touches it, over `seconds` (user +
    /// system time from `/proc/PID/stat`), measured once the work it does after its first frame
    /// (the analysis) is over: the first half second using under 5 % of a core, at most 120 s
    /// after the frame. `busySeconds` is how long that work took; nil when it could not be read.
    static func idleCPU(_ regie: String, file: String, seconds: Double) -> (share: Double, busySeconds: Double)? {
        guard let child = Child(regie, [file, "--read-only"]) else { return nil }
        defer { child.stop() }
        guard let frame = child.waitForQuiet(firstTimeout: 60_000) else { return nil }
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        func share(over seconds: Double) -> Double? {
            guard let before = child.cpuTicks() else { return nil }
            let start = ContinuousClock.now
            child.drain(for: seconds)
            guard let after = child.cpuTicks() else { return nil }
            return Double(after - before) / ticksPerSecond
                / (Stopwatch.milliseconds(ContinuousClock.now - start) / 1000)
        }
        while Stopwatch.milliseconds(ContinuousClock.now - frame) < 120_000 {
            guard let busy = share(over: 0.5) else { return nil }
            if busy < 0.05 { break }
        }
        let busySeconds = Stopwatch.milliseconds(ContinuousClock.now - frame) / 1000 - 0.5
        return share(over: seconds).map { ($0, busySeconds) }
    }

    /// `regie` on a pseudo-terminal of 120×40.
    final class Child {
        let pid: pid_t
        let master: Int32
        let started = ContinuousClock.now
        private var buffer = [UInt8](repeating: 0, count: 65_536)
        /// Whether the child switched to the full screen (`smcup`: `ESC [ ? 1049 h`).
        private(set) var enteredFullScreen = false
        private var seen: [UInt8] = []

        init?(_ regie: String, _ arguments: [String]) {
            var master: Int32 = 0
            var window = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
            let pid = forkpty(&master, nil, nil, &window)
            if pid < 0 { return nil }
            if pid == 0 {
                setenv("TERM", "xterm-256color", 1)
                var cArgs = ([regie] + arguments).map { strdup($0) } + [nil]
                execv(regie, &cArgs)
                _exit(127)
            }
            self.pid = pid
            self.master = master
        }

        /// Reads until the screen has been quiet for 300 ms; the time of the last byte.
        func waitForQuiet(firstTimeout: Int32 = 5_000) -> ContinuousClock.Instant? {
            var last: ContinuousClock.Instant?
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            while true {
                let ready = poll(&poller, 1, last == nil ? firstTimeout : 300)
                if ready <= 0 { break }
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }
                last = ContinuousClock.now
                if !enteredFullScreen, seen.count < 4_096 {
                    seen += buffer[0..<n]
                    enteredFullScreen = seen.firstRange(of: Array("\u{1b}[?1049h".utf8)) != nil
                }
            }
            return last
        }

        /// Keeps reading whatever the child writes, for `seconds`.
        func drain(for seconds: Double) {
            let end = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            while ContinuousClock.now < end {
                if poll(&poller, 1, 50) > 0, read(master, &buffer, buffer.count) <= 0 { break }
            }
        }

        /// utime + stime of the child, in clock ticks.
        func cpuTicks() -> Int? {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = text.lastIndex(of: ")")
            else { return nil }
            // Fields after the name: state is field 3, utime 14 and stime 15.
            let fields = text[text.index(after: close)...].split(separator: " ")
            guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
            return user + system
        }

        /// Asks the child to quit, and kills it when it does not within two seconds.
        func stop() {
            _ = write(master, "q", 1)
            var status: Int32 = 0
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            for _ in 0..<100 {
                if waitpid(pid, &status, WNOHANG) == pid { break }
                // Keep reading so the child never blocks on a full pty while it shuts down.
                if poll(&poller, 1, 20) > 0 { _ = read(master, &buffer, buffer.count) }
            }
            if waitpid(pid, &status, WNOHANG) == 0 {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
            }
            close(master)
        }
    }
}
