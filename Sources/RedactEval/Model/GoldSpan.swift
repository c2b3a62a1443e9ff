/// One annotated mention in a gold document: what the engine is expected to find.
public struct GoldSpan: Sendable, Hashable, Codable {
    /// Where the mention is, in Unicode code points of the document's text, end exclusive.
    public var codePointRange: Range<Int>
    /// The annotated category, such as `PERSON`.
    public var label: String
    /// Groups mentions of one real entity within a document; `nil` makes the span its own entity.
    public var entity: String?

    /// A mention at `codePointRange` labelled `label`, belonging to `entity` when given.
    public init(codePointRange: Range<Int>, label: String, entity: String? = nil) {
        self.codePointRange = codePointRange
        self.label = label
        self.entity = entity
    }
}
