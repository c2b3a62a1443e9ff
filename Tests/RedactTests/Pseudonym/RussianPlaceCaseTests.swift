import Testing
@testable import Redact

/// A Russian place's stand-in is in the original's case: a town that declines as the original
/// does, with the original's case ending (`в Самаре` → `в Сосве`), and one stem for every case.
@Suite struct RussianPlaceCaseTests {
    /// A town in the six cases, each in an invented sentence, with the ending its stand-in must
    /// have in that case; `nominative` is the nominative's ending (empty for a consonant).
    struct Town: Sendable, CustomTestStringConvertible {
        var forms: [(sentence: String, word: String, ending: String)]
        var nominative: String
        var testDescription: String { forms[0].word }
    }

    static func town(_ nominative: String, _ genitive: String, _ dative: String, _ accusative: String, _ instrumental: String,
                     _ prepositional: String, endings: [String]) -> Town {
        let sentences = ["Нам нравится \(nominative).", "Мы приехали из \(genitive) утром.", "Мы подъехали к \(dative) вечером.",
                         "Мы поехали в \(accusative) летом.", "Мы стояли под \(instrumental).", "Мы жили в \(prepositional) год."]
        let words = [nominative, genitive, dative, accusative, instrumental, prepositional]
        return Town(forms: (0..<6).map { (sentences[$0], words[$0], endings[$0]) }, nominative: endings[0])
    }

    static let towns: [Town] = [
        // -а, feminine
        town("Самара", "Самары", "Самаре", "Самару", "Самарой", "Самаре", endings: ["а", "ы", "е", "у", "ой", "е"]),
        town("Москва", "Москвы", "Москве", "Москву", "Москвой", "Москве", endings: ["а", "ы", "е", "у", "ой", "е"]),
        // a consonant, masculine
        town("Омск", "Омска", "Омску", "Омск", "Омском", "Омске", endings: ["", "а", "у", "", "ом", "е"]),
        town("Смоленск", "Смоленска", "Смоленску", "Смоленск", "Смоленском", "Смоленске", endings: ["", "а", "у", "", "ом", "е"]),
        // -ь, feminine
        town("Казань", "Казани", "Казани", "Казань", "Казанью", "Казани", endings: ["ь", "и", "и", "ь", "ью", "и"]),
        town("Рязань", "Рязани", "Рязани", "Рязань", "Рязанью", "Рязани", endings: ["ь", "и", "и", "ь", "ью", "и"]),
    ]

    static func engine(seed: UInt8) throws -> RedactionEngine {
        let bytes = (0..<32).map { UInt8(truncatingIfNeeded: Int($0) * 41 + 3) ^ seed }
        return try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
    }

    static func standIn(_ engine: RedactionEngine, _ sentence: String, _ word: String) throws -> String {
        let span = try #require(engine.detect(sentence).first { $0.text == word }, "\(word) was not found in: \(sentence)")
        return try #require(span.replacement)
    }

    @Test(arguments: towns)
    func eachCaseTakesItsEndingOnOneStem(town: Town) throws {
        for seed: UInt8 in [0, 1, 2, 3] {
            let engine = try Self.engine(seed: seed)
            var stems: [String] = []
            for (sentence, word, ending) in town.forms {
                let standIn = try Self.standIn(engine, sentence, word)
                #expect(standIn != word)
                #expect(standIn.hasSuffix(ending), "key \(seed): \(word) became \(standIn), not ending in -\(ending)")
                stems.append(String(standIn.dropLast(ending.count)))
            }
            #expect(Set(stems).count == 1, "key \(seed): \(town.forms.map(\.word)) have stems \(stems)")
            if town.nominative.isEmpty, let stem = stems.first {
                // A consonant-final town for a consonant-final original.
                #expect(NameStandIn.Ending(ofPhonetic: NameKey.phonetic(stem)).final == UInt8(ascii: "C"), "key \(seed): \(stem)")
            }
        }
    }

    /// The six forms in one text get the same stem, so a reader sees one town.
    @Test(arguments: towns)
    func oneTextGivesOneStem(town: Town) throws {
        let engine = try Self.engine(seed: 9)
        let text = town.forms.map(\.sentence).joined(separator: " ")
        let spans = engine.detect(text)
        var stems: [String] = []
        for (_, word, ending) in town.forms {
            let span = try #require(spans.first { $0.text == word }, "\(word) was not found")
            let standIn = try #require(span.replacement)
            #expect(standIn.hasSuffix(ending), "\(word) became \(standIn)")
            stems.append(String(standIn.dropLast(ending.count)))
        }
        #expect(Set(stems).count == 1, "\(stems)")
    }

    /// A town that does not decline gets one that does not either, and no case ending.
    @Test(arguments: ["Тбилиси", "Сочи"])
    func anIndeclinableTownStaysIndeclinable(town: String) throws {
        for seed: UInt8 in [0, 1, 2, 3] {
            let standIn = try Self.standIn(try Self.engine(seed: seed), "Мы жили в \(town) год.", town)
            #expect(NameStandIn.Ending(ofPhonetic: NameKey.phonetic(standIn)).final == UInt8(ascii: "V"), "key \(seed): \(standIn)")
        }
    }

    /// A place no list holds, in three cases in one text, is one place: one stand-in stem.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4])
    func anUnlistedPlaceKeepsOneStandInAcrossCases(seed: UInt8) throws {
        var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 13 + 9) }
        bytes[0] = seed
        let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
        let spans = engine.detect("Река Тарвага течёт на север, у реки Тарваги стоит дом, через реку Тарвагу идёт мост.")
        let replacements = try ["Тарвага", "Тарваги", "Тарвагу"].map { word in
            try #require(spans.first { $0.text == word }?.replacement, "\(word) was not replaced")
        }
        // The same stand-in, or its case forms: a common stem with at most two letters after it.
        for replacement in replacements.dropFirst() {
            let a = Array(replacement), b = Array(replacements[0])
            var stem = 0
            while stem < min(a.count, b.count), a[stem] == b[stem] { stem += 1 }
            #expect(stem >= 3 && a.count - stem <= 2 && b.count - stem <= 2, "key \(seed): \(replacements)")
        }
    }
}
