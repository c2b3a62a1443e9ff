import Testing
@testable import Redact

@Suite("PostcodeStandIn")
struct PostcodeStandInTests {
    static func make(_ text: String, seed: Int) -> String {
        var r = StandInCheck.random(seed)
        return PostcodeStandIn.make(like: text[...], random: &r)
    }

    /// A code of the same shape that the country's format allows, never the original; the
    /// Azerbaijani prefix kept.
    @Test(arguments: ["AZ1000", "AZ 1065", "123456", "34000", "06420", "10001-1234", "SW1A 2AA", "M1 1AE", "DN55 1PT", "1012 LG", "2500EA"])
    func keepsCountryAndShape(_ original: String) {
        for seed in 0..<200 {
            let made = Self.make(original, seed: seed)
            #expect(made != original)
            #expect(StandInCheck.sameLayout(original, made), "\(original) → \(made)")
            #expect(Postcode.isValid(made[...]), "\(original) → \(made)")
            if original.hasPrefix("AZ") { #expect(made.hasPrefix("AZ")) }
            if original.count == 5 || original.count == 10 {
                let province = Int(made.prefix(2))!
                #expect((1...81).contains(province))
            }
        }
    }
}
