import Foundation

/// A current report set against a baseline: per-label movements, the mentions that leak now but
/// did not before and the reverse, and the gate: whether the overall leak rate rose.
///
/// Mentions are matched by document id, code-point range and label, which assumes both reports
/// scored the same gold data; a mention only one gold file has shows up as newly leaked or newly
/// caught.
public struct EvalComparison: Sendable, Hashable, Codable {
    /// The schema of the comparison's JSON form.
    public static let schemaIdentifier = "redact-eval-comparison/1"

    /// Always ``schemaIdentifier``.
    public var schema: String
    /// Every label scored in either report, sorted.
    public var labels: [EvalLabelDelta]
    /// All scored labels together.
    public var overall: EvalLabelDelta
    /// Mentions with leaked characters now that had none in the baseline, in document order.
    public var newlyLeaked: [EvalMissedMention]
    /// Mentions that leaked in the baseline and leak no longer, in the baseline's order.
    public var newlyCaught: [EvalMissedMention]
    /// Leaked and gold characters now (overall).
    public var currentLeak: EvalLeakCounts
    /// Leaked and gold characters in the baseline (overall).
    public var baselineLeak: EvalLeakCounts
    /// Whether the overall leak rate is higher now than in the baseline, decided on the counts
    /// (`leaked₁ × gold₀ > leaked₀ × gold₁`), not on rounded rates: the CI gate.
    public var leakRose: Bool

    /// The comparison of `current` against `baseline`.
    public init(current: EvalReport, baseline: EvalReport) {
        schema = Self.schemaIdentifier
        let labelNames = Set(current.labels).union(baseline.labels).sorted()
        labels = labelNames.map { EvalLabelDelta(label: $0, current: current.perLabel[$0], baseline: baseline.perLabel[$0]) }
        overall = EvalLabelDelta(label: "all", current: current.overall, baseline: baseline.overall)
        let baselineMisses = Set(baseline.missedMentions.map(\.key))
        let currentMisses = Set(current.missedMentions.map(\.key))
        newlyLeaked = current.missedMentions.filter { !baselineMisses.contains($0.key) }
        newlyCaught = baseline.missedMentions.filter { !currentMisses.contains($0.key) }
        currentLeak = EvalLeakCounts(current.overall)
        baselineLeak = EvalLeakCounts(baseline.overall)
        leakRose = currentLeak.isHigher(than: baselineLeak)
    }

    /// The comparison as JSON with sorted keys.
    public func jsonData(prettyPrinted: Bool = true) throws -> Data {
        try ReportJSON.encode(self, prettyPrinted: prettyPrinted)
    }

    enum CodingKeys: String, CodingKey {
        case schema, labels, overall
        case newlyLeaked = "newly_leaked"
        case newlyCaught = "newly_caught"
        case currentLeak = "current_leak"
        case baselineLeak = "baseline_leak"
        case leakRose = "leak_rose"
    }
}
