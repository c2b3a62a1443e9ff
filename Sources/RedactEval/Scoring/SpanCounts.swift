/// The counts behind one row of figures (a label, or a label within a language): integers
/// only, so that merging scorers adds them exactly and the rates are computed once at the end.
struct SpanCounts: Sendable, Hashable {
    /// Gold spans.
    var gold = 0
    /// Predicted spans.
    var predicted = 0
    /// Gold spans that some prediction matches exactly (same start, end and label).
    var exactGold = 0
    /// Predictions that match some gold span exactly.
    var exactPredicted = 0
    /// Gold spans that some prediction of the same label overlaps.
    var overlapGold = 0
    /// Predictions that overlap some gold span of the same label.
    var overlapPredicted = 0
    /// Non-whitespace code points inside gold spans (counted per span).
    var goldCharacters = 0
    /// Of those, the ones no prediction of any label covers.
    var leakedCharacters = 0
    /// Gold spans with at least one character some prediction of any label covers.
    var foundGold = 0
    /// Gold entities (an `entity` id, or a span without one).
    var entities = 0
    /// Entities every mention of which is fully covered.
    var protectedEntities = 0

    mutating func add(_ other: SpanCounts) {
        gold += other.gold
        predicted += other.predicted
        exactGold += other.exactGold
        exactPredicted += other.exactPredicted
        overlapGold += other.overlapGold
        overlapPredicted += other.overlapPredicted
        goldCharacters += other.goldCharacters
        leakedCharacters += other.leakedCharacters
        foundGold += other.foundGold
        entities += other.entities
        protectedEntities += other.protectedEntities
    }
}

/// Character counts of whole documents, for over-redaction: kept per language, never per label.
struct CoverageCounts: Sendable, Hashable {
    var documents = 0
    /// All code points.
    var characters = 0
    /// Non-whitespace code points outside every gold span.
    var unannotatedCharacters = 0
    /// Of those, the ones some prediction covers.
    var overRedactedCharacters = 0
    /// Of the unannotated ones, those a prediction of a name label covers
    /// (``EvalTargets/nameLabels``).
    var nameOverRedactedCharacters = 0

    mutating func add(_ other: CoverageCounts) {
        documents += other.documents
        characters += other.characters
        unannotatedCharacters += other.unannotatedCharacters
        overRedactedCharacters += other.overRedactedCharacters
        nameOverRedactedCharacters += other.nameOverRedactedCharacters
    }
}

/// True and false positives of one rule for one label.
struct RuleCounts: Sendable, Hashable {
    var truePositives = 0
    var falsePositives = 0

    mutating func add(_ other: RuleCounts) {
        truePositives += other.truePositives
        falsePositives += other.falsePositives
    }
}

/// The stand-in consistency counts (see ``StandInConsistency``).
struct ConsistencyCounts: Sendable, Hashable {
    var predictionsWithReplacement = 0
    var entitiesChecked = 0
    var consistentEntities = 0
    var entitiesWithUnreplacedMentions = 0
    var entityPairs = 0
    var collidingPairs = 0
    /// The checked entities whose stand-ins disagree, in document order.
    var inconsistentEntities: [EvalInconsistentEntity] = []

    mutating func add(_ other: ConsistencyCounts) {
        predictionsWithReplacement += other.predictionsWithReplacement
        entitiesChecked += other.entitiesChecked
        consistentEntities += other.consistentEntities
        entitiesWithUnreplacedMentions += other.entitiesWithUnreplacedMentions
        entityPairs += other.entityPairs
        collidingPairs += other.collidingPairs
        inconsistentEntities.append(contentsOf: other.inconsistentEntities)
    }
}

/// A key of a dictionary of per-language, per-label counts.
struct LanguageLabel: Sendable, Hashable {
    var language: String
    var label: String
}

/// A key of a dictionary of per-rule, per-label counts.
struct RuleLabel: Sendable, Hashable {
    var rule: String
    var label: String
}
