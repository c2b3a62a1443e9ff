/// The Russian taxpayer identification number (ИНН): 10 digits for organisations, 12 for
/// individuals, each ending in check digits computed with fixed weights mod 11.
enum RussianINN {
    /// Weights of the single check digit of a 10-digit (organisation) number.
    static let weights10: [Int] = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    /// Weights of the 11th digit of a 12-digit (individual) number.
    static let weights11: [Int] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    /// Weights of the 12th digit of a 12-digit (individual) number.
    static let weights12: [Int] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]

    /// True when `text` is a 10- or 12-digit INN with valid check digits.
    static func isValid(_ text: Substring) -> Bool {
        guard let digits = DigitText.digits(text) else { return false }
        return isValid(digits: digits)
    }

    /// True when `digits` (values 0...9) form a valid 10- or 12-digit INN.
    static func isValid(digits: [UInt8]) -> Bool {
        // The first two digits are the region code, 01 and up: a leading 00 (and with it the
        // all-zero string, which passes the arithmetic) is never issued.
        guard digits.count >= 2, digits[0] != 0 || digits[1] != 0 else { return false }
        switch digits.count {
        case 10:
            return checkDigit(digits[0..<9], weights: weights10) == digits[9]
        case 12:
            return checkDigit(digits[0..<10], weights: weights11) == digits[10]
                && checkDigit(digits[0..<11], weights: weights12) == digits[11]
        default:
            return false
        }
    }

    /// The check digit of `digits` under `weights`: the weighted sum mod 11, then mod 10
    /// (a remainder of 10 is written as 0).
    static func checkDigit<Digits: Collection>(_ digits: Digits, weights: [Int]) -> UInt8
    where Digits.Element == UInt8 {
        var sum = 0
        for (d, w) in zip(digits, weights) { sum += Int(d) * w }
        return UInt8(sum % 11 % 10)
    }
}
