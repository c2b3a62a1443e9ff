import Testing
@testable import Redact

/// Stand-in spellings across scripts: the aligned lists depend on these.
@Suite struct TransliterationTests {
    @Test(arguments: [
        ("Elçin Əliyev", "Эльчин Алиев"),
        ("Yaqub Yusifov", "Ягуб Юсифов"),
        ("Yelena", "Елена"),
        ("Aynur", "Айнур"),
        ("Günel", "Гюнель"),
    ])
    func azerbaijaniToCyrillic(latin: String, cyrillic: String) {
        #expect(Transliteration.azerbaijaniToCyrillic(latin) == cyrillic)
    }

    @Test func asciiSpellings() {
        #expect(Transliteration.azerbaijaniToASCII("Elçin Qasımova") == "Elchin Gasimova")
        #expect(Transliteration.turkishToASCII("Şahin Yılmaz") == "Sahin Yilmaz")
        #expect(Transliteration.russianToASCII("Кузнецова") == "Kuznetsova")
    }
}
