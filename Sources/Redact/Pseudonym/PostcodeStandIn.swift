/// A postcode of the same country and shape as the original.
///
/// The shapes are those the postcode rules find (Rules/core/postcodes.yaml), and each is
/// redrawn within what its country issues:
/// - Azerbaijan `AZ1000`, `AZ 1000`: the `AZ` prefix and separator kept, four digits, the first
///   not 0;
/// - Russia, six digits: the first 1–6 (the country's postal zones);
/// - five digits (Turkey; a US ZIP code, with its `-1234` extension kept as four digits): the
///   first two 01–81, a Turkish province number and a valid start of a US ZIP code;
/// - the UK (`SW1A 1AA`) and the Netherlands (`1012 AB`): letters and digits redrawn in place
///   (``ShapeStandIn``), a leading digit not 0, and the Dutch letter pairs SA, SD and SS, which
///   are not issued, avoided.
///
/// The stand-in always differs from the original.
public enum PostcodeStandIn {
    /// The stand-in for the postcode `original`.
    public static func make(like original: Substring, random: inout KeyedRandom) -> String {
        ChecksumStandIn.distinct(from: original, random: &random) { attempt(original, random: &$0) }
    }

    private static func attempt(_ original: Substring, random: inout KeyedRandom) -> String {
        let scalars = Array(original.unicodeScalars)
        let digits = scalars.filter { ("0"..."9").contains($0) }.count
        let letters = scalars.filter { ScalarTraits.isAlphabetic($0) }.count
        let azerbaijani = original.hasPrefix("AZ") && letters == 2
        var newDigits = (0..<digits).map { _ in random.next(below: 10) }
        if letters == 0 && digits == 6 {
            newDigits[0] = random.next(in: 1...6)
        } else if letters == 0 && (digits == 5 || digits == 9) {
            let province = random.next(in: 1...81)
            (newDigits[0], newDigits[1]) = (province / 10, province % 10)
        } else if digits > 0 {
            newDigits[0] = random.next(in: 1...9)
        }
        var out = String.UnicodeScalarView()
        var next = 0
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                out.append(Unicode.Scalar(UInt8(0x30 + newDigits[next])))
                next += 1
            } else if azerbaijani || !ScalarTraits.isAlphabetic(scalar) {
                out.append(scalar)
            } else {
                out.append(ShapeStandIn.replacement(for: scalar, random: &random))
            }
        }
        var text = String(out)
        // UK: the inward code's letters are never C, I, K, M, O or V.
        if letters > 2, digits >= 2, !azerbaijani {
            var chars = Array(text)
            for i in chars.indices.suffix(2) where "CIKMOV".contains(chars[i]) {
                chars[i] = Array("ABDEFGHJLNPQRSTUWXYZ")[random.next(below: 20)]
            }
            text = String(chars)
        }
        // Dutch: SA, SD and SS are not issued.
        if letters == 2, digits == 4, !azerbaijani {
            for pair in ["SA", "SD", "SS"] where text.hasSuffix(pair) {
                text = String(text.dropLast(2)) + "AB"
            }
        }
        return text
    }
}
