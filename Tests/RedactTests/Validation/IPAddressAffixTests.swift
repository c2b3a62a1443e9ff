import Testing
@testable import Redact

@Suite("IPAddressAffix")
struct IPAddressAffixTests {
    @Test(arguments: ["192.0.2.1", "203.0.113.0/24", "10.0.0.0/8", "0.0.0.0/0", "192.0.2.1/32"])
    func acceptsIPv4WithPrefix(_ text: String) {
        #expect(IPAddressAffix.isValidV4(text[...]))
        #expect(Validator.ipv4.accepts(text[...]))
    }

    @Test(arguments: ["192.0.2.1/33", "192.0.2.1/", "192.0.2.1/024", "192.0.2.1%eth0", "256.0.0.1/8"])
    func rejectsIPv4WithBadPrefix(_ text: String) {
        #expect(!IPAddressAffix.isValidV4(text[...]))
    }

    @Test(arguments: ["2001:db8::1", "fe80::1%eth0", "fe80::1%3", "2001:db8:abcd::/48", "2001:db8::1/128", "fe80::1%en0/64"])
    func acceptsIPv6WithZoneAndPrefix(_ text: String) {
        #expect(IPAddressAffix.isValidV6(text[...]))
        #expect(Validator.ipv6.accepts(text[...]))
    }

    @Test(arguments: ["2001:db8::1/129", "fe80::1%", "fe80::1%eth 0", "2001:db8::1/", "12:30/24"])
    func rejectsIPv6WithBadAffix(_ text: String) {
        #expect(!IPAddressAffix.isValidV6(text[...]))
    }

    @Test func splitsBeforeTheAffix() {
        let (address, affix) = IPAddressAffix.split("fe80::1%eth0/64")
        #expect(address == "fe80::1")
        #expect(affix == "%eth0/64")
    }
}
