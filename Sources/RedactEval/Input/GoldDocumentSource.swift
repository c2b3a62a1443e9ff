/// Anything that hands out gold documents one at a time: each reader, and
/// ``GoldDocumentStream`` over them.
public protocol GoldDocumentSource: AnyObject {
    /// The next document, or `nil` after the last.
    func next() throws(EvalInputError) -> GoldDocument?
}

extension GoldDocumentSource {
    /// Every document not yet handed out, for inputs small enough to hold.
    public func remaining() throws(EvalInputError) -> [GoldDocument] {
        var documents: [GoldDocument] = []
        while let document = try next() { documents.append(document) }
        return documents
    }
}
