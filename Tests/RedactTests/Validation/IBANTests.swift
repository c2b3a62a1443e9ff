import Testing

@testable import Redact

@Suite("IBAN")
struct IBANTests {
    /// The example IBANs of the SWIFT registry (fictitious accounts).
    @Test(arguments: [
        "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "gb82 west 1234 5698 7654 32",
        "DE89 3704 0044 0532 0130 00", "NL91 ABNA 0417 1643 00",
        "TR33 0006 1005 1978 6457 8413 26", "AZ21 NABZ 0000 0000 1370 1000 1944",
        "RU0204452560040702810412345678901", "FR1420041010050500013M02606",
        "NO9386011117947", "LC55HEMM000100010012001200023015", "KZ86125KZT5004100100",
        "MT84MALT011000012345MTLCAST001S",
        "GB82-WEST-1234-5698-7654-32",  // dashes for spaces
        "AZ21 NABZ00000000137010001944",  // country and check apart, the rest in one run
        "AZ21 NABZ 00000000 1370 1000 1944",
    ])
    func acceptsValidIBANs(_ text: String) {
        #expect(IBAN.isValid(text[...]))
    }

    @Test(arguments: [
        "GB83 WEST 1234 5698 7654 32",  // check digits off by one
        "GB82 WEST 1234 5698 7654 33",  // account digit changed
        "GB82 WEST 1234 5698 7654 3",  // too short for GB
        "GB82 WEST 1234 5698 7654 321",  // too long for GB
        "NL91 ABNA 0417 1643 0",
        "XX82 WEST 1234 5698 7654 32",  // no such country
        "GB82WE ST12 3456 9876 5432",  // spaces not in groups of four
        "GB82  WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32 ", " GB82WEST12345698765432",
        "GB82-WEST 1234-5698-7654-32",  // two kinds of separator
        "GB82--WEST-1234-5698-7654-32", "GB82 WEST 1234 5698 7654 32-",
        "GB82 WËST 1234 5698 7654 32", "",
        "1234 5678 9012 3456",
    ])
    func rejectsLookAlikes(_ text: String) {
        #expect(!IBAN.isValid(text[...]))
    }

    @Test func refusesCheckDigitsOutsideTwoToNinetyEight() throws {
        // Check digits 00 and 01 satisfy the mod-97 congruence exactly when the proper ones
        // are 97 and 98. Find such accounts and make sure the range rule rejects the aliases
        // even though the arithmetic passes.
        var found = 0
        for n in 0..<2000 {
            let account = String(100_000_000 + n)
            let bban = Array(("WEST12345" + account).utf8)
            let (high, low) = IBAN.checkDigits(country: Array("GB".utf8), bban: bban)
            let proper = Int(high) * 10 + Int(low)
            guard proper >= 97 else { continue }
            let alias = proper - 97
            let chars = Array("GB0\(alias)".utf8) + bban
            #expect(IBAN.remainder(bban + chars[0..<4]) == 1)
            #expect(!IBAN.isValid(compact: chars))
            #expect(IBAN.isValid(compact: Array("GB\(proper)".utf8) + bban))
            found += 1
        }
        #expect(found > 0)
    }

    @Test func lengthTableHasTheRegisteredCountries() {
        #expect(IBAN.lengths.count == 89)
        let expected: [(String, Int)] = [
            ("AZ", 28), ("TR", 26), ("RU", 33), ("NL", 18), ("GB", 22), ("DE", 22), ("NO", 15),
            ("LC", 32), ("KZ", 20),
        ]
        for (code, length) in expected {
            let bytes = Array(code.utf8)
            #expect(IBAN.length(country: bytes[0], bytes[1]) == length, "\(code)")
        }
        let us = Array("US".utf8)
        #expect(IBAN.length(country: us[0], us[1]) == nil)
    }

    @Test func checkDigitsMakeTheRemainderOne() {
        let (high, low) = IBAN.checkDigits(
            country: Array("DE".utf8), bban: Array("370400440532013000".utf8))
        #expect((high, low) == (8, 9))
    }
}
