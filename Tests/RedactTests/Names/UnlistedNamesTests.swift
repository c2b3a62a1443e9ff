import Testing
@testable import Redact

/// Names no list holds, found by their capital inside an Azerbaijani, Turkish or Russian
/// sentence (`Names/UnlistedNames.swift`), and the capitalized ordinary words that are not.
/// Every name here is invented; the label is the context model's guess, so these tests ask
/// only whether the word is found, and that its confidence says the kind is a guess.
@Suite struct UnlistedNamesTests {
    static func names(_ text: String) -> [DetectedSpan] {
        NameCases.engine.detect(text).filter { NameCases.nameLabels.contains($0.label) }
    }

    @Test(arguments: [
        ("Bu ölkə 1999-cu ildə yaradılmış Tarvozonanın həmtəsisçisidir.", "Tarvozonanın"),
        ("Yük gəmiləri Tarvoskdan keçərək limana çatdı.", "Tarvoskdan"),
        ("Поэтому санкции российского Тарвосельхоза серьёзно ударят по экономике.", "Тарвосельхоза"),
    ])
    func anUnlistedWordInsideASentenceIsAName(_ text: String, _ word: String) {
        let found = Self.names(text).filter { $0.text.hasPrefix(word) }
        #expect(found.count == 1, "\(word) not found in: \(text) → \(Self.names(text).map(\.text))")
        #expect(found.first?.confidence == "low", "a capital alone says nothing of the kind: \(found.map(\.confidence))")
    }

    @Test(arguments: [
        // A document's name capitalized as a title; Azerbaijani web text writes it in lower case.
        "Nazir enerji sahəsində əməkdaşlıq haqqında Bəyannaməni imzaladı.",
        // A title before an apostrophe suffix.
        "Toplantıda Başbakan'ın açıklaması okundu.",
        // A people, in the plural.
        "Ölkədə fransız dilində danışan Frankofonlar da yaşayır.",
        // A country's people.
        "Onun qonşusu bir Kanadalı idi.",
        // The first word of a quoted title.
        "O, \"Tərkibində zəif əlaqələr olan sistemlər\" mövzusunda çıxış etdi.",
        // A word at the start of a sentence.
        "Dünən yağış yağdı. Varnodrin çayı daşdı.",
    ])
    func ordinaryCapitalizedWordsAreNot(_ text: String) {
        let found = Self.names(text).map(\.text).filter { !$0.hasPrefix("Varnodrin") }
        #expect(found.isEmpty, "\(text) → \(found)")
    }

    /// Ordinary Azerbaijani words capitalized as subjects' names, which the context model alone
    /// reads as places: web text writes them in lower case (`lowercase-words-az.tsv`).
    @Test func ordinaryAzerbaijaniWordsNeedMoreThanTheModel() {
        let found = Self.names("Tələbələr burada Sosiologiya və Texnologiya fənlərini öyrənir.")
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    /// A form of a name found elsewhere in the text is that name: linked, with its kind and
    /// its suffix outside, not a guess of its own.
    @Test func aFormOfAFoundNameIsLinkedToIt() {
        let found = Self.names("O, Tarvislan şəhərində yaşadı. Sonra ailəsi Tarvislandan köçdü, amma Tarvislanı unutmadı.")
        #expect(found.map(\.text) == ["Tarvislan", "Tarvislan", "Tarvislan"])
        #expect(Set(found.map(\.label)) == ["LOCATION"])
    }

    /// An English line capitalizes much more than names: a word no list holds stays.
    @Test func anEnglishLineIsLeftToTheOtherRules() {
        let found = Self.names("The committee said the Varnolding rules would apply to the whole region from today.")
        #expect(found.isEmpty, "\(found.map(\.text))")
    }
}
