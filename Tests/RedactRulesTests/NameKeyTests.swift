import RedactRules
import Testing

@Suite struct NameKeyTests {
    /// Spellings of one name in Azerbaijani, English transliteration and Russian Cyrillic.
    @Test(arguments: [
        ["Elçin", "Elchin", "Эльчин", "ELÇİN", "Elç\u{00AD}in", "Elç\u{0327}in".replacingOccurrences(of: "ç\u{0327}", with: "c\u{0327}")],
        ["Hüseynov", "Huseynov", "Guseynov", "Гусейнов", "HÜSEYNOV"],
        ["Gəncə", "Ganja", "Gyandzha", "Гянджа"],
        ["Şəki", "Sheki", "Шеки"],
        ["Məmmədov", "Mammadov", "Мамедов"],
        ["Əliyev", "Aliyev", "Aliev", "Алиев"],
        ["Yelena", "Elena", "Елена"],
    ])
    func spellingsOfOneNameShareThePhoneticKey(_ spellings: [String]) {
        let keys = Set(spellings.map { NameKey.phonetic($0) })
        #expect(keys.count == 1, "\(spellings) → \(keys)")
    }

    @Test func differentNamesKeepDifferentKeys() {
        let names = ["Elçin", "Rəşad", "Günel", "Hüseynov", "Məmmədov", "Quliyev", "Gəncə", "Şəki", "Bakı", "Anna", "Ivan", "Ayşe"]
        #expect(Set(names.map { NameKey.phonetic($0) }).count == names.count)
    }

    @Test func exactKeyFoldsCaseTurkicIAndDisguises() {
        #expect(NameKey.fold("İZMİR") == "izmir")
        #expect(NameKey.fold("Izmir") == "izmir")
        #expect(NameKey.fold("Elç\u{200B}in") == "elçin")
        // A Cyrillic а and е inside a Latin word are read as the Latin letters they look like.
        #expect(NameKey.fold("Hüs\u{0435}ynov") == "hüseynov")
        #expect(NameKey.fold("Elçin") != NameKey.fold("Elcin"))
    }
}
