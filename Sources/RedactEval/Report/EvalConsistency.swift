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
    /// The checked entities whose stand-ins disagree, in document order, each with every
    /// mention's text and stand-in: what to read when the rate falls. `nil` in reports written
    /// before this list existed.
    public var inconsistentEntities: [EvalInconsistentEntity]?

    public init(predictionsWithReplacement: Int, entitiesChecked: Int, consistentEntities: Int,
                consistencyRate: Double?, entitiesWithUnreplacedMentions: Int, entityPairs: Int,
                collidingPairs: Int, distinctRate: Double?, inconsistentEntities: [EvalInconsistentEntity]? = nil)
    {
        self.predictionsWithReplacement = predictionsWithReplacement
        self.entitiesChecked = entitiesChecked
        self.consistentEntities = consistentEntities
        self.consistencyRate = consistencyRate
        self.entitiesWithUnreplacedMentions = entitiesWithUnreplacedMentions
        self.entityPairs = entityPairs
        self.collidingPairs = collidingPairs
        self.distinctRate = distinctRate
        self.inconsistentEntities = inconsistentEntities
    }

    enum CodingKeys: String, CodingKey {
        case predictionsWithReplacement = "predictions_with_replacement"
        case entitiesChecked = "entities_checked"
        case consistentEntities = "consistent_entities"
        case consistencyRate = "consistency_rate"
        case entitiesWithUnreplacedMentions = "entities_with_unreplaced_mentions"
        case entityPairs = "entity_pairs"
        case collidingPairs = "colliding_pairs"
        case distinctRate = "distinct_rate"
        case inconsistentEntities = "inconsistent_entities"
    }
}

/// A gold entity whose mentions' stand-ins are not all short forms of its longest mention's
/// (``StandInConsistency/isShortForm(_:of:)``).
public struct EvalInconsistentEntity: Sendable, Hashable, Codable {
    /// One mention of the entity and the stand-in it got.
    public struct Mention: Sendable, Hashable, Codable {
        /// The mention's text.
        public var text: String
        /// The replacement of the prediction overlapping the mention most.
        public var standIn: String

        enum CodingKeys: String, CodingKey {
            case text
            case standIn = "stand_in"
        }
    }

    /// The document's id.
    public var document: String
    /// The gold label of the entity's first mention.
    public var label: String
    /// The gold entity id; `nil` for an entity of one span (never inconsistent, so never seen).
    public var entity: String?
    /// The entity's stand-in: that of its longest replaced mention.
    public var standIn: String
    /// Every mention, in document order.
    public var mentions: [Mention]

    enum CodingKeys: String, CodingKey {
        case document, label, entity, mentions
        case standIn = "stand_in"
    }
}
