/// Scores predictions against gold documents, one document at a time, and sums the result into
/// an ``EvalReport``.
///
/// A scorer holds integer counts and bounded lists only (plus one entry per missed mention), so
/// memory does not grow with the corpus. Scorers are mergeable: score consecutive slices of the
/// input on several threads, then merge them in input order, and the report is identical to
/// one scorer's over the whole input, ties in the worst-of lists included.
///
/// ```swift
/// var scorer = EvalScorer(options: EvalOptions(worstCount: 20))
/// while let document = try gold.next() {
///     try scorer.add(document: document, predictions: predictions[document.id] ?? [])
/// }
/// let report = scorer.finish()
/// ```
public struct EvalScorer: Sendable {
    /// The options every figure is computed with.
    public let options: EvalOptions
    /// What splits LOCATION mentions into countries and other places for ``EvalTargets``;
    /// `nil` for no split.
    public let countries: CountryClassifier?
    /// Documents added so far, including those of merged scorers.
    public internal(set) var documentCount = 0

    var characters = 0
    var counts: [LanguageLabel: SpanCounts] = [:]
    var coverage: [String: CoverageCounts] = [:]
    /// LOCATION gold spans per language and kind (``countryLabel`` or ``otherPlaceLabel``).
    var locationKinds: [LanguageLabel: SpanCounts] = [:]
    var rules: [RuleLabel: RuleCounts] = [:]
    var consistency = ConsistencyCounts()
    var worstMisses: RankedList<Ranked<EvalMiss>>
    var falseAlarms: [String: RankedList<Ranked<EvalFalseAlarm>>] = [:]
    var missedMentions: [EvalMissedMention] = []

    /// The language key of documents that do not say theirs.
    public static let undeterminedLanguage = "und"
    /// The rule key of predictions without a rule id.
    public static let noRule = "(none)"

    /// The key of LOCATION mentions that name a country, as the reference scorer names them.
    static let countryLabel = "LOCATION:country"
    /// The key of LOCATION mentions of other places.
    static let otherPlaceLabel = "LOCATION:other"

    /// An empty scorer; `countries`, when given, splits LOCATION mentions for ``EvalTargets``.
    public init(options: EvalOptions = .init(), countries: CountryClassifier? = nil) {
        self.options = options
        self.countries = countries
        self.worstMisses = RankedList(capacity: options.worstCount, ranksBefore: Ranked.ranksBefore)
    }

    /// Adds `other`'s documents as if they had been added to this scorer after its own.
    ///
    /// - Precondition: both scorers have the same options. They should also have the same
    ///   country classifier, which cannot be compared; this scorer's is the one kept.
    public mutating func merge(_ other: EvalScorer) {
        precondition(options == other.options, "EvalScorer.merge needs scorers with the same options")
        let offset = documentCount
        documentCount += other.documentCount
        characters += other.characters
        for (key, value) in other.counts { counts[key, default: .init()].add(value) }
        for (key, value) in other.coverage { coverage[key, default: .init()].add(value) }
        for (key, value) in other.locationKinds { locationKinds[key, default: .init()].add(value) }
        for (key, value) in other.rules { rules[key, default: .init()].add(value) }
        consistency.add(other.consistency)
        for var miss in other.worstMisses.items {
            miss.ordinal += offset
            worstMisses.insert(miss)
        }
        for (label, list) in other.falseAlarms {
            var merged = falseAlarms[label] ?? newFalseAlarmList()
            for var alarm in list.items {
                alarm.ordinal += offset
                merged.insert(alarm)
            }
            falseAlarms[label] = merged
        }
        missedMentions.append(contentsOf: other.missedMentions)
    }

    func newFalseAlarmList() -> RankedList<Ranked<EvalFalseAlarm>> {
        RankedList(capacity: options.worstCount, ranksBefore: Ranked.ranksBefore)
    }

    /// Whether spans of `label` are kept in the lists of misses, before the run's label set is
    /// known: with no explicit labels every gold label is scored.
    func mayBeScored(_ label: String) -> Bool {
        options.labels?.contains(label) ?? true
    }
}
