/// The Russian individual insurance account number (СНИЛС): nine digits and a two-digit
/// check number, usually written `123-456-789 01`.
enum RussianSNILS {
    /// The highest number issued before check numbers were introduced. The rule computes no
    /// check number for 001-001-998 and below, so any two final digits are accepted there.
    static let lastUncheckedNumber = 1_001_998

    /// True when `text` is 11 digits (single spaces or dashes allowed between them) whose
    /// last two are the check number of the first nine.
    static func isValid(_ text: Substring) -> Bool {
        guard let digits = DigitText.digits(text) else { return false }
        return isValid(digits: digits)
    }

    /// True when `digits` (values 0...9) form a valid SNILS.
    static func isValid(digits: [UInt8]) -> Bool {
        guard digits.count == 11 else { return false }
        let number = digits[0..<9].reduce(0) { $0 * 10 + Int($1) }
        if number <= lastUncheckedNumber { return true }
        let written = Int(digits[9]) * 10 + Int(digits[10])
        return written == checkNumber(for: digits[0..<9])
    }

    /// The check number (0...99) for the nine-digit number `first9`.
    static func checkNumber<Digits: Collection>(for first9: Digits) -> Int
    where Digits.Element == UInt8 {
        // Each digit times its position counted from the right (9 for the first … 1 for the
        // ninth). Below 100 the sum is the check number; 100 and 101 give 00; above that the
        // sum is reduced mod 101, and a result of 100 is again written 00.
        var sum = 0
        for (i, d) in first9.enumerated() { sum += Int(d) * (9 - i) }
        if sum < 100 { return sum }
        if sum <= 101 { return 0 }
        let reduced = sum % 101
        return reduced == 100 ? 0 : reduced
    }
}
