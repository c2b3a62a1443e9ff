import Testing

@testable import Redact

@Suite("PhoneNumberPlan")
struct PhoneNumberPlanTests {
    /// Realistic numbers in the ways people write them, with the region that reads them.
    @Test(arguments: [
        ("+994 50 123 45 67", PhoneRegion.az), ("+994501234567", .az), ("050 123 45 67", .az),
        ("(012) 493-12-34", .az), ("00994 50 123 45 67", .az),
        ("+7 912 345-67-89", .ru), ("8 (912) 345-67-89", .ru), ("+7 (495) 123-45-67", .ru),
        ("89123456789", .ru),
        ("+7 727 123 4567", .kz), ("8 (701) 123 45 67", .kz),
        ("+90 532 123 45 67", .tr), ("0532 123 45 67", .tr), ("(0212) 123 45 67", .tr),
        ("+31 6 12345678", .nl), ("020 123 4567", .nl), ("06-12345678", .nl),
        ("+44 7700 900123", .gb), ("020 7946 0018", .gb), ("+44 (0)20 7946 0018", .gb),
        ("+44 020 7946 0018", .gb), ("07700 900 123", .gb), ("0161 496 0000", .gb),
        ("+1 (202) 555-0143", .us), ("212-555-0199", .us), ("1 212 555 0199", .us),
        ("212.555.0199", .us), ("+1 416 555 0123", .ca),
        ("+49 30 1234567", .de), ("030 1234567", .de), ("+49 1512 3456789", .de),
        ("0151 23456789", .de), ("089/1234567", .de), ("+49 (0)89 1234567", .de),
    ])
    func acceptsRealisticNumbers(_ text: String, _ region: PhoneRegion) {
        // Some national forms fit several regions ("030 1234567" is Berlin and Utrecht), so
        // only the named region is checked, plus acceptance with no region given.
        #expect(PhoneNumberPlan.read(text[...], regions: [region])?.region == region)
        #expect(Validator.phone(regions: []).accepts(text[...]))
        #expect(Validator.phone(regions: [region]).accepts(text[...]))
    }

    /// Numbers that look like phone numbers to a pattern but are not.
    @Test(arguments: [
        "2019", "2019-2021", "1990–1995", "1990-1995", "1,299.00", "12 500", "1 000 000",
        "250000", "12:30", "12.30", "1.2.3", "10.0.19045", "12.05.2021", "05.12.2021",
        "05/12/2021", "2021-05-12", "01.05.21", "102", "112", "911", "+1 911", "+7 112",
        // Too short or too long for every region.
        "+994 50 123 45 6", "+994 50 123 45 678", "8 912 345-67-8", "8 912 345-67-890",
        "+90 532 123 45 6", "+44 7700 9001234", "212-555-019", "+49 1512 345678",
        // Unassigned or non-personal ranges.
        "+994 30 123 45 67", "+7 612 345 67 89", "+1 (555) 555-0143", "+1 (202) 055-0143",
        "+1 (202) 155-0143", "+1 (202) 911-0143", "0800 123 4567", "8 800 123 45 67",
        "+800 1234 5678", "+33 1 23 45 67 89",
        // Not a phone number's characters or layout.
        "+994 50 123 45 67x", "050 123 45 67 ", " 050 123 45 67", "050--123-45-67",
        "050 123+45 67", "+ 994 50 123 45 67", "(050 123 45 67", "050) 123 45 67",
        "((050)) 123 45 67", "050_123_45_67", "٠٥٠ ١٢٣ ٤٥ ٦٧", "", "+",
    ])
    func rejectsLookAlikes(_ text: String) {
        #expect(PhoneNumberPlan.read(text[...], regions: []) == nil)
        #expect(!Validator.phone(regions: []).accepts(text[...]))
    }

    /// One digit short or long for the region named (other regions may still read them).
    @Test(arguments: [
        ("050 123 45 6", PhoneRegion.az), ("050 123 45 678", .az), ("0532 123 45 6", .tr),
        ("0532 123 45 678", .tr), ("020 123 456", .nl), ("020 123 45678", .nl),
        ("020 7946 001", .gb), ("020 7946 00189", .gb), ("212-555-01999", .us),
        ("8 (727) 123 45 6", .kz), ("030 12", .de), ("0151 2345678", .de),
    ])
    func rejectsWrongLengthForRegion(_ text: String, _ region: PhoneRegion) {
        #expect(PhoneNumberPlan.read(text[...], regions: [region]) == nil)
    }

    @Test func regionListLimitsTheRegionsTried() {
        #expect(PhoneNumberPlan.read("+7 727 123 4567", regions: [.ru]) == nil)
        #expect(PhoneNumberPlan.read("+7 727 123 4567", regions: [.kz])?.region == .kz)
        #expect(PhoneNumberPlan.read("+7 912 345 67 89", regions: [.kz]) == nil)
        #expect(PhoneNumberPlan.read("050 123 45 67", regions: [.tr, .de]) == nil)
        #expect(PhoneNumberPlan.read("+1 416 555 0123", regions: [.us]) == nil)
        #expect(PhoneNumberPlan.read("+1 202 555 0123", regions: [.ca]) == nil)
        #expect(PhoneNumberPlan.read("+1 202 555 0123", regions: [.ca, .us])?.region == .us)
    }

    @Test func readingLocatesTheNationalNumber() throws {
        let international = try #require(PhoneNumberPlan.read("+44 (0)20 7946 0018", regions: []))
        #expect(String(decoding: international.nationalNumber, as: UTF8.self) == "2079460018")
        let national = try #require(PhoneNumberPlan.read("8 (912) 345-67-89", regions: []))
        #expect(national.nationalStart == 1)
        #expect(String(decoding: national.nationalNumber, as: UTF8.self) == "9123456789")
        let prefixed = try #require(PhoneNumberPlan.read("0049 30 1234567", regions: []))
        #expect(prefixed.nationalStart == 4)
    }

    @Test(arguments: [
        (PhoneRegion.az, 994, "0"), (.ru, 7, "8"), (.kz, 7, "8"), (.tr, 90, "0"), (.nl, 31, "0"),
        (.gb, 44, "0"), (.us, 1, "1"), (.ca, 1, "1"), (.de, 49, "0"),
    ])
    func callingCodesAndTrunkPrefixes(_ region: PhoneRegion, _ code: Int, _ trunk: String) {
        #expect(region.callingCode == code)
        #expect(region.nationalPrefix == trunk)
    }

    /// libphonenumber's own example fixed-line and mobile numbers are valid, and one digit
    /// more or less is not.
    @Test(arguments: [
        (PhoneRegion.az, "123123456"), (.az, "401234567"), (.ru, "3011234567"),
        (.ru, "9123456789"), (.kz, "7123456789"), (.kz, "7710009998"), (.tr, "2123456789"),
        (.tr, "5012345678"), (.nl, "101234567"), (.nl, "612345678"), (.gb, "1212345678"),
        (.gb, "7400123456"), (.us, "2015550123"), (.ca, "5062345678"), (.de, "15123456789"),
    ])
    func acceptsMetadataExamples(_ region: PhoneRegion, _ nsn: String) {
        #expect(region.isValidNationalSignificantNumber(nsn))
        #expect(!region.isValidNationalSignificantNumber(nsn + "0"))
        #expect(!region.isValidNationalSignificantNumber(String(nsn.dropLast())))
    }

    @Test func germanNumbersHaveVariableLength() {
        // Berlin numbers from five to fifteen digits; 0800 is toll-free, not a fixed line.
        #expect(PhoneRegion.de.isValidNationalSignificantNumber("30123"))
        #expect(PhoneRegion.de.isValidNationalSignificantNumber("30123456"))
        #expect(PhoneRegion.de.isValidNationalSignificantNumber("301234567890123"))
        #expect(!PhoneRegion.de.isValidNationalSignificantNumber("3012"))
        #expect(!PhoneRegion.de.isValidNationalSignificantNumber("3012345678901234"))
        #expect(PhoneRegion.de.isValidNationalSignificantNumber("2211234567"))
        #expect(!PhoneRegion.de.isValidNationalSignificantNumber("8001234567"))
        #expect(!PhoneRegion.de.isValidNationalSignificantNumber("1512345678"))
    }

    @Test func northAmericanExchangeRules() {
        #expect(PhoneRegion.us.isValidNationalSignificantNumber("2125550199"))
        #expect(!PhoneRegion.us.isValidNationalSignificantNumber("2120550199"))  // 0XX exchange
        #expect(!PhoneRegion.us.isValidNationalSignificantNumber("2121550199"))  // 1XX exchange
        #expect(!PhoneRegion.us.isValidNationalSignificantNumber("2124110199"))  // N11 exchange
        #expect(PhoneRegion.us.isValidNationalSignificantNumber("2124120199"))
        #expect(!PhoneRegion.us.isValidNationalSignificantNumber("2115550199"))  // N11 area
        #expect(!PhoneRegion.us.isValidNationalSignificantNumber("4165550199"))  // Canadian
        #expect(PhoneRegion.ca.isValidNationalSignificantNumber("4165550199"))
    }

    @Test(arguments: ["", "12a4567890", "+994501234567", "50 123 45 67"])
    func nationalNumberMustBeDigitsOnly(_ text: String) {
        #expect(!PhoneRegion.az.isValidNationalSignificantNumber(text))
    }

    @Test func everyRegionHasATable() {
        for region in PhoneRegion.allCases {
            #expect(!PhoneNumberPlan.blocks(for: region).isEmpty, "\(region)")
            for block in PhoneNumberPlan.blocks(for: region) {
                #expect(!block.prefixes.isEmpty)
                for prefix in block.prefixes + block.excluded {
                    #expect((1...3).contains(prefix.count))
                    #expect(prefix.allSatisfy { $0 >= 0x30 && $0 <= 0x39 })
                }
            }
        }
    }

    @Test(arguments: [
        ([2, 2, 4], [0x2E, 0x2E], true), ([4, 2, 2], [0x2D, 0x2D], true),
        ([1, 1, 2], [0x2F, 0x2F], true), ([2, 2, 4], [0x2E, 0x2D], false),
        ([2, 2, 4], [0, 0], false), ([3, 2, 4], [0x2E, 0x2E], false),
        ([2, 2, 2, 2], [0x2E, 0x2E, 0x2E], false),
    ] as [([Int], [UInt32], Bool)])
    func dateShapes(_ groups: [Int], _ marks: [UInt32], _ isDate: Bool) {
        #expect(PhoneNumberPlan.looksLikeDate(groups, marks) == isDate)
    }
}
