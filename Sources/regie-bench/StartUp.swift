import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `regie demo` from exec to the last byte of its first frame, on a pseudo-terminal of 120×40.
enum StartUp {
    /// Times the `regie` beside this executable, or the one at `path`.
    static func record(into table: inout Table, size: Int, stopwatch: Stopwatch, regie path: String? = nil) {
        let name = "start to first frame: regie demo 120×40 (sample session)"
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let regie = path ?? folder.appendingPathComponent("regie").path
        guard FileManager.default.isExecutableFile(atPath: regie) else {
            table.record(name, size: size, .text("no regie binary beside regie-bench"))
            return
        }
        var samples: [Double] = []
        for _ in 0..<max(1, stopwatch.runs) {
            guard let ms = firstFrame(regie) else { break }
            samples.append(ms)
        }
        table.record(name, size: size, samples.isEmpty ? .text("could not start") : .time(samples))
    }

    /// Milliseconds from fork to the last byte before the screen goes quiet for 300 ms.
    static func firstFrame(_ regie: String) -> Double? {
        var master: Int32 = 0
        var window = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        let start = ContinuousClock.now
        let pid = forkpty(&master, nil, nil, &window)
        if pid < 0 { return nil }
        if pid == 0 {
            setenv("TERM", "xterm-256color", 1)
            let args = [regie, "demo"]
            var cArgs = args.map { strdup($0) } + [nil]
            execv(regie, &cArgs)
            _exit(127)
        }
        var last: ContinuousClock.Instant?
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&poller, 1, last == nil ? 5_000 : 300)
            if ready <= 0 { break }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            last = ContinuousClock.now
        }
        _ = write(master, "q", 1)
        var status: Int32 = 0
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
        return last.map { Stopwatch.milliseconds($0 - start) }
    }
}
