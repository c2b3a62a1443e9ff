import Testing
@testable import Redact

@Suite struct OperatorTests {
    static let text = "Call 555-0199, then 555-0123, then 555-0199 again; mail a.b@example.org."

    @Test func tagNumbersEachDistinctValuePerLabel() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .tag))
        #expect(engine.redact(Self.text).output == "Call [NUMBER-1], then [NUMBER-2], then [NUMBER-1] again; mail [EMAIL-1].")
    }

    @Test func redactWritesTheLabel() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact))
        #expect(engine.redact(Self.text).output == "Call [NUMBER], then [NUMBER], then [NUMBER] again; mail [EMAIL].")
    }

    @Test func maskKeepsLengthAndWhitespace() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .mask))
        let result = engine.redact("in New York and Gəncə")
        #expect(result.output == "in *** **** and *****")
    }

    @Test func operatorsArePerLabel() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact, byLabel: ["EMAIL": .tag]))
        #expect(engine.redact(Self.text).output == "Call [NUMBER], then [NUMBER], then [NUMBER] again; mail [EMAIL-1].")
    }

    @Test func pseudonymsAreConsistentWithinARunAndAcrossRunsWithOneKey() throws {
        let key = try RedactionKey(bytes: Array(repeating: 42, count: 32))
        let a = try TestRules.engine(key: key).redact("write a.b@example.org or a.b@example.org")
        let b = try TestRules.engine(key: key).redact("again a.b@example.org")
        #expect(a.spans.count == 2)
        #expect(a.spans[0].replacement == a.spans[1].replacement)
        #expect(b.spans[0].replacement == a.spans[0].replacement)
        #expect(a.spans[0].replacement.hasSuffix("@example.com") || a.spans[0].replacement.hasSuffix("@example.org")
                || a.spans[0].replacement.hasSuffix("@example.net"))
        let other = try TestRules.engine(key: try RedactionKey(bytes: Array(repeating: 43, count: 32)))
        // A different key gives a different stand-in (with overwhelming probability for this fixed pair).
        #expect(other.redact("again a.b@example.org").spans[0].replacement != a.spans[0].replacement)
    }

    @Test func everyByteOutsideSpansIsCopied() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact))
        let result = engine.redact(Self.text)
        var rebuilt = Array(Self.text.utf8)
        for span in result.spans.reversed() {
            rebuilt.replaceSubrange(span.utf8Range, with: Array(span.replacement.utf8))
        }
        #expect(String(decoding: rebuilt, as: UTF8.self) == result.output)
    }
}

@Suite struct RedactionKeyTests {
    @Test func readsRawAndHexKeys() throws {
        let raw = (0..<32).map { UInt8($0) }
        #expect(try RedactionKey(fileContents: raw).bytes == raw)
        let hex = try RedactionKey(bytes: raw).hex
        #expect(hex.hasPrefix("000102"))
        #expect(try RedactionKey(fileContents: Array((hex.uppercased() + "\n").utf8)).bytes == raw)
    }

    @Test func rejectsWrongKeys() {
        #expect(throws: KeyError.wrongLength(5)) { try RedactionKey(fileContents: [1, 2, 3, 4, 5]) }
        #expect(throws: KeyError.notHex) { try RedactionKey(fileContents: Array(String(repeating: "zz", count: 32).utf8)) }
    }

    @Test func rejectsKeysThatDoNotLookRandom() throws {
        #expect(throws: KeyError.lowEntropy) { try RedactionKey(fileContents: Array(repeating: 0, count: 32)) }
        #expect(throws: KeyError.lowEntropy) { try RedactionKey(fileContents: Array(String(repeating: "0", count: 64).utf8)) }
        #expect(throws: KeyError.lowEntropy) { try RedactionKey(fileContents: Array("correct horse battery staple 123".utf8)) }
        #expect(throws: KeyError.lowEntropy) { try RedactionKey(fileContents: Array(String(repeating: "0102", count: 16).utf8)) }
        // A generated key passes, in both forms.
        let key = RedactionKey.random()
        #expect(try RedactionKey(fileContents: key.bytes).bytes == key.bytes)
        #expect(try RedactionKey(fileContents: Array(key.hex.utf8)).bytes == key.bytes)
    }

    @Test func randomKeysDiffer() {
        #expect(RedactionKey.random() != RedactionKey.random())
    }
}
