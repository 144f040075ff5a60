import Canvas
import Foundation
import RegieKit
import RegieUI

/// Python's standard `json` module on the same file, in the same run: the peer the goals name.
enum PythonPeer {
    struct Result {
        var load: Double
        var dump: Double
        var loadAndDump: Double { load + dump }
    }

    static let script = """
        import json, sys, time
        path, out, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
        loads, dumps = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            t1 = time.perf_counter()
            with open(out, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=2, sort_keys=True, ensure_ascii=False)
            t2 = time.perf_counter()
            loads.append((t1 - t0) * 1000)
            dumps.append((t2 - t1) * 1000)
        loads.sort(); dumps.sort()
        print(loads[len(loads) // 2], dumps[len(dumps) // 2])
        """

    static let memoryScript = """
        import json, sys
        with open(sys.argv[1], encoding="utf-8") as f:
            data = json.load(f)
        print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
        """

    /// Median load and dump times in milliseconds, or nil without python3.
    static func measure(_ path: String, runs: Int, folder: String) -> Result? {
        guard let output = run(["-c", script, path, folder + "/python-out.json", String(max(1, runs))]) else {
            return nil
        }
        let numbers = output.split(separator: " ").compactMap {
            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard numbers.count == 2 else { return nil }
        return Result(load: numbers[0], dump: numbers[1])
    }

    /// Python's peak resident memory in KiB after loading the file.
    static func peakMemory(_ path: String) -> Int? {
        run(["-c", memoryScript, path]).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    private static func run(_ arguments: [String]) -> String? { Subprocess.output(["python3"] + arguments) }
}

/// Programs the benchmark runs beside regie: Python, the C compiler for the C peer.
enum Subprocess {
    /// What `command` (looked up on the PATH) wrote to standard output, or nil when it could not
    /// be started or did not exit with 0. Standard error is dropped.
    static func output(_ command: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Peak memory of the workbench with a session, measured in a fresh process so that the
/// benchmark's own sessions do not count.
enum MemoryProbe {
    static let flag = "--probe-memory"

    /// Runs this executable with `--probe-memory PATH`; its peak resident memory in KiB.
    static func spawn(_ path: String) -> Int? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = [flag, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The child's side: open, draw every pane and map view at 120×40, move once, report.
    static func probe(_ path: String) -> Int {
        guard let session = try? SessionFileStore.load(path: path) else { return -1 }
        var state = AppState(session: session, filePath: path, language: .nl, timeZone: Scenarios.zone)
        Scenarios.layOutNow(&state)
        for view in Scenarios.views {
            state.pane = view.pane
            state.mapKind = view.map
            _ = AppView.render(state, size: Size(width: 120, height: 40))
            _ = update(&state, .keyPressed(.down), now: Scenarios.now)
            _ = AppView.render(state, size: Size(width: 120, height: 40))
        }
        return peakResidentKiB()
    }

    /// `VmHWM` of this process: unlike `getrusage`'s `ru_maxrss`, which a spawned process
    /// inherits from its parent on Linux, it counts this program's memory only.
    static func peakResidentKiB() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[1]) } ?? -1
    }
}
