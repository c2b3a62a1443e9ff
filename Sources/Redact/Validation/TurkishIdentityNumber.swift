/// The Turkish identity number (T.C. Kimlik No): 11 digits, the first never 0, the last two
/// check digits of the first nine.
enum TurkishIdentityNumber {
    /// True when `text` is 11 digits, the first not 0, with valid 10th and 11th digits.
    static func isValid(_ text: Substring) -> Bool {
        guard let digits = DigitText.digits(text) else { return false }
        return isValid(digits: digits)
    }

    /// True when `digits` (values 0...9) form a valid identity number.
    static func isValid(digits: [UInt8]) -> Bool {
        guard digits.count == 11, digits[0] != 0 else { return false }
        let (tenth, eleventh) = checkDigits(for: digits[0..<9])
        return digits[9] == tenth && digits[10] == eleventh
    }

    /// The 10th and 11th digits for the first nine digits.
    static func checkDigits<Digits: Collection>(for first9: Digits) -> (UInt8, UInt8)
    where Digits.Element == UInt8 {
        // 10th: seven times the sum of the odd positions (1st, 3rd … 9th) minus the sum of
        // the even ones (2nd … 8th), mod 10. 11th: the sum of the first ten, mod 10.
        var odd = 0
        var even = 0
        for (i, d) in first9.enumerated() {
            if i % 2 == 0 { odd += Int(d) } else { even += Int(d) }
        }
        // The difference can be negative; fold it into 0...9 rather than trust `%`'s sign.
        let tenth = ((odd * 7 - even) % 10 + 10) % 10
        let eleventh = (odd + even + tenth) % 10
        return (UInt8(tenth), UInt8(eleventh))
    }
}
