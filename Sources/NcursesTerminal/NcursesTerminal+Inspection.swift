import CNcursesw
import Canvas
import Glibc

extension NcursesTerminal {
    /// What ncurses holds for each screen row, read back with `mvwinnwstr`; for tests.
    func screenLines() -> [String] {
        (0..<size.height).map { y in
            var buffer = [wchar_t](repeating: 0, count: size.width * 5 + 1)
            let count = mvwinnwstr(window, Int32(y), 0, &buffer, Int32(size.width * 5))
            guard count != ERR else { return "" }
            var line = ""
            for code in buffer.prefix(while: { $0 != 0 }) {
                if let scalar = Unicode.Scalar(UInt32(bitPattern: code)) { line.unicodeScalars.append(scalar) }
            }
            return line
        }
    }

    /// The attributes and colour pair ncurses holds for the cell at `point`; for tests.
    func screenAttributes(at point: Point) -> (attributes: attr_t, pair: Int16) {
        var cell = cchar_t()
        mvwin_wch(window, Int32(point.y), Int32(point.x), &cell)
        var characters = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cell, &characters, &attributes, &pair, nil)
        return (attributes, pair)
    }

    /// The foreground and background colour numbers of `pair`; for tests.
    func colors(ofPair pair: Int16) -> (foreground: Int16, background: Int16) {
        var foreground: Int16 = 0
        var background: Int16 = 0
        pair_content(pair, &foreground, &background)
        return (foreground, background)
    }
}

extension NcursesTerminal {
    /// Writes `bytes` into a headless screen's input, as if typed; for tests.
    func feedInput(_ bytes: [UInt8]) {
        precondition(inputWriter >= 0, "only a headless screen with open input can be fed")
        _ = bytes.withUnsafeBytes { write(inputWriter, $0.baseAddress, $0.count) }
    }

    /// Ends a headless screen's input, as a closed terminal would; for tests.
    func closeInput() {
        guard inputWriter >= 0 else { return }
        close(inputWriter)
        inputWriter = -1
    }
}
