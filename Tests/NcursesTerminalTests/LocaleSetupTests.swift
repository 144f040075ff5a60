import Testing

@testable import NcursesTerminal

@Suite struct LocaleSetupTests {
    @Test func namesThatAskForUTF8AreKnownWhateverTheirSpelling() {
        for name in ["nl_NL.UTF-8", "en_GB.utf8", "nl_BE.UTF-8@euro", "C.UTF-8"] {
            #expect(LocaleSetup.asksForUTF8(named: name), "\(name)")
        }
        for name in ["C", "POSIX", "nl_NL", "nl_NL.ISO-8859-15", "de_DE@euro", ""] {
            #expect(!LocaleSetup.asksForUTF8(named: name), "\(name)")
        }
        #expect(!LocaleSetup.asksForUTF8(named: nil))
    }
}
