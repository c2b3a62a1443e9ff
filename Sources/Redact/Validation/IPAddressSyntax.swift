/// The textual forms of IP addresses: dotted-decimal IPv4 and the RFC 4291 forms of IPv6.
enum IPAddressSyntax {
    /// An IPv6 address split at its `::` (if any), as written (ASCII bytes).
    struct V6Layout: Equatable {
        /// The hex groups before `::`, or all groups when nothing is compressed.
        var head: [ArraySlice<UInt8>]
        /// The hex groups after `::`, excluding an embedded IPv4 part.
        var tail: [ArraySlice<UInt8>]
        /// Whether the address contains `::`.
        var isCompressed: Bool
        /// The dotted-decimal IPv4 part ending the address (`::ffff:192.0.2.1`), if any.
        var embeddedIPv4: ArraySlice<UInt8>?

        /// The number of 16-bit groups spelled out (an embedded IPv4 part counts as two).
        var explicitGroupCount: Int {
            head.count + tail.count + (embeddedIPv4 == nil ? 0 : 2)
        }
    }

    /// True when `text` is four decimal octets 0...255 separated by dots.
    ///
    /// Octets with a leading zero (`010`) are refused: some parsers read them as octal, so
    /// they are ambiguous, and `inet_pton` rejects them too.
    static func isValidV4(_ text: Substring) -> Bool {
        isValidV4(bytes: text.utf8)
    }

    /// `isValidV4(_:)` on UTF-8 bytes.
    static func isValidV4<Bytes: Sequence>(bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var dots = 0
        var value = 0
        var digitsInOctet = 0
        var leadingZero = false
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                if leadingZero { return false }
                if digitsInOctet == 0 && byte == 0x30 { leadingZero = true }
                digitsInOctet += 1
                value = value * 10 + Int(byte - 0x30)
                if value > 255 { return false }
            case 0x2E:  // "."
                guard digitsInOctet > 0, dots < 3 else { return false }
                dots += 1
                digitsInOctet = 0
                value = 0
                leadingZero = false
            default:
                return false
            }
        }
        return dots == 3 && digitsInOctet > 0
    }

    /// True when `text` is an IPv6 address in full, compressed (`::`) or IPv4-suffixed form.
    /// Zone identifiers (`%eth0`) are not accepted: they name a host interface, not an address.
    static func isValidV6(_ text: Substring) -> Bool {
        parseV6(text) != nil
    }

    /// The layout of an IPv6 address, or nil when `text` is not one.
    static func parseV6(_ text: Substring) -> V6Layout? {
        let colon = UInt8(ascii: ":")
        let bytes = Array(text.utf8)
        // Anything outside hex digits, colons and dots (so any non-ASCII byte) disqualifies
        // the text before it is split.
        guard !bytes.isEmpty,
            bytes.allSatisfy({ isHexDigit($0) || $0 == colon || $0 == UInt8(ascii: ".") })
        else { return nil }

        var head = bytes[...]
        var tail: ArraySlice<UInt8> = []
        var compressed = false
        if let at = firstDoubleColon(in: head) {
            tail = bytes[(at + 2)...]
            head = bytes[..<at]
            compressed = true
            // Only one `::` is allowed; `:::` shows up as a tail that starts with a colon.
            if firstDoubleColon(in: tail) != nil || tail.first == colon { return nil }
        }
        guard var headGroups = groups(head), var tailGroups = groups(tail) else { return nil }
        // An IPv4 part may only end the address, as its last group.
        var ipv4: ArraySlice<UInt8>?
        if let last = (compressed ? tailGroups.last : headGroups.last),
            last.contains(UInt8(ascii: "."))
        {
            guard isValidV4(bytes: last) else { return nil }
            ipv4 = last
            if compressed { tailGroups.removeLast() } else { headGroups.removeLast() }
        }
        for group in headGroups + tailGroups
        where !(1...4).contains(group.count) || !group.allSatisfy(isHexDigit) {
            return nil
        }
        let layout = V6Layout(
            head: headGroups, tail: tailGroups, isCompressed: compressed, embeddedIPv4: ipv4)
        // `::` stands for at least one zero group, so at most seven may be spelled out.
        let count = layout.explicitGroupCount
        return (compressed ? count <= 7 : count == 8) ? layout : nil
    }

    /// The position of the first `::` in `bytes`.
    private static func firstDoubleColon(in bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            if bytes[i] == UInt8(ascii: ":") && bytes[i + 1] == UInt8(ascii: ":") { return i }
            i += 1
        }
        return nil
    }

    /// `part` split at single colons; nil when a group is empty (a stray leading, trailing or
    /// doubled colon). An empty part has no groups.
    private static func groups(_ part: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
        if part.isEmpty { return [] }
        let pieces = part.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        return pieces.contains(where: \.isEmpty) ? nil : pieces
    }

    /// True for the ASCII bytes 0-9, a-f, A-F.
    static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x46, 0x61...0x66: true
        default: false
        }
    }
}
