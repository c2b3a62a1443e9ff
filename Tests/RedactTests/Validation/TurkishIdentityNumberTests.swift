import Testing

@testable import Redact

@Suite("TurkishIdentityNumber")
struct TurkishIdentityNumberTests {
    /// "10000000146" is the number published for testing; the others are synthetic.
    @Test(arguments: ["10000000146", "49825979160", "17483378854", "86232860162"])
    func acceptsValidNumbers(_ text: String) {
        #expect(TurkishIdentityNumber.isValid(text[...]))
    }

    @Test(arguments: [
        "10000000147",  // 11th digit off by one
        "10000000156",  // 10th digit off by one
        "10000000136",
        "01000000146",  // leading zero never issued
        "00000000000",  // passes both checks, but starts with 0
        "1000000014",  // ten digits
        "100000001460",  // twelve digits
        "1000000014a", "1000000014 6 ",
    ])
    func rejectsLookAlikes(_ text: String) {
        #expect(!TurkishIdentityNumber.isValid(text[...]))
    }

    @Test func checkDigitsFoldNegativeDifferences() {
        // Odd-position sum 1, even-position sum 36: 7 - 36 = -29, which must give 1, not -9.
        let first9: [UInt8] = [1, 9, 0, 9, 0, 9, 0, 9, 0]
        let (tenth, eleventh) = TurkishIdentityNumber.checkDigits(for: first9)
        #expect(tenth == 1)
        #expect(eleventh == UInt8((1 + 36 + 1) % 10))
    }
}
