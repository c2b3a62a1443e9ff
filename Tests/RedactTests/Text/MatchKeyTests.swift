import Testing
@testable import Redact

@Suite struct MatchKeyTests {
    @Test(arguments: [
        ("İstanbul", "istanbul"), ("ISPARTA", "isparta"), ("Iğdır", "iğdir"), ("IĞDIR", "iğdir"),
        ("ığdır", "iğdir"), ("ŞƏKİ", "şəki"), ("Гянджа", "гянджа"), ("GƏNCƏ", "gəncə"),
    ])
    func foldsWithoutKnowingTheLanguage(word: String, key: String) {
        #expect(MatchKey.of(word) == key)
    }

    @Test func dottedAndDotlessIMeetInOneKey() {
        #expect(Set(["I", "ı", "İ", "i"].map(MatchKey.of)) == ["i"])
    }

    /// Every mix of upper and lower case of words with Turkic i's gives the key of the lower-case word.
    @Test func generatedMixedCaseTextMatchesItsLowerCaseForm() {
        let words = ["istanbul", "ısparta", "iğdır", "şəki", "gəncə", "bakı", "izmir", "ıslak", "ilçin", "elçin"]
        var random = KeyedRandom(seed: Array(repeating: 7, count: 32))
        for word in words {
            let expected = MatchKey.of(word)
            for _ in 0..<200 {
                var mixed = ""
                for scalar in word.unicodeScalars {
                    guard random.next(below: 2) == 1 else {
                        mixed.unicodeScalars.append(scalar)
                        continue
                    }
                    // Upper-case as Turkish/Azerbaijani would (i→İ, ı→I) or as English would (i→I).
                    switch scalar {
                    case "i": mixed += random.next(below: 2) == 0 ? "İ" : "I"
                    case "ı": mixed += "I"
                    default: mixed += String(scalar).uppercased()
                    }
                }
                #expect(MatchKey.of(mixed) == expected, "\(mixed)")
            }
        }
    }

    @Test func ignoresSoftHyphensAndZeroWidthCharacters() {
        #expect(MatchKey.of("Elç\u{00AD}in") == MatchKey.of("Elçin"))
        #expect(MatchKey.of("El\u{200D}çin") == MatchKey.of("Elçin"))
    }

    @Test func composesDecomposedText() {
        #expect(MatchKey.of("s\u{0327}eki") == MatchKey.of("şeki"))
        #expect(Normalization.nfc("s\u{0327}") == "ş")
        #expect(Normalization.nfc("plain") == "plain")
    }
}
