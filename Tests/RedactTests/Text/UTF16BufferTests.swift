import Testing
@testable import Redact

@Suite struct UTF16BufferTests {
    func decode(_ bytes: [UInt8]) throws(InvalidUTF8) -> UTF16Buffer {
        var buffer = UTF16Buffer()
        try bytes.withUnsafeBufferPointer { pointer throws(InvalidUTF8) in try buffer.load(pointer) }
        return buffer
    }

    @Test func decodesAllScriptsAndMapsOffsets() throws {
        let text = "aə Гя 😀x"
        let buffer = try decode(Array(text.utf8))
        #expect(buffer.units == Array(text.utf16))
        // a(1) ə(2) space(1) Г(2) я(2) space(1) 😀(4, two UTF-16 units) x(1)
        #expect(buffer.utf8Offsets == [0, 1, 3, 4, 6, 8, 9, 9, 13, 14])
    }

    @Test(arguments: [
        ([0x61, 0xFF], 1),                 // never valid
        ([0xC0, 0xAF], 0),                 // overlong "/"
        ([0xE0, 0x80, 0xAF], 0),           // overlong 3-byte
        ([0xED, 0xA0, 0x80], 0),           // surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),     // above U+10FFFF
        ([0x61, 0x62, 0xD0], 2),           // truncated at the end
        ([0xD0, 0x41], 0),                 // missing continuation
    ] as [([UInt8], Int)])
    func rejectsMalformedBytesWithOffset(bytes: [UInt8], offset: Int) {
        #expect(throws: InvalidUTF8(offset: offset)) { try decode(bytes) }
        #expect(InvalidUTF8.firstOffset(in: bytes) == offset)
    }

    @Test func acceptsEveryValidScalarBoundary() throws {
        for scalar in [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF] {
            let s = String(Unicode.Scalar(UInt32(scalar))!)
            let buffer = try decode(Array(s.utf8))
            #expect(buffer.units == Array(s.utf16))
        }
    }
}
