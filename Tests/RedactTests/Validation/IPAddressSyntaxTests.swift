import Testing

@testable import Redact

@Suite("IPAddressSyntax")
struct IPAddressSyntaxTests {
    @Test(arguments: [
        "192.0.2.1", "198.51.100.255", "203.0.113.0", "0.0.0.0", "255.255.255.255", "10.0.0.1",
    ])
    func acceptsIPv4(_ text: String) {
        #expect(IPAddressSyntax.isValidV4(text[...]))
    }

    @Test(arguments: [
        "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.004", "1..2.3", ".1.2.3.4",
        "1.2.3.4.", "1.2.3.a", "1.2.3.1000", "10.0.19045", "12.05.2021", "1,2,3,4", "",
        "1.2.3.4 ",
    ])
    func rejectsIPv4LookAlikes(_ text: String) {
        #expect(!IPAddressSyntax.isValidV4(text[...]))
    }

    @Test(arguments: [
        "2001:db8::1", "2001:DB8::1", "2001:0db8:0000:0000:0000:ff00:0042:8329",
        "2001:db8:0:0:1:0:0:1", "::1", "::", "fe80::1", "::ffff:192.0.2.128",
        "64:ff9b::198.51.100.7", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6:192.0.2.1",
    ])
    func acceptsIPv6(_ text: String) {
        #expect(IPAddressSyntax.isValidV6(text[...]))
    }

    @Test(arguments: [
        "12:30", "12:30:45", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4::5:6:7:8",
        "2001:db8:::1", "2001::db8::1", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "2001:db8::g",
        "2001:db8::12345", "::ffff:192.0.2.256", "::192.0.2.1:1", "fe80::1%eth0", "", ":",
        "2001:db8::1 ",
    ])
    func rejectsIPv6LookAlikes(_ text: String) {
        #expect(!IPAddressSyntax.isValidV6(text[...]))
    }

    @Test func layoutKeepsTheGroupsAsWritten() throws {
        let layout = try #require(IPAddressSyntax.parseV6("fe80:0:12::ab:192.0.2.1"))
        #expect(layout.head.map { String(decoding: $0, as: UTF8.self) } == ["fe80", "0", "12"])
        #expect(layout.tail.map { String(decoding: $0, as: UTF8.self) } == ["ab"])
        #expect(layout.isCompressed)
        #expect(layout.embeddedIPv4.map { String(decoding: $0, as: UTF8.self) } == "192.0.2.1")
        #expect(layout.explicitGroupCount == 6)
    }
}
