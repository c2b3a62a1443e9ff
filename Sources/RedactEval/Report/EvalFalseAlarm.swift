/// A false alarm: a prediction that overlaps no gold span of any label, shown in context.
public struct EvalFalseAlarm: Sendable, Hashable, Codable {
    /// The document's id.
    public var document: String
    /// Start of the prediction, in code points.
    public var codePointStart: Int
    /// End (exclusive), in code points.
    public var codePointEnd: Int
    /// The predicted label.
    public var label: String
    /// The rule that produced it, when known.
    public var rule: String?
    /// The predicted text.
    public var text: String
    /// Its non-whitespace code points: what it hides that it should not; the list's order.
    public var characters: Int
    /// Context before, on one line.
    public var contextBefore: String
    /// Context after, on one line.
    public var contextAfter: String

    enum CodingKeys: String, CodingKey {
        case document, label, rule, text, characters
        case codePointStart = "start"
        case codePointEnd = "end"
        case contextBefore = "context_before"
        case contextAfter = "context_after"
    }
}
