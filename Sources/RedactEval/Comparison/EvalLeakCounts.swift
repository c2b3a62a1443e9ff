/// The two counts behind a leak rate, compared exactly.
public struct EvalLeakCounts: Sendable, Hashable, Codable {
    /// Non-whitespace gold code points left visible.
    public var leakedCharacters: Int
    /// Non-whitespace gold code points.
    public var goldCharacters: Int

    /// The leak counts of `metrics`.
    public init(_ metrics: EvalMetrics) {
        leakedCharacters = metrics.leakedCharacters
        goldCharacters = metrics.goldCharacters
    }

    /// Whether this leak rate exceeds `other`'s, compared as fractions without rounding; a rate
    /// with no gold characters counts as 0.
    public func isHigher(than other: EvalLeakCounts) -> Bool {
        guard goldCharacters > 0 else { return false }
        guard other.goldCharacters > 0 else { return leakedCharacters > 0 }
        let left = leakedCharacters.multipliedFullWidth(by: other.goldCharacters)
        let right = other.leakedCharacters.multipliedFullWidth(by: goldCharacters)
        return (left.high, left.low) > (right.high, right.low)
    }

    enum CodingKeys: String, CodingKey {
        case leakedCharacters = "leaked_characters"
        case goldCharacters = "gold_characters"
    }
}
