import Canvas
import Testing
@testable import RegieUI
import RegieTestSupport

@Suite struct LineEditorTests {
    @Test func typesAndMovesByCharacterIncludingWideOnes() {
        var editor = LineEditor()
        for c in "Ëlst 日本" { editor.handle(.character(c)) }
        #expect(editor.text == "Ëlst 日本")
        editor.handle(.left)
        editor.handle(.backspace)
        #expect(editor.text == "Ëlst 本")
        editor.handle(.home)
        editor.handle(.character("Z"))
        #expect(editor.text == "ZËlst 本")
        editor.handle(.end)
        editor.handle(.character("!"))
        #expect(editor.text == "ZËlst 本!")
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var editor = LineEditor("samen werken aan")
        editor.handle(.ctrl("w"))
        #expect(editor.text == "samen werken ")
        editor.handle(.ctrl("w"))
        #expect(editor.text == "samen ")
        editor.handle(.ctrl("u"))
        #expect(editor.text == "")
    }

    @Test func oneLineFieldsRefuseLineBreaksMultiLineFieldsTakeThem() {
        var single = LineEditor("a")
        #expect(single.handle(.alt("\r")) == false)
        single.insert("b\nc")
        #expect(single.text == "abc")
        var multi = LineEditor("eerste", multiline: true)
        multi.handle(.ctrl("n"))
        multi.insert("tweede")
        #expect(multi.text == "eerste\ntweede")
        multi.handle(.up)
        multi.handle(.character("!"))
        #expect(multi.text == "eerste!\ntweede")
    }

    @Test func deleteAndKillToEnd() {
        var editor = LineEditor("abcdef")
        editor.handle(.home)
        editor.handle(.delete)
        #expect(editor.text == "bcdef")
        editor.handle(.right)
        editor.handle(.ctrl("k"))
        #expect(editor.text == "b")
    }

    @Test func layoutPlacesTheCursorAfterWideCharacters() {
        let editor = LineEditor("日本語", multiline: true)
        let layout = TextLayout(editor, width: 4)
        #expect(layout.rows == ["日本", "語"])
        #expect(layout.cursorRow == 1)
        #expect(layout.cursorColumn == 2)
    }
}
