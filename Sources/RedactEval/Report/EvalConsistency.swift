/// How consistently stand-ins were chosen, when predictions carry replacements.
///
/// An entity with two or more mentions, every one of which got a stand-in, is *checked*; it is
/// *consistent* when each mention's stand-in equals the stand-in of its longest mention or is a
/// short form of it (``StandInConsistency/isShortForm(_:of:)``). Pairs of distinct entities are
/// taken within a document; a pair *collides* when both entities' stand-ins (the stand-in of
/// each one's longest replaced mention) are equal.
public struct EvalConsistency: Sendable, Hashable, Codable {
    /// Predictions that carried a replacement.
    public var predictionsWithReplacement: Int
    /// Entities with two or more mentions, all of which got a stand-in.
    public var entitiesChecked: Int
    /// Of those, the ones whose stand-ins agree.
    public var consistentEntities: Int
    /// `consistentEntities / entitiesChecked`.
    public var consistencyRate: Double?
    /// Entities with two or more mentions some of which got no stand-in (not checked).
    public var entitiesWithUnreplacedMentions: Int
    /// Pairs of distinct entities of one document that both got a stand-in.
    public var entityPairs: Int
    /// Of those, the pairs given the same stand-in.
    public var collidingPairs: Int
    /// `1 - collidingPairs / entityPairs`: the share of pairs kept apart.
    public var distinctRate: Double?

    enum CodingKeys: String, CodingKey {
        case predictionsWithReplacement = "predictions_with_replacement"
        case entitiesChecked = "entities_checked"
        case consistentEntities = "consistent_entities"
        case consistencyRate = "consistency_rate"
        case entitiesWithUnreplacedMentions = "entities_with_unreplaced_mentions"
        case entityPairs = "entity_pairs"
        case collidingPairs = "colliding_pairs"
        case distinctRate = "distinct_rate"
    }
}
