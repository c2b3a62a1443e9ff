import Testing
@testable import RedactEval

@Suite struct OffsetConverterTests {
    @Test func codePointsPassThroughAndAreBoundsChecked() throws {
        let converter = OffsetConverter(text: Sample.text, unit: .codePoints)
        #expect(converter.codePointCount == 42)
        #expect(converter.codePointOffset(16) == 16)
        #expect(converter.codePointOffset(42) == 42)
        #expect(converter.codePointOffset(43) == nil)
        #expect(converter.codePointOffset(-1) == nil)
    }

    @Test func utf16AndUTF8OffsetsBecomeCodePoints() throws {
        let place = EvalInputError.Place(file: "f", document: "d")
        let utf16 = OffsetConverter(text: Sample.text, unit: .utf16)
        #expect(try utf16.codePointRange(start: 3, end: 17, at: place) == Sample.person)
        #expect(try utf16.codePointRange(start: 18, end: 24, at: place) == Sample.city)
        let utf8 = OffsetConverter(text: Sample.text, unit: .utf8)
        #expect(try utf8.codePointRange(start: 5, end: 21, at: place) == Sample.person)
        #expect(try utf8.codePointRange(start: 22, end: 34, at: place) == Sample.city)
        #expect(utf8.codePointOffset(Sample.text.utf8.count) == Sample.text.unicodeScalars.count)
        #expect(OffsetUnit.utf16.codePointOffset(17, in: Sample.text) == 16 && OffsetUnit.utf16.codePointOffset(1, in: Sample.text) == nil)
    }

    @Test func offsetInsideACodePointIsAnErrorNamingDocumentAndSpan() throws {
        let utf16 = OffsetConverter(text: Sample.text, unit: .utf16)
        let place = EvalInputError.Place(file: "gold.jsonl", line: 3, document: "doc-7").span(2)
        let error = try #require(EvalInputError.caught { _ = try utf16.codePointRange(start: 1, end: 17, at: place) })
        #expect(error.code == .offset)
        #expect(error.description == "gold.jsonl:3: document 'doc-7': span 2: start 1 falls inside a code point (offsets are in utf16)")
        let utf8 = OffsetConverter(text: Sample.text, unit: .utf8)
        let outside = try #require(EvalInputError.caught { _ = try utf8.codePointRange(start: 5, end: 99, at: place) })
        #expect(outside.message == "end 99 is outside the text (0...59 utf8)")
        let reversed = try #require(EvalInputError.caught { _ = try utf8.codePointRange(start: 21, end: 5, at: place) })
        #expect(reversed.message.contains("must be greater than start"))
    }
}
