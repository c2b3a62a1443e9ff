import RedactRules
import Testing
@testable import Redact

@Suite struct RedactionEngineTests {
    @Test func wordListsMatchByKeyOnWordBoundaries() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact))
        #expect(engine.redact("İZMİR, izmir, Izmir; Gəncəli; NEW YORK").output == "[LOCATION], [LOCATION], [LOCATION]; Gəncəli; [LOCATION]")
        #expect(engine.redact("Gən\u{00AD}cə").output == "[LOCATION]")
    }

    @Test func cueRulesNeedTheirCueWithinTheWindow() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .redact))
        #expect(engine.redact("FİN: 5ZK7R2B").output == "FİN: [NATIONAL_ID]")
        #expect(engine.redact("fin kodum 5ZK7R2B").output == "fin kodum [NATIONAL_ID]")
        #expect(engine.redact("5ZK7R2B").output == "5ZK7R2B")
        #expect(engine.redact("FİN is written somewhere far away 5ZK7R2B").output == "FİN is written somewhere far away 5ZK7R2B")
        #expect(engine.redact("FİN:\n5ZK7R2B").output == "FİN:\n5ZK7R2B")
    }

    @Test func spansCarryOffsetsAndRules() throws {
        let engine = try TestRules.engine(operators: OperatorTable(defaultOperator: .tag))
        let result = engine.redact("ə 555-0199")
        #expect(result.spans == [DetectedSpan(label: "NUMBER", ruleID: "test.digits", utf8Range: 3..<11, utf16Range: 2..<10,
                                              codePointRange: 2..<10, text: "555-0199", replacement: "[NUMBER-1]")])
    }

    @Test func digestChangesWithTheRules() throws {
        let a = try TestRules.engine()
        var spec = try TestRules.spec()
        spec.rules[0].priority += 1
        let b = try RedactionEngine(configuration: RedactionConfiguration(rules: spec))
        #expect(a.ruleSetDigest != b.ruleSetDigest)
        #expect(a.ruleSetDigest == (try TestRules.engine()).ruleSetDigest)
        #expect(a.ruleSetDigest.count == 64)
    }

    @Test func badPatternsAreReportedWithTheirRule() throws {
        var spec = try TestRules.spec()
        spec.rules[0].pattern = "(unclosed"
        #expect {
            try RedactionEngine(configuration: RedactionConfiguration(rules: spec))
        } throws: { error in
            let e = error as? RuleFileError
            return e?.code == .invalidPattern && e?.ruleID == "test.digits" && e?.file == "test.yaml" && e?.line == 4
        }
    }

    @Test func theDefaultRuleSetCompilesAndItsExamplesPass() throws {
        let engine = try RedactionEngine()
        let report = RuleExampleChecker(engine: engine).check()
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
        #expect(report.rulesChecked == DefaultRules.spec.rules.count)
    }

    @Test func testRuleExamplesPass() throws {
        let report = RuleExampleChecker(engine: try TestRules.engine()).check()
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.examplesChecked == 8)
    }
}
