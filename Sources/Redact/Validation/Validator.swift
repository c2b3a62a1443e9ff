/// A check that a matched text is the real identifier and not a look-alike; a rule names one
/// with its `validator` key.
///
/// Patterns find candidates; a validator decides whether a candidate is genuine. Most
/// identifiers carry a checksum or a fixed structure, so a cheap exact check removes the
/// look-alikes (order numbers, prices, dates) that a pattern alone cannot tell apart.
public enum Validator: Sendable, Hashable {
    /// The Luhn (mod 10) check used by payment cards and IMEIs.
    case luhn
    /// An International Bank Account Number: country length and mod-97 check digits.
    case iban
    /// A Turkish identity number (T.C. Kimlik No).
    case tckn
    /// A Russian taxpayer number (INN), 10 or 12 digits.
    case inn
    /// A Russian insurance number (SNILS).
    case snils
    /// An IPv4 address in dotted-decimal form, optionally with a CIDR prefix length (`/24`).
    case ipv4
    /// An IPv6 address in any RFC 4291 text form, optionally with a zone index (`%eth0`) and a
    /// prefix length (`/64`).
    case ipv6
    /// A clock time: hours 0–23 (1–12 before am/pm or a part-of-day word), minutes and seconds
    /// 0–59 (`ClockTime`).
    case time
    /// GPS coordinates within range, hemisphere letters in place (`GeoCoordinates`).
    case coordinates
    /// A postcode of a format the postcode rules read, with what the format forbids turned
    /// away (`Postcode`).
    case postcode
    /// A phone number valid in one of `regions`; an empty list means any supported region,
    /// and then a number in international form must carry its country code.
    case phone(regions: [PhoneRegion])
    /// A United States Social Security number outside the ranges never issued.
    case ssn
    /// A United Kingdom National Insurance number with an allocatable prefix and suffix.
    case nino
    /// A Dutch citizen service number (BSN) that passes the 11-proof.
    case bsn
    /// A United States bank routing number (ABA): routing symbol and check digit.
    case aba
    /// A travel document number followed by its ICAO 9303 check digit.
    case icao

    /// Parses the rule-file spelling: "luhn", "iban", "tckn", "inn", "snils", "ipv4", "ipv6",
    /// "ssn", "nino", "bsn", "aba", "icao", "phone", "phone:AZ", "phone:RU,KZ". nil if unknown.
    public init?(ruleName: String) {
        switch ruleName {
        case "luhn": self = .luhn
        case "iban": self = .iban
        case "tckn": self = .tckn
        case "inn": self = .inn
        case "snils": self = .snils
        case "ipv4": self = .ipv4
        case "ipv6": self = .ipv6
        case "time": self = .time
        case "coordinates": self = .coordinates
        case "postcode": self = .postcode
        case "phone": self = .phone(regions: [])
        case "ssn": self = .ssn
        case "nino": self = .nino
        case "bsn": self = .bsn
        case "aba": self = .aba
        case "icao": self = .icao
        default:
            let prefix = "phone:"
            guard ruleName.hasPrefix(prefix) else { return nil }
            let list = ruleName.dropFirst(prefix.count)
            // Keep the order the rule author wrote (it is the order regions are tried in) but
            // drop repeats, so "RU,RU" and "RU" are the same validator.
            var regions: [PhoneRegion] = []
            for item in list.split(separator: ",", omittingEmptySubsequences: false) {
                guard let region = PhoneRegion(rawValue: String(item)) else { return nil }
                if !regions.contains(region) { regions.append(region) }
            }
            self = .phone(regions: regions)
        }
    }

    /// The rule-file spelling of this validator; `Validator(ruleName:)` reads it back.
    public var ruleName: String {
        switch self {
        case .luhn: "luhn"
        case .iban: "iban"
        case .tckn: "tckn"
        case .inn: "inn"
        case .snils: "snils"
        case .ipv4: "ipv4"
        case .ipv6: "ipv6"
        case .time: "time"
        case .coordinates: "coordinates"
        case .postcode: "postcode"
        case .ssn: "ssn"
        case .nino: "nino"
        case .bsn: "bsn"
        case .aba: "aba"
        case .icao: "icao"
        case .phone(let regions) where regions.isEmpty: "phone"
        case .phone(let regions): "phone:" + regions.map(\.rawValue).joined(separator: ",")
        }
    }

    /// True when `text` (the exact matched text, separators such as spaces, dashes, dots,
    /// parentheses, a leading + included) passes.
    public func accepts(_ text: Substring) -> Bool {
        switch self {
        case .luhn: Luhn.isValid(text)
        case .iban: IBAN.isValid(text)
        case .tckn: TurkishIdentityNumber.isValid(text)
        case .inn: RussianINN.isValid(text)
        case .snils: RussianSNILS.isValid(text)
        case .ipv4: IPAddressAffix.isValidV4(text)
        case .ipv6: IPAddressAffix.isValidV6(text)
        case .time: ClockTime.isValid(text)
        case .coordinates: GeoCoordinates.isValid(text)
        case .postcode: Postcode.isValid(text)
        case .phone(let regions): PhoneNumberPlan.read(text, regions: regions) != nil
        case .ssn: USSocialSecurityNumber.isValid(text)
        case .nino: UKNationalInsuranceNumber.isValid(text)
        case .bsn: DutchBSN.isValid(text)
        case .aba: ABARoutingNumber.isValid(text)
        case .icao: MachineReadableCheckDigit.isValid(text)
        }
    }
}

/// Reading the digits out of a matched number, shared by the digit-only validators.
enum DigitText {
    /// Separators people put between the digits of a card, SNILS or similar number.
    ///
    /// Narrow no-break space is included because typographic tools (and French/Russian
    /// locales) emit it where a plain space was typed.
    static func isGroupSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0xA0, 0x202F, 0x2D: true  // space, NBSP, narrow NBSP, hyphen-minus
        default: false
        }
    }

    /// The decimal digit value of an ASCII digit scalar, or nil.
    @inline(__always)
    static func value(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= 0x30 && scalar.value <= 0x39 ? UInt8(scalar.value - 0x30) : nil
    }

    /// The digit values of `text` when it is ASCII digits with single group separators
    /// between them; nil if anything else occurs. With `allowingDots`, a full stop also
    /// separates groups (cards printed `4111.1111.1111.1111`, Dutch `1234.56.782`).
    ///
    /// Leading, trailing and doubled separators are refused: a real identifier is written as
    /// one unit, and a stray separator at the edge means the match swallowed its neighbour.
    static func digits(_ text: Substring, allowingDots: Bool = false) -> [UInt8]? {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.utf8.count)
        var previousWasSeparator = true  // so a leading separator is refused
        for scalar in text.unicodeScalars {
            if let digit = value(scalar) {
                digits.append(digit)
                previousWasSeparator = false
            } else if isGroupSeparator(scalar) || (allowingDots && scalar == "."), !previousWasSeparator {
                previousWasSeparator = true
            } else {
                return nil
            }
        }
        return previousWasSeparator ? nil : digits
    }
}
