import Canvas
import Foundation

/// The help overlay (`?`): every key that works here, filtered by typing, scrolled with ↑/↓.
enum Help {
    static func key(_ state: inout AppState, filter: LineEditor, _ key: Key) {
        var filter = filter
        switch key {
        case .escape, .character("?"), .function(1), .enter, .ctrl("c"):
            state.modal = nil
        case .up: state.helpScroll = max(0, state.helpScroll - 1)
        case .down: state.helpScroll += 1
        case .pageUp: state.helpScroll = max(0, state.helpScroll - 10)
        case .pageDown: state.helpScroll += 10
        default:
            if filter.handle(key) { state.helpScroll = 0 }
            state.modal = .help(filter: filter)
        }
    }
}

/// The command palette (`:`): type to narrow, Enter runs.
enum PaletteOverlay {
    static func key(_ state: inout AppState, _ palette: Palette, _ key: Key, now: Date) -> [Effect] {
        var palette = palette
        let entries = PaletteCatalog.entries(
            matching: palette.query.text, language: state.language, presenting: state.presenting)
        switch key {
        case .escape, .ctrl("c"):
            state.modal = nil
        case .up:
            palette.selected = max(0, palette.selected - 1)
            state.modal = .palette(palette)
        case .down:
            palette.selected = min(max(0, entries.count - 1), palette.selected + 1)
            state.modal = .palette(palette)
        case .enter:
            state.modal = nil
            guard entries.indices.contains(palette.selected) else { return [] }
            return perform(&state, entries[palette.selected].command, now: now)
        default:
            if palette.query.handle(key) { palette.selected = 0 }
            state.modal = .palette(palette)
        }
        return []
    }
}
