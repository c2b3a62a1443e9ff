import Testing
@testable import Redact

/// `WordSet` compares words by their bytes after putting them in NFC: members exactly as
/// `Set<String>` (canonical equivalence) would have them.
@Suite struct WordSetTests {
    /// Words in the scripts the rules hold, each in composed and decomposed form where it has one.
    static let pool: [String] = [
        "elçin", "elc\u{327}in", "hüseynov", "hu\u{308}seynov", "gəncə", "şəki", "s\u{327}əki", "ığdır", "i\u{307}zmir", "izmir",
        "гусейнов", "эльчин", "йошкар", "и\u{306}ошкар", "ёж", "е\u{308}ж", "ҹəлил", "а\u{483}", "а", "ω", "ώ", "ω\u{301}",
        "café", "cafe\u{301}", "Å", "\u{212B}", "A\u{30A}", "straße", "strasse", "ул.", "küç.", "",
    ]

    @Test func membersAsSetOfStringHasThem() {
        for size in [1, 3, 7, Self.pool.count] {
            for start in stride(from: 0, to: Self.pool.count, by: 2) {
                let members = Array((Self.pool + Self.pool).dropFirst(start).prefix(size))
                let words = WordSet(members)
                let strings = Set(members)
                for probe in Self.pool {
                    #expect(words.contains(probe) == strings.contains(probe), "\(members) \(probe.unicodeScalars.map(\.value))")
                }
                #expect(words.count == strings.count)
            }
        }
    }

    @Test func theCommonScriptsNeedNoNormalization() {
        for word in ["elçin", "hüseynov", "gəncə", "ığdır", "гусейнов", "ёж", "ҹəлил", "ӊ"] {
            #expect(WordSet.composed(word) == word)
        }
        // A combining mark or a character NFC replaces is composed first.
        #expect(WordSet.composed("cafe\u{301}").unicodeScalars.map(\.value) == "café".unicodeScalars.map(\.value))
        #expect(WordSet.composed("\u{212B}").unicodeScalars.map(\.value) == [0xC5])
        #expect(WordSet.composed("и\u{306}").unicodeScalars.map(\.value) == [0x439])
    }

    @Test func insertUnionAndIteration() {
        var words: WordSet = ["ул.", "küç."]
        let new = words.insert("cafe\u{301}")
        let again = words.insert("café")
        #expect(new && !again)
        let more = words.union(["sok."])
        #expect(more.count == 4)
        #expect(Set(more) == Set(["ул.", "küç.", "café", "sok."]))
        #expect(!words.contains("sok."))
    }

    @Test func utf8KeysTellFormsApart() {
        #expect(UTF8Key("café") == UTF8Key("café"))
        #expect(UTF8Key("café") != UTF8Key("cafe\u{301}"))
        #expect(Set([UTF8Key("гусейнов"), UTF8Key("гусейнов"), UTF8Key("elçin")]).count == 2)
    }
}
