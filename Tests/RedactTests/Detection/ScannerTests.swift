import RedactRules
import Testing
@testable import Redact

/// Trigger windows are an optimisation: with or without them a rule must find the same spans.
@Suite struct ScannerTests {
    static func engine(trigger: String?, minTriggers: Int) throws -> RedactionEngine {
        let rule = RuleSpec(
            id: "t", label: "PHONE", languages: ["*"], kind: .pattern,
            pattern: #"(?<![\d+])\+?\(?\d(?:[ \-()]?\d){6,10}(?!\d)"#, trigger: trigger, minTriggers: minTriggers,
            maxLength: 24, location: RuleLocation(file: "t", line: 1))
        let spec = RuleSetSpec(name: "t", rules: [rule], lists: [:], files: [])
        return try RedactionEngine(configuration: RedactionConfiguration(rules: spec, operators: OperatorTable(defaultOperator: .redact)))
    }

    /// The pattern guarantees at least 7 digits in at most 24 units, so `min_triggers: 7` is sound.
    @Test func windowsFindWhatAFullScanFinds() throws {
        let full = try Self.engine(trigger: nil, minTriggers: 1)
        let windowed = try Self.engine(trigger: "0123456789", minTriggers: 7)
        let windowedOne = try Self.engine(trigger: "0123456789", minTriggers: 1)
        let pieces = ["+994 50 123 45 67", "2019", "12:30", " ", " ", "word", "ə", "(", ")", "-", "5", "55", "\n", "0501234567", "1 2 3 4 5 6 7"]
        var random = KeyedRandom(seed: [5, 4, 3])
        var found = 0
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<random.next(in: 1...30) { text += random.element(of: pieces) }
            let expected = full.detect(text).map(\.utf8Range)
            #expect(windowed.detect(text).map(\.utf8Range) == expected, "\(text.debugDescription)")
            #expect(windowedOne.detect(text).map(\.utf8Range) == expected, "\(text.debugDescription)")
            found += expected.count
        }
        #expect(found > 100)
    }

    static func moneyEngine(trigger: String?, near: [String]) throws -> RedactionEngine {
        // The currency is inside the match (`$5`, `5 manat`) or only in a look-ahead (the `10`
        // of `10-20 manat`), within max_length of the match either way.
        let rule = RuleSpec(
            id: "m", label: "MONEY", languages: ["*"], kind: .pattern,
            pattern: #"\$\d{1,4}|\d{1,4}(?:\h?manat|(?=-\d{1,4}\h?manat))"#, trigger: trigger, near: near,
            maxLength: 16, location: RuleLocation(file: "t", line: 1))
        let spec = RuleSetSpec(name: "t", rules: [rule], lists: [:], files: [])
        return try RedactionEngine(configuration: RedactionConfiguration(rules: spec, operators: OperatorTable(defaultOperator: .redact)))
    }

    /// Windows that open only with a `near` string close find what a full scan finds, when
    /// every match has one within max_length; and nothing where none is near.
    @Test func nearWindowsFindWhatAFullScanFinds() throws {
        let full = try Self.moneyEngine(trigger: nil, near: [])
        let near = try Self.moneyEngine(trigger: "0123456789", near: ["$", "manat"])
        let pieces = ["$", "5", "1234", "-", " ", "manat", "mana", "word ", "ə", "\n", "20", "$ ", "      "]
        var random = KeyedRandom(seed: [7, 1, 3])
        var found = 0
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<random.next(in: 1...30) { text += random.element(of: pieces) }
            let expected = full.detect(text).map(\.utf8Range)
            #expect(near.detect(text).map(\.utf8Range) == expected, "\(text.debugDescription)")
            found += expected.count
        }
        #expect(found > 100)
        #expect(near.detect("10-20 manat").count == 2)
        #expect(near.detect("10 20 30 1234 people").isEmpty)
    }

    static func caselessEngine(trigger: String?, near: [String], caseInsensitive: Bool = true,
                               lists: [String: [String]] = [:]) throws -> RedactionEngine {
        // A month or a street word, inside the match; ICU compares the literals by full case
        // folding (Straße is strasse, MART is mart).
        let rule = RuleSpec(
            id: "m", label: "DATE", languages: ["*"], kind: .pattern,
            pattern: #"\d{1,2}\h(?:mart|aprel|strasse|ǆ)(?!\p{L})"#, caseInsensitive: caseInsensitive, trigger: trigger,
            near: near, maxLength: 16, location: RuleLocation(file: "t", line: 1))
        let spec = RuleSetSpec(name: "t", rules: [rule], lists: lists, files: [])
        return try RedactionEngine(configuration: RedactionConfiguration(rules: spec, operators: OperatorTable(defaultOperator: .redact)))
    }

    /// The `near` list of a case-insensitive rule is compared by case folding, as its pattern
    /// is: windows open at every spelling the pattern matches, and find what a full scan finds.
    @Test func caselessNearWindowsFindWhatAFullScanFinds() throws {
        let full = try Self.caselessEngine(trigger: nil, near: [])
        let near = try Self.caselessEngine(trigger: "0123456789", near: ["mart", "aprel", "strasse", "ǆ"])
        let listed = try Self.caselessEngine(trigger: "0123456789", near: ["{{words}}"],
                                             lists: ["words.a": ["mart", "aprel"], "words.b": ["strasse", "ǆ"]])
        let pieces = ["5 ", "12 ", " ", "7", "mart", "MART", "Mart", "mArT", "APREL", "Straße", "STRASSE", "strasse", "ǅ", "Ǆ",
                      "İ", "ﬁ", "word ", "marta", "\n", "ə"]
        var random = KeyedRandom(seed: [9, 2, 6])
        var found = 0
        for _ in 0..<1000 {
            var text = ""
            for _ in 0..<random.next(in: 1...24) { text += random.element(of: pieces) }
            let expected = full.detect(text).map(\.utf8Range)
            #expect(near.detect(text).map(\.utf8Range) == expected, "\(text.debugDescription)")
            #expect(listed.detect(text).map(\.utf8Range) == expected, "\(text.debugDescription)")
            found += expected.count
        }
        #expect(found > 100)
        #expect(near.detect("5 STRASSE, İstanbul 12 Straße, 3 MART").count == 3)
        #expect(near.detect("5 street 12 mars 2019").isEmpty)
    }

    /// A case-sensitive rule's list is compared exactly, even beside a caseless list that makes
    /// the text folded: its pattern takes only the spellings it names.
    @Test func exactNearListsStayExact() throws {
        let exact = try Self.caselessEngine(trigger: "0123456789", near: ["mart"], caseInsensitive: false)
        let caseless = try Self.caselessEngine(trigger: "0123456789", near: ["mart"])
        let rule = RuleSpec(id: "m2", label: "MONEY", languages: ["*"], kind: .pattern, pattern: #"\d+\hAZN"#,
                            trigger: "0123456789", near: ["AZN"], maxLength: 16, location: RuleLocation(file: "t", line: 2))
        let both = try RedactionEngine(configuration: RedactionConfiguration(
            rules: RuleSetSpec(name: "t", rules: [rule] + caseless.configuration.rules.rules, lists: [:], files: []),
            operators: OperatorTable(defaultOperator: .redact)))
        #expect(exact.detect("5 mart, 6 MART").map(\.text) == ["5 mart"])
        #expect(both.detect("5 AZN, 6 azn, 7 MART").map(\.text) == ["5 AZN", "7 MART"])
    }

    /// Full case folding, as ICU's: several units for one where the folding has several.
    @Test func caseFoldingIsICUs() {
        #expect(CaseFold.fold("Straße MART İ ǅ") == Array("strasse mart i\u{307} ǆ".utf16))
        let text = Array("aßb".utf16)
        var folded: [UInt16] = [], origin: [Int32] = []
        text.withUnsafeBufferPointer { CaseFold.fold($0, into: &folded, origin: &origin) }
        #expect(folded == Array("assb".utf16))
        #expect(origin == [0, 1, 1, 2])
        Array("AbC".utf16).withUnsafeBufferPointer { CaseFold.fold($0, into: &folded, origin: &origin) }
        #expect(folded == Array("abc".utf16) && origin.isEmpty)
    }

    /// A word-list entry's `*` makes a prefix of its one word or of a phrase's last word; the
    /// other words of a phrase match whole.
    @Test func aPhrasesLastWordMayBeAPrefix() throws {
        var composer = RuleSetComposer(readFile: { _ in #"""
            format: redact-rules/1
            rules:
              - id: w
                label: ORGANIZATION
                kind: wordlist
                words: ["Ali Məhkəmə*", "telefon*", "New York", "Sayıştay*", "o'clock", "Upper Tribunal (Asylum Chamber)"]
                examples:
                  match: ["[[Ali Məhkəmənin]] qərarı"]
            """# })
        try composer.add(path: "w.yaml")
        let engine = try RedactionEngine(configuration: RedactionConfiguration(
            rules: try composer.build(name: "w"), operators: OperatorTable(defaultOperator: .redact)))
        let found = engine.detect("Ali Məhkəmənin qərarı; ali məhkəmə; Ali Məmmədov; Alim Məhkəmədə; telefonla; New Yorker; New York.")
            .filter { $0.ruleID == "w" }.map(\.text)
        #expect(found == ["Ali Məhkəmənin", "ali məhkəmə", "telefonla", "New York"])
        // A suffix after an apostrophe past the prefix stays outside; an entry's own apostrophe stays in.
        let turkish = engine.detect("Sayıştay'ın kararı, Sayıştay’a gitti; at 6 o'clock.").filter { $0.ruleID == "w" }.map(\.text)
        #expect(turkish == ["Sayıştay", "Sayıştay", "o'clock"])
        // A bracket the phrase opens is closed inside the span.
        #expect(engine.detect("to the Upper Tribunal (Asylum Chamber) today").filter { $0.ruleID == "w" }.map(\.text)
                == ["Upper Tribunal (Asylum Chamber)"])
    }
}
