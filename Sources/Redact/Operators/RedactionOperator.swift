/// What replaces a detected span.
public enum RedactionOperator: String, Sendable, Hashable, CaseIterable, Codable {
    /// A realistic stand-in of the same kind and layout (the default): a phone becomes a valid
    /// phone of the same country, a date moves by the run's offset, a card stays Luhn-valid.
    case pseudonym
    /// A numbered tag, one number per distinct value and label: `[PHONE-1]`.
    case tag
    /// The label alone: `[PHONE]`.
    case redact
    /// One `*` per character, whitespace kept, so the layout's length stays.
    case mask
}
