/// One annotated document: the text the engine sees and the spans it should find.
public struct GoldDocument: Sendable, Hashable, Codable {
    /// Identifies the document in reports and links it to its predictions.
    public var id: String
    /// The document's text; span offsets count its Unicode code points.
    public var text: String
    /// The document's language tag (`az`, `ru`), when the gold data says; reports group by it.
    public var language: String?
    /// The annotated mentions, in the order the gold data lists them.
    public var spans: [GoldSpan]

    /// A document `id` with `text`, `language` and annotated `spans`.
    public init(id: String, text: String, language: String? = nil, spans: [GoldSpan]) {
        self.id = id
        self.text = text
        self.language = language
        self.spans = spans
    }
}
