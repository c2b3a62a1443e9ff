import Testing
@testable import RedactEval

@Suite struct EvalComparisonTests {
    /// The fixture's baseline, and a current run that no longer finds "Анна" but now covers
    /// "Gəncə".
    static func reports() throws -> (current: EvalReport, baseline: EvalReport) {
        let baseline = try ScoringFixture.report()
        var scorer = EvalScorer()
        try scorer.add(document: ScoringFixture.documentA, predictions: ScoringFixture.predictionsA + [
            PredictedSpan(codePointRange: 28..<33, label: "LOCATION", ruleID: "places"),
        ])
        try scorer.add(document: ScoringFixture.documentB, predictions: ScoringFixture.predictionsB.filter { $0.label != "PERSON" })
        return (scorer.finish(), baseline)
    }

    @Test func listsNewlyLeakedAndNewlyCaughtMentions() throws {
        let (current, baseline) = try Self.reports()
        let comparison = EvalComparison(current: current, baseline: baseline)
        #expect(comparison.newlyLeaked.map(\.key) == [EvalMentionKey(document: "B", codePointStart: 9, codePointEnd: 13, label: "PERSON")])
        #expect(comparison.newlyLeaked.first?.text == "Анна")
        #expect(comparison.newlyCaught.map(\.text) == ["Gəncə"])
        // Now 2 + 4 = 6 of 33 leak, before 7 of 33: the leak fell.
        #expect(comparison.currentLeak == EvalLeakCounts(current.overall) && comparison.currentLeak.leakedCharacters == 6)
        #expect(!comparison.leakRose)
        let reverse = EvalComparison(current: baseline, baseline: current)
        #expect(reverse.leakRose && reverse.newlyLeaked.map(\.text) == ["Gəncə"])
    }

    @Test func perLabelDeltas() throws {
        let (current, baseline) = try Self.reports()
        let comparison = EvalComparison(current: current, baseline: baseline)
        #expect(comparison.labels.map(\.label) == ["LOCATION", "PERSON"])
        let location = comparison.labels[0]
        // LOCATION recall 1/2 -> 2/2; leak 5/11 -> 0.
        #expect(location.recallExact == EvalDelta(current: 1, baseline: 0.5) && location.recallExact.change == 0.5)
        #expect(location.leakRate.change == -5.0 / 11)
        let person = comparison.labels[1]
        // PERSON leak 2/22 -> 6/22 ("Анна" is 4 more).
        #expect(abs(person.leakRate.change! - 4.0 / 22) < 1e-12)
        #expect(person.currentGold == 3 && person.baselineGold == 3)
        #expect(comparison.overall.label == "all")
    }

    @Test func theGateComparesCountsNotRoundedRates() {
        func counts(_ leaked: Int, _ gold: Int) -> EvalLeakCounts {
            var metrics = EvalMetrics(SpanCounts())
            metrics.leakedCharacters = leaked
            metrics.goldCharacters = gold
            return EvalLeakCounts(metrics)
        }
        // 1000001/10000000 and 1/10 both print as 10.00%, but the first is higher.
        #expect(counts(1_000_001, 10_000_000).isHigher(than: counts(1, 10)))
        #expect(!counts(1, 10).isHigher(than: counts(1_000_001, 10_000_000)))
        #expect(!counts(2, 20).isHigher(than: counts(1, 10)))
        #expect(!counts(0, 0).isHigher(than: counts(0, 10)))
        #expect(counts(1, 10).isHigher(than: counts(0, 0)))
        #expect(counts(Int.max / 2, Int.max / 2).isHigher(than: counts(Int.max / 2 - 1, Int.max / 2)))
    }

    @Test func comparisonJSONHasItsSchema() throws {
        let (current, baseline) = try Self.reports()
        let text = String(decoding: try EvalComparison(current: current, baseline: baseline).jsonData(), as: UTF8.self)
        #expect(text.contains("\"schema\" : \"redact-eval-comparison/1\"") && text.contains("\"leak_rose\" : false"))
    }
}
