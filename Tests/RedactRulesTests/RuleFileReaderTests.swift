import Testing
@testable import RedactRules

@Suite struct RuleFileReaderTests {
    static let good = """
        format: redact-rules/1
        name: sample
        lists:
          months.en: [January, February]
        rules:
          - id: phone.x
            label: PHONE
            kind: pattern
            trigger: digits
            pattern: '\\d{3}'
            validator: phone:AZ
            examples:
              match: ["[[123]]"]
              reject: ["abc"]
        """

    @Test func readsEveryField() throws {
        let file = try RuleFileReader.parse(Self.good, path: "sample.yaml")
        #expect(file.name == "sample")
        #expect(file.lists["months.en"] == ["January", "February"])
        let rule = try #require(file.rules.first?.rule)
        #expect(rule.id == "phone.x")
        #expect(rule.kind == .pattern)
        #expect(rule.trigger == "0123456789")
        #expect(rule.validator == "phone:AZ")
        #expect(rule.location == RuleLocation(file: "sample.yaml", line: 6))
        #expect(rule.matchExamples.first?.location.line == 13)
        #expect(rule.rejectExamples.map(\.text) == ["abc"])
    }

    /// `near` is read as written, and a YAML alias shares one list between rules.
    @Test func readsNearListsAndTheirAliases() throws {
        let yaml = """
            format: redact-rules/1
            rules:
              - id: a
                label: MONEY
                kind: pattern
                trigger: digits
                near: &currencies ["$", manat, Manat]
                pattern: '\\d+ manat'
                examples:
                  match: ["[[5 manat]]"]
              - id: b
                label: MONEY
                kind: pattern
                trigger: digits
                near: *currencies
                pattern: '\\$\\d+'
                examples:
                  match: ["[[$5]]"]
            """
        let rules = try RuleFileReader.parse(yaml, path: "near.yaml").rules.map(\.rule)
        #expect(rules.map(\.near) == [["$", "manat", "Manat"], ["$", "manat", "Manat"]])
        #expect(SwiftSourceEmitter.emit(RuleSetSpec(name: "t", rules: rules, lists: [:], files: []), typeName: "T", root: "/").contains(#"near: ["$", "manat", "Manat"]"#))
    }

    /// Each broken file, the line the error must name, the rule id, and a word of the message.
    @Test(arguments: [
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: regex\n", 5, "a", "unknown kind 'regex'"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    patern: 'x'\n", 6, "a", "unknown key 'patern'"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    examples:\n      match: ['[[x]]']\n", 3, "a", "needs 'pattern'"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: x\n", 3, "a", "needs examples"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: x\n    priority: high\n", 7, "a", "'priority' must be a whole number"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: lower\n    kind: pattern\n", 4, "a", "upper-case"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: x\n    examples:\n      match: ['no marks']\n", 8, "a", "[[…]]"),
        ("format: redact-rules/2\n", 1, nil, "unsupported format"),
        ("name: x\n", 1, nil, "missing 'format"),
        ("format: redact-rules/1\nrules: [\n  - id: a\n", 3, nil, "YAML syntax error"),
        ("format: redact-rules/1\nrulez: []\n", 2, nil, "unknown key 'rulez'"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: x\n    cue_in_span: true\n    examples:\n      match: ['[[x]]']\n", 3, "a", "'cue_in_span' is for cue rules only"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: x\n    near: [x]\n    examples:\n      match: ['[[x]]']\n", 3, "a", "'near' is for pattern rules with a 'trigger' only"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: x\n    unbroken: true\n    examples:\n      match: ['[[x]]']\n", 3, "a", "'unbroken' is for pattern rules with a 'trigger' only"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    trigger: x\n    pattern: x\n    unbroken: yes please\n    examples:\n      match: ['[[x]]']\n", 8, "a", "'unbroken' must be true or false"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    trigger: x\n    pattern: x\n    near: []\n    examples:\n      match: ['[[x]]']\n", 8, "a", "'near' must list at least one string"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: cue\n    words: [x]\n    pattern: x\n    drop_if: y\n    examples:\n      match: ['x [[x]]']\n", 3, "a", "'drop_if' is for pattern rules whose span is the whole match"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: (x)y\n    group: 1\n    drop_if: y\n    examples:\n      match: ['[[x]]y']\n", 3, "a", "'drop_if' is for pattern rules whose span is the whole match"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: x\n    drop_if: ''\n    examples:\n      match: ['[[x]]']\n", 7, "a", "'drop_if' must be a pattern, not empty"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: x\n    drop_if_after: [y]\n    examples:\n      match: ['[[x]]']\n", 3, "a", "the rule has no 'drop_if'"),
        ("format: redact-rules/1\nrules:\n  - id: a\n    label: X\n    kind: pattern\n    pattern: x\n    drop_if: y\n    drop_if_after: []\n    examples:\n      match: ['[[x]]']\n", 8, "a", "'drop_if_after' must list at least one string"),
        ("format: redact-rules/1\nlists:\n  org.head-prepositions.ru:\n    - по>dative\n    - при>prepositional\n", 5, nil, "unknown case 'prepositional'"),
        ("format: redact-rules/1\nlists:\n  org.head-prepositions.ru: [\">genitive\"]\n", 3, nil, "names a case but no preposition"),
    ] as [(String, Int, String?, String)])
    func malformedFilesNameFileLineRuleAndExpectation(yaml: String, line: Int, rule: String?, message: String) {
        #expect {
            _ = try RuleFileReader.parse(yaml, path: "broken.yaml")
        } throws: { error in
            guard let e = error as? RuleFileError else { return false }
            let ok = e.file == "broken.yaml" && e.line == line && e.ruleID == rule && e.message.contains(message)
            if !ok { Issue.record("got \(e)") }
            return ok && e.description.hasPrefix("broken.yaml:\(line)")
        }
    }
}

@Suite struct RuleSetComposerTests {
    static func rule(_ id: String, label: String = "X", extra: String = "") -> String {
        """
          - id: \(id)
            label: \(label)
            kind: pattern
            pattern: 'x'\(extra)
            examples:
              match: ['[[x]]']

        """
    }

    func composer(_ files: [String: String]) -> RuleSetComposer {
        RuleSetComposer(readFile: { path in
            guard let text = files[path] else { throw CocoaLikeError.missing }
            return text
        })
    }

    enum CocoaLikeError: Error { case missing }

    @Test func laterFilesOverrideAndDisableById() throws {
        var c = composer([
            "base.yaml": "format: redact-rules/1\nrules:\n" + Self.rule("a") + Self.rule("b"),
            "user.yaml": "format: redact-rules/1\ndisable: [b]\nrules:\n" + Self.rule("a", label: "Y", extra: "\n    override: true") + Self.rule("c"),
        ])
        try c.add(path: "base.yaml")
        try c.add(path: "user.yaml")
        let spec = try c.build(name: "t")
        #expect(spec.rules.map(\.id) == ["a", "c"])
        #expect(spec.rule(id: "a")?.label == "Y")
        #expect(spec.files == ["base.yaml", "user.yaml"])
    }

    @Test func duplicateIdsWithoutOverrideAreRefused() throws {
        var c = composer([
            "base.yaml": "format: redact-rules/1\nrules:\n" + Self.rule("a"),
            "user.yaml": "format: redact-rules/1\nrules:\n" + Self.rule("a"),
        ])
        try c.add(path: "base.yaml")
        #expect(throws: RuleFileError(.duplicateRule, file: "user.yaml", line: 3, ruleID: "a",
                                      "a rule with this id already exists at base.yaml:3; add 'override: true' to replace it")) {
            try c.add(path: "user.yaml")
        }
    }

    @Test func disablingAnUnknownIdIsRefused() throws {
        var c = composer(["u.yaml": "format: redact-rules/1\ndisable:\n  - nope\n"])
        #expect(throws: RuleFileError.self) { try c.add(path: "u.yaml") }
        do { try c.add(path: "u.yaml") } catch {
            #expect(error.code == .unknownRule && error.line == 3 && error.ruleID == "nope")
        }
    }

    @Test func listReferencesExpandLongestFirstAndMustExist() throws {
        var c = composer([
            "a.yaml": "format: redact-rules/1\nlists:\n  months.en: [may, march]\n  months.ru.genitive: [мая, марта]\nrules:\n" + Self.rule("a"),
        ])
        try c.add(path: "a.yaml")
        let spec = try c.build(name: "t")
        #expect(spec.expandPattern("\\d {{months}}") == "\\d (?:march|марта|may|мая)")
        #expect(spec.expandWords(["{{months.en}}", "x"]) == ["may", "march", "x"])
        var bad = composer(["b.yaml": "format: redact-rules/1\nrules:\n" + Self.rule("b", extra: "\n    words: ['{{nolist}}']")])
        try bad.add(path: "b.yaml")
        #expect(throws: RuleFileError.self) { try bad.build(name: "t") }
    }

    @Test func swiftSourceEscapesEverything() {
        #expect(SwiftSourceEmitter.literal("a\"b\\c\nə") == "\"a\\\"b\\\\c\\n\\u{259}\"")
    }
}
