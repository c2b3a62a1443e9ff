/// Yields the documents of a gold file or folder one at a time, whatever its format, and
/// rejects a document id seen twice.
///
/// This is the one entry point for `redact eval GOLD`: JSON Lines, doccano and CoNLL are read
/// line by line with flat memory, BRAT one file pair at a time; a Label Studio export is one
/// JSON array and is read whole.
public final class GoldDocumentStream: GoldDocumentSource {
    /// The format being read, detected or as given.
    public let format: GoldFormat
    private let path: String
    private let source: any GoldDocumentSource
    private var seenIDs: Set<String> = []

    /// A stream over `path` in `format` (detected by ``GoldFormat/detect(path:)`` when `nil`).
    public init(path: String, format: GoldFormat? = nil, options: GoldReadOptions = .init()) throws(EvalInputError) {
        let format = if let format { format } else { try GoldFormat.detect(path: path) }
        self.format = format
        self.path = path
        switch format {
        case .jsonl: source = try GoldJSONLReader(path: path, options: options)
        case .doccano: source = try DoccanoReader(path: path, options: options)
        case .conll: source = try CoNLLReader(path: path, options: options)
        case .brat: source = try BratReader(directory: path, options: options)
        case .labelStudio: source = LoadedDocuments(try LabelStudioReader.readAll(path: path, options: options))
        }
    }

    /// The next document, or `nil` after the last.
    public func next() throws(EvalInputError) -> GoldDocument? {
        guard let document = try source.next() else { return nil }
        guard seenIDs.insert(document.id).inserted else {
            throw EvalInputError(.duplicateDocument, at: .init(file: path, document: document.id),
                                 "a second document with this id; ids must be unique to pair gold with predictions")
        }
        return document
    }

    /// Every remaining document.
    public func readAll() throws(EvalInputError) -> [GoldDocument] {
        try remaining()
    }

    /// Documents already in memory, handed out in order.
    private final class LoadedDocuments: GoldDocumentSource {
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
