import Testing

@testable import Redact

@Suite("NetworkStandIn")
struct NetworkStandInTests {
    static func isDocumentationIPv4(_ text: String) -> Bool {
        Validator.ipv4.accepts(text[...])
            && NetworkStandIn.documentationNetworks.contains(where: { text.hasPrefix($0) })
    }

    static func isDocumentationIPv6(_ text: String) -> Bool {
        guard let layout = IPAddressSyntax.parseV6(text[...]), layout.head.count >= 2 else {
            return false
        }
        let first = String(decoding: layout.head[0], as: UTF8.self).lowercased()
        let second = String(decoding: layout.head[1], as: UTF8.self).lowercased()
        return first == "2001" && (second == "db8" || second == "0db8")
    }

    @Test(arguments: ["192.168.1.10", "8.8.8.8", "192.0.2.1", "10.0.0.255"])
    func ipv4IsInADocumentationNetwork(_ original: String) {
        StandInCheck.check(original, sameLayout: false, NetworkStandIn.ipv4) {
            Self.isDocumentationIPv4($0)
        }
    }

    @Test(arguments: [
        "2a00:1450:4001:81c::200e", "fe80::1", "::1", "::", "2001:db8::1",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "FE80::ABCD:1", "::ffff:203.0.113.9",
        "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6:192.0.2.1",
    ])
    func ipv6IsInTheDocumentationPrefix(_ original: String) {
        StandInCheck.check(original, sameLayout: false, NetworkStandIn.ipv6) {
            Self.isDocumentationIPv6($0)
        }
    }

    @Test(arguments: [
        ("2a00:1450:4001:81c::200e", "2001:db8:"),
        ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:"), ("FE80::ABCD:1", "2001:DB8:"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8:"),
    ])
    func ipv6KeepsTheStyle(_ original: String, _ expectedStart: String) throws {
        var random = StandInCheck.random(9)
        let standIn = NetworkStandIn.ipv6(like: original[...], random: &random)
        #expect(standIn.hasPrefix(expectedStart))
        let before = try #require(IPAddressSyntax.parseV6(original[...]))
        let after = try #require(IPAddressSyntax.parseV6(standIn[...]))
        #expect(before.isCompressed == after.isCompressed)
        #expect((before.embeddedIPv4 == nil) == (after.embeddedIPv4 == nil))
        if before.head.count >= 2 && before.explicitGroupCount > 3 {
            #expect(before.head.dropFirst(2).map(\.count) == after.head.dropFirst(2).map(\.count))
            #expect(before.tail.map(\.count) == after.tail.map(\.count))
        }
    }

    @Test func embeddedIPv4StaysEmbedded() throws {
        var random = StandInCheck.random(4)
        let standIn = NetworkStandIn.ipv6(like: "::ffff:10.1.2.3", random: &random)
        let layout = try #require(IPAddressSyntax.parseV6(standIn[...]))
        let ipv4 = try #require(layout.embeddedIPv4)
        #expect(Self.isDocumentationIPv4(String(decoding: ipv4, as: UTF8.self)))
    }
}
