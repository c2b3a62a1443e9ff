import Testing
@testable import Redact

@Suite struct ResolverTests {
    func resolve(_ candidates: [Candidate], text: String = String(repeating: "x", count: 100)) -> [Candidate] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { Resolver.resolve(candidates, in: $0) }
    }

    func c(_ start: Int, _ end: Int, rule: Int = 0, validated: Bool = false, priority: Int = 50) -> Candidate {
        Candidate(start: start, end: end, rule: rule, validated: validated, priority: priority)
    }

    @Test func validatedBeatsLonger() {
        #expect(resolve([c(0, 20), c(5, 15, rule: 1, validated: true)]) == [c(5, 15, rule: 1, validated: true)])
    }

    @Test func longerBeatsHigherPriority() {
        #expect(resolve([c(0, 20), c(5, 15, rule: 1, priority: 99)]) == [c(0, 20)])
    }

    @Test func priorityBreaksTiesOfLength() {
        #expect(resolve([c(0, 10), c(5, 15, rule: 1, priority: 60)]) == [c(5, 15, rule: 1, priority: 60)])
    }

    @Test func equalStandingFallsToEarlierStartThenEarlierRule() {
        #expect(resolve([c(5, 15, rule: 0), c(0, 10, rule: 1)]) == [c(0, 10, rule: 1)])
        #expect(resolve([c(0, 10, rule: 3), c(0, 10, rule: 2)]) == [c(0, 10, rule: 2)])
    }

    @Test func resultIsIndependentOfCandidateOrder() {
        let candidates = [c(0, 10), c(8, 30, rule: 1), c(25, 40, rule: 2, validated: true), c(41, 45, rule: 3), c(44, 50, rule: 4)]
        let expected = resolve(candidates)
        var random = KeyedRandom(seed: [3])
        for _ in 0..<50 {
            var shuffled = candidates
            for i in shuffled.indices.reversed() { shuffled.swapAt(i, random.next(below: i + 1)) }
            #expect(resolve(shuffled) == expected)
        }
        #expect(expected.map(\.rule) == [0, 2, 4])
    }

    @Test func spansAreCutAtTheFirstLineBreak() {
        #expect(resolve([c(0, 9)], text: "abc\r\ndefgh") == [c(0, 3)])
        #expect(resolve([c(3, 5)], text: "abc\r\ndefgh") == [])
    }
}
