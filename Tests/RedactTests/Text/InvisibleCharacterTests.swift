import Testing
@testable import Redact

/// Characters that show nothing, hidden inside an identifier, must not split it: every default
/// identifier rule, each invisible character, at every position inside the identifier.
@Suite struct InvisibleCharacterTests {
    static let redacting = try! RedactionEngine(configuration: RedactionConfiguration(
        operators: OperatorTable(defaultOperator: .redact), key: try! RedactionKey(bytes: Array(repeating: 7, count: 32))))
    static let pseudonymizing = try! RedactionEngine(configuration: RedactionConfiguration(
        key: try! RedactionKey(bytes: Array(repeating: 7, count: 32))))

    static let identifiers: [(text: String, label: String)] = [
        ("+994 50 123 45 67", "PHONE"),
        ("elcin.huseynov@example.az", "EMAIL"),
        ("4111 1111 1111 1111", "CARD"),
        ("AZ21NABZ00000000137010001944", "IBAN"),
        ("192.168.10.25", "IP_ADDRESS"),
    ]
    /// Zero-width space, zero-width joiner, word joiner, soft hyphen, NUL, a combining acute
    /// accent, left-to-right mark, right-to-left override, byte-order mark.
    static let invisible: [Unicode.Scalar] = ["\u{200B}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{0000}", "\u{0301}", "\u{200E}", "\u{202E}", "\u{FEFF}"]

    @Test(arguments: identifiers)
    func anInvisibleCharacterAnywhereInsideLeavesNothingVisible(identifier: String, label: String) throws {
        let plain = Self.redacting.redact("Reach me: \(identifier) today.")
        #expect(plain.output == "Reach me: [\(label)] today.", "the identifier itself must be found: \(plain.output)")
        let scalars = Array(identifier.unicodeScalars)
        for mark in Self.invisible {
            for position in 1..<scalars.count {
                var hidden = String.UnicodeScalarView(scalars[..<position])
                hidden.append(mark)
                hidden.append(contentsOf: scalars[position...])
                let text = "Reach me: \(String(hidden)) today."
                let result = Self.redacting.redact(text)
                #expect(result.output == "Reach me: [\(label)] today.",
                        "U+\(String(mark.value, radix: 16, uppercase: true)) at \(position) of \(identifier): \(result.output)")
            }
        }
    }

    @Test func aStandInIsMadeFromTheVisibleCharacters() throws {
        let key = "Phone +994 50 123 45 67."
        let hidden = "Phone +994 50 1\u{200B}23 45\u{00AD} 67."
        let a = Self.pseudonymizing.redact(key).output
        let b = Self.pseudonymizing.redact(hidden).output
        #expect(a == b)
        #expect(!a.contains("123 45 67"))
    }

    @Test func textWithoutIdentifiersKeepsItsInvisibleCharacters() throws {
        let text = "a\u{200B}b soft\u{00AD}hyphen e\u{0301} и\u{0306} \u{FEFF}x\n"
        #expect(Self.redacting.redact(text).output == text)
    }

    @Test func theViewLeavesInvisibleCharactersOutAndMapsBack() throws {
        var buffer = UTF16Buffer()
        let bytes = Array("1\u{200B}2\u{0301}и\u{0306}".utf8)
        try bytes.withUnsafeBufferPointer { try buffer.load($0) }
        #expect(buffer.units == Array("12и\u{0306}".utf16))
        #expect((0...buffer.count).map(buffer.utf8Offset) == [0, 4, 7, 9, 11])
    }
}
