/// Yields the documents of a gold file or folder one at a time, whatever its format, and
/// rejects a document id seen twice.
///
/// This is the one entry point for `redact eval GOLD`: JSON Lines, doccano and CoNLL are read
/// line by line with flat memory, BRAT one file pair at a time; a Label Studio export is one
/// JSON array and is read whole.
public final class GoldDocumentStream {
    /// The format being read, detected or as given.
    public let format: GoldFormat
    private let path: String
    private let source: Source
    private var seenIDs: Set<String> = []

    private enum Source {
        case jsonl(GoldJSONLReader)
        case doccano(DoccanoReader)
        case conll(CoNLLReader)
        case brat(BratReader)
        case loaded(LoadedDocuments)
    }

    /// A stream over `path` in `format` (detected by ``GoldFormat/detect(path:)`` when `nil`).
    public init(path: String, format: GoldFormat? = nil, options: GoldReadOptions = .init()) throws(EvalInputError) {
        let format = if let format { format } else { try GoldFormat.detect(path: path) }
        self.format = format
        self.path = path
        switch format {
        case .jsonl: source = .jsonl(try GoldJSONLReader(path: path, options: options))
        case .doccano: source = .doccano(try DoccanoReader(path: path, options: options))
        case .conll: source = .conll(try CoNLLReader(path: path, options: options))
        case .brat: source = .brat(try BratReader(directory: path, options: options))
        case .labelStudio: source = .loaded(LoadedDocuments(try LabelStudioReader.readAll(path: path, options: options)))
        }
    }

    /// The next document, or `nil` after the last.
    public func next() throws(EvalInputError) -> GoldDocument? {
        let document: GoldDocument?
        switch source {
        case .jsonl(let reader): document = try reader.next()
        case .doccano(let reader): document = try reader.next()
        case .conll(let reader): document = try reader.next()
        case .brat(let reader): document = try reader.next()
        case .loaded(let documents): document = documents.next()
        }
        guard let document else { return nil }
        guard seenIDs.insert(document.id).inserted else {
            throw EvalInputError(.duplicateDocument, at: .init(file: path, document: document.id),
                                 "a second document with this id; ids must be unique to pair gold with predictions")
        }
        return document
    }

    /// Every remaining document.
    public func readAll() throws(EvalInputError) -> [GoldDocument] {
        var documents: [GoldDocument] = []
        while let document = try next() { documents.append(document) }
        return documents
    }

    /// Documents already in memory, handed out in order.
    private final class LoadedDocuments {
        private var documents: [GoldDocument]
        private var position = 0

        init(_ documents: [GoldDocument]) { self.documents = documents }

        func next() -> GoldDocument? {
            guard position < documents.count else { return nil }
            defer { position += 1 }
            return documents[position]
        }
    }
}
