import Testing

@testable import Redact

/// ICAO Doc 9303 check digits, from the specimens of the specification and of the German
/// issuing authority.
@Suite("MachineReadableCheckDigit")
struct MachineReadableCheckDigitTests {
    @Test(arguments: [
        "L898902C36",  // ICAO 9303 Part 3, the document number of its specimen passport
        "T220001293",  // German identity card specimen (Erika Mustermann)
        "C01X00T478",  // German passport specimen
        "D231458907",
    ])
    func acceptsSpecimens(_ text: String) {
        #expect(MachineReadableCheckDigit.isValid(text[...]))
    }

    @Test(arguments: ["L898902C35", "T220001294", "C01X00T47", "t220001293", "T22000129 3", "3"])
    func rejectsWrongDigitsAndForms(_ text: String) {
        #expect(!MachineReadableCheckDigit.isValid(text[...]))
    }

    @Test func fillerCountsZero() {
        #expect(MachineReadableCheckDigit.checkDigit(for: Array("AB<<".utf8)) == MachineReadableCheckDigit.checkDigit(for: Array("AB00".utf8)))
    }
}
