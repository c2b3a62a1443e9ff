import Testing
@testable import Redact

/// A name written in Cyrillic and then, in brackets, in Latin letters (a habit of Russian
/// news: `Фольксваген (Volkswagen)`) is one firm, place or person: the bracketed gloss takes the
/// first name's stand-in in Latin letters, whatever the two spellings sound like. Invented names.
@Suite struct GlossTests {
    private func engine(seed: UInt8) throws -> RedactionEngine {
        var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 29 + 11) }
        bytes[0] = seed
        return try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
    }

    @Test(arguments: [UInt8(0), 1, 2, 3])
    func aLatinGlossTakesTheCyrillicNamesStandIn(seed: UInt8) throws {
        let text = "Руководитель Министерства Тарвинии Борис Тарвенов (Boris Tarvenov) прилетел в Тарвоград (Tarvograd)."
        let spans = try engine(seed: seed).detect(text)
        var checked = 0
        for (cyrillic, latin) in [("Борис Тарвенов", "Boris Tarvenov"), ("Тарвоград", "Tarvograd")] {
            guard let first = spans.first(where: { $0.text == cyrillic || $0.text.hasSuffix(" " + cyrillic) }),
                  let gloss = spans.first(where: { $0.text == latin }) else { continue }
            let standIn = try #require(first.replacement), glossed = try #require(gloss.replacement)
            // The last word (a surname, a place) in Latin letters; a given name of Azerbaijani
            // or Turkish lists keeps their own Latin spelling (`Сагиб`, `Sahib`), so only its
            // initial is compared.
            let words = standIn.split(separator: " ").suffix(cyrillic.split(separator: " ").count).map(String.init)
            let glossWords = glossed.split(separator: " ").map(String.init)
            try #require(glossWords.count == words.count, "key \(seed): \(standIn), \(glossed)")
            #expect(glossWords.last == Transliteration.russianToASCII(words.last!), "key \(seed): \(first.text) → \(standIn), \(latin) → \(glossed)")
            for (w, g) in zip(words, glossWords).dropLast() {
                #expect(Transliteration.russianToASCII(String(w.prefix(1))) == String(g.prefix(1)), "key \(seed): \(standIn), \(glossed)")
            }
            checked += 1
        }
        #expect(checked == 2, "key \(seed): \(spans.map { "\($0.text)|\($0.label)" })")
    }

    /// A name in quotation marks is glossed after them (`«Тарвисстрой» (Tarvisstroy)`,
    /// `"Тарвисстрой" (Tarvisstroy)`): the build before this required the bracket right after the
    /// name, and gave the two spellings unrelated stand-ins.
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func aGlossAfterTheQuotesTakesTheNamesStandIn(seed: UInt8) throws {
        for text in ["Концерн «Тарвисстрой» (Tarvisstroy) открыл завод.", "Газета \"Тарвисстрой\" (Tarvisstroy) пишет."] {
            let spans = try engine(seed: seed).detect(text)
            let first = try #require(spans.first { $0.text == "Тарвисстрой" }, "key \(seed): \(spans.map(\.text))")
            let gloss = try #require(spans.first { $0.text == "Tarvisstroy" }, "key \(seed): \(spans.map(\.text))")
            let standIn = try #require(first.replacement), glossed = try #require(gloss.replacement)
            #expect(glossed == Transliteration.russianToASCII(standIn), "key \(seed): \(standIn), \(glossed)")
        }
    }

    /// An acronym in brackets after a name of words is no spelling of it: it keeps an acronym
    /// for its stand-in (the build before this spelled the name's stand-in in Latin letters in
    /// its place, a phrase for four capitals, and again where the acronym came alone).
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func anAcronymGlossStaysAnAcronym(seed: UInt8) throws {
        let text = "Бюро Тарвинии по патентам и товарным знакам (TBPT) выдало патент. Позже TBPT отказало."
        let spans = try engine(seed: seed).detect(text)
        let acronyms = spans.filter { $0.text == "TBPT" }
        try #require(acronyms.count == 2, "key \(seed): \(spans.map { "\($0.text)|\($0.label)" })")
        for span in acronyms {
            let standIn = try #require(span.replacement)
            #expect(AcronymStandIn.isAcronym(standIn) && standIn != "TBPT", "key \(seed): \(standIn)")
        }
    }
}
