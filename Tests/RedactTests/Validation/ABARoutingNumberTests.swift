import Testing

@testable import Redact

/// ABA routing numbers: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10), and a
/// Federal Reserve routing symbol (00-12, 21-32, 61-72, 80) in front.
@Suite("ABARoutingNumber")
struct ABARoutingNumberTests {
    /// Federal Reserve Banks' own routing numbers, as published in the Fed's E-Payments
    /// Routing Directory, and two large banks' published numbers.
    @Test(arguments: ["011000015", "021000021", "111000025", "122105155", "121000358", "0110-0001-5"])
    func acceptsPublishedRoutingNumbers(_ text: String) {
        #expect(ABARoutingNumber.isValid(text[...]))
    }

    @Test(arguments: [
        "011000016", "021000022",  // check digit off by one
        "130000009",  // 13 is no routing symbol, though the checksum holds
        "500000005", "990000000",
        "000000000",
        "01100001", "0110000150",
    ])
    func rejectsLookAlikes(_ text: String) {
        #expect(!ABARoutingNumber.isValid(text[...]))
    }

    @Test func checkDigitCompletesTheNumber() {
        #expect(ABARoutingNumber.checkDigit(for: [0, 2, 1, 0, 0, 0, 0, 2]) == 1)
        #expect(ABARoutingNumber.checkDigit(for: [1, 2, 2, 1, 0, 5, 1, 5]) == 5)
    }
}
