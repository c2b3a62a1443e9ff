/// How many gold mentions of one kind were found at all, and how many of their characters
/// leaked: the counts behind the project's targets (``EvalTargets``).
public struct EvalMentionFigures: Sendable, Hashable, Codable {
    /// Gold mentions.
    public var mentions: Int
    /// Mentions with at least one character covered by a prediction of any label: a reader
    /// who sees part of a name replaced knows a name was there, and a partial cover is what a
    /// leak rate shows.
    public var found: Int
    /// `found / mentions`.
    public var foundRate: Double?
    /// Non-whitespace code points of the mentions, summed mention by mention.
    public var characters: Int
    /// Of those, the ones no prediction (of any label) covers.
    public var leakedCharacters: Int
    /// `leakedCharacters / characters`.
    public var leakRate: Double?

    init(_ counts: SpanCounts) {
        mentions = counts.gold
        found = counts.foundGold
        foundRate = EvalMetrics.ratio(counts.foundGold, counts.gold)
        characters = counts.goldCharacters
        leakedCharacters = counts.leakedCharacters
        leakRate = EvalMetrics.ratio(counts.leakedCharacters, counts.goldCharacters)
    }

    enum CodingKeys: String, CodingKey {
        case mentions, found, characters
        case foundRate = "found_rate"
        case leakedCharacters = "leaked_characters"
        case leakRate = "leak_rate"
    }
}
