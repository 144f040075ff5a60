import Canvas
import RegieKit

/// Where a form's labels and fields go at a screen size. The view draws it, and the keys use
/// it too: Up and Down in a wrapped text move by the rows the user sees.
struct FormLayout {
    /// The dialog on screen, and the area inside its border.
    let rect: Rect
    let inner: Rect
    /// Width of the label column; 0 when every field is stacked.
    let labelWidth: Int
    let rows: [FieldRows]
    /// Rows for the hint (or the refusal) and the key line under the fields.
    static let footerHeight = 3

    /// How one field is laid out: its label beside or above its value.
    struct FieldRows {
        /// Label rows above the value; empty when the label sits beside it.
        var labelAbove: [String]
        var valueWidth: Int
        var valueHeight: Int
        var height: Int { labelAbove.count + valueHeight }
    }

    init(_ form: Form, size: Size, language: Language) {
        let width = min(size.width - 2, 100)
        let innerWidth = max(1, width - 4)
        // Labels get the width they need, up to half the dialog; a longer label goes above its field.
        let widest = form.fields.map { $0.label(language).displayWidth }.max() ?? 0
        let labelWidth = max(12, min(widest + 4, innerWidth / 2))
        var rows: [FieldRows] = []
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let label = field.label(language)
            let stacked = label.displayWidth + 4 > labelWidth
            let valueWidth = stacked ? innerWidth - 2 : innerWidth - labelWidth
            let labelAbove = stacked ? ("  " + label).wrapped(toWidth: innerWidth - 2) : []
            rows.append(
                FieldRows(
                    labelAbove: labelAbove, valueWidth: max(1, valueWidth),
                    valueHeight: Self.valueHeight(field, focused: focused, width: max(1, valueWidth))))
        }
        let content = rows.map(\.height).reduce(0, +)
        rect = OverlayBox.frame(width: width, height: max(content + Self.footerHeight + 3, 10), in: size)
        inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        self.labelWidth = labelWidth
        self.rows = rows
    }

    /// Rows the field's value takes: a focused text grows to show what is typed.
    static func valueHeight(_ field: FormField, focused: Bool, width: Int) -> Int {
        switch field.value {
        case .text(let editor) where editor.multiline:
            let count = TextLayout(editor, width: width).rows.count
            return focused ? min(8, max(2, count)) : min(3, count)
        case .info(let text):
            return min(4, text.wrapped(toWidth: width).count)
        case .list(let list):
            if focused { return 1 + min(6, max(1, list.filtered.count)) }
            return min(3, list.chosenLabels.joined(separator: ", ").wrapped(toWidth: width).count)
        default:
            return 1
        }
    }

    /// The width the value of field `index` wraps at.
    func valueWidth(ofField index: Int) -> Int {
        rows.indices.contains(index) ? rows[index].valueWidth : 1
    }
}
