import Testing

@testable import NcursesTerminal

@Suite struct UTF8BytesTests {
    @Test func sequenceLengthFromTheLeadByte() {
        #expect(UTF8Bytes.sequenceLength(lead: 0x61) == 1)
        #expect(UTF8Bytes.sequenceLength(lead: 0xC3) == 2)
        #expect(UTF8Bytes.sequenceLength(lead: 0xE6) == 3)
        #expect(UTF8Bytes.sequenceLength(lead: 0xF0) == 4)
        #expect(UTF8Bytes.sequenceLength(lead: 0x80) == 0)
        #expect(UTF8Bytes.sequenceLength(lead: 0xC0) == 0)
        #expect(UTF8Bytes.sequenceLength(lead: 0xFF) == 0)
    }

    @Test func decodesExactlyOneScalar() {
        #expect(UTF8Bytes.decode([0xC3, 0xA9]) == 0xE9)
        #expect(UTF8Bytes.decode([0xE6, 0x97, 0xA5]) == 0x65E5)
        #expect(UTF8Bytes.decode([0xF0, 0x9F, 0x98, 0x80]) == 0x1F600)
        #expect(UTF8Bytes.decode([0xC3]) == nil)
        #expect(UTF8Bytes.decode([0xED, 0xA0, 0x80]) == nil)
        #expect(UTF8Bytes.decode([0x61, 0x62]) == nil)
    }
}
