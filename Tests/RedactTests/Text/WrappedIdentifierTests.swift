import Testing
@testable import Redact

/// Identifiers broken by a line break inside their shape (hard-wrapped mail, PDF text) are
/// found whole, in a whole text and in a stream however it is fed; prose lines stay lines.
@Suite struct WrappedIdentifierTests {
    static let engine = try! RedactionEngine(configuration: RedactionConfiguration(
        operators: OperatorTable(defaultOperator: .redact), key: try! RedactionKey(bytes: Array(repeating: 3, count: 32))))

    static let wrapped: [(text: String, expected: String)] = [
        ("Write to elcin.huseynov@\nexample.az today.", "Write to [EMAIL] today."),
        ("Write to elcin.huseynov\n@example.az today.", "Write to [EMAIL] today."),
        ("Write to elcin.huseynov@ \r\nexample.az today.", "Write to [EMAIL] today."),
        ("Call +994 50 123 45\n67 today.", "Call [PHONE] today."),
        ("Call +994 50 123 45 \n67 today.", "Call [PHONE] today."),
        ("Call +994 50 123 45\r\n67 today.", "Call [PHONE] today."),
        ("Call +994 50 123\u{2028}45 67 today.", "Call [PHONE] today."),
        ("Call +994-50-\n123-45-67 today.", "Call [PHONE] today."),
        ("Card 4111 1111\n1111 1111 expires.", "Card [CARD] expires."),
        ("IBAN AZ21 NABZ 0000 0000\n1370 1000 1944 here.", "IBAN [IBAN] here."),
    ]

    @Test(arguments: wrapped)
    func anIdentifierBrokenAcrossALineIsReplacedWhole(text: String, expected: String) {
        #expect(Self.engine.redact(text).output == expected)
    }

    @Test func proseLinesStayLines() {
        let text = "He left at 5.\nThen 12\nrooms were searched, well-\nknown ones too.\nMail me\n@ noon.\n"
        #expect(Self.engine.redact(text).output == text)
    }

    @Test func aStreamFindsTheWrappedIdentifierWhereverItIsCut() throws {
        // Blocks of at least 16 bytes, so block ends fall near the break.
        let text = "line one\nCall +994 50 123 45\n67 now.\nmail a.b@\nexample.org end\n"
        let expected = "line one\nCall [PHONE] now.\nmail [EMAIL] end\n"
        for split in 0...text.utf8.count {
            let redactor = StreamingRedactor(session: Self.engine.makeSession())
            redactor.chunkBytes = 16
            let bytes = Array(text.utf8)
            var out = try redactor.feed(bytes[..<split])
            out += try redactor.feed(bytes[split...])
            out += try redactor.finish()
            #expect(String(decoding: out, as: UTF8.self) == expected, "split at \(split)")
        }
    }

    @Test func joinsOnlyInsideAnIdentifiersShape() {
        func join(_ s: String, at offset: Int) -> UTF16Buffer.BreakJoin {
            let bytes = Array(s.utf8)
            return bytes.withUnsafeBufferPointer { UTF16Buffer.join($0, breakAt: offset, length: 1) }
        }
        #expect(join("a@\nb", at: 2) == .dropWithSpaces)
        #expect(join("a@ \nb", at: 3) == .dropWithSpaces)
        #expect(join("12\n34", at: 2) == .space)
        #expect(join("12 \n34", at: 3) == .drop)
        #expect(join("1-\n2", at: 2) == .drop)
        #expect(join("12\n", at: 2) == .undecided)
        #expect(join("ab\ncd", at: 2) == .keep)
        #expect(join("5.\nThen", at: 2) == .keep)
        #expect(join("me\n@ noon", at: 2) == .dropWithSpaces)
        #expect(join("12\nab", at: 2) == .keep)
    }
}
