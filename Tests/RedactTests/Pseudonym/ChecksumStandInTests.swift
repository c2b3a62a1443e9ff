import Testing

@testable import Redact

@Suite("ChecksumStandIn")
struct ChecksumStandInTests {
    @Test(arguments: [
        "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444", "3782 822463 10005",
        "6011111111111117",
    ])
    func cardIsLuhnValidWithTheSameNetwork(_ original: String) {
        StandInCheck.check(original, ChecksumStandIn.card) { standIn in
            Validator.luhn.accepts(standIn[...]) && standIn.first == original.first
        }
    }

    @Test(arguments: [
        "GB82 WEST 1234 5698 7654 32", "gb82 west 1234 5698 7654 32", "DE89370400440532013000",
        "NL91 ABNA 0417 1643 00", "AZ21 NABZ 0000 0000 1370 1000 1944",
        "TR33 0006 1005 1978 6457 8413 26", "RU0204452560040702810412345678901",
    ])
    func ibanKeepsCountryLengthAndCase(_ original: String) {
        StandInCheck.check(original, ChecksumStandIn.iban) { standIn in
            let sameClasses = zip(original.unicodeScalars, standIn.unicodeScalars).allSatisfy {
                ShapeStandIn.letterClass(of: $0) == ShapeStandIn.letterClass(of: $1)
            }
            return Validator.iban.accepts(standIn[...]) && standIn.prefix(2) == original.prefix(2)
                && sameClasses
        }
    }

    @Test(arguments: ["10000000146", "49825979160"])
    func tcknIsValid(_ original: String) {
        StandInCheck.check(original, ChecksumStandIn.tckn) { Validator.tckn.accepts($0[...]) }
    }

    @Test(arguments: ["3904047960", "689693504973", "3904 047960"])
    func innIsValidWithTheSameLength(_ original: String) {
        StandInCheck.check(original, ChecksumStandIn.inn) { Validator.inn.accepts($0[...]) }
    }

    @Test(arguments: ["112-233-445 95", "11223344595", "001-001-998 12", "466 109 906 00"])
    func snilsIsValidAndChecked(_ original: String) {
        StandInCheck.check(original, ChecksumStandIn.snils) { standIn in
            // Above the unchecked range, so the check number really is right.
            let digits = ChecksumStandIn.asciiDigits(of: standIn[...])
            let number = digits.prefix(9).reduce(0) { $0 * 10 + Int($1) }
            return Validator.snils.accepts(standIn[...])
                && number > RussianSNILS.lastUncheckedNumber
        }
    }

    @Test func unusableInputFallsBackToShape() {
        var random = StandInCheck.random(3)
        let standIn = ChecksumStandIn.tckn(like: "12-34", random: &random)
        #expect(StandInCheck.sameLayout("12-34", standIn))
        #expect(standIn != "12-34")
    }
}
