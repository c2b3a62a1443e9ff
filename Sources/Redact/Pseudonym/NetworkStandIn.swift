/// Stand-ins for IP addresses, drawn from the ranges reserved for documentation so that a
/// stand-in can never point at a real host.
public enum NetworkStandIn {
    /// The three IPv4 documentation networks of RFC 5737 (TEST-NET-1, -2 and -3).
    static let documentationNetworks = ["192.0.2.", "198.51.100.", "203.0.113."]

    /// An IPv4 address in 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24, other than
    /// `original`. The host part avoids 0 and 255 so it never reads as a network or
    /// broadcast address.
    /// A CIDR prefix length (`/24`) after the address is kept as written.
    public static func ipv4(like original: Substring, random: inout KeyedRandom) -> String {
        let (address, affix) = IPAddressAffix.split(original)
        return ChecksumStandIn.distinct(from: address, random: &random) { random in
            randomDocumentationIPv4(&random)
        } + affix
    }

    /// An IPv6 address in the documentation prefix 2001:db8::/32 (RFC 3849), other than
    /// `original`, written in the original's style: the same `::` compression, group widths
    /// and letter case, and an embedded IPv4 tail when the original has one.
    /// A zone index (`%eth0`) and a prefix length (`/64`) after the address are kept as written.
    public static func ipv6(like original: Substring, random: inout KeyedRandom) -> String {
        let (address, affix) = IPAddressAffix.split(original)
        return ChecksumStandIn.distinct(from: address, random: &random) { random in
            randomDocumentationIPv6(like: address, &random)
        } + affix
    }

    private static func randomDocumentationIPv4(_ random: inout KeyedRandom) -> String {
        random.element(of: documentationNetworks) + String(random.next(in: 1...254))
    }

    private static func randomDocumentationIPv6(
        like original: Substring, _ random: inout KeyedRandom
    ) -> String {
        let bytes = Array(original.utf8)
        // Uppercase only when the original spells its hex letters that way.
        let upper =
            bytes.contains(where: { (0x41...0x46).contains($0) })
            && !bytes.contains(where: { (0x61...0x66).contains($0) })
        guard let layout = IPAddressSyntax.parseV6(original) else {
            // Not an address (never the case for a validated match): a compact one will do.
            return cased("2001:db8::" + randomGroup(width: 4, &random), upper: upper)
        }

        // The documentation prefix takes the first two groups, written "0db8" only when the
        // original is fully expanded with zero padding. Forms with fewer than two groups
        // before `::` ("::1", "fe80::1") get them added, and to leave room for `::` the tail
        // may have to give up groups.
        let padded =
            !layout.isCompressed && (layout.head + layout.tail).allSatisfy { $0.count == 4 }
        var head = ["2001", padded ? "0db8" : "db8"]
        for group in layout.head.dropFirst(2) {
            head.append(randomGroup(width: group.count, &random))
        }
        var tailWidths = layout.tail.map(\.count)
        let ipv4Groups = layout.embeddedIPv4 == nil ? 0 : 2
        if layout.isCompressed {
            let room = max(0, 7 - head.count - ipv4Groups)
            if tailWidths.count > room { tailWidths.removeFirst(tailWidths.count - room) }
            // Short forms ("::1", "2001:db8::1") leave one group or none to draw: add full
            // groups after the prefix so stand-ins of different values rarely collide.
            while head.count - 2 + tailWidths.count < 2
                && head.count + tailWidths.count + ipv4Groups < 7
            {
                head.append(randomGroup(width: 4, &random))
            }
        }
        var tail = tailWidths.map { randomGroup(width: $0, &random) }
        if layout.embeddedIPv4 != nil { tail.append(randomDocumentationIPv4(&random)) }

        var text = head.joined(separator: ":")
        if layout.isCompressed {
            text += "::" + tail.joined(separator: ":")
        } else if !tail.isEmpty {
            text += ":" + tail.joined(separator: ":")
        }
        return cased(text, upper: upper)
    }

    /// A random hex group of `width` digits (1...4) without a leading zero, so its width
    /// survives any normalisation.
    private static func randomGroup(width: Int, _ random: inout KeyedRandom) -> String {
        let hex = Array("0123456789abcdef".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for i in 0..<max(1, width) {
            let value = i == 0 && width > 1 ? random.next(in: 1...15) : random.next(below: 16)
            scalars.append(hex[value])
        }
        return String(scalars)
    }

    /// `text` with a-f uppercased when `upper`.
    private static func cased(_ text: String, upper: Bool) -> String {
        guard upper else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            scalars.append((0x61...0x66).contains(s.value) ? Unicode.Scalar(s.value - 0x20)! : s)
        }
        return String(scalars)
    }
}
