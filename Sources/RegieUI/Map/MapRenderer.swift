import Canvas
import RegieKit

/// Draws the partner map in one of its views. (Being built: views follow.)
public enum MapRenderer {
    public static func draw(
        _ kind: MapKind, session: Session, selected: Partner.ID?, relationStart: Partner.ID?, presenting: Bool,
        language: Language, in rect: Rect, into frame: inout Frame
    ) {
        frame.grid.put(kind.title(language), at: rect.origin)
    }
}
