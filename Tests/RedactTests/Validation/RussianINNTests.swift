import Testing

@testable import Redact

@Suite("RussianINN")
struct RussianINNTests {
    /// Synthetic numbers built with the published algorithms.
    @Test(arguments: [
        "3904047960", "7697251024", "8346468693",  // organisations, 10 digits
        "689693504973", "358991394477", "217715162004",  // individuals, 12 digits
    ])
    func acceptsValidNumbers(_ text: String) {
        #expect(RussianINN.isValid(text[...]))
    }

    @Test(arguments: [
        "3904047961", "3904047969",  // 10-digit check off by one
        "689693504983",  // 11th digit off by one
        "689693504974",  // 12th digit off by one
        "0000000000", "000000000000",  // region 00 is never issued
        "390404796",  // nine digits
        "39040479600",  // eleven digits
        "3904O47960",  // letter O for zero
    ])
    func rejectsLookAlikes(_ text: String) {
        #expect(!RussianINN.isValid(text[...]))
    }

    @Test func checkDigitWritesTenAsZero() {
        // Weighted sum 10 (mod 11): the check digit is 0, not 10.
        let digits: [UInt8] = [5, 0, 0, 0, 0, 0, 0, 0, 0]
        #expect(RussianINN.checkDigit(digits, weights: RussianINN.weights10) == 0)
        #expect(RussianINN.isValid(digits: digits + [0]))
        #expect(!RussianINN.isValid(digits: digits + [1]))
    }
}
