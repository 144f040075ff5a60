import CNcursesw
import Canvas
import Testing

@testable import NcursesTerminal

@Suite struct KeyMappingTests {
    @Test(
        arguments: [
            (10, Key.enter), (13, .enter), (9, .tab), (127, .backspace), (8, .backspace), (27, .escape),
            (1, .ctrl("a")), (3, .ctrl("c")), (18, .ctrl("r")), (19, .ctrl("s")), (26, .ctrl("z")), (0, .ctrl(" ")),
            (97, .character("a")), (65, .character("A")), (32, .character(" ")), (63, .character("?")),
            (233, .character("é")), (0x65E5, .character("日")), (0x1F600, .character("😀")),
        ] as [(UInt32, Key)])
    func characters(code: UInt32, key: Key) {
        #expect(KeyMapping.key(fromCharacter: code) == key)
    }

    @Test func controlCharactersWithoutAKeyAreIgnored() {
        #expect(KeyMapping.key(fromCharacter: 0x85) == nil)
        #expect(KeyMapping.key(fromCharacter: 0xD800) == nil)
    }

    @Test func keyCodes() {
        #expect(KeyMapping.key(fromKeyCode: KEY_UP) == .up)
        #expect(KeyMapping.key(fromKeyCode: KEY_DOWN) == .down)
        #expect(KeyMapping.key(fromKeyCode: KEY_LEFT) == .left)
        #expect(KeyMapping.key(fromKeyCode: KEY_RIGHT) == .right)
        #expect(KeyMapping.key(fromKeyCode: KEY_HOME) == .home)
        #expect(KeyMapping.key(fromKeyCode: KEY_END) == .end)
        #expect(KeyMapping.key(fromKeyCode: KEY_PPAGE) == .pageUp)
        #expect(KeyMapping.key(fromKeyCode: KEY_NPAGE) == .pageDown)
        #expect(KeyMapping.key(fromKeyCode: KEY_DC) == .delete)
        #expect(KeyMapping.key(fromKeyCode: KEY_IC) == .insert)
        #expect(KeyMapping.key(fromKeyCode: KEY_BTAB) == .backTab)
        #expect(KeyMapping.key(fromKeyCode: KEY_BACKSPACE) == .backspace)
        #expect(KeyMapping.key(fromKeyCode: KEY_ENTER) == .enter)
        #expect(KeyMapping.key(fromKeyCode: regie_key_f(1)) == .function(1))
        #expect(KeyMapping.key(fromKeyCode: regie_key_f(12)) == .function(12))
        #expect(KeyMapping.key(fromKeyCode: KEY_RESIZE) == nil)
        #expect(KeyMapping.key(fromKeyCode: KEY_MOUSE) == nil)
    }
}
