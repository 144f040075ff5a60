import Foundation

/// A tmux server of its own (socket per test) running one program at a fixed size, for
/// driving the real binary as a user would.
final class TmuxSession {
    let socket: String
    let name = "regie"
    private var config = ""

    /// With `reportExit`, the pane prints `[exit N]` after the program ends and stays open, as
    /// a shell would: tmux can drop the last output of a program that exits at once. It then
    /// prints the terminal's line settings as the shell finds them, `[termios icrnl isig icanon
    /// echo]` when they are sane (a `-` before each one the program left switched off).
    init(command: [String], width: Int, height: Int, environment: [String: String] = [:], reportExit: Bool = false)
        throws
    {
        socket = "regie-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var env = ["LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TERM=xterm-256color"]
        env += environment.map { "\($0.key)=\($0.value)" }
        var shellCommand =
            "env " + env.map(Self.quote).joined(separator: " ") + " " + command.map(Self.quote).joined(separator: " ")
        if reportExit {
            let termios = "stty -a | tr ' ;' '\\n\\n' | grep -E -x -e '-?(icrnl|isig|icanon|echo)' | xargs"
            shellCommand += "; echo \"[exit $?]\"; echo \"[termios $(\(termios))]\"; sleep 60"
        }
        // A config of our own: nothing from the user's, and the pane stays after the program
        // exits (set before it starts, so even an instant exit is kept) to read its last screen.
        config = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf").path
        try "set -g remain-on-exit on\nset -g history-limit 100\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        try tmux([
            "-f", config, "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), shellCommand,
        ])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        unlink(config)
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs one tmux command and returns what it printed. Spawned directly and reaped with
    /// `waitpid`: the tmux server it may start inherits descriptors and outlives the client,
    /// which confuses pipe readers and Foundation's child monitoring alike.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)")
            .path
        defer { unlink(outPath) }
        let status = try Self.spawn(["tmux", "-L", socket] + arguments, stdoutPath: outPath)
        guard status == 0 || arguments.first == "kill-server" || arguments.first == "display" else {
            throw TmuxError(arguments: arguments, status: status)
        }
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    struct TmuxError: Error, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var description: String { "tmux \(arguments.joined(separator: " ")) exited with \(status)" }
    }

    static func spawn(_ command: [String], stdoutPath: String) throws -> Int32 {
        // The test runner's threads block signals such as SIGWINCH; a child would inherit that
        // mask (and so would the tmux server and the program in its pane), so reset it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["/usr/bin/env"] + command).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, environ)
        guard result == 0 else { throw TmuxError(arguments: command, status: result) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Sends tmux key names (`Enter`, `C-s`, `Down`).
    func keys(_ names: String...) throws {
        try tmux(["send-keys", "-t", name] + names)
    }

    /// Types text literally, accents and wide characters included.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// The screen with the lines that scrolled off above it.
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-", "-t", name])
    }

    /// The process running `executable` somewhere below the pane's shell, once it has started.
    func processID(of executable: URL, timeout: TimeInterval = 15) throws -> pid_t? {
        guard let shell = pid_t(try display("#{pane_pid}")) else { return nil }
        let target = executable.resolvingSymlinksInPath().path
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let parents = Self.processParents()
            for (pid, _) in parents where Self.executablePath(of: pid) == target {
                var ancestor = pid
                while let parent = parents[ancestor], parent > 1 {
                    if parent == shell { return pid }
                    ancestor = parent
                }
            }
            usleep(50_000)
        } while Date() < deadline
        return nil
    }

    /// Every process on the machine with its parent, read from /proc.
    static func processParents() -> [pid_t: pid_t] {
        var parents: [pid_t: pid_t] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            // After "pid (name)" come the state and then the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = pid_t(fields[1]) { parents[pid] = parent }
        }
        return parents
    }

    static func executablePath(of pid: pid_t) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")
    }

    func display(_ format: String) throws -> String {
        try tmux(["display", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the program in the pane (without `reportExit`, the program itself: `env` execs it).
    func panePID() throws -> Int32 {
        Int32(try display("#{pane_pid}")) ?? 0
    }

    /// Ends the tmux server, as closing the terminal window would: the pane's pty goes away.
    func closeTerminal() throws {
        try tmux(["kill-server"])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until `predicate` holds; returns the last screen either way.
    @discardableResult
    func waitFor(timeout: TimeInterval = 15, _ predicate: (String) -> Bool) throws -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return (true, last) }
            usleep(50_000)
        }
        return (false, last)
    }

    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> (ok: Bool, screen: String) {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the program has exited (the pane is dead).
    func waitForExit(timeout: TimeInterval = 15) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try display("#{pane_dead}") == "1" { return true }
            usleep(50_000)
        }
        return false
    }
}
