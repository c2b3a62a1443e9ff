import RedactRules
/// What the postal formats of the countries the postcode rules read forbid.
///
/// The rules (Rules/core/postcodes.yaml) find the shapes with their context; this turns away
/// codes that are never issued: a Russian code starting with 0, 7, 8 or 9 (the postal zones
/// are 1–6), a US ZIP code or extension of zeros, an Azerbaijani `AZ0000`, Dutch letter pairs
/// SA, SD and SS and a Dutch code starting with 0, and UK codes whose inward part has a letter
/// of C, I, K, M, O or V. Being a validated find, a postcode also wins over a name detector's
/// reading of the same letters (`London SW1A` read as a person).
enum Postcode {
    static func isValid(_ text: Substring) -> Bool {
        let scalars = Array(text.unicodeScalars.filter { $0 != " " && $0 != "\u{A0}" })
        let digits = Array(scalars.filter { ("0"..."9").contains($0) })
        let letters = scalars.filter { ("A"..."Z").contains($0) }
        guard digits.count + letters.count + scalars.filter({ $0 == "-" }).count == scalars.count else { return false }
        let all = String(scalars: scalars)
        switch (letters.count, digits.count) {
        case (0, 6):
            return ("1"..."6").contains(digits[0])
        case (0, 5):
            return all != "00000"
        case (0, 9):
            return all.hasPrefix("00000") == false && !all.hasSuffix("-0000") && all.count == 10 && all.dropFirst(5).first == "-"
        case (2, 4) where all.hasPrefix("AZ"):
            return all.dropFirst(2) != "0000"
        case (2, 4):
            let pair = String(all.suffix(2))
            return digits[0] != "0" && !["SA", "SD", "SS"].contains(pair) && all.prefix(4).allSatisfy(\.isNumber)
        default:
            // UK: the inward code is the last three characters, a digit and two letters.
            guard all.count >= 5, let inward = Optional(all.suffix(3)), inward.first!.isNumber else { return false }
            return inward.dropFirst().allSatisfy { !"CIKMOV".contains($0) && $0.isLetter }
        }
    }
}
