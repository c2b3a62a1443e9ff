/// Stand-ins for phone numbers: a valid number of the same country and kind, in the same
/// layout, with a different subscriber.
public enum PhoneStandIn {
    /// A stand-in for the phone number `original` as read for `regions` (all supported
    /// regions when empty).
    ///
    /// The international or trunk prefix, the country code and the operator or area code
    /// are kept, so the stand-in stays a valid mobile or fixed-line number of the same
    /// country and place; the subscriber digits are drawn at random. Every separator,
    /// parenthesis and the leading "+" stay where they were. North American numbers get the
    /// fictional 555-01XX exchange and line so they can never ring anyone. The result passes
    /// `Validator.phone(regions:)` and differs from `original`. Text that is not a phone
    /// number of those regions (never the case for a validated match) gets a plain
    /// `ShapeStandIn`.
    public static func make(like original: Substring, regions: [PhoneRegion],
        random: inout KeyedRandom
    ) -> String {
        guard let reading = PhoneNumberPlan.read(original, regions: regions) else {
            return ShapeStandIn.make(like: original, random: &random)
        }
        let digits = reading.digits.map { $0 - 0x30 }
        let nationalCount = digits.count - reading.nationalStart
        let region = reading.region
        // Keep the digits that make the number valid (the table prefix) and the ones that
        // name the operator or area, but always leave at least two digits to replace.
        let kept = min(
            max(reading.prefixLength, region.areaCodeLength(reading.nationalNumber)),
            max(nationalCount - 2, reading.prefixLength))
        let firstReplaced = reading.nationalStart + kept

        var fallback: String?
        for attempt in 0..<64 {
            var new = digits
            if region.isNANP && nationalCount == 10 && attempt < 48 {
                // NXX-555-01XX: keep the area code, use the range reserved for fiction.
                let exchange = reading.nationalStart + 3
                new.replaceSubrange(exchange..<(exchange + 4), with: [5, 5, 5, 0])
                new[exchange + 4] = 1
                new[exchange + 5] = UInt8(random.digit())
                new[exchange + 6] = UInt8(random.digit())
            } else {
                for i in firstReplaced..<new.count { new[i] = UInt8(random.digit()) }
            }
            let candidate = ShapeStandIn.replacingDigits(of: original, with: new)
            guard candidate != original else { continue }
            // The kept prefix and the unchanged length keep the number valid by construction
            // (the tables are prefix-and-length rules); checking costs little and also covers
            // the NANP exchange rule and German excluded ranges.
            if PhoneNumberPlan.read(candidate[...], regions: [region]) != nil { return candidate }
            if fallback == nil { fallback = candidate }
        }
        return fallback ?? ShapeStandIn.make(like: original, random: &random)
    }
}
