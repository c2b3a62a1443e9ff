/// The part written after an IP address that belongs to it: a CIDR prefix length
/// (`192.0.2.0/24`, `2001:db8::/32`) or an IPv6 zone index (`fe80::1%eth0`, `fe80::1%3`).
///
/// Both are inside the IP span, so that a network is replaced whole; they identify no one by
/// themselves, so stand-ins keep them as written.
enum IPAddressAffix {
    /// `text` split before its first `/` or `%`: the address and the affix (empty when none).
    static func split(_ text: Substring) -> (address: Substring, affix: Substring) {
        guard let cut = text.firstIndex(where: { $0 == "/" || $0 == "%" }) else { return (text, text[text.endIndex...]) }
        return (text[..<cut], text[cut...])
    }

    /// An IPv4 address, optionally with a prefix length 0–32.
    static func isValidV4(_ text: Substring) -> Bool {
        let (address, affix) = split(text)
        guard IPAddressSyntax.isValidV4(address) else { return false }
        return affix.isEmpty || (affix.first == "/" && isPrefixLength(affix.dropFirst(), max: 32))
    }

    /// An IPv6 address, optionally with a zone index (letters, digits, `.`, `_`, `-`) and then
    /// optionally a prefix length 0–128.
    static func isValidV6(_ text: Substring) -> Bool {
        let (address, affix) = split(text)
        guard IPAddressSyntax.isValidV6(address) else { return false }
        var rest = affix
        if rest.first == "%" {
            let zone = rest.dropFirst().prefix { $0 != "/" }
            guard !zone.isEmpty, zone.unicodeScalars.allSatisfy({ $0.isASCII && (ScalarTraits.isAlphabetic($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }) else { return false }
            rest = rest.dropFirst(1 + zone.count)
        }
        return rest.isEmpty || (rest.first == "/" && isPrefixLength(rest.dropFirst(), max: 128))
    }

    /// 1–3 digits without a leading zero (except `0` itself), at most `max`.
    private static func isPrefixLength(_ digits: Substring, max: Int) -> Bool {
        guard (1...3).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              digits.count == 1 || digits.first != "0", let value = Int(digits) else { return false }
        return value <= max
    }
}
