import Testing

@testable import Redact

/// The 11-proof (elfproef) of the BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11.
@Suite("DutchBSN")
struct DutchBSNTests {
    @Test(arguments: [
        "111222333",  // the example number of the Dutch government's test environments
        "123456782", "1234.56.782", "1234 56 782",
        "12345672",  // eight digits: read as 012345672
    ])
    func acceptsNumbersPassingTheProof(_ text: String) {
        #expect(DutchBSN.isValid(text[...]))
    }

    @Test(arguments: [
        "111222334", "123456789", "123456781",
        "000000000",  // passes the arithmetic, never issued
        "1234567", "1234567890",
        "1234..56.782",
    ])
    func rejectsNumbersFailingTheProof(_ text: String) {
        #expect(!DutchBSN.isValid(text[...]))
    }

    @Test(arguments: [("11122233", 3), ("12345678", 2)])
    func checkDigitCompletesTheProof(_ payload: String, _ expected: Int) {
        let digits = payload.unicodeScalars.map { UInt8($0.value - 0x30) }
        #expect(DutchBSN.checkDigit(for: digits) == UInt8(expected))
    }
}
