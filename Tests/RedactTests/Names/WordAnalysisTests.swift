import Testing
@testable import Redact

/// How one word is read: a Russian name's case forms go back to the nominative the lists spell.
@Suite struct WordAnalysisTests {
    private static let rules = try! RedactionEngine(configuration: RedactionConfiguration()).compiled.nameRules

    /// A man's name the lists spell as written is its own nominative (`Андрей` is no
    /// instrumental of an `Андря` that sounds like the listed `Andrea`), and its case forms go
    /// back to it (`Андрею` is `Андрей` + `ю`): every form shares one key, so every form is
    /// linked to one person and gets one stand-in.
    @Test(arguments: [["Андрей", "Андрея", "Андрею", "Андреем"], ["Сергей", "Сергея", "Сергею", "Сергеем"],
                      ["Алексей", "Алексея", "Алексею"]])
    func aMansNameAndItsCaseFormsShareOneKey(forms: [String]) {
        let nominative = WordAnalysis.analyze(forms[0], rules: Self.rules)
        #expect(nominative.inflection == nil, "\(forms[0]) read as \(String(describing: nominative.inflection))")
        #expect(nominative.entry?.isMaleGiven == true)
        for form in forms.dropFirst() {
            let a = WordAnalysis.analyze(form, rules: Self.rules)
            #expect(a.keys == nominative.keys, "\(form): \(a.keys), \(forms[0]): \(nominative.keys)")
            #expect(a.entry?.isMaleGiven == true, "\(form)")
        }
    }

    /// A given name only the wider world's list holds (`W`) is a given name as that list
    /// spells it and in Cyrillic letters in every case (`Вольфганга`), with its gender; a
    /// Latin word that only sounds like one is not (`Magna` like `Magne`, `Jorunna` like
    /// `Jorunn`), since the key would make names of ordinary words and abbreviations; nor is a
    /// country's case form in Cyrillic (`Франции` like `Fränzi`).
    @Test func aWorldGivenNameIsOneOnlyAsSpelledOrInCyrillic() {
        for word in ["Wolfgang", "Вольфганг", "Вольфганга", "Jens", "Magne"] {
            let a = WordAnalysis.analyze(word, rules: Self.rules)
            #expect(a.entry?.isWorldGiven == true && a.entry?.isMaleGiven == true, "\(word): \(String(describing: a.entry))")
        }
        for word in ["Magna", "Jorunna", "Франции"] {
            let a = WordAnalysis.analyze(word, rules: Self.rules)
            #expect(a.entry?.isGiven != true, "\(word): \(String(describing: a.entry))")
        }
        // A key the four languages' lists make a given name is theirs, not the world's.
        #expect(WordAnalysis.analyze("Anna", rules: Self.rules).entry?.isWorldGiven == false)
    }

    /// An identifier's or a code of law's abbreviation in capitals (`org.not-acronyms`) is an
    /// ordinary word with no key, whatever name it spells; written as a name it stays one, and
    /// a word that only folds to a listed one (`Aİ`, the EU, to `ai`) is not it.
    @Test func anIdentifiersWordInCapitalsIsNoName() {
        for word in ["IBAN", "SWIFT", "VIN", "TCK", "УПК"] {
            let a = WordAnalysis.analyze(word, rules: Self.rules)
            #expect(a.flags.isCommon && a.entry == nil && a.keys.isEmpty, "\(word): \(a.keys)")
        }
        #expect(!WordAnalysis.analyze("Vin", rules: Self.rules).keys.isEmpty)
        #expect(!WordAnalysis.analyze("Aİ", rules: Self.rules).keys.isEmpty)
    }

    /// Case endings that replace the nominative's still work for names the lists spell in
    /// another form (`Анной` → `Анна`, `Москве` → `Москва`).
    @Test func anObliqueFormStillFindsItsNominative() {
        let anna = WordAnalysis.analyze("Анной", rules: Self.rules)
        #expect(anna.inflection?.nominative == "а" && anna.entry?.isFemaleGiven == true)
        let moscow = WordAnalysis.analyze("Москве", rules: Self.rules)
        #expect(moscow.inflection?.nominative == "а" && moscow.entry?.isPlace == true)
    }

    /// A Cyrillic word no list holds (a foreign surname) keeps, after its own key, the keys of
    /// its stems less a case ending that only drops letters, so that its other case forms
    /// link to it (`Тарвенберга`, `Тарвенбергу`, `Тарвенберг`); an ordinary word gives none
    /// (`Слова` is no form of some `Слов`), nor does a name the lists spell (`Анна`).
    @Test func aWordNoListHoldsLinksToItsCaseStems() {
        let stem = NameKey.phonetic("тарвенберг")
        for form in ["Тарвенберга", "Тарвенбергу", "Тарвенбергом", "Тарвенберге"] {
            let a = WordAnalysis.analyze(form, rules: Self.rules)
            #expect(a.keys.first == NameKey.phonetic(NameKey.fold(form)) || a.keys.first == stem, "\(form): \(a.keys)")
            #expect(a.keys.contains(stem), "\(form): \(a.keys)")
        }
        #expect(WordAnalysis.analyze("Тарвенберг", rules: Self.rules).keys == [stem])
        #expect(WordAnalysis.analyze("Слова", rules: Self.rules).keys.count == 1)
        #expect(WordAnalysis.analyze("Анна", rules: Self.rules).keys.count == 1)
    }
}
