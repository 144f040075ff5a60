import Canvas
import Testing

@Suite struct StyleTests {
    @Test func buildersAddOneThingEach() {
        let style = Style.plain.bolded().reversed().foreground(.red).background(.indexed(17))
        #expect(style == Style(foreground: .red, background: .indexed(17), bold: true, reverse: true))
        #expect(Style.plain.underlined().dimmed() == Style(dim: true, underline: true))
    }

    @Test func descriptionListsAttributesThenColours() {
        #expect(Style.plain.description == "plain")
        let style = Style(foreground: .brightRed, background: .indexed(208), bold: true, italic: true, reverse: true)
        #expect(style.description == "bold italic reverse fg=brightRed bg=indexed(208)")
    }

    @Test func patchKeepsColoursThatAreNotOverridden() {
        let base = Style(foreground: .green, background: .black)
        #expect(
            base.patched(with: Style(background: .blue, bold: true))
                == Style(foreground: .green, background: .blue, bold: true))
    }
}
