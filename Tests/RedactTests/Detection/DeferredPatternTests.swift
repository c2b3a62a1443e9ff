import RedactRules
import Testing
@testable import Redact

/// The built-in rules' patterns compile when a text first needs them (start-up), every other
/// pattern at once (so that its mistakes are reported before any text is read).
@Suite struct DeferredPatternTests {
    /// What makes deferring sound: every built-in pattern compiles, with the group its rule reads.
    @Test func everyBuiltInPatternCompiles() throws {
        let compiled = try CompiledRuleSet(spec: DefaultRules.spec, compileEagerly: true)
        let patterns = compiled.rules.filter { $0.spec.pattern != nil }
        #expect(patterns.count > 50)
        for rule in patterns {
            let regex = try #require(rule.regex)
            #expect(regex.isCompiled, "\(rule.id)")
            #expect(rule.spec.group <= regex.groupCount, "\(rule.id)")
            if rule.spec.dropIf != nil { #expect(rule.dropIf?.isCompiled == true, "\(rule.id)") }
        }
        #expect(patterns.contains { $0.spec.dropIf != nil })
    }

    @Test func builtInPatternsWaitForATextThatNeedsThem() throws {
        let engine = try RedactionEngine()
        let regexes = engine.compiled.rules.compactMap(\.regex)
        #expect(!regexes.isEmpty)
        let noneCompiled = regexes.allSatisfy { !$0.isCompiled }
        #expect(noneCompiled)
        // No trigger character of any pattern rule: nothing compiled.
        _ = engine.redact("hello there")
        let noneCompiledYet = regexes.allSatisfy { !$0.isCompiled }
        #expect(noneCompiledYet)
        // A phone number's digits: its rules compile, and find it.
        let spans = engine.detect("call me on +994 50 123 45 67 tonight")
        #expect(spans.contains { $0.label == "PHONE" })
        let compiledNow = regexes.filter { $0.isCompiled }.count
        #expect(compiledNow > 0)
        #expect(compiledNow < regexes.count)
    }

    /// The same spans as with every pattern compiled up front, on a text that triggers many rules.
    @Test func deferredAndEagerFindTheSame() throws {
        let text = """
            Dəlil: iş № 1(103)-456/2023, 12 mart 2021, saat 14:35. Tel. +994 50 123 45 67, e-mail anna.smith@example.com.
            Дело № 2-1234/2022 от 12.03.2021, в 18:00, ул. Ленина, д. 5, кв. 12, 500 тысяч рублей, IBAN DE89 3704 0044 0532 0130 00.
            Esas No: 2021/345, 3.000 TL, 34 ABC 123. Case No. 1:22-cv-01234, $12,500 at 6 p.m., 40.4093, 49.8671.
            """
        let deferred = try RedactionEngine()
        let eager = try RedactionEngine(configuration: RedactionConfiguration(), compileEagerly: true)
        let allCompiled = eager.compiled.rules.compactMap(\.regex).allSatisfy { $0.isCompiled }
        #expect(allCompiled)
        let a = deferred.detect(text).map { "\($0.label) \($0.text)" }
        let b = eager.detect(text).map { "\($0.label) \($0.text)" }
        #expect(a.count >= 10)
        #expect(a == b)
    }

    /// A user's pattern, even beside the built-in ones, is compiled at once.
    @Test func userPatternsCompileAtOnce() throws {
        var spec = DefaultRules.spec
        spec.rules.append(RuleSpec(id: "user.code", label: "CODE", languages: ["*"], kind: .pattern, pattern: #"XQ-\d{4}"#,
                                   location: RuleLocation(file: "mine.yaml", line: 3)))
        let engine = try RedactionEngine(configuration: RedactionConfiguration(rules: spec))
        let user = try #require(engine.compiled.rules.first { $0.id == "user.code" }?.regex)
        #expect(user.isCompiled)
        spec.rules[spec.rules.count - 1].pattern = #"XQ-(\d{4}"#
        #expect {
            try RedactionEngine(configuration: RedactionConfiguration(rules: spec))
        } throws: { error in
            let e = error as? RuleFileError
            return e?.code == .invalidPattern && e?.ruleID == "user.code" && e?.file == "mine.yaml" && e?.line == 3
        }
    }
}
