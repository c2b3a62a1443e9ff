import Testing

@testable import Redact

@Suite("PhoneStandIn")
struct PhoneStandInTests {
    /// Originals, the region they are meant for, and the number of leading digits (country
    /// code or trunk prefix plus the operator or area code) the stand-in must keep.
    @Test(arguments: [
        ("+994 50 123 45 67", PhoneRegion.az, 5), ("+994501234567", .az, 5),
        ("050 123 45 67", .az, 3), ("(012) 493-12-34", .az, 3), ("00994 50 123 45 67", .az, 7),
        ("+7 912 345-67-89", .ru, 4), ("8 (912) 345-67-89", .ru, 4), ("+7 727 123 4567", .kz, 4),
        ("+90 532 123 45 67", .tr, 5), ("0532 123 45 67", .tr, 4),
        ("+31 6 12345678", .nl, 4), ("020 123 4567", .nl, 3),
        ("+44 7700 900123", .gb, 6), ("020 7946 0018", .gb, 3), ("+44 (0)20 7946 0018", .gb, 5),
        ("0161 496 0000", .gb, 4),
        ("+1 (202) 555-0143", .us, 4), ("212-555-0199", .us, 3), ("1 212 867 5309", .us, 4),
        ("+49 30 1234567", .de, 4), ("030 1234567", .de, 3), ("+49 1512 3456789", .de, 6),
        ("0228 1234567", .de, 4), ("033056 12345", .de, 5), ("+49 33056 12345", .de, 6),
    ])
    func staysAValidNumberOfTheSameKind(_ original: String, _ region: PhoneRegion, _ kept: Int) {
        let keptDigits = ChecksumStandIn.asciiDigits(of: original[...]).prefix(kept)
        StandInCheck.check(
            original, { PhoneStandIn.make(like: $0, regions: [region], random: &$1) }
        ) { standIn in
            Validator.phone(regions: [region]).accepts(standIn[...])
                && ChecksumStandIn.asciiDigits(of: standIn[...]).prefix(kept) == keptDigits
        }
        // With no region given the number may be read as another region's (national forms
        // overlap: "020 …" is Amsterdam and Baku); it must still validate the same way.
        StandInCheck.check(
            original, { PhoneStandIn.make(like: $0, regions: [], random: &$1) }
        ) { standIn in
            Validator.phone(regions: []).accepts(standIn[...])
        }
    }

    @Test(arguments: ["+1 (202) 867-5309", "212-555-0199", "+1 416 234 5678"])
    func northAmericanNumbersUseTheFictionalRange(_ original: String) {
        for seed in 0..<200 {
            var random = StandInCheck.random(seed)
            let standIn = PhoneStandIn.make(like: original[...], regions: [], random: &random)
            let digits = ChecksumStandIn.asciiDigits(of: standIn[...]).suffix(7)
            #expect(Array(digits.prefix(5)) == [5, 5, 5, 0, 1], "\(standIn)")
        }
    }

    @Test func notAPhoneNumberFallsBackToShape() {
        var random = StandInCheck.random(2)
        let standIn = PhoneStandIn.make(like: "12:30", regions: [], random: &random)
        #expect(StandInCheck.sameLayout("12:30", standIn))
        #expect(standIn != "12:30")
    }
}
