import Testing
@testable import Redact

/// Headings written in capitals (`Names/CapitalsView.swift`): the names in them are found as in
/// ordinary writing, with spans cut from the text as written; acronyms, codes, labels and
/// ordinary words in capitals are not made names. Names invented for these tests; expected
/// finds of every name label marked `[[text|LABEL]]`, and a line without marks must give none.
enum CapitalsCases {
    static let headings = [
        // `OF`, `FOR`, `THE` link the court to its district as `of`, `for`, `the` do; `OF` is
        // no Turkish town, `HUMAN` no place.
        "[[UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT|ORGANIZATION]] OF [[OHIO|LOCATION]]",
        "IN THE [[EUROPEAN COURT OF HUMAN RIGHTS|ORGANIZATION]]",
        "NOTICE OF HEARING",
        // A given name, a middle initial and a surname are a person's, in capitals too.
        "[[DORVENA R. HALLOWICK]], Plaintiff, v. [[TARVEX HOLDINGS CORP.|ORGANIZATION]], Defendant.",
        // Turkish capitals: `I` is the capital of `ı`; a court numbered within its seat.
        "[[ANKARA 7. AĞIR CEZA MAHKEMESİ|ORGANIZATION]]\nEsas No: 2023/291",
        "[[LONDON BOROUGH OF TARVERSHAM|ORGANIZATION]], [[PARKING SERVICES|ORGANIZATION]]",
        // `T.C.` (the Republic) is no person's initials before a court's seat.
        "T.C.\n[[ESKİŞEHİR 4. ASLİYE HUKUK MAHKEMESİ|ORGANIZATION]]",
        // A field's label in capitals stays a label: `ARA` is a given name too.
        "ARA KARAR: 1- Sanığın tutukluluk halinin devamına",
        // Codes written in capitals in any text stay codes.
        "SWIFT: TRVXAZ22, VIN WVWZZZ3CZ9E512874",
        // A section's Roman number at a line's start is a number.
        "II. OLAY VE OLGULAR",
        // One word in capitals among lower-case ones keeps its acronym's reading.
        "Material went to the [[FBI|ORGANIZATION]] and the [[CIA|ORGANIZATION]] today.",
        // Russian capitals are read as written, their prepositions and a town's abbreviation
        // after them in lower case: the bailiffs' service, the country and the town are one body.
        "[[ГУФССП РОССИИ ПО Г. МОСКВЕ|ORGANIZATION]]",
        "[[ВЕРХОВНЫЙ СУД РОССИЙСКОЙ ФЕДЕРАЦИИ|ORGANIZATION]] № 5-КГ23-97-К2",
    ]
}

@Suite struct CapitalsViewTests {
    @Test(arguments: CapitalsCases.headings) func headings(_ marked: String) { NameCases.check(marked) }

    /// The view has the text's length, changes only the stretches in capitals, and leaves
    /// acronyms, codes and a stretch of acronyms alone as written.
    @Test func theViewKeepsLengthAndAcronyms() throws {
        let detector = ContextModelFixture.detector(model: nil)
        func view(_ text: String) -> String? {
            let units = Array(text.utf16)
            var tokens: [WordToken] = []
            return units.withUnsafeBufferPointer { buffer in
                WordSegmenter().segment(buffer, into: &tokens)
                return detector.capitalsView(buffer, tokens: tokens).map { String(decoding: $0, as: UTF16.self) }
            }
        }
        #expect(view("ACH PAYROLL RIVERBEND ORTHOPEDICS QXR ID 9930418827")
                == "ACH Payroll Riverbend Orthopedics QXR ID 9930418827")
        #expect(view("GÜMRÜK MUHAFAZA KAÇAKÇILIK VE İSTİHBARAT MÜDÜRLÜĞÜ") == "Gümrük Muhafaza Kaçakçılık ve İstihbarat Müdürlüğü")
        #expect(view("UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT, SWIFT CODE")
                == "United States Court of Appeals for the Ninth Circuit, SWIFT Code")
        // Acronyms alone, a label, and one word in capitals: no view.
        #expect(view("материал направлен в СО ОМВД России") == nil)
        #expect(view("ELÇİN HÜSEYNOV: Mən orada idim.") == nil)
        #expect(view("the FBI said on Monday") == nil)
        for text in ["УПОЛНОМОЧЕННЫЙ ПО ПРАВАМ ЧЕЛОВЕКА В ОБЛАСТИ", "İNSAN HÜQUQLARI ÜZRƏ MÜVƏKKİL APARATI"] {
            let written = try #require(view(text))
            #expect(written.utf16.count == text.utf16.count)
        }
        #expect(view("УПОЛНОМОЧЕННЫЙ ПО ПРАВАМ ЧЕЛОВЕКА В ОБЛАСТИ") == "УПОЛНОМОЧЕННЫЙ по ПРАВАМ ЧЕЛОВЕКА в ОБЛАСТИ")
        #expect(view("İNSAN HÜQUQLARI ÜZRƏ MÜVƏKKİL APARATI") == "İnsan Hüquqları üzrə Müvəkkil Aparatı")
    }
}
