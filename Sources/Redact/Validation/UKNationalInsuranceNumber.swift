/// The United Kingdom National Insurance number (NINO): two prefix letters, six digits and a
/// suffix letter, written `AB 12 34 56 C` or `AB123456C`.
///
/// HMRC's National Insurance Manual (NIM39110) defines what a prefix may be: the first letter
/// is not D, F, I, Q, U or V; the second is not D, F, I, O, Q, U or V; the prefixes BG, GB,
/// KN, NK, NT, TN and ZZ are not allocated (TN marks a temporary number, ZZ an unknown one).
/// The suffix is A, B, C or D. There is no check digit.
enum UKNationalInsuranceNumber {
    /// True when `text` is a NINO: letters in either case, and spaces (single, anywhere
    /// between the characters) are allowed; nothing else.
    static func isValid(_ text: Substring) -> Bool {
        var chars: [UInt8] = []
        var previousWasSpace = true  // refuses a leading space
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x20 || v == 0xA0 {
                guard !previousWasSpace else { return false }
                previousWasSpace = true
                continue
            }
            guard v < 0x80 else { return false }
            var byte = UInt8(v)
            if byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }
            chars.append(byte)
            previousWasSpace = false
        }
        guard !previousWasSpace else { return false }
        return isValid(compact: chars)
    }

    /// True when `chars` (upper-case ASCII, no spaces) is a NINO.
    static func isValid(compact chars: [UInt8]) -> Bool {
        guard chars.count == 9, chars[2...7].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return isAllocatablePrefix(chars[0], chars[1]) && (0x41...0x44).contains(chars[8])
    }

    /// True when the two upper-case ASCII letters may begin a NINO.
    static func isAllocatablePrefix(_ first: UInt8, _ second: UInt8) -> Bool {
        guard isUpper(first), isUpper(second),
            !"DFIQUV".utf8.contains(first), !"DFIOQUV".utf8.contains(second)
        else { return false }
        let prefix = String(decoding: [first, second], as: UTF8.self)
        return !unallocatedPrefixes.contains(prefix)
    }

    /// Prefixes that pass the letter rules but are never allocated.
    static let unallocatedPrefixes: Set<String> = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]

    @inline(__always) private static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
}
