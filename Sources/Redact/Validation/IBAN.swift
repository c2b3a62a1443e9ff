/// International Bank Account Numbers (ISO 13616): country code, two check digits, and a
/// national account number (BBAN) whose length is fixed per country.
enum IBAN {
    /// IBAN length per country, from the SWIFT IBAN registry (the 89 countries it lists, as
    /// mirrored by schwifty 2026.10.1). Territories that borrow a parent's format (Åland,
    /// Jersey, French overseas departments …) are left out: their IBANs start with the
    /// parent's code. Codes only in "experimental" lists (DZ, MA, IR …) are left out too,
    /// because nothing guarantees their length or that they are in use.
    static let lengths: [UInt16: Int] = {
        let table =
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 "
            + "CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 "
            + "GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 "
            + "LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 "
            + "NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 "
            + "SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30"
        var lengths: [UInt16: Int] = [:]
        for entry in table.utf8.split(separator: UInt8(ascii: " ")) {
            let bytes = Array(entry)
            lengths[countryKey(bytes[0], bytes[1])] =
                Int(bytes[2] - 0x30) * 10 + Int(bytes[3] - 0x30)
        }
        return lengths
    }()

    /// The table key of a country code given as two uppercase ASCII letters.
    @inline(__always)
    static func countryKey(_ first: UInt8, _ second: UInt8) -> UInt16 {
        UInt16(first) << 8 | UInt16(second)
    }

    /// The IBAN length for a country code given as two uppercase ASCII letters, or nil when
    /// the country does not use IBANs.
    static func length(country first: UInt8, _ second: UInt8) -> Int? {
        lengths[countryKey(first, second)]
    }

    /// True when `text` is an IBAN of a registered country with the right length and valid
    /// check digits. Letters may be in either case; the electronic form (no spaces), the
    /// paper form (single spaces after every four characters) and the paper form with dashes
    /// are accepted (see `compact(_:)`).
    static func isValid(_ text: Substring) -> Bool {
        guard let chars = compact(text) else { return false }
        return isValid(compact: chars)
    }

    /// True when `chars` (uppercase ASCII letters and digits, no spaces) is a valid IBAN.
    static func isValid(compact chars: [UInt8]) -> Bool {
        guard chars.count >= 5,
            isUpper(chars[0]), isUpper(chars[1]), isDigit(chars[2]), isDigit(chars[3]),
            length(country: chars[0], chars[1]) == chars.count
        else { return false }
        // ISO 13616 check digits run 02...98; 00, 01 and 99 can satisfy the congruence only
        // as aliases of 97, 98 and (impossible) 99, so they mark a forged or mistyped number.
        let check = Int(chars[2] - 0x30) * 10 + Int(chars[3] - 0x30)
        guard (2...98).contains(check) else { return false }
        let bban = chars[4...]
        guard bban.allSatisfy({ isUpper($0) || isDigit($0) }) else { return false }
        return remainder(bban + chars[0...3]) == 1
    }

    /// The two check digits for `country` (two uppercase letters) and `bban` (uppercase
    /// letters and digits), as digit values.
    static func checkDigits(country: [UInt8], bban: [UInt8]) -> (UInt8, UInt8) {
        // The check digits are chosen so that BBAN + country + check is 1 modulo 97;
        // computing with "00" in their place gives r, and 98 - r is the answer.
        let r = remainder(bban + country + [0x30, 0x30])
        let check = 98 - r
        return (UInt8(check / 10), UInt8(check % 10))
    }

    /// The uppercase letters and digits of `text`, or nil when its spacing is not a standard
    /// one or it holds any other character.
    ///
    /// Accepted: the electronic form (no separator), the paper form (a space after every four
    /// characters), the same with dashes (`GB82-WEST-1234-…`), and forms that leave some of
    /// the separators out (`AZ21 NABZ00000000137010001944`): every run before a separator is a
    /// whole number of groups of four. One kind of separator throughout, never two in a row.
    static func compact(_ text: Substring) -> [UInt8]? {
        var chars: [UInt8] = []
        var groupLength = 0
        var separator: UInt32? = nil
        for scalar in text.unicodeScalars {
            var v = scalar.value
            if v == 0x20 || v == 0xA0 || v == 0x2D {
                if v == 0xA0 { v = 0x20 }  // a no-break space is a space
                // A separator may only close whole groups of four, and is one kind throughout.
                guard groupLength > 0, groupLength % 4 == 0, separator == nil || separator == v else { return nil }
                separator = v
                groupLength = 0
                continue
            }
            guard v < 0x80 else { return nil }
            var byte = UInt8(v)
            if byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }  // fold to uppercase
            guard isUpper(byte) || isDigit(byte) else { return nil }
            chars.append(byte)
            groupLength += 1
        }
        guard groupLength > 0 else { return nil }
        return chars
    }

    /// The value of `chars` read as a base-36 number in the IBAN way (A = 10 … Z = 35,
    /// letters expanded to two decimal digits), modulo 97.
    static func remainder<Chars: Sequence>(_ chars: Chars) -> Int where Chars.Element == UInt8 {
        var r = 0
        for c in chars {
            if isDigit(c) {
                r = (r * 10 + Int(c - 0x30)) % 97
            } else {
                r = (r * 100 + Int(c - 0x41) + 10) % 97
            }
        }
        return r
    }

    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
