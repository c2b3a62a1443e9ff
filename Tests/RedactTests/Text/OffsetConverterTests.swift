import Testing
@testable import Redact

@Suite struct OffsetConverterTests {
    @Test func convertsToUTF16AndCodePoints() {
        let text = "aə😀Я"
        var converter = OffsetConverter(text)
        #expect(converter.convert(utf8: 0) == (0, 0))
        #expect(converter.convert(utf8: 1) == (1, 1))
        #expect(converter.convert(utf8: 3) == (2, 2))
        #expect(converter.convert(utf8: 7) == (4, 3))
        #expect(converter.convert(utf8: 9) == (5, 4))
        // Going backwards restarts.
        #expect(converter.convert(utf8: 3) == (2, 2))
    }

    @Test func agreesWithSwiftsViews() {
        let text = "Elçin Hüseynov — Эльчин 😀 Гусейнов"
        var converter = OffsetConverter(text)
        for index in text.unicodeScalars.indices {
            let utf8 = text.utf8.distance(from: text.startIndex, to: index)
            let expected = (text.utf16.distance(from: text.startIndex, to: index),
                            text.unicodeScalars.distance(from: text.startIndex, to: index))
            #expect(converter.convert(utf8: utf8) == expected)
        }
    }
}
