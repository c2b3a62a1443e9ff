import RedactRules
import Testing

@Suite struct ScalarTraitsTests {
    /// The table must give the Unicode properties' answers for every scalar it holds, and the
    /// properties themselves above it.
    @Test func tableAgreesWithUnicodeProperties() {
        for v: UInt32 in 0..<0x800 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(ScalarTraits.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "U+\(String(v, radix: 16))")
            #expect(ScalarTraits.isLowercase(scalar) == scalar.properties.isLowercase, "U+\(String(v, radix: 16))")
            #expect(ScalarTraits.isUppercase(scalar) == scalar.properties.isUppercase, "U+\(String(v, radix: 16))")
        }
        #expect(ScalarTraits.isUppercase("Ə") && ScalarTraits.isLowercase("ə") && ScalarTraits.isAlphabetic("ə"))
        #expect(!ScalarTraits.isAlphabetic("7") && !ScalarTraits.isUppercase("'"))
    }
}

@Suite struct ScalarStringTests {
    /// One, two, three and four UTF-8 bytes a scalar, and runs of each, come out as the scalar
    /// view would build them.
    @Test func encodesEveryWidthAsTheScalarViewDoes() {
        let samples = ["", "Elçin", "Гусейнову", "Gəncə'də", "𝔄🙂x", "a\u{0307}İı", "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"]
        for text in samples {
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars) == text)
            #expect(Array(String(scalars: scalars).utf8) == Array(text.utf8))
            for cut in 0...scalars.count {
                let expected = String(String.UnicodeScalarView(scalars.dropLast(cut)))
                #expect(Array(String(scalars: scalars.dropLast(cut)).utf8) == Array(expected.utf8))
            }
        }
    }
}
