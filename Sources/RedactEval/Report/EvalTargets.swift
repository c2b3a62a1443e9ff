/// The figures of one language that the project's targets are stated in, with the definitions
/// of its reference scorer (`real_corpora_report.py`, run by the corpora's `measure` script):
/// PERSON found, PERSON leak, leak of places that are not countries, ORGANIZATION leak, and
/// over-redaction by name labels.
///
/// - A mention is *found* when a prediction of any label covers at least one of its
///   non-whitespace characters.
/// - A *leak* is the share of a label's non-whitespace characters that no prediction covers,
///   summed mention by mention, as ``EvalMetrics/leakRate``.
/// - LOCATION mentions are split into countries and continents (`LOCATION:country`) and other
///   places (`LOCATION:other`) by the scorer's ``CountryClassifier``; Redact keeps countries by
///   design, so the target is the leak of the others. Without a classifier there is no split
///   and no such figure.
/// - *Over-redaction by names* is the share of non-whitespace characters outside every gold
///   span (of any label) that a PERSON, LOCATION or ORGANIZATION prediction covers.
/// - In a language whose annotators put case suffixes and titles inside the spans
///   (``foundOnlyLanguages``: Azerbaijani, `Kanadanın`, `Prezident Əliyev`), a kept suffix
///   reads as a leak, so every leak figure is `1 − found` there instead.
public struct EvalTargets: Sendable, Hashable, Codable {
    /// The gold and predicted label of people.
    public static let personLabel = "PERSON"
    /// The gold and predicted label of places.
    public static let locationLabel = "LOCATION"
    /// The gold and predicted label of organizations.
    public static let organizationLabel = "ORGANIZATION"
    /// The labels whose predictions count for over-redaction by names.
    public static let nameLabels: Set<String> = [personLabel, locationLabel, organizationLabel]
    /// Languages whose leak figures are `1 − found`.
    public static let foundOnlyLanguages: Set<String> = ["az"]

    /// Whether this language's leak figures are `1 − found` (see ``foundOnlyLanguages``).
    public var leakFromFound: Bool
    /// PERSON mentions.
    public var person: EvalMentionFigures
    /// LOCATION mentions that name a country or continent; `nil` without a classifier.
    public var countries: EvalMentionFigures?
    /// LOCATION mentions of other places; `nil` without a classifier.
    public var otherPlaces: EvalMentionFigures?
    /// ORGANIZATION mentions.
    public var organization: EvalMentionFigures
    /// Non-whitespace code points outside every gold span.
    public var unannotatedCharacters: Int
    /// Of those, the ones a PERSON, LOCATION or ORGANIZATION prediction covers.
    public var nameOverRedactedCharacters: Int
    /// The five figures, in ``EvalTargetFigure/Kind`` order.
    public var figures: [EvalTargetFigure]

    init(language: String, person: SpanCounts, countries: SpanCounts?, otherPlaces: SpanCounts?, organization: SpanCounts,
         coverage: CoverageCounts)
    {
        leakFromFound = Self.foundOnlyLanguages.contains(language)
        self.person = EvalMentionFigures(person)
        self.countries = countries.map(EvalMentionFigures.init)
        self.otherPlaces = otherPlaces.map(EvalMentionFigures.init)
        self.organization = EvalMentionFigures(organization)
        unannotatedCharacters = coverage.unannotatedCharacters
        nameOverRedactedCharacters = coverage.nameOverRedactedCharacters
        let fromFound = leakFromFound
        func leak(_ figures: EvalMentionFigures?) -> Double? {
            guard let figures else { return nil }
            return fromFound ? figures.foundRate.map { 1 - $0 } : figures.leakRate
        }
        figures = [
            EvalTargetFigure(.personFound, value: self.person.foundRate),
            EvalTargetFigure(.personLeak, value: leak(self.person)),
            EvalTargetFigure(.otherPlaceLeak, value: leak(self.otherPlaces)),
            EvalTargetFigure(.organizationLeak, value: leak(self.organization)),
            EvalTargetFigure(.nameOverRedaction,
                             value: EvalMetrics.ratio(coverage.nameOverRedactedCharacters, coverage.unannotatedCharacters)),
        ]
    }

    /// The figure of `kind`.
    public func figure(_ kind: EvalTargetFigure.Kind) -> EvalTargetFigure? {
        figures.first { $0.kind == kind }
    }

    enum CodingKeys: String, CodingKey {
        case person, organization, figures
        case leakFromFound = "leak_from_found"
        case countries = "location_country"
        case otherPlaces = "location_other"
        case unannotatedCharacters = "unannotated_characters"
        case nameOverRedactedCharacters = "name_over_redacted_characters"
    }
}
