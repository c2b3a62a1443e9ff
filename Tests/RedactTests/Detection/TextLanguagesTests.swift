import Testing
@testable import Redact

/// Which languages' ordinary words count as ordinary in a text, told from its letters.
@Suite struct TextLanguagesTests {
    static func languages(_ text: String) -> TextLanguages {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { TextLanguages.of($0) }
    }

    @Test func azerbaijaniTextIsAzerbaijaniAndTurkish() {
        #expect(Self.languages("Gəmi dünən Xəzər dənizində batdı, heyət sağ-salamat qayıtdı.") == [.azerbaijani, .turkish, .schwa])
    }

    /// `ə` marks Azerbaijani against Turkish: the Turkish line has Turkic letters and no `ə`.
    @Test func onlyALineThatWritesSchwaIsMarkedAzerbaijani() {
        #expect(Self.languages("Gəmi dünən Xəzər dənizində batdı, heyət sağ-salamat qayıtdı.").contains(.schwa))
        #expect(!Self.languages("Öğrenciler dün akşam İstanbul'daki toplantıya katıldı.").contains(.schwa))
    }

    @Test func aShortEnglishLineWithAnAzerbaijaniNameMayBeEnglish() {
        #expect(Self.languages("Later Elçin came alone.").contains(.english))
    }

    @Test func englishTextThatNamesAnAzerbaijaniTownStaysEnglish() {
        let found = Self.languages("The workers in Gəncə said that they had not been paid for the whole winter.")
        #expect(found.contains(.english))
    }

    @Test func turkishTextIsTurkishAndAzerbaijani() {
        #expect(Self.languages("Öğrenciler dün akşam İstanbul'daki toplantıya katıldı.") == [.turkish, .azerbaijani])
    }

    @Test func russianTextIsRussian() {
        #expect(Self.languages("Делегация побывала в Старом городе во вторник.") == [.russian])
    }

    @Test func aTextWithoutLettersMayBeAnyLanguage() {
        #expect(Self.languages("+994 50 123 45 67, 12.03.2021") == .all)
    }

    /// An English ordinary word is not ordinary in an Azerbaijani text, and stays so in English.
    @Test func ordinaryWordsAreOrdinaryInTheirOwnLanguages() {
        #expect(Lexicon.word(fold: "pier", in: [.english]).isCommon)
        #expect(!Lexicon.word(fold: "pier", in: [.azerbaijani, .turkish]).isCommon)
        #expect(Lexicon.word(fold: "pier", in: .all).isCommon)
    }
}
