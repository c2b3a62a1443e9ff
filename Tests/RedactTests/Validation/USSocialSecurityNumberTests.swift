import Testing

@testable import Redact

/// The ranges of the SSA's "Social Security Number Randomization" notice (2011): area 000,
/// 666 and 900-999, group 00 and serial 0000 are never issued.
@Suite("USSocialSecurityNumber")
struct USSocialSecurityNumberTests {
    @Test(arguments: [
        "123-45-6789", "123 45 6789", "123456789",
        "001-01-0001",  // lowest issuable
        "899-99-9999",  // highest area
        "665-12-3456", "667-12-3456",  // either side of 666
        "078-05-1120",  // the Woolworth wallet number: voided, but in the issuable ranges
        "078.05.1123",
    ])
    func acceptsIssuableNumbers(_ text: String) {
        #expect(USSocialSecurityNumber.isValid(text[...]))
    }

    @Test(arguments: [
        "000-12-3456",  // area 000
        "666-12-3456",  // area 666
        "900-12-3456", "987-65-4320",  // 9xx: ITINs and the SSA's advertising range
        "999-99-9999",
        "123-00-4567",  // group 00
        "123-45-0000",  // serial 0000
        "123-45-678",  // eight digits
        "123-45-67890",  // ten digits
        "123--45-6789", "-123-45-6789", "123..45.6789",
    ])
    func rejectsNumbersNeverIssued(_ text: String) {
        #expect(!USSocialSecurityNumber.isValid(text[...]))
    }
}
