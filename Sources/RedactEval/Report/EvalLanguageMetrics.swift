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
    /// The figures the project's targets are stated in (PERSON found and leak, leak of places
    /// that are not countries, ORGANIZATION leak, over-redaction by names); `nil` only in a
    /// report read back from a build that did not write them.
    public var targets: EvalTargets?

    enum CodingKeys: String, CodingKey {
        case documents, characters, overall, targets
        case perLabel = "per_label"
    }
}
