import RedactRules
import Testing
@testable import Redact

/// The start-up rewrite must keep every pattern's meaning: what it wraps, what it leaves alone,
/// and the same matches as the pattern as written on real rule text.
@Suite struct CaselessClassesTests {
    @Test(arguments: [
        (#"\p{L}+"#, #"(?-i:\p{L})+"#),
        (#"(?<![\p{L}\p{N}_])x"#, #"(?<!(?-i:[\p{L}\p{N}_]))x"#),
        (#"\P{N}\pL"#, #"(?-i:\P{N})(?-i:\pL)"#),
        (#"[\p{L}\-./]"#, #"(?-i:[\p{L}\-./])"#),
        (#"\p{gc=Nd}"#, #"(?-i:\p{gc=Nd})"#),
        // Left alone: cased members, cased properties, quotes, escapes of unknown meaning.
        (#"[a-z\p{N}]"#, #"[a-z\p{N}]"#),
        (#"\p{Lu}[\p{Ll}]"#, #"\p{Lu}[\p{Ll}]"#),
        (#"\Q\p{L}[\p{N}]\E"#, #"\Q\p{L}[\p{N}]\E"#),
        (#"[\x{41}\p{L}]"#, #"[\x{41}\p{L}]"#),
        (#"[[:alpha:]\p{L}]"#, #"[[:alpha:]\p{L}]"#),
        (#"\\p{L}"#, #"\\p{L}"#),
        (#"[ə\p{N}]"#, #"[ə\p{N}]"#),
        // A free-spacing comment is copied as written, brackets and all.
        ("(?x) a # [\\p{L}\n\\p{N}", "(?x) a # [\\p{L}\n(?-i:\\p{N})"),
    ])
    func rewrite(pattern: String, expected: String) {
        #expect(CaselessClasses.rewrite(pattern) == expected)
    }

    /// Each case-insensitive pattern of the default rules, rewritten, finds exactly what the
    /// pattern as written finds, on every example of every rule and its upper- and lower-case
    /// forms.
    @Test func defaultPatternsMatchTheSame() throws {
        let spec = DefaultRules.spec
        var texts: [String] = []
        for rule in spec.rules {
            for example in rule.matchExamples + rule.rejectExamples {
                let plain = example.text.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: "")
                texts += [plain, plain.uppercased(), plain.lowercased()]
            }
        }
        var checked = 0
        var matched = 0
        for rule in spec.rules where rule.caseInsensitive {
            guard let pattern = rule.pattern else { continue }
            let expanded = spec.expandPattern(pattern)
            let rewritten = CaselessClasses.rewrite(expanded)
            #expect(rewritten != expanded, "\(rule.id): nothing to rewrite, so this test checks nothing")
            let original = try RegexPrototype(pattern: expanded, caseInsensitive: true).makeMatcher()
            let fast = try RegexPrototype(pattern: rewritten, caseInsensitive: true).makeMatcher()
            for text in texts {
                let units = Array(text.utf16)
                func spans(_ matcher: RegexMatcher) -> [[Int]] {
                    var found: [[Int]] = []
                    units.withUnsafeBufferPointer { buffer in
                        matcher.setText(buffer)
                        matcher.forEachMatch(in: 0..<units.count, group: rule.group) { found.append([$0, $1]) }
                    }
                    return found
                }
                let expected = spans(original)
                #expect(spans(fast) == expected, "\(rule.id) on \(text.debugDescription)")
                matched += expected.count
            }
            checked += 1
        }
        #expect(checked >= 9)
        #expect(matched > 100)
    }
}
