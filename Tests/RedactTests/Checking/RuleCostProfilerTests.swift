import Testing
@testable import Redact

@Suite struct RuleCostProfilerTests {
    @Test func countsEachRulesSearchesAndFinds() throws {
        let profiler = RuleCostProfiler(engine: try TestRules.engine())
        try profiler.scan(Array("call 555-0199 or 555-0123, mail a.b@example.org\nFIN: 5ZK7R2B and fin kodu 9QX4T1M\n".utf8))
        let report = profiler.report()
        let rules = Dictionary(uniqueKeysWithValues: report.rules.map { ($0.id, $0) })
        let digits = try #require(rules["test.digits"])
        #expect(digits.kind == "pattern")
        #expect(digits.finds == 2)
        #expect(digits.searches >= 1)
        #expect(digits.unitsSearched > 0)
        // Its matcher was made and pointed at the text, apart from its searches.
        #expect(digits.setUpSeconds > 0)
        #expect(digits.location == "test.yaml:4")
        #expect(rules["test.email"]?.finds == 1)
        // A cue rule is searched once after each cue word: `FIN`, `fin` and the phrase `fin
        // kodu` (`fin kod*`, its last word a prefix), the last two before the same code.
        let cue = try #require(rules["test.fin"])
        #expect(cue.kind == "cue")
        #expect(cue.searches == 3)
        #expect(cue.finds == 3)
        // A word-list rule has no search of its own.
        #expect(rules["test.city"] == nil)
        #expect(report.blocks == 1)
        #expect(report.bytes == 82)
        #expect(report.stages.map(\.name) == ["load", "windows", "patterns", "segmentation", "words", "names"])
        #expect(report.rules.map(\.seconds) == report.rules.map(\.seconds).sorted(by: >))
    }

    @Test func aTextWithoutTriggersRunsNoPattern() throws {
        let profiler = RuleCostProfiler(engine: try TestRules.engine())
        try profiler.scan(Array("nothing to see in Gəncə today\n".utf8))
        #expect(profiler.report().rules.isEmpty)
    }

    @Test func cutsBlocksAtLineEnds() throws {
        let profiler = RuleCostProfiler(engine: try TestRules.engine())
        profiler.blockBytes = 32
        let line = "call 555-0199 now\n"  // 18 bytes: one line per block
        try profiler.scan(Array(String(repeating: line, count: 5).utf8))
        let report = profiler.report()
        #expect(report.blocks == 5)
        #expect(report.rules.first { $0.id == "test.digits" }?.finds == 5)
        // A line longer than a block is scanned whole.
        let long = RuleCostProfiler(engine: try TestRules.engine())
        long.blockBytes = 8
        try long.scan(Array("call 555-0199 now, call 555-0123\nx\n".utf8))
        #expect(long.report().blocks == 2)
        #expect(long.report().rules.first { $0.id == "test.digits" }?.finds == 2)
    }

    @Test func invalidUTF8IsReportedAtItsOffsetInTheWholeText() throws {
        let profiler = RuleCostProfiler(engine: try TestRules.engine())
        profiler.blockBytes = 8
        var bytes = Array("line one\nline two\n".utf8)
        bytes.insert(0xFF, at: 12)
        #expect(throws: InvalidUTF8(offset: 12)) { try profiler.scan(bytes) }
    }

    /// The profile only watches: a scanner with one finds what a scanner without one finds.
    @Test func profilingChangesNoCandidate() throws {
        let engine = try RedactionEngine()
        let text = Array("Elçin Hüseynov 12.03.2021 tarixində Gəncədə +994 50 123 45 67 nömrəsinə zəng etdi; saat 14:35.\n".utf8)
        let plain = Scanner(rules: engine.compiled), profiled = Scanner(rules: engine.compiled)
        profiled.profile = ScanProfile(ruleCount: engine.compiled.rules.count)
        let expected = try text.withUnsafeBufferPointer { try plain.scan($0) }
        let found = try text.withUnsafeBufferPointer { try profiled.scan($0) }
        #expect(found.map { [$0.start, $0.end, $0.rule] } == expected.map { [$0.start, $0.end, $0.rule] })
        #expect(profiled.profile?.texts == 1)
        #expect(profiled.profile?.ruleFinds.reduce(0, +) ?? 0 > 0)
    }
}
