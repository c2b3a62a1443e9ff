/// The American Bankers Association routing transit number: nine digits, the first two a
/// Federal Reserve routing symbol, the last a check digit.
///
/// The check (ABA's Key to Routing Numbers): 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a
/// multiple of 10. The first two digits are 00-12 (banks; 00 the US Government), 21-32
/// (thrift institutions), 61-72 (electronic transfers) or 80 (traveller's cheques); any
/// other prefix is no routing number.
enum ABARoutingNumber {
    /// True when `text` is nine digits (single spaces or dashes allowed between them) with a
    /// valid prefix and check digit, not all zeros.
    static func isValid(_ text: Substring) -> Bool {
        guard let digits = DigitText.digits(text) else { return false }
        return isValid(digits: digits)
    }

    /// True when `digits` (values 0...9) are a routing number.
    static func isValid(digits: [UInt8]) -> Bool {
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        let prefix = Int(digits[0]) * 10 + Int(digits[1])
        guard isRoutingSymbol(prefix) else { return false }
        return weightedSum(digits) % 10 == 0
    }

    /// True when `prefix` (0...99) is a Federal Reserve routing symbol.
    static func isRoutingSymbol(_ prefix: Int) -> Bool {
        (0...12).contains(prefix) || (21...32).contains(prefix) || (61...72).contains(prefix) || prefix == 80
    }

    /// The check digit completing the first eight of `payload`.
    static func checkDigit(for payload: [UInt8]) -> UInt8 {
        let partial = weightedSum(Array(payload.prefix(8)) + [0])
        return UInt8((10 - partial % 10) % 10)
    }

    private static let weights = [3, 7, 1, 3, 7, 1, 3, 7, 1]

    private static func weightedSum(_ digits: [UInt8]) -> Int {
        zip(digits, weights).reduce(0) { $0 + Int($1.0) * $1.1 }
    }
}
