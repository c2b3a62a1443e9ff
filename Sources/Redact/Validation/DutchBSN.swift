/// The Dutch citizen service number (burgerservicenummer, BSN): nine digits that pass the
/// "elfproef" (11-proof).
///
/// The eight-digit numbers of the older registry are the same number with a leading zero, and
/// are read so. The proof weighs the digits 9, 8, … 2 from the left and the last one −1; the
/// sum is a multiple of 11. One random nine-digit number in eleven passes.
enum DutchBSN {
    /// True when `text` is eight or nine digits (single spaces, dashes or dots between groups
    /// allowed) that pass the 11-proof and are not all zeros.
    static func isValid(_ text: Substring) -> Bool {
        guard let digits = DigitText.digits(text, allowingDots: true) else { return false }
        return isValid(digits: digits)
    }

    /// True when `digits` (values 0...9, eight or nine of them) pass the 11-proof.
    static func isValid(digits: [UInt8]) -> Bool {
        guard digits.count == 8 || digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        let nine = digits.count == 8 ? [0] + digits : digits
        return weightedSum(nine) % 11 == 0
    }

    /// The 11-proof's weighted sum: 9·d1 + 8·d2 + … + 2·d8 − d9.
    static func weightedSum(_ nine: [UInt8]) -> Int {
        var sum = 0
        for i in 0..<8 { sum += Int(nine[i]) * (9 - i) }
        return sum - Int(nine[8])
    }

    /// The last digit that makes the first eight of `payload` pass, or nil when none does
    /// (the sum's remainder is 10): such a prefix is never issued.
    static func checkDigit(for payload: [UInt8]) -> UInt8? {
        var sum = 0
        for i in 0..<8 { sum += Int(payload[i]) * (9 - i) }
        let r = sum % 11
        return r == 10 ? nil : UInt8(r)
    }
}
