/// The figures of one row of a report (a label, a language, or everything): the counts and the
/// rates computed from them.
///
/// Rates are `nil` (left out of the JSON) when their denominator is zero, so that an absent
/// label never reads as 0% or 100%. Spans are matched exactly (same start, end and label) or
/// by overlap (sharing a code point, same label); characters are non-whitespace code points.
public struct EvalMetrics: Sendable, Hashable, Codable {
    /// Gold spans.
    public var gold: Int
    /// Predicted spans.
    public var predicted: Int
    /// Gold spans some prediction matches exactly.
    public var exactGold: Int
    /// Predictions that match some gold span exactly.
    public var exactPredicted: Int
    /// Gold spans some prediction of the same label overlaps.
    public var overlapGold: Int
    /// Predictions overlapping some gold span of the same label.
    public var overlapPredicted: Int
    /// `exactPredicted / predicted`.
    public var precisionExact: Double?
    /// `exactGold / gold`.
    public var recallExact: Double?
    /// Harmonic mean of ``precisionExact`` and ``recallExact``.
    public var f1Exact: Double?
    /// `overlapPredicted / predicted`.
    public var precisionOverlap: Double?
    /// `overlapGold / gold`.
    public var recallOverlap: Double?
    /// Harmonic mean of ``precisionOverlap`` and ``recallOverlap``.
    public var f1Overlap: Double?
    /// Non-whitespace code points of the gold spans, summed span by span.
    public var goldCharacters: Int
    /// Of those, the ones no prediction (of any label) covers.
    public var leakedCharacters: Int
    /// `leakedCharacters / goldCharacters`: the share of identifying text left visible.
    public var leakRate: Double?
    /// Gold entities: mentions sharing an `entity` id, or a span without one.
    public var entities: Int
    /// Entities all of whose mentions are fully covered.
    public var protectedEntities: Int
    /// `protectedEntities / entities`.
    public var entityRecall: Double?
    /// Non-whitespace code points outside every gold span; only in overall rows.
    public var unannotatedCharacters: Int?
    /// Of those, the ones some prediction covers; only in overall rows.
    public var overRedactedCharacters: Int?
    /// `overRedactedCharacters / unannotatedCharacters`; only in overall rows.
    public var overRedactionRate: Double?

    init(_ counts: SpanCounts, coverage: CoverageCounts? = nil) {
        gold = counts.gold
        predicted = counts.predicted
        exactGold = counts.exactGold
        exactPredicted = counts.exactPredicted
        overlapGold = counts.overlapGold
        overlapPredicted = counts.overlapPredicted
        precisionExact = Self.ratio(counts.exactPredicted, counts.predicted)
        recallExact = Self.ratio(counts.exactGold, counts.gold)
        f1Exact = Self.harmonicMean(precisionExact, recallExact)
        precisionOverlap = Self.ratio(counts.overlapPredicted, counts.predicted)
        recallOverlap = Self.ratio(counts.overlapGold, counts.gold)
        f1Overlap = Self.harmonicMean(precisionOverlap, recallOverlap)
        goldCharacters = counts.goldCharacters
        leakedCharacters = counts.leakedCharacters
        leakRate = Self.ratio(counts.leakedCharacters, counts.goldCharacters)
        entities = counts.entities
        protectedEntities = counts.protectedEntities
        entityRecall = Self.ratio(counts.protectedEntities, counts.entities)
        if let coverage {
            unannotatedCharacters = coverage.unannotatedCharacters
            overRedactedCharacters = coverage.overRedactedCharacters
            overRedactionRate = Self.ratio(coverage.overRedactedCharacters, coverage.unannotatedCharacters)
        }
    }

    /// `part / whole`, or `nil` when `whole` is zero.
    static func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    /// `2pr / (p + r)`, 0 when both are 0, `nil` when either is unknown.
    static func harmonicMean(_ p: Double?, _ r: Double?) -> Double? {
        guard let p, let r else { return nil }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    enum CodingKeys: String, CodingKey {
        case gold, predicted
        case exactGold = "exact_gold"
        case exactPredicted = "exact_predicted"
        case overlapGold = "overlap_gold"
        case overlapPredicted = "overlap_predicted"
        case precisionExact = "precision_exact"
        case recallExact = "recall_exact"
        case f1Exact = "f1_exact"
        case precisionOverlap = "precision_overlap"
        case recallOverlap = "recall_overlap"
        case f1Overlap = "f1_overlap"
        case goldCharacters = "gold_characters"
        case leakedCharacters = "leaked_characters"
        case leakRate = "leak_rate"
        case entities
        case protectedEntities = "protected_entities"
        case entityRecall = "entity_recall"
        case unannotatedCharacters = "unannotated_characters"
        case overRedactedCharacters = "over_redacted_characters"
        case overRedactionRate = "over_redaction_rate"
    }
}

/// The figures of one language: its overall row and one row per scored label seen in it.
public struct EvalLanguageMetrics: Sendable, Hashable, Codable {
    /// Documents in this language.
    public var documents: Int
    /// Code points of those documents.
    public var characters: Int
    /// All scored labels together, with over-redaction.
    public var overall: EvalMetrics
    /// One row per scored label that has gold spans or predictions in this language.
    public var perLabel: [String: EvalMetrics]

    enum CodingKeys: String, CodingKey {
        case documents, characters, overall
        case perLabel = "per_label"
    }
}

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
