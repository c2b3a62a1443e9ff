import Testing
@testable import Redact

@Suite("Postcode")
struct PostcodeTests {
    @Test(arguments: ["AZ1000", "AZ 1065", "123456", "190000", "34000", "06420", "10001-1234", "SW1A 2AA", "M1 1AE",
                      "DN55 1PT", "1012 LG", "2500EA"])
    func acceptsIssuedShapes(_ text: String) {
        #expect(Postcode.isValid(text[...]))
        #expect(Validator(ruleName: "postcode")?.accepts(text[...]) == true)
    }

    /// Russian zones 7–9 and 0, zero ZIP codes, AZ0000, Dutch SA/SD/SS and leading 0, UK inward
    /// letters C I K M O V.
    @Test(arguments: ["723456", "012345", "00000", "10001-0000", "AZ0000", "1012 SS", "0123 AB", "SW1A 2CO", "B33 8IK", "12 34"])
    func rejectsWhatTheFormatsForbid(_ text: String) {
        #expect(!Postcode.isValid(text[...]))
    }
}
