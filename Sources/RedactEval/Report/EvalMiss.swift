/// One of the worst misses: a gold mention with the most leaked characters, shown in context.
public struct EvalMiss: Sendable, Hashable, Codable {
    /// The missed mention.
    public var mention: EvalMissedMention
    /// Up to ``EvalOptions/contextCodePoints`` code points before the mention, on one line.
    public var contextBefore: String
    /// Up to ``EvalOptions/contextCodePoints`` code points after the mention, on one line.
    public var contextAfter: String

    enum CodingKeys: String, CodingKey {
        case mention
        case contextBefore = "context_before"
        case contextAfter = "context_after"
    }
}
