import Foundation
import RedactRules
import Testing
@testable import Redact

/// The default rule files' embedded examples are their table-driven tests: one test per file,
/// each running every positive and negative sentence of that file's rules.
@Suite struct DefaultRuleFilesTests {
    static let engine = try! RedactionEngine()

    static let ruleFiles: [String] = Array(Set(DefaultRules.spec.rules.map(\.location.file))).sorted()

    @Test(arguments: ruleFiles)
    func examplesPass(file: String) {
        let report = RuleExampleChecker(engine: Self.engine).check(file: file)
        #expect(report.rulesChecked > 0)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyRuleFileUnderRulesIsInTheDefaultSet() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let rules = root.appendingPathComponent("Rules")
        let walker = FileManager.default.enumerator(atPath: rules.path)!
        var onDisk: Set<String> = []
        for case let path as String in walker where path.hasSuffix(".yaml") && path != "default.yaml" {
            onDisk.insert("Rules/" + path)
        }
        #expect(Set(DefaultRules.spec.files).subtracting(["Rules/default.yaml"]) == onDisk)
    }

    /// The worked examples in Rules/README.md are real rules that pass their own examples.
    @Test func readmeExamplesAreValidRules() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("Rules/README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count >= 4)
        var checked = 0
        for block in blocks {
            let yaml = block.hasPrefix("format:") ? block : "format: redact-rules/1\nrules:\n" + block
            var composer = RuleSetComposer(readFile: { _ in yaml })
            if block.contains("override: true") { composer.add(base: DefaultRules.spec) }
            try composer.add(path: "README.md")
            let engine = try RedactionEngine(configuration: RedactionConfiguration(rules: try composer.build(name: "readme")))
            let report = RuleExampleChecker(engine: engine).check(file: "README.md")
            #expect(report.failures.isEmpty, "\(report.failures)")
            checked += report.rulesChecked
        }
        #expect(checked >= 4)
    }
}
