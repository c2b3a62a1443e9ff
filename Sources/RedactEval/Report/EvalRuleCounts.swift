/// True and false positives of one rule: a prediction is a true positive when it overlaps a gold
/// span of its own label.
public struct EvalRuleCounts: Sendable, Hashable, Codable {
    /// Predictions overlapping a gold span of their label.
    public var truePositives: Int
    /// The other predictions.
    public var falsePositives: Int
    /// The (scored) labels the rule predicted, sorted.
    public var labels: [String]

    enum CodingKeys: String, CodingKey {
        case truePositives = "true_positives"
        case falsePositives = "false_positives"
        case labels
    }
}
