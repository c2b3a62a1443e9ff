/// How one label's figures moved between a baseline and the current report.
public struct EvalLabelDelta: Sendable, Hashable, Codable {
    /// The label, or `all` for the overall row.
    public var label: String
    /// Gold spans now.
    public var currentGold: Int
    /// Gold spans in the baseline.
    public var baselineGold: Int
    /// Exact-span precision.
    public var precisionExact: EvalDelta
    /// Exact-span recall.
    public var recallExact: EvalDelta
    /// Exact-span F1.
    public var f1Exact: EvalDelta
    /// Overlap recall.
    public var recallOverlap: EvalDelta
    /// Leak rate; a positive change means more identifying text left visible.
    public var leakRate: EvalDelta

    init(label: String, current: EvalMetrics?, baseline: EvalMetrics?) {
        self.label = label
        currentGold = current?.gold ?? 0
        baselineGold = baseline?.gold ?? 0
        precisionExact = EvalDelta(current: current?.precisionExact, baseline: baseline?.precisionExact)
        recallExact = EvalDelta(current: current?.recallExact, baseline: baseline?.recallExact)
        f1Exact = EvalDelta(current: current?.f1Exact, baseline: baseline?.f1Exact)
        recallOverlap = EvalDelta(current: current?.recallOverlap, baseline: baseline?.recallOverlap)
        leakRate = EvalDelta(current: current?.leakRate, baseline: baseline?.leakRate)
    }

    enum CodingKeys: String, CodingKey {
        case label
        case currentGold = "current_gold"
        case baselineGold = "baseline_gold"
        case precisionExact = "precision_exact"
        case recallExact = "recall_exact"
        case f1Exact = "f1_exact"
        case recallOverlap = "recall_overlap"
        case leakRate = "leak_rate"
    }
}
