/// A span as a file writes it, before its offsets are checked and converted to code points.
struct RawSpan: Sendable {
    var start: Int
    var end: Int
    var label: String
    var entity: String?
}

extension GoldDocument {
    /// A document built from spans as read: offsets converted from `options.unit` and checked
    /// against `text`, labels mapped (and dropped) by `options.labelMap`. Errors name `place`
    /// and the span's index among `rawSpans`.
    init(id: String, text: String, language: String?, rawSpans: [RawSpan], options: GoldReadOptions,
         at place: EvalInputError.Place) throws(EvalInputError)
    {
        let converter = OffsetConverter(text: text, unit: options.unit)
        var spans: [GoldSpan] = []
        spans.reserveCapacity(rawSpans.count)
        let place = place.document(id)
        for (index, raw) in rawSpans.enumerated() {
            let range = try converter.codePointRange(start: raw.start, end: raw.end, at: place.span(index))
            guard !raw.label.isEmpty else {
                throw EvalInputError(.schema, at: place.span(index), "the label is empty")
            }
            let label = options.labelMap.map { $0.map(raw.label) } ?? raw.label
            guard let label else { continue }
            spans.append(GoldSpan(codePointRange: range, label: label, entity: raw.entity))
        }
        self.init(id: id, text: text, language: language ?? options.defaultLanguage, spans: spans)
    }
}
