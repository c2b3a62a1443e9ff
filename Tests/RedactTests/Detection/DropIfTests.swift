import RedactRules
import Testing
@testable import Redact

/// A rule's `drop_if` pattern says what a negative look-behind at the start of its pattern
/// says, tried once per match: the two forms find the same spans.
@Suite struct DropIfTests {
    static func engine(_ pattern: String, dropIf: String? = nil, after: [String] = [], trigger: String? = "0123456789",
                       caseInsensitive: Bool = false, lists: [String: [String]] = [:]) throws -> RedactionEngine {
        let rule = RuleSpec(id: "t", label: "CODE", languages: ["*"], kind: .pattern, pattern: pattern, dropIf: dropIf,
                            dropIfAfter: after, caseInsensitive: caseInsensitive, trigger: trigger, maxLength: 24,
                            location: RuleLocation(file: "t.yaml", line: 1))
        let spec = RuleSetSpec(name: "t", rules: [rule], lists: lists, files: [])
        return try RedactionEngine(configuration: RedactionConfiguration(rules: spec, operators: OperatorTable(defaultOperator: .redact)))
    }

    static func randomTexts(_ pieces: [String], seed: [UInt8], count: Int = 600) -> [String] {
        var random = KeyedRandom(seed: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<random.next(in: 1...24) { text += random.element(of: pieces) }
            return text
        }
    }

    /// A look-behind over a list at the pattern's start, and the same look-behind as `drop_if`:
    /// the same spans on random text, including where a dropped match's later characters
    /// start a match of their own (`ab1234`: `234`, as the look-behind form finds).
    @Test func aDropIfFindsWhatALookBehindAtTheStartFinds() throws {
        let lists = ["codes.a": ["inv", "ИНН", "ref no"], "codes.b": ["ab"]]
        let lookBehind = try Self.engine(#"(?<!(?i:{{codes}})\.?\h?)[\dX]\d{2,5}(?![\d])"#, caseInsensitive: true, lists: lists)
        let dropping = try Self.engine(#"[\dX]\d{2,5}(?![\d])"#, dropIf: #"(?<=(?i:{{codes}})\.?\h?)"#, caseInsensitive: true, lists: lists)
        // Tried only after a listed word, found without case (`INV`, `ИНН`): the same again.
        let gated = try Self.engine(#"[\dX]\d{2,5}(?![\d])"#, dropIf: #"(?<=(?i:{{codes}})\.?\h?)"#, after: ["{{codes}}"],
                                    caseInsensitive: true, lists: lists)
        let pieces = ["123", "4567", "9", "X12", " ", "inv", "INV", "Inv.", "инн", "ИНН ", "ab", "AB", "ref no ", "ref", ".", "\n", "ə",
                      "word word word ", "+"]
        var found = 0, dropped = 0
        for text in Self.randomTexts(pieces, seed: [3, 1, 4]) {
            let expected = lookBehind.detect(text).map(\.utf8Range)
            #expect(dropping.detect(text).map(\.utf8Range) == expected, "\(text.debugDescription)")
            #expect(gated.detect(text).map(\.utf8Range) == expected, "\(text.debugDescription)")
            found += expected.count
            dropped += try Self.engine(#"[\dX]\d{2,5}(?![\d])"#, lists: lists).detect(text).count - expected.count
        }
        #expect(found > 200)
        #expect(dropped > 100)
        #expect(dropping.detect("ab1234 and inv 4567, 8901").map(\.text) == ["234", "567", "8901"])
    }

    /// `\z` in `drop_if` is the match's end: a look-behind at the end of a pattern over exactly
    /// the match (a time after a word that makes it no time) says the same where the pattern has
    /// no shorter match at that start.
    @Test func itsEndIsTheMatchsEnd() throws {
        let lookBehind = try Self.engine(#"(?<!\d)\d\d?:[0-5]\d(?::[0-5]\d)?(?!\d)(?<!(?:score|John)\h\d:\d\d|(?:score|John)\h\d\d:\d\d)"#, trigger: ":")
        let dropping = try Self.engine(#"(?<!\d)\d\d?:[0-5]\d(?::[0-5]\d)?(?!\d)"#, dropIf: #"(?<=(?:score|John)\h)\d\d?:\d\d\z"#, trigger: ":")
        let pieces = ["12:30", "1:05", ":45", "3:16", " ", "score ", "John ", "at ", "9", "\n"]
        var found = 0
        for text in Self.randomTexts(pieces, seed: [2, 7, 1]) {
            let expected = lookBehind.detect(text).map(\.utf8Range)
            #expect(dropping.detect(text).map(\.utf8Range) == expected, "\(text.debugDescription)")
            found += expected.count
        }
        #expect(found > 200)
        #expect(dropping.detect("John 3:16 at 12:30, score 2:10:05").map(\.text) == ["12:30", "2:10:05"])
    }

    /// A word the `drop_if_after` list leaves out is never looked behind for: the match stays
    /// (a span too many, never one too few).
    @Test func aGateWithoutTheWordKeepsTheMatch() throws {
        let gated = try Self.engine(#"\d{3}"#, dropIf: "(?<=(?:inv|ref) )", after: ["ref"])
        #expect(gated.detect("inv 123, ref 456, 789").map(\.text) == ["123", "789"])
    }

    /// A user's `drop_if` is compiled with the rule set, and a mistake is named by file, line and rule.
    @Test func aBrokenDropIfIsNamedBeforeAnyText() throws {
        #expect {
            _ = try Self.engine(#"\d{3}"#, dropIf: "(?<=inv")
        } throws: { error in
            let e = error as? RuleFileError
            return e?.code == .invalidPattern && e?.ruleID == "t" && e?.file == "t.yaml" && e?.line == 1
                && e?.message.contains("drop_if") == true
        }
    }

    /// Two rule sets that differ only in a `drop_if` find different things, and their digests differ.
    @Test func theDigestHoldsIt() throws {
        let a = try Self.engine(#"\d{3}"#)
        let b = try Self.engine(#"\d{3}"#, dropIf: "(?<=inv )")
        #expect(a.ruleSetDigest != b.ruleSetDigest)
        #expect(a.detect("inv 123").count == 1 && b.detect("inv 123").isEmpty)
    }

    /// Read from a rule file, and written back by the emitter of the built-in set.
    @Test func aRuleFileCarriesIt() throws {
        let yaml = """
            format: redact-rules/1
            rules:
              - id: a
                label: X
                kind: pattern
                trigger: "0123456789"
                pattern: '\\d{3}'
                drop_if: '(?<=inv\\h)'
                examples:
                  match: ['[[123]]']
                  reject: ['inv 123']
            """
        let rule = try #require(RuleFileReader.parse(yaml, path: "a.yaml").rules.first?.rule)
        #expect(rule.dropIf == #"(?<=inv\h)"#)
        let emitted = SwiftSourceEmitter.emit(RuleSetSpec(name: "t", rules: [rule], lists: [:], files: []), typeName: "T", root: "/")
        #expect(emitted.contains(#"dropIf: "(?<=inv\\h)""#))
    }
}
