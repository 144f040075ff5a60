import Canvas
import Foundation
import NcursesTerminal
import RegieKit
import RegieUI

/// The measurements of one session size, each recorded as a row of the table.
struct Scenarios {
    var size: Int
    var stopwatch: Stopwatch
    var skip: [String]
    var only: [String] = []
    var folder: String
    var table: Table
    /// The `regie` whose idle use of the processor is measured (`--regie`), else the one beside.
    var regie: String? = nil

    static let frameSizes = [Size(width: 120, height: 40), Size(width: 200, height: 60)]
    static let keySize = Size(width: 200, height: 60)
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let zone = TimeZone(identifier: "Europe/Amsterdam") ?? .current

    /// Every view a key or a first frame is measured in: the five map views, then the other panes.
    static let views: [(name: String, pane: Pane, map: MapKind)] =
        MapKind.allCases.map { ("map/\($0.rawValue)", Pane.map, $0) }
        + [Pane.perspectives, .interventions, .notes, .walkthrough].map { ("pane \($0.rawValue)", $0, .network) }

    func wanted(_ name: String) -> Bool {
        !skip.contains { name.contains($0) } && (only.isEmpty || only.contains { name.contains($0) })
    }

    mutating func record(_ name: String, _ figure: Figure) {
        if wanted(name) { table.record(name, size: size, figure) }
    }

    mutating func time(_ name: String, _ body: () -> Void) -> Double? {
        guard wanted(name) else { return nil }
        let samples = stopwatch.samples(body)
        record(name, .time(samples))
        return Stopwatch.median(samples)
    }

    mutating func run() throws {
        let session = BigSession.make(partners: size)
        let path = folder + "/big-\(size).json"
        try SessionFileStore.save(session, to: path)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        record(
            "session file",
            .text(
                String(
                    format: "%.1f MB: %d relations, %d notes", Double(bytes) / 1e6, session.relations.count,
                    session.notes.count)))

        // MARK: File: open and save, beside Python on the same file.
        let open = time("open (read + decode + validate)") { _ = try? SessionFileStore.load(path: path) }
        let savePath = folder + "/saved-\(size).json"
        let save = time("canonical save (encode + atomic write)") { try? SessionFileStore.save(session, to: savePath) }
        _ = time("  of which encode") { _ = SessionCodec.encode(session) }
        if let savedBytes = FileManager.default.contents(atPath: savePath),
            let original = FileManager.default.contents(atPath: path)
        {
            record("saved file = opened file", .text(savedBytes == original ? "yes" : "NO"))
        }
        if let open, let save {
            record("open + save", .milliseconds(open + save, runs: stopwatch.runs))
            if wanted("Python"), let python = PythonPeer.measure(path, runs: stopwatch.runs, folder: folder) {
                record("Python json.load + json.dump", .milliseconds(python.loadAndDump, runs: stopwatch.runs))
                record("open + save ÷ Python", .ratio((open + save) / python.loadAndDump))
            }
        }

        // MARK: Analysis: the measures and classifications, then the ranking on top of them.
        let today = Day(Self.now)
        let analysis = SessionAnalysis(session, today: today)
        _ = time("analysis") { _ = SessionAnalysis(session, today: today) }
        _ = time("suggestions (ranking an analysis)") { _ = suggestions(for: analysis) }

        // MARK: Screens: the network layout on its own, the first frame of every view, then one key in each.
        let loaded = try SessionFileStore.load(path: path)
        let ids = loaded.partners.map(\.id.rawValue)
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let links = loaded.relations.compactMap { relation in
            index[relation.from.rawValue].flatMap { a in
                index[relation.to.rawValue].map { NetworkLayout.Link(a: a, b: $0, weight: 1) }
            }
        }
        _ = time("network layout (RegieKit)") { _ = NetworkLayout.positions(for: ids, links: links, aspect: 1.4) }
        for frameSize in Self.frameSizes {
            for view in Self.views {
                let name = "first frame \(view.name) \(frameSize.width)×\(frameSize.height)"
                _ = time(name) {
                    var state = AppState(session: loaded, filePath: path, language: .nl, timeZone: Scenarios.zone)
                    state.pane = view.pane
                    state.mapKind = view.map
                    _ = AppView.render(state, size: frameSize)
                }
            }
            // A big network is laid out in the background: the first frame says so, and this is
            // when the network itself is on screen.
            _ = time("network on screen (first frame, layout, frame) \(frameSize.width)×\(frameSize.height)") {
                var state = AppState(session: loaded, filePath: path, language: .nl, timeZone: Scenarios.zone)
                _ = AppView.render(state, size: frameSize)
                Self.layOutNow(&state)
                _ = AppView.render(state, size: frameSize)
            }
        }
        for view in Self.views {
            keyRow("key ↓ \(view.name) \(Self.keySize.width)×\(Self.keySize.height)", loaded, path, view.pane, view.map)
        }
        quickNoteRow(loaded, path)
        meetingCaptureRows(loaded, path)
        autosaveRow(loaded, path)
        idleRow(path)
        bytesRow("bytes per selection move 120×40 (ncurses)", loaded, path)
        if wanted("peak memory") { memoryRows(path) }
    }

    /// What the run loop does for a network laid out in the background (`NetworkLayouts`): ask
    /// for the layout, compute it, hand it back. Keys are measured on the network drawn.
    static func layOutNow(_ state: inout AppState) {
        for case .layOut(let source, let previous) in update(&state, .ticked(now), now: now) {
            _ = update(&state, .networkLaidOut(.laidOut(source, previous: previous)), now: now)
        }
    }

    /// update + render + diff for `↓` and `↑` in turn, so the selection stays near the top.
    mutating func keyRow(_ name: String, _ session: Session, _ path: String, _ pane: Pane, _ map: MapKind) {
        guard wanted(name) else { return }
        var state = AppState(session: session, filePath: path, language: .nl, timeZone: Scenarios.zone)
        state.pane = pane
        state.mapKind = map
        Self.layOutNow(&state)
        var previous = AppView.render(state, size: Self.keySize)
        var down = true
        let samples = stopwatch.samples(prepare: { () }) { _ in
            _ = update(&state, .keyPressed(down ? .down : .up), now: Self.now)
            let frame = AppView.render(state, size: Self.keySize)
            _ = frame.grid.changes(since: previous.grid)
            previous = frame
            down.toggle()
        }
        record(name, .time(samples))
    }

    /// One character typed into the quick note form (`n`) over the network map.
    mutating func quickNoteRow(_ session: Session, _ path: String) {
        let name = "key in quick note over map/network \(Self.keySize.width)×\(Self.keySize.height)"
        guard wanted(name) else { return }
        var state = AppState(session: session, filePath: path, language: .nl, timeZone: Scenarios.zone)
        Self.layOutNow(&state)
        _ = update(&state, .keyPressed(.character("n")), now: Self.now)
        var previous = AppView.render(state, size: Self.keySize)
        let samples = stopwatch.samples(prepare: { () }) { _ in
            _ = update(&state, .keyPressed(.character("é")), now: Self.now)
            let frame = AppView.render(state, size: Self.keySize)
            _ = frame.grid.changes(since: previous.grid)
            previous = frame
        }
        record(name, .time(samples))
    }

    /// The note-taker's keys in a running meeting over the notes pane: a letter of a note, and a
    /// letter typed and taken back after `@Ge`, where each key ranks the partners' names again.
    mutating func meetingCaptureRows(_ session: Session, _ path: String) {
        let size = "\(Self.keySize.width)×\(Self.keySize.height)"
        for (name, typed, keys) in [
            ("key in a running meeting's note, pane 4 \(size)", "Afspraak", [Key.character("é")]),
            (
                "key after @ in a running meeting's note, pane 4 \(size)", "Bellen met @Ge",
                [.character("m"), .backspace]
            ),
        ] {
            guard wanted(name) else { continue }
            var state = AppState(session: session, filePath: path, language: .nl, timeZone: Scenarios.zone)
            state.pane = .notes
            let start: [Key] = [.character("m")] + "Wijktafel Ëlst".map { .character($0) } + [.enter, .character("n")]
            for key in start + typed.map({ .character($0) }) { _ = update(&state, .keyPressed(key), now: Self.now) }
            var previous = AppView.render(state, size: Self.keySize)
            var next = 0
            let samples = stopwatch.samples(prepare: { () }) { _ in
                _ = update(&state, .keyPressed(keys[next % keys.count]), now: Self.now)
                next += 1
                let frame = AppView.render(state, size: Self.keySize)
                _ = frame.grid.changes(since: previous.grid)
                previous = frame
            }
            record(name, .time(samples))
        }
    }

    /// The run loop as it is, typing a note while autosave comes due: the longest time between
    /// two keys is the stall a user feels.
    mutating func autosaveRow(_ session: Session, _ path: String) {
        let name = "autosave while typing: longest gap between keys"
        guard wanted(name) else { return }
        var worst: [Double] = []
        for _ in 0..<max(1, min(stopwatch.runs, 3)) {
            let keys: [Key] =
                [.character("n")] + "Eerste notitie".map { .character($0) } + [.enter, .character("n")]
                + "Ondertussen typt de regisseur gewoon door aan een lange notitie".map { .character($0) }
            let terminal = TimingTerminal(size: Self.keySize, events: keys.map { .key($0) })
            let clock = terminal.clock
            // As the app wires it, writes off the key loop included.
            let environment = WorkbenchEnvironment(
                now: { clock.now },
                saveSession: { data, path, expected in
                    try SessionFileStore.write(
                        data, to: path, expecting: expected, conflictPath: { path + ".conflict" })
                },
                writeFile: { data, path in try AtomicFile.write(data, to: path) },
                fileExists: { SessionFileStore.exists($0) },
                removeFile: { path in unlink(path) },
                export: { _, _, _ in Data() },
                writesInBackground: true,
                tickMilliseconds: 0)
            let state = AppState(
                session: session, filePath: folder + "/typing-\(size).json", language: .nl, timeZone: Scenarios.zone)
            _ = Workbench(state: state, terminal: terminal, environment: environment).run()
            worst.append(terminal.gaps.max() ?? 0)
        }
        record(name, .time(worst))
    }

    /// `regie FILE` left alone after its first frame: the share of a core it uses once the
    /// analysis it starts in the background has finished, which should be nothing (no frame
    /// without a change; the tick only looks at the clock). The time that analysis took is
    /// printed beside it.
    mutating func idleRow(_ path: String) {
        let name = "idle CPU, workbench on the session, after its background analysis"
        guard wanted(name) else { return }
        guard let regie = StartUp.binary(regie), let idle = StartUp.idleCPU(regie, file: path, seconds: 3) else {
            record(name, .text("could not run regie"))
            return
        }
        record(
            name,
            .text(String(format: "%.1f %% of a core (analysis took %.1f s)", idle.share * 100, idle.busySeconds)))
    }

    /// Bytes ncurses writes for one `↓` in the partner list, at 120×40, rendered headless into a file.
    mutating func bytesRow(_ name: String, _ session: Session, _ path: String) {
        guard wanted(name) else { return }
        let output = folder + "/screen-\(size)-\(session.partners.count).out"
        guard
            let terminal = try? NcursesTerminal(
                headlessSize: Size(width: 120, height: 40), options: NcursesOptions(mouse: false), outputPath: output)
        else {
            record(name, .text("no terminal"))
            return
        }
        defer { terminal.shutdown() }
        var state = AppState(session: session, filePath: path, language: .nl, timeZone: Scenarios.zone)
        Self.layOutNow(&state)
        terminal.render(AppView.render(state, size: terminal.size).grid, cursor: nil)
        let before = Self.fileSize(output)
        let moves = 20
        for index in 0..<moves {
            _ = update(&state, .keyPressed(index < moves / 2 ? .down : .up), now: Self.now)
            let frame = AppView.render(state, size: terminal.size)
            terminal.render(frame.grid, cursor: frame.cursor)
        }
        record(name, .bytes(Double(Self.fileSize(output) - before) / Double(moves)))
    }

    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Peak memory of a fresh process that opens the file and shows every pane, beside Python's.
    mutating func memoryRows(_ path: String) {
        if let kib = MemoryProbe.spawn(path) {
            record("peak memory: workbench with the session", .mebibytes(Double(kib) / 1024))
        }
        if let kib = PythonPeer.peakMemory(path) {
            record("peak memory: Python holding the file", .mebibytes(Double(kib) / 1024))
        }
    }
}

/// A scripted terminal that notes when the run loop asks for each event, and whose clock moves
/// a quarter of a second per event, so autosave comes due while the user types.
final class TimingTerminal: Terminal {
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var events = 0
        var now: Date {
            lock.lock()
            defer { lock.unlock() }
            return Scenarios.now.addingTimeInterval(Double(events) * 0.25)
        }
        func advance() {
            lock.lock()
            events += 1
            lock.unlock()
        }
    }

    var size: Size
    private var events: [InputEvent]
    let clock = Clock()
    private var last: ContinuousClock.Instant?
    private(set) var gaps: [Double] = []

    init(size: Size, events: [InputEvent]) {
        self.size = size
        self.events = events
    }

    func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        let now = ContinuousClock.now
        if let last { gaps.append(Stopwatch.milliseconds(now - last)) }
        last = now
        clock.advance()
        guard !events.isEmpty else { return .terminate }
        return events.removeFirst()
    }

    func render(_ grid: CellGrid, cursor: Point?) {}
}
