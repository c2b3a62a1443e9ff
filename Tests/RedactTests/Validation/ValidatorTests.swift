import Testing

@testable import Redact

@Suite("Validator")
struct ValidatorTests {
    static let all: [Validator] = [
        .luhn, .iban, .tckn, .inn, .snils, .ipv4, .ipv6,
        .phone(regions: []), .phone(regions: [.az]), .phone(regions: [.ru, .kz]),
        .phone(regions: PhoneRegion.allCases),
    ]

    @Test(arguments: all)
    func ruleNameRoundTrips(_ validator: Validator) {
        #expect(Validator(ruleName: validator.ruleName) == validator)
    }

    @Test(arguments: [
        ("luhn", Validator.luhn), ("iban", .iban), ("tckn", .tckn), ("inn", .inn),
        ("snils", .snils), ("ipv4", .ipv4), ("ipv6", .ipv6), ("phone", .phone(regions: [])),
        ("phone:AZ", .phone(regions: [.az])), ("phone:RU,KZ", .phone(regions: [.ru, .kz])),
        ("phone:KZ,RU,KZ", .phone(regions: [.kz, .ru])),
    ])
    func parsesRuleNames(_ name: String, _ expected: Validator) {
        #expect(Validator(ruleName: name) == expected)
    }

    @Test(arguments: [
        "", "LUHN", "Luhn", "ipv5", "phone:", "phone:XX", "phone:RU,", "phone:,RU", "phone:ru",
        "phone;RU", "phone: RU", "phones", "iban ",
    ])
    func rejectsUnknownRuleNames(_ name: String) {
        #expect(Validator(ruleName: name) == nil)
    }

    /// Each validator accepts its own kind and rejects the others' examples.
    @Test func dispatchesToTheRightCheck() {
        let examples: [(Validator, String)] = [
            (.luhn, "4111 1111 1111 1111"),
            (.iban, "GB82 WEST 1234 5698 7654 32"),
            (.tckn, "10000000146"),
            (.inn, "689693504973"),
            (.snils, "112-233-445 95"),
            (.ipv4, "192.0.2.1"),
            (.ipv6, "2001:db8::1"),
            (.phone(regions: []), "+994 50 123 45 67"),
        ]
        for (validator, text) in examples {
            for (other, _) in examples {
                #expect(other.accepts(text[...]) == (other == validator), "\(other) on \(text)")
            }
        }
    }

    @Test func phoneRegionListRestrictsRegions() {
        #expect(Validator.phone(regions: [.kz]).accepts("+7 727 123 4567"))
        #expect(!Validator.phone(regions: [.ru]).accepts("+7 727 123 4567"))
        #expect(!Validator.phone(regions: [.ru, .kz]).accepts("050 123 45 67"))
        #expect(Validator.phone(regions: [.ru, .az]).accepts("050 123 45 67"))
    }

    @Test(arguments: [
        ("12345", [1, 2, 3, 4, 5] as [UInt8]?), ("12 34-5", [1, 2, 3, 4, 5]),
        ("1\u{A0}2\u{202F}3", [1, 2, 3]), (" 123", nil), ("123 ", nil), ("1  2", nil),
        ("1--2", nil), ("1.2", nil), ("", nil), ("١٢٣", nil), ("12a", nil),
    ])
    func digitTextReadsDigitsAndSingleSeparators(_ text: String, _ expected: [UInt8]?) {
        #expect(DigitText.digits(text[...]) == expected)
    }
}
