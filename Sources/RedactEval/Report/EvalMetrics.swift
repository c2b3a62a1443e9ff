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
