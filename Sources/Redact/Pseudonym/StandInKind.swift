/// Which generator makes a rule's stand-ins for the `pseudonym` operator.
///
/// A rule names one with its `pseudonym` key (the raw value). Without it the generator follows
/// the rule's validator (`phone`, `iban`, `luhn` → `card`, `tckn`, `inn`, `snils`, `ssn`,
/// `nino`, `bsn`, `aba`, `icao` → `mrz`, `ipv4`, `ipv6`, `time`, `coordinates`, `postcode`),
/// then its label (`PHONE`, `EMAIL`, `URL`, `HANDLE`, `DATE`, `AGE`, `MONEY`, `TIME`,
/// `COORDINATES`, `PLATE`, `CASE_NUMBER`, `ACCOUNT`), else `shape`.
public enum StandInKind: String, Sendable, Hashable, CaseIterable {
    /// A valid number of the same country, operator code and layout (``PhoneStandIn``).
    case phone
    /// An address on a reserved example domain (RFC 2606).
    case email
    /// A link on a reserved example domain with the same scheme.
    case url
    /// A profile link on the same site with a made-up account name.
    case profile
    /// A made-up account name, `@` kept.
    case handle
    /// An address in the IPv4 documentation ranges (``NetworkStandIn``).
    case ipv4
    /// An address in the IPv6 documentation range (``NetworkStandIn``).
    case ipv6
    /// A valid IBAN of the same country and length (``ChecksumStandIn``).
    case iban
    /// A Luhn-valid card number of the same length and first digit (``ChecksumStandIn``).
    case card
    /// A valid Turkish identity number (``ChecksumStandIn``).
    case tckn
    /// A valid Russian INN of the same length (``ChecksumStandIn``).
    case inn
    /// A valid Russian SNILS (``ChecksumStandIn``).
    case snils
    /// The date moved by the run's offset, format kept (``DateStandIn``).
    case date
    /// A nearby age, wording kept (``AgeStandIn``).
    case age
    /// A made-up person's name with one word per word of the original, capitalized the same way:
    /// given names and surnames of the original's script, gender and endings (the name stand-ins).
    case person
    /// Another real place of the same country and script, whose ending takes the same case
    /// suffixes (the name stand-ins).
    case place
    /// The organization's designator words kept, its name words replaced (the name stand-ins).
    case organization
    /// The street's name and numbers replaced, its type words kept (the name stand-ins).
    case address
    /// A sum of similar size (×0.7–1.4) in the same currency, notation and precision; number
    /// words stay number words of the same language (``MoneyStandIn``).
    case money
    /// The time moved by the run's offset, notation kept (``TimeStandIn``).
    case time
    /// A point 1–3 degrees away in each direction, in the same notation and precision
    /// (``CoordinateStandIn``).
    case coordinates
    /// A postcode of the same country and shape (``PostcodeStandIn``).
    case postcode
    /// A US Social Security number in the issued ranges (``DocumentStandIn``).
    case ssn
    /// A UK National Insurance number with an allocatable prefix (``DocumentStandIn``).
    case nino
    /// A Dutch BSN that passes the 11-proof (``DocumentStandIn``).
    case bsn
    /// A US routing number with a valid check digit (``DocumentStandIn``).
    case aba
    /// A document number with a valid ICAO 9303 check digit (``DocumentStandIn``).
    case mrz
    /// A plate of the same country and layout, its region code kept (``PlateStandIn``).
    case plate
    /// A case number with its letters and years kept (``DocumentStandIn``).
    case caseNumber = "case-number"
    /// A bank account number; a Russian one keeps its balance account and currency
    /// (``DocumentStandIn``).
    case account
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
        case .time: return .time
        case .coordinates: return .coordinates
        case .postcode: return .postcode
        case .ssn: return .ssn
        case .nino: return .nino
        case .bsn: return .bsn
        case .aba: return .aba
        case .icao: return .mrz
        case nil: break
        }
        switch label {
        case "PHONE": return .phone
        case "EMAIL": return .email
        case "URL": return .url
        case "HANDLE": return .handle
        case "DATE": return .date
        case "AGE": return .age
        case "MONEY": return .money
        case "TIME": return .time
        case "COORDINATES": return .coordinates
        case "PERSON": return .person
        case "LOCATION": return .place
        case "ORGANIZATION": return .organization
        case "ADDRESS": return .address
        case "PLATE": return .plate
        case "CASE_NUMBER": return .caseNumber
        case "ACCOUNT": return .account
        default: return .shape
        }
    }
}
