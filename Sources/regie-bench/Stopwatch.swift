import Foundation

/// Times repeated runs of a piece of work and keeps their medians.
struct Stopwatch {
    /// How often each measurement runs (fewer when one run is slow, see `budget`).
    var runs: Int
    /// Once the runs of one measurement have taken this long, it stops with what it has.
    var budget: Duration

    /// Milliseconds of each run of `body`; `prepare` runs before each run, untimed.
    func samples<State>(prepare: () -> State, _ body: (inout State) -> Void) -> [Double] {
        var times: [Double] = []
        var spent = Duration.zero
        for _ in 0..<max(1, runs) {
            var state = prepare()
            let clock = ContinuousClock()
            let elapsed = clock.measure { body(&state) }
            times.append(Self.milliseconds(elapsed))
            spent += elapsed
            if spent > budget { break }
        }
        return times
    }

    func samples(_ body: () -> Void) -> [Double] {
        samples(prepare: { () }) { _ in body() }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// One figure of the table: a median time, a count, or a note when it could not be measured.
enum Figure {
    case milliseconds(Double, runs: Int)
    case bytes(Double)
    case mebibytes(Double)
    case ratio(Double)
    case text(String)

    static func time(_ samples: [Double]) -> Figure {
        .milliseconds(Stopwatch.median(samples), runs: samples.count)
    }

    var cell: String {
        switch self {
        case .milliseconds(let ms, let runs):
            let value =
                ms >= 100
                ? String(format: "%.0f ms", ms)
                : ms >= 1
                    ? String(format: "%.1f ms", ms)
                    : String(format: "%.3f ms", ms)
            return runs < 3 ? value + " (\(runs)×)" : value
        case .bytes(let bytes): return String(format: "%.0f B", bytes)
        case .mebibytes(let mib): return String(format: "%.1f MiB", mib)
        case .ratio(let ratio): return String(format: "%.2f×", ratio)
        case .text(let text): return text
        }
    }
}

/// The rows of the table, each with one figure per session size, printed as Markdown.
struct Table {
    var sizes: [Int]
    private(set) var rows: [(name: String, figures: [Int: Figure])] = []

    init(sizes: [Int]) { self.sizes = sizes }

    mutating func record(_ name: String, size: Int, _ figure: Figure) {
        if let index = rows.firstIndex(where: { $0.name == name }) {
            rows[index].figures[size] = figure
        } else {
            rows.append((name, [size: figure]))
        }
        FileHandle.standardError.write(Data("  \(name) @\(size): \(figure.cell)\n".utf8))
    }

    var markdown: String {
        var lines = ["| what | " + sizes.map { "\($0) partners" }.joined(separator: " | ") + " |"]
        lines.append("|---|" + sizes.map { _ in "---:|" }.joined())
        for row in rows {
            lines.append(
                "| \(row.name) | " + sizes.map { row.figures[$0]?.cell ?? "–" }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
