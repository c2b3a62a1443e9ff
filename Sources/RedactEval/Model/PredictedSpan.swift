/// One span a tool reported, scored against the gold spans of its document.
public struct PredictedSpan: Sendable, Hashable, Codable {
    /// Where the span is, in Unicode code points of the document's text, end exclusive.
    public var codePointRange: Range<Int>
    /// The predicted category, such as `PERSON`.
    public var label: String
    /// The rule that produced the span, for per-rule counts; `nil` when the tool does not say.
    public var ruleID: String?
    /// The stand-in written over the span, for the consistency figures; `nil` when unknown.
    public var replacement: String?

    /// A prediction at `codePointRange` labelled `label`, from `ruleID`, replaced by `replacement`.
    public init(codePointRange: Range<Int>, label: String, ruleID: String? = nil, replacement: String? = nil) {
        self.codePointRange = codePointRange
        self.label = label
        self.ruleID = ruleID
        self.replacement = replacement
    }
}
