import Testing
@testable import Redact

/// Russian nouns found in their case forms, with the final letters the default rule set lists
/// (`org.noun-final-letters`).
@Suite struct RussianNounFormsTests {
    static let rules = NameCases.engine.compiled.nameRules

    @Test func caseFormsOfListedHeadsAreFound() {
        let heads = Self.rules.orgHeads
        for word in ["министерство", "министерства", "министерством", "министерствами", "прокуратуру", "прокуратурой",
                     "суда", "суде", "управлению", "службы"] {
            #expect(heads.contains(formOf: word), "\(word)")
        }
    }

    /// More than three letters after the stem is another word (`судебный`); a word that only
    /// starts like a form (`судья`) is caught by `org.not-heads`, not here.
    @Test func otherWordsAndLongerTailsAreNot() {
        let heads = Self.rules.orgHeads
        for word in ["министр", "судебный", "прокуратурами-2", "служащий", "управленческий", "советский"] {
            #expect(!heads.contains(formOf: word), "\(word)")
        }
    }

    /// Without final letters, a noun's stem is the noun itself: only longer forms match.
    @Test func theFinalLettersComeFromTheList() {
        let bare = RussianNounForms(["больница"], finalLetters: [])
        #expect(bare.contains(formOf: "больницам"))
        #expect(!bare.contains(formOf: "больницу"))
        let listed = RussianNounForms(["больница"], finalLetters: ["а"])
        #expect(listed.contains(formOf: "больницу"))
    }
}
