import Foundation

/// Reads the canonical gold format, one document per line, without holding the file in memory.
///
/// Each line is `{"id"?, "text", "lang"?, "spans": [{"start", "end", "label", "entity"?}]}`,
/// the shape of `Benchmarks/corpus/generate.py --format jsonl`. A missing `id` becomes the
/// 1-based line number; `language` is accepted for `lang`; `entity` may be a string or an
/// integer. Offsets count ``GoldReadOptions/unit`` (code points unless told otherwise).
public final class GoldJSONLReader: GoldDocumentSource {
    private let source: JSONLinesSource<GoldDocument>

    /// A reader of the file at `path` (`-` for standard input).
    public convenience init(path: String, options: GoldReadOptions = .init()) throws(EvalInputError) {
        self.init(lines: try LineReader(path: path), options: options)
    }

    /// A reader of an open `handle` (standard input, a pipe), named `name` in errors; the
    /// caller keeps the handle and closes it.
    public convenience init(fileHandle: FileHandle, name: String, options: GoldReadOptions = .init()) {
        self.init(lines: LineReader(handle: fileHandle, name: name), options: options)
    }

    init(lines: LineReader, options: GoldReadOptions) {
        let json = JSONInput()
        source = JSONLinesSource(lines: lines) { (bytes, number, place) throws(EvalInputError) in
            let record = try json.decode(Record.self, from: bytes, at: place)
            let id = record.id?.value ?? String(number)
            let raw = record.spans.map { RawSpan(start: $0.start, end: $0.end, label: $0.label, entity: $0.entity?.value) }
            return try GoldDocument(id: id, text: record.text, language: record.lang ?? record.language,
                                    rawSpans: raw, options: options, at: place)
        }
    }

    /// The next document, or `nil` at the end of the file.
    public func next() throws(EvalInputError) -> GoldDocument? {
        try source.next()
    }

    /// Every document of the file at `path`, for files small enough to hold.
    public static func readAll(path: String, options: GoldReadOptions = .init()) throws(EvalInputError) -> [GoldDocument] {
        try GoldJSONLReader(path: path, options: options).remaining()
    }

    private struct Record: Decodable {
        var id: JSONID?
        var text: String
        var lang: String?
        var language: String?
        var spans: [Span]
    }

    private struct Span: Decodable {
        var start: Int
        var end: Int
        var label: String
        var entity: JSONID?
    }
}
