import RedactRules
@testable import Redact

/// A small rule set written in the tests, so engine tests do not depend on the default rules.
enum TestRules {
    static let yaml = #"""
        format: redact-rules/1
        name: test
        rules:
          - id: test.digits
            label: NUMBER
            kind: pattern
            trigger: digits
            max_length: 20
            pattern: '\b\d{3}-\d{4}\b'
            examples:
              match: ["call [[555-0199]] now"]
          - id: test.email
            label: EMAIL
            kind: pattern
            trigger: "@"
            pattern: '[a-z.]+@[a-z]+\.[a-z]{2,}'
            examples:
              match: ["[[a.b@example.org]]"]
          - id: test.city
            label: LOCATION
            kind: wordlist
            words: [Gəncə, Ganja, İzmir, "New York"]
            examples:
              match: ["in [[GƏNCƏ]] and [[new york]]"]
              reject: ["Gəncəli"]
          - id: test.fin
            label: NATIONAL_ID
            kind: cue
            words: ["FİN", "fin kod*"]
            pattern: '\b[0-9A-Z]{7}\b'
            window: 12
            examples:
              match: ["FIN: [[5ZK7R2B]]", "fin kodu [[5ZK7R2B]]"]
              reject: ["5ZK7R2B", "FIN is 12345678 long ago ABCDEFG"]
        """#

    static func spec() throws -> RuleSetSpec {
        var composer = RuleSetComposer(readFile: { _ in yaml })
        try composer.add(path: "test.yaml")
        return try composer.build(name: "test")
    }

    static func engine(operators: OperatorTable = OperatorTable(), key: RedactionKey? = nil) throws -> RedactionEngine {
        try RedactionEngine(configuration: RedactionConfiguration(
            rules: spec(), operators: operators,
            key: key ?? (try RedactionKey(bytes: Array(repeating: 1, count: 32)))))
    }
}
