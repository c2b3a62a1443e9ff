/// Tells a gold LOCATION mention that names a country from one that names another place, so
/// that the scorer can report the leak of places that are not countries (`LOCATION:other`)
/// apart from that of countries (`LOCATION:country`), which Redact keeps by design.
///
/// `RedactEval` knows no country: the caller supplies the test. `redact eval` asks the
/// engine's own country names (the Redact library's `CountryNames`), so that the figures count
/// as a country what detection counts as one; `docs/Eval.md` says where that differs from the
/// project's reference scorer.
public struct CountryClassifier: Sendable {
    private let test: @Sendable (_ surface: String, _ language: String?) -> Bool

    /// A classifier that calls `isCountry` with a mention's text (its code points, as annotated)
    /// and its document's language (`nil` when the document has none).
    public init(_ isCountry: @escaping @Sendable (_ surface: String, _ language: String?) -> Bool) {
        test = isCountry
    }

    /// Whether `surface`, a LOCATION mention of a document in `language`, names a country.
    public func isCountry(_ surface: String, language: String?) -> Bool {
        test(surface, language)
    }
}
