/// The Luhn (mod 10) check digit scheme of ISO/IEC 7812, used by payment cards and IMEIs.
enum Luhn {
    /// Digit counts accepted by `isValid(_:)`.
    ///
    /// The scheme itself works for any length, but two or three digits pass it by chance one
    /// time in ten; the shortest real users are 8-digit cards and 9-digit social insurance
    /// numbers, the longest 19-digit cards.
    static let acceptedLengths = 8...19

    /// True when `text` is 8 to 19 digits (single spaces or dashes allowed between them) whose
    /// last digit is the Luhn check digit of the others.
    static func isValid(_ text: Substring) -> Bool {
        guard let digits = DigitText.digits(text, allowingDots: true), acceptedLengths.contains(digits.count) else {
            return false
        }
        // All zeros passes the arithmetic but is a placeholder, never an issued number.
        guard digits.contains(where: { $0 != 0 }) else { return false }
        return isValid(digits: digits)
    }

    /// True when the last of `digits` (values 0...9) is the check digit of the others.
    static func isValid(digits: [UInt8]) -> Bool {
        guard let last = digits.last else { return false }
        return checkDigit(for: digits.dropLast()) == last
    }

    /// The check digit to append to `payload` (digit values 0...9).
    static func checkDigit<Digits: BidirectionalCollection>(for payload: Digits) -> UInt8
    where Digits.Element == UInt8 {
        // Walking from the right, every other digit starting with the one next to the check
        // digit is doubled, and a two-digit product counts as the sum of its digits (x2 - 9).
        var sum = 0
        var double = true
        for digit in payload.reversed() {
            var value = Int(digit)
            if double {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
            double.toggle()
        }
        return UInt8((10 - sum % 10) % 10)
    }
}
