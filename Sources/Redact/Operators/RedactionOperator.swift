/// What replaces a detected span; chosen per label with an ``OperatorTable``.
public enum RedactionOperator: String, Sendable, Hashable, CaseIterable, Codable {
    /// A realistic stand-in of the same kind and layout (the default): a phone becomes a valid
    /// phone of the same country, a date moves by the run's offset, a card stays Luhn-valid.
    case pseudonym
    /// A numbered tag, one number per distinct value and label: `[PHONE-1]`. Numbers count
    /// per label in order of first appearance within a session.
    case tag
    /// The label alone: `[PHONE]`.
    case redact
    /// One `*` per Unicode scalar, whitespace kept, so the layout's length stays.
    case mask
}
