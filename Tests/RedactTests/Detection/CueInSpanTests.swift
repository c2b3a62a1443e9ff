import RedactRules
import Testing
@testable import Redact

/// A cue rule with `cue_in_span`: the span runs from the cue's start (a sum's first number
/// word) to its target's end.
@Suite("CueInSpan")
struct CueInSpanTests {
    static let yaml = #"""
        format: redact-rules/1
        name: cue-in-span
        lists:
          n.en: [five, ten, thousand]
        rules:
          - id: sum
            label: MONEY
            kind: cue
            cue_in_span: true
            window: 0
            case_insensitive: true
            list: [n.en]
            pattern: '\G(?:\h+{{n.en}})*\h+dollars(?!\p{L})'
            examples:
              match: ["paid [[five thousand dollars]] once"]
              reject: ["five thousand people"]
          - id: after
            label: ID
            kind: cue
            words: [code]
            pattern: '\d{3}'
            examples:
              match: ["code [[123]]"]
        """#

    static func engine() throws -> RedactionEngine {
        var composer = RuleSetComposer(readFile: { _ in yaml })
        try composer.add(path: "cue-in-span.yaml")
        let spec = try composer.build(name: "cue-in-span")
        #expect(spec.rule(id: "sum")?.cueInSpan == true)
        #expect(spec.rule(id: "after")?.cueInSpan == false)
        return try RedactionEngine(configuration: RedactionConfiguration(
            rules: spec, operators: OperatorTable(defaultOperator: .redact),
            key: try RedactionKey(bytes: Array(repeating: 1, count: 32))))
    }

    @Test(arguments: [
        ("He paid five thousand dollars.", "He paid [MONEY]."),
        ("Ten dollars, TEN THOUSAND DOLLARS", "[MONEY], [MONEY]"),
        ("five thousand people, ten of them", "five thousand people, ten of them"),
        // A cue without its target right after it: \G pins the target to the cue's end.
        ("five people and dollars", "five people and dollars"),
        ("code 123 stays outside", "code [ID] stays outside"),
    ])
    func spanStartsAtTheCue(_ text: String, expected: String) throws {
        #expect(try Self.engine().redact(text).output == expected)
    }

    @Test func theKeyChangesTheDigestOnlyWhenSet() throws {
        var spec = try RuleSetComposer(readFile: { _ in Self.yaml }).buildAdding("x.yaml")
        let with = RedactionEngine.digest(of: spec)
        spec.rules[0].cueInSpan = false
        #expect(RedactionEngine.digest(of: spec) != with)
    }
}

private extension RuleSetComposer {
    func buildAdding(_ path: String) throws -> RuleSetSpec {
        var composer = self
        try composer.add(path: path)
        return try composer.build(name: "x")
    }
}
