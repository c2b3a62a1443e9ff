/// What a scoring run measures and how much detail its report keeps.
public struct EvalOptions: Sendable, Hashable, Codable {
    /// The labels scored for precision, recall and leak; `nil` scores every label that occurs in
    /// the gold data. Predictions of other labels still count as covering characters (leak and
    /// over-redaction), as in `Benchmarks/heldout/score.py`, and are listed as unscored.
    public var labels: Set<String>?
    /// How many worst misses and false alarms the report lists.
    public var worstCount: Int
    /// How many code points of context the report shows on each side of a miss or false alarm.
    public var contextCodePoints: Int

    /// Options scoring `labels` (all gold labels when `nil`), listing `worstCount` misses and
    /// false alarms with `contextCodePoints` of context either side.
    public init(labels: Set<String>? = nil, worstCount: Int = 10, contextCodePoints: Int = 40) {
        self.labels = labels
        self.worstCount = max(0, worstCount)
        self.contextCodePoints = max(0, contextCodePoints)
    }

    enum CodingKeys: String, CodingKey {
        case labels
        case worstCount = "worst_count"
        case contextCodePoints = "context_code_points"
    }

    /// Decodes the JSON form, `labels` as an array.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        labels = try container.decodeIfPresent([String].self, forKey: .labels).map(Set.init)
        worstCount = try container.decode(Int.self, forKey: .worstCount)
        contextCodePoints = try container.decode(Int.self, forKey: .contextCodePoints)
    }

    /// Encodes `labels` as a sorted array, so that the report's bytes do not depend on hashing.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(labels?.sorted(), forKey: .labels)
        try container.encode(worstCount, forKey: .worstCount)
        try container.encode(contextCodePoints, forKey: .contextCodePoints)
    }
}
