/// One figure in two reports and how it moved.
public struct EvalDelta: Sendable, Hashable, Codable {
    /// The figure in the current report, `nil` when undefined there.
    public var current: Double?
    /// The figure in the baseline, `nil` when undefined there.
    public var baseline: Double?
    /// `current - baseline`, when both are defined.
    public var change: Double?

    /// The movement from `baseline` to `current`.
    public init(current: Double?, baseline: Double?) {
        self.current = current
        self.baseline = baseline
        if let current, let baseline { change = current - baseline }
    }
}
