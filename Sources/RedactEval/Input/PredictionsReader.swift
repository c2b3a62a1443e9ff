import Foundation

/// Reads another tool's predictions: JSON Lines of `{"id", "spans": [{"start", "end",
/// "label", "rule"?, "replacement"?}]}`, which is also what `redact detect --jsonl` prints.
///
/// `detect` writes each input record back with its fields, so its lines carry `text`, `output`
/// and spans with `utf8_start`, `utf16_start` and `text` as well; those extra keys are ignored
/// and `start`/`end` are read as code points. A record without `id` is named by its 1-based line
/// number, which matches a gold file only when both have the same lines (`detect` skips blank
/// lines). Offsets in UTF-8 or UTF-16 need the document's text: the record's `text` field, or
/// the gold text passed in `texts`. Of ``GoldReadOptions`` the unit and the label map apply;
/// `defaultLanguage` does not (predictions take their document's language from the gold).
public final class PredictionsReader {
    private let source: JSONLinesSource<(String, [PredictedSpan])>
    private let name: String
    private var seenIDs: Set<String> = []

    /// A reader of the file at `path` (`-` for standard input); `texts` maps document ids to
    /// their text, for offsets that are not code points.
    public convenience init(path: String, options: GoldReadOptions = .init(), texts: [String: String] = [:]) throws(EvalInputError) {
        self.init(lines: try LineReader(path: path), options: options, texts: texts)
    }

    /// A reader of an open `handle`, named `name` in errors; the caller keeps the handle.
    public convenience init(fileHandle: FileHandle, name: String, options: GoldReadOptions = .init(),
                            texts: [String: String] = [:]) {
        self.init(lines: LineReader(handle: fileHandle, name: name), options: options, texts: texts)
    }

    init(lines: LineReader, options: GoldReadOptions, texts: [String: String]) {
        name = lines.name
        let json = JSONInput()
        source = JSONLinesSource(lines: lines) { (bytes, number, place) throws(EvalInputError) in
            let record = try json.decode(Record.self, from: bytes, at: place)
            let id = record.id?.value ?? String(number)
            let place = place.document(id)
            var converter: OffsetConverter?
            if options.unit != .codePoints {
                guard let text = record.text ?? texts[id] else {
                    throw EvalInputError(.schema, at: place,
                        "offsets in \(options.unit.rawValue) need the document's text: a \"text\" field or a gold document with this id")
                }
                converter = OffsetConverter(text: text, unit: options.unit)
            } else if let text = record.text {
                converter = OffsetConverter(text: text, unit: .codePoints)
            }
            var spans: [PredictedSpan] = []
            spans.reserveCapacity(record.spans.count)
            for (index, span) in record.spans.enumerated() {
                let range: Range<Int>
                if let converter {
                    range = try converter.codePointRange(start: span.start, end: span.end, at: place.span(index))
                } else {
                    guard span.start >= 0, span.start < span.end else {
                        throw EvalInputError(.offset, at: place.span(index),
                                             "expected 0 <= start < end, found start \(span.start), end \(span.end)")
                    }
                    range = span.start..<span.end
                }
                guard let label = options.labelMap.map({ $0.map(span.label) }) ?? span.label else { continue }
                spans.append(PredictedSpan(codePointRange: range, label: label, ruleID: span.rule, replacement: span.replacement))
            }
            return (id, spans)
        }
    }

    /// The next record's document id and spans, or `nil` at the end of the file.
    public func next() throws(EvalInputError) -> (id: String, spans: [PredictedSpan])? {
        guard let (id, spans) = try source.next() else { return nil }
        guard seenIDs.insert(id).inserted else {
            throw EvalInputError(.duplicateDocument, at: .init(file: name, document: id), "a second record for this document id")
        }
        return (id, spans)
    }

    /// Every record of the file at `path`, by document id.
    public static func readAll(path: String, options: GoldReadOptions = .init(), texts: [String: String] = [:])
        throws(EvalInputError) -> [String: [PredictedSpan]]
    {
        let reader = try PredictionsReader(path: path, options: options, texts: texts)
        var predictions: [String: [PredictedSpan]] = [:]
        while let (id, spans) = try reader.next() { predictions[id] = spans }
        return predictions
    }

    private struct Record: Decodable {
        var id: JSONID?
        var text: String?
        var spans: [Span]
    }

    private struct Span: Decodable {
        var start: Int
        var end: Int
        var label: String
        var rule: String?
        var replacement: String?
    }
}
