import Canvas
import Foundation
import RegieKit
import RegieUI

// regie-bench: times Regie on generated sessions and prints one Markdown table of medians.
//
//   swift run -c release regie-bench [--partners 100,1000,5000] [--runs 7] [--budget 20]
//                                    [--skip WORD,…] [--only WORD,…] [--regie PATH] [--smoke]
//   swift run -c release regie-bench --write big.json [--partners 1000]
//
// Figures on a shared 2-core machine are noisy; ratios and callgrind counts are the stable
// ones. Each measurement stops repeating once its runs took `--budget` seconds.

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == MemoryProbe.flag, arguments.count == 2 {
    print(MemoryProbe.probe(arguments[1]))
    exit(0)
}

// `--show WxH [SAMPLE]`: print the map pane of a bundled sample, to look at a layout.
if arguments.first == "--show", arguments.count >= 2 {
    let size = arguments[1].split(separator: "x").compactMap { Int($0) }
    let name = arguments.count > 2 ? arguments[2] : SampleSessions.demoName
    if size.count == 2, let data = SampleSessions.data(named: name), let session = try? SessionCodec.decode(data) {
        let state = AppState(session: session, filePath: nil, language: .nl, timeZone: Scenarios.zone)
        print(AppView.render(state, size: Size(width: size[0], height: size[1])).grid.lines().joined(separator: "\n"))
    }
    exit(0)
}

func value(_ flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

// `--write PATH [--partners N]`: save the generated session, to try the workbench on it.
if let target = value("--write") {
    let partners = Int(value("--partners") ?? "1000") ?? 1000
    do {
        try SessionFileStore.save(BigSession.make(partners: max(2, partners)), to: target)
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("regie-bench: \(error)\n".utf8))
        exit(1)
    }
}

let smoke = arguments.contains("--smoke")
let sizes = (value("--partners") ?? (smoke ? "20" : "1000")).split(separator: ",").compactMap { Int($0) }
let runs = Int(value("--runs") ?? "") ?? (smoke ? 1 : 7)
let budget = Double(value("--budget") ?? "") ?? (smoke ? 5 : 20)
let skip = (value("--skip") ?? "").split(separator: ",").map(String.init)
// Only the rows whose names contain one of these words: for callgrind, one row at a time.
let only = (value("--only") ?? "").split(separator: ",").map(String.init)
guard !sizes.isEmpty, sizes.allSatisfy({ $0 >= 2 }) else {
    FileHandle.standardError.write(Data("regie-bench: --partners needs sizes of at least 2, as in 100,1000\n".utf8))
    exit(2)
}

let folder = NSTemporaryDirectory() + "regie-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

var table = Table(sizes: sizes)
let stopwatch = Stopwatch(runs: runs, budget: .seconds(budget))
if !skip.contains("start"), only.isEmpty || only.contains("start") {
    // `--regie PATH` times another build of regie (static standard library, say).
    StartUp.record(into: &table, size: sizes[0], stopwatch: stopwatch, regie: value("--regie"))
}
if !skip.contains("bytes"), only.isEmpty, let data = SampleSessions.data(named: SampleSessions.demoName),
    let sample = try? SessionCodec.decode(data)
{
    var scenarios = Scenarios(size: sizes[0], stopwatch: stopwatch, skip: skip, folder: folder, table: table)
    scenarios.bytesRow("bytes per selection move 120×40 (ncurses), sample session", sample, folder + "/sample.json")
    table = scenarios.table
}
for size in sizes where only != ["start"] {
    FileHandle.standardError.write(Data("regie-bench: \(size) partners\n".utf8))
    var scenarios = Scenarios(size: size, stopwatch: stopwatch, skip: skip, only: only, folder: folder, table: table)
    scenarios.regie = value("--regie")
    try scenarios.run()
    table = scenarios.table
}

print("regie-bench · \(Machine.description) · \(Machine.date) · median of up to \(runs) runs")
print("")
print(table.markdown)
