import Foundation

/// Reads a doccano sequence-labelling export (JSON Lines), one document at a time.
///
/// Accepts the three shapes doccano has written: `"label": [[start, end, "LABEL"], …]`, the
/// older `"labels"` key with the same triples, and `"entities": [{"start_offset",
/// "end_offset", "label"}, …]`. A missing `id` becomes the 1-based line number. doccano writes
/// code-point offsets; ``GoldReadOptions/unit`` switches that.
public final class DoccanoReader: GoldDocumentSource {
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
            var raw: [RawSpan] = []
            for triple in record.label ?? record.labels ?? [] {
                raw.append(RawSpan(start: triple.start, end: triple.end, label: triple.label))
            }
            for entity in record.entities ?? [] {
                raw.append(RawSpan(start: entity.startOffset, end: entity.endOffset, label: entity.label))
            }
            return try GoldDocument(id: id, text: record.text, language: record.lang ?? record.language,
                                    rawSpans: raw, options: options, at: place)
        }
    }

    /// The next document, or `nil` at the end of the file.
    public func next() throws(EvalInputError) -> GoldDocument? {
        try source.next()
    }

    /// Every document of the file at `path`.
    public static func readAll(path: String, options: GoldReadOptions = .init()) throws(EvalInputError) -> [GoldDocument] {
        try DoccanoReader(path: path, options: options).remaining()
    }

    private struct Record: Decodable {
        var id: JSONID?
        var text: String
        var lang: String?
        var language: String?
        var label: [Triple]?
        var labels: [Triple]?
        var entities: [Entity]?
    }

    /// `[start, end, "LABEL"]`.
    private struct Triple: Decodable {
        var start: Int
        var end: Int
        var label: String

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            do {
                start = try container.decode(Int.self)
                end = try container.decode(Int.self)
                label = try container.decode(String.self)
            } catch {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath, debugDescription: "expected [start, end, \"LABEL\"]"))
            }
        }
    }

    private struct Entity: Decodable {
        var startOffset: Int
        var endOffset: Int
        var label: String

        enum CodingKeys: String, CodingKey {
            case startOffset = "start_offset"
            case endOffset = "end_offset"
            case label
        }
    }
}
