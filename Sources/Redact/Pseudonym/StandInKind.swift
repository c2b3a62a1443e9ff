/// Which generator makes a rule's stand-ins for the `pseudonym` operator.
///
/// A rule names one with its `pseudonym` key (the raw value). Without it the generator follows
/// the rule's validator (`phone`, `iban`, `luhn` → `card`, `tckn`, `inn`, `snils`, `ipv4`,
/// `ipv6`), then its label (`PHONE`, `EMAIL`, `URL`, `HANDLE`, `DATE`, `AGE`), else `shape`.
public enum StandInKind: String, Sendable, Hashable, CaseIterable {
    /// The generator of that name, one per kind of value: `phone` (``PhoneStandIn``), `email`
    /// and `url` (on a reserved example domain), `profile` and `handle` (a made-up account
    /// name), `ipv4` and `ipv6` (``NetworkStandIn``), `iban`, `card`, `tckn`, `inn` and `snils`
    /// (``ChecksumStandIn``), `date` (``DateStandIn``) and `age` (``AgeStandIn``).
    case phone, email, url, profile, handle, ipv4, ipv6, iban, card, tckn, inn, snils, date, age
    /// Letters and digits replaced by keyed ones of the same case and script, all else kept:
    /// passports, plates, FIN codes and anything without a generator of its own.
    case shape

    /// The generator a rule gets when it names none.
    static func `default`(label: String, validator: Validator?) -> StandInKind {
        switch validator {
        case .phone: return .phone
        case .iban: return .iban
        case .luhn: return .card
        case .tckn: return .tckn
        case .inn: return .inn
        case .snils: return .snils
        case .ipv4: return .ipv4
        case .ipv6: return .ipv6
        case nil: break
        }
        switch label {
        case "PHONE": return .phone
        case "EMAIL": return .email
        case "URL": return .url
        case "HANDLE": return .handle
        case "DATE": return .date
        case "AGE": return .age
        default: return .shape
        }
    }
}
