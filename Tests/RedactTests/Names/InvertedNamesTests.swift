import Testing
@testable import Redact

/// Names written surname first in capitals, a comma, then the given names
/// (`Names/InvertedNames.swift`): one person's span, surname, comma and given names; a
/// dateline, an acronym or a country before a comma is no surname. Names invented for these
/// tests; expected finds of every name label marked `[[text|LABEL]]` (PERSON when unlabelled),
/// and a line without marks must give none.
enum InvertedNameCases {
    static let lines = [
        // A listed given name after an unknown surname in capitals.
        "SUSPECT: [[VARNHOLT, Kevin]], approx. 30 yrs",
        // No list holds the given name: the shape of a field (a column of a court list) says it.
        "14:00 | 2401WM00517 | [[OKONTEBI, Temiladun]] | 52 | speeding",
        // A hyphenated surname whole, and every given name (`Anne` is also Turkish "mother").
        "VICTIM: [[DRAVELLIN-KORSH, Mirela Anne]]          DOB: 07/22/1988",
        // Two surnames; a given name that is a word of another language (`Ana`).
        "In the Matter of: [[QUERALTO BENASCO, Ana Maribel]]          File No.",
        // A surname that is also an ordinary word (`SMITH`) and an initial with its dot.
        "Witness [[SMITH, John Paul]] said.",
        "Name: [[DELVAUX-MERET, Jean-Baptiste R.]]          Client ID: 448",
        // Russian registers write names so too.
        "Заявитель: [[ПЕРЕВАЛОВ, Игорь Сергеевич]], 1985 г.р.",
        // A dateline is a place, not a surname; the person after it is one by herself.
        "[[LONDON|LOCATION]], [[Emily Carvath]] reports.",
        // Names written given name first with the surname in capitals, listed with commas, are
        // each one person.
        "Gözaltına alınanlar: [[Yavuz KERTENLİ]], [[Enis DORVALAN]] ve [[Hatice SÜRMELİK]].",
        // Ordinary words, countries and acronyms in capitals before a comma are none.
        "IMPORTANT, Please read the notice.",
        "USA, Canada and Mexico signed.",
    ]
}

@Suite struct InvertedNamesTests {
    @Test(arguments: InvertedNameCases.lines) func lines(_ marked: String) { NameCases.check(marked) }

    /// A body's name after a comma is no given name, though its first word is one (`Adalet`):
    /// no person is made of the capitals before it and the ministry's first word.
    @Test func aBodyAfterTheCommaIsNoGivenName() {
        let found = NameCases.found("TARVENSAY, Adalet Bakanlığı'nın tasarısını inceledi.")
        #expect(found.contains("Adalet Bakanlığı|ORGANIZATION"))
        #expect(!found.contains { $0.hasSuffix("|PERSON") })
    }
}
