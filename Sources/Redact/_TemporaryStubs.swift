// TEMPORARY: replaced by helpers' files.
public enum PhoneRegion: String, Sendable, CaseIterable { case az = "AZ" }
public enum Validator: Sendable, Hashable {
    case luhn, iban, tckn, inn, snils, ipv4, ipv6
    case phone(regions: [PhoneRegion])
    public init?(ruleName: String) { return nil }
    public func accepts(_ text: Substring) -> Bool { true }
}
enum PhoneStandIn { static func make(like original: Substring, regions: [PhoneRegion], random: inout KeyedRandom) -> String { "" } }
enum ChecksumStandIn {
    static func card(like original: Substring, random: inout KeyedRandom) -> String { "" }
    static func iban(like original: Substring, random: inout KeyedRandom) -> String { "" }
    static func tckn(like original: Substring, random: inout KeyedRandom) -> String { "" }
    static func inn(like original: Substring, random: inout KeyedRandom) -> String { "" }
    static func snils(like original: Substring, random: inout KeyedRandom) -> String { "" }
}
enum NetworkStandIn {
    static func ipv4(like original: Substring, random: inout KeyedRandom) -> String { "" }
    static func ipv6(like original: Substring, random: inout KeyedRandom) -> String { "" }
}
enum ShapeStandIn { static func make(like original: Substring, random: inout KeyedRandom) -> String { "" } }
