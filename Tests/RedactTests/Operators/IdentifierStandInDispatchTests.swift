import RedactRules
import Testing
@testable import Redact

/// The default rules' MONEY, TIME, COORDINATES and postcode finds reach their own stand-in
/// generators through the pseudonymizer, with the rule set's number words.
@Suite("IdentifierStandInDispatch")
struct IdentifierStandInDispatchTests {
    static func engine() throws -> RedactionEngine {
        try RedactionEngine(configuration: RedactionConfiguration(
            rules: DefaultRules.spec, operators: OperatorTable(defaultOperator: .pseudonym),
            key: try RedactionKey(bytes: Array(repeating: 7, count: 32)), protectedNames: []))
    }

    /// The span of `label` in `text`, and what replaced it.
    static func replaced(_ text: String, label: String) throws -> (String, String) {
        let result = try engine().redact(text)
        let span = try #require(result.spans.first { $0.label == label }, "\(label) in \(text): \(result.spans)")
        return (span.text, span.replacement)
    }

    @Test func defaultGenerators() {
        let lists = DefaultRules.spec.lists
        let rules = DefaultRules.spec.rules
        func kind(_ id: String) -> StandInKind? {
            rules.first { $0.id == id }.map { StandInKind.default(label: $0.label, validator: $0.validator.flatMap(Validator.init(ruleName:))) }
        }
        #expect(kind("money.amount-currency") == .money)
        #expect(kind("money.words.ru") == .money)
        #expect(kind("time.colon") == .time)
        #expect(kind("coordinates.dms") == .coordinates)
        #expect(kind("postcode.az") == .postcode)
        #expect(!NumberWords(lists: lists).tables.isEmpty)
    }

    @Test func moneyKeepsCurrencyAndWords() throws {
        let (original, made) = try Self.replaced("Rüşvət 5 min manat idi.", label: "MONEY")
        #expect(original == "5 min manat")
        #expect(made != original && made.hasSuffix(" min manat"))
        let (words, spelt) = try Self.replaced("Он потребовал пять тысяч рублей.", label: "MONEY")
        #expect(words == "пять тысяч рублей")
        #expect(["шесть тысяч рублей", "семь тысяч рублей"].contains(spelt))
    }

    @Test func timesMoveByOneOffset() throws {
        let result = try Self.engine().redact("Arrived at 14:35, left at 15:05.")
        let times = result.spans.filter { $0.label == "TIME" }
        #expect(times.map(\.text) == ["14:35", "15:05"])
        func minutes(_ s: String) -> Int { let p = s.split(separator: ":"); return Int(p[0])! * 60 + Int(p[1])! }
        let a = minutes(times[0].replacement), b = minutes(times[1].replacement)
        // The half hour between them stays (modulo a day).
        #expect((b - a + 1440) % 1440 == 30)
        #expect(times[0].replacement != "14:35")
    }

    @Test func coordinatesAndPostcodes() throws {
        let (point, moved) = try Self.replaced("Found at 40.4093, 49.8671 on Monday.", label: "COORDINATES")
        #expect(point == "40.4093, 49.8671")
        #expect(GeoCoordinates.isValid(moved[...]) && moved != point)
        let (code, other) = try Self.replaced("Ünvan: Bakı, AZ1000, Nizami küç.", label: "ADDRESS")
        #expect(code == "AZ1000")
        #expect(other.hasPrefix("AZ") && other != code && Postcode.isValid(other[...]))
    }
}
