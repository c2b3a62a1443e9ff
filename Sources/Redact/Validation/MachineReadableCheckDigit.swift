/// The check digit of ICAO Doc 9303 (machine-readable travel documents), which follows the
/// document number in a passport's or ID card's machine-readable zone.
///
/// Each character counts its value (digits 0-9, letters A = 10 … Z = 35, the filler `<` 0)
/// times the repeating weights 7, 3, 1; the check digit is the sum modulo 10. A German
/// identity card or passport number is nine characters, and written with its check digit
/// (as in the MRZ) it is ten: only that form can be checked.
enum MachineReadableCheckDigit {
    /// True when `text` is upper-case letters, digits and `<`, at least two characters, and
    /// its last character is the check digit of the others.
    static func isValid(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, let last = bytes.last, last >= 0x30 && last <= 0x39 else { return false }
        guard let check = checkDigit(for: bytes.dropLast()) else { return false }
        return check == last - 0x30
    }

    /// The check digit of `chars` (ASCII), or nil when one is not a digit, capital or `<`.
    static func checkDigit<Chars: Collection>(for chars: Chars) -> UInt8? where Chars.Element == UInt8 {
        let weights = [7, 3, 1]
        var sum = 0
        for (i, c) in chars.enumerated() {
            let value: Int
            switch c {
            case 0x30...0x39: value = Int(c - 0x30)
            case 0x41...0x5A: value = Int(c - 0x41) + 10
            case 0x3C: value = 0
            default: return nil
            }
            sum += value * weights[i % 3]
        }
        return UInt8(sum % 10)
    }
}
