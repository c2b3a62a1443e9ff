/// Which generator makes a rule's stand-ins for the `pseudonym` operator.
public enum StandInKind: String, Sendable, Hashable, CaseIterable {
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
