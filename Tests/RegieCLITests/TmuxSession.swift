import Foundation

/// A tmux server of its own (socket per test) running one program at a fixed size, for
/// driving the real binary as a user would.
final class TmuxSession {
    let socket: String
    let name = "regie"

    init(command: [String], width: Int, height: Int, environment: [String: String] = [:]) throws {
        socket = "regie-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var env = ["LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TERM=xterm-256color"]
        env += environment.map { "\($0.key)=\($0.value)" }
        let shellCommand = "env " + env.map(Self.quote).joined(separator: " ") + " " + command.map(Self.quote).joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), shellCommand])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs one tmux command. Output goes through a file, not a pipe: `new-session` starts the
    /// server, which inherits the descriptors and would keep a pipe open forever.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL) }
        let out = try FileHandle(forWritingTo: outURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = arguments.first == "-f" ? FileHandle.nullDevice : out
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        return String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
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

    func display(_ format: String) throws -> String {
        try tmux(["display", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
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
