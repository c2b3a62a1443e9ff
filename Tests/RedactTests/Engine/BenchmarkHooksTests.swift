import Testing
@_spi(Benchmarks) @testable import Redact

/// The stage hooks of the micro-benchmarks (`Benchmarks/Micro`) do the work they are named
/// for: a hook that silently did nothing would measure nothing and pass every threshold.
@Suite struct BenchmarkHooksTests {
    static let engine = try! RedactionEngine(configuration: RedactionConfiguration(
        key: try! RedactionKey(bytes: Array(repeating: 7, count: 32))))

    @Test func wordAnalysisReadsGivenNamesAndNotOrdinaryWords() {
        let names = BenchmarkHooks.NameWordAnalysis(engine: Self.engine, words: [
            (word: "Mehmet", language: "tr"), (word: "Анна", language: "ru"), (word: "John", language: "en"),
            (word: "Leyla", language: "az"),
        ])
        #expect(names.run() >= 4)
        let ordinary = BenchmarkHooks.NameWordAnalysis(engine: Self.engine, words: [
            (word: "Yesterday", language: "en"), (word: "Вчера", language: "ru"), (word: "Bugün", language: "tr"),
        ])
        #expect(ordinary.run() == 0)
    }

    @Test func nameDetectionFindsTheSameNamesAfterEveryReset() {
        let detection = BenchmarkHooks.NameDetection(
            engine: Self.engine, text: "Ivan Petrov visited Ganja on Monday.\nDirector Leyla Hüseynova left Bakı.")
        let first = detection.run()
        #expect(first >= 3)  // two people and a place at least, and their words for linking
        detection.reset()
        #expect(detection.run() == first)
        #expect(BenchmarkHooks.NameDetection(engine: Self.engine, text: "nobody was named here at all.").run() == 0)
    }

    @Test func patternRulesFindIdentifiersOnlyWhereThereAreSome() {
        let found = BenchmarkHooks.PatternRules(
            engine: Self.engine, text: "The hearing on 12.03.2024 at 14:35; call +994 50 123 45 67 or write to info@example.org.")
        #expect(found.ruleCount > 0)
        #expect(found.run() >= 4)
        let none = BenchmarkHooks.PatternRules(
            engine: Self.engine, text: "The meeting was held after a long delay and everyone agreed on next steps.")
        #expect(none.run() == 0)
    }

    @Test func standInsDifferFromTheValuesAndRepeatAfterReset() {
        let people = ["Elçin Quliyev", "Анна Петрова", "Mehmet Yılmaz"], places = ["Gəncə", "İzmir"], organizations = ["Torvex Holdings"]
        let standIns = BenchmarkHooks.StandIns(engine: Self.engine, people: people, places: places, organizations: organizations)
        let first = standIns.run()
        let chosen = standIns.standIns
        #expect(chosen.count == 6)
        for (value, standIn) in zip(people + places + organizations, chosen) {
            #expect(standIn != value && !standIn.isEmpty && !standIn.hasPrefix("["), "\(value) got \(standIn)")
        }
        // Keyed: a new pseudonymizer chooses the same stand-ins again.
        standIns.reset()
        #expect(standIns.run() == first && standIns.standIns == chosen)
    }
}
