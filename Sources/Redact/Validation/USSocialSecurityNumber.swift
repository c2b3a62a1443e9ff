/// The United States Social Security number: a three-digit area, a two-digit group and a
/// four-digit serial, written `123-45-6789`.
///
/// It has no check digit, so the only check is the numbering the Social Security
/// Administration never issues (its "SSN Randomization" notice of 2011, still in force): area
/// 000, 666 and 900-999, group 00, serial 0000. Those ranges are where look-alikes of the
/// same shape gather (zero-padded codes, the 9xx ranges of taxpayer and test numbers).
enum USSocialSecurityNumber {
    /// True when `text` is nine digits (single spaces, dashes or dots allowed between them) in
    /// the ranges the SSA issues.
    static func isValid(_ text: Substring) -> Bool {
        guard let digits = DigitText.digits(text, allowingDots: true) else { return false }
        return isValid(digits: digits)
    }

    /// True when `digits` (values 0...9) are nine digits of an issuable number.
    static func isValid(digits: [UInt8]) -> Bool {
        guard digits.count == 9 else { return false }
        let area = Int(digits[0]) * 100 + Int(digits[1]) * 10 + Int(digits[2])
        let group = Int(digits[3]) * 10 + Int(digits[4])
        let serial = digits[5...].reduce(0) { $0 * 10 + Int($1) }
        return isIssuable(area: area, group: group, serial: serial)
    }

    /// True when the three parts lie in the ranges the SSA issues.
    static func isIssuable(area: Int, group: Int, serial: Int) -> Bool {
        (1...899).contains(area) && area != 666 && (1...99).contains(group) && (1...9999).contains(serial)
    }
}
