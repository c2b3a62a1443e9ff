import Testing

@testable import Redact

@Suite("Luhn")
struct LuhnTests {
    /// Published test card numbers and a synthetic IMEI.
    @Test(arguments: [
        "4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444",
        "378282246310005", "3782 822463 10005", "6011111111111117", "4012888888881881",
        "490154203237518", "79927398713",
        "4111.1111.1111.1111",  // printed with dots, as some banks' statements do
    ])
    func acceptsValidNumbers(_ text: String) {
        #expect(Luhn.isValid(text[...]))
    }

    @Test(arguments: [
        "4111111111111112",  // check digit off by one
        "4111111111111110",  // check digit off by one
        "79927398731",  // last two digits swapped
        "4111 1111 1111 111",  // a digit short
        "0000 0000 0000 0000",  // passes the arithmetic, but a placeholder
        "18", "0",  // too short to mean anything
        "41111111111111111111",  // 20 digits
        "4111  1111 1111 1111", " 4111111111111111", "4111111111111111-",
        "4111..1111.1111.1111", "4111111l11111111",
    ])
    func rejectsLookAlikes(_ text: String) {
        #expect(!Luhn.isValid(text[...]))
    }

    @Test func checkDigitCompletesPayload() {
        #expect(Luhn.checkDigit(for: [7, 9, 9, 2, 7, 3, 9, 8, 7, 1] as [UInt8]) == 3)
        #expect(Luhn.checkDigit(for: [4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] as [UInt8]) == 1)
    }
}
