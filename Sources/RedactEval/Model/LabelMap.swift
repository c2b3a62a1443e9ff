import Foundation

/// Renames or drops labels so that gold data and predictions speak the same vocabulary
/// (`PER=PERSON`, `MISC=-`).
///
/// A label the map does not mention passes through unchanged.
public struct LabelMap: Sendable, Hashable {
    /// Labels renamed: `renames["PER"] == "PERSON"`.
    public var renames: [String: String]
    /// Labels whose spans are removed.
    public var dropped: Set<String>

    /// A map that renames by `renames` and removes the spans of `dropped`.
    public init(renames: [String: String] = [:], dropped: Set<String> = []) {
        self.renames = renames
        self.dropped = dropped
    }

    /// A map read from `text`: either a JSON object (`{"PER": "PERSON", "MISC": null}`) or lines
    /// `FROM=TO`, with `#` comments and blank lines ignored. An empty `TO`, `-` or JSON `null`
    /// drops the label. `file` names the source in errors.
    public init(parsing text: String, file: String?) throws(EvalInputError) {
        self.init()
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") {
            try parseJSON(trimmed, file: file)
        } else {
            try parseLines(text, file: file)
        }
    }

    /// The map in the file at `path`.
    public static func read(path: String) throws(EvalInputError) -> LabelMap {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvalInputError(.unreadable, at: .init(file: path), "cannot read the label map")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw EvalInputError(.syntax, at: .init(file: path), "the label map is not valid UTF-8")
        }
        return try LabelMap(parsing: text, file: path)
    }

    /// What `label` becomes, or `nil` when its spans are dropped.
    public func map(_ label: String) -> String? {
        if dropped.contains(label) { return nil }
        return renames[label] ?? label
    }

    /// `document` with its spans relabelled and the dropped ones removed.
    public func apply(to document: GoldDocument) -> GoldDocument {
        var document = document
        document.spans = document.spans.compactMap { span in
            map(span.label).map { GoldSpan(codePointRange: span.codePointRange, label: $0, entity: span.entity) }
        }
        return document
    }

    /// `predictions` relabelled, the dropped ones removed.
    public func apply(to predictions: [PredictedSpan]) -> [PredictedSpan] {
        predictions.compactMap { span in
            map(span.label).map { label in
                var span = span
                span.label = label
                return span
            }
        }
    }

    private mutating func add(_ from: String, _ to: String?, at place: EvalInputError.Place) throws(EvalInputError) {
        guard !from.isEmpty else {
            throw EvalInputError(.schema, at: place, "expected FROM=TO with a non-empty FROM label")
        }
        guard renames[from] == nil, !dropped.contains(from) else {
            throw EvalInputError(.schema, at: place, "label '\(from)' is mapped twice")
        }
        if let to, !to.isEmpty, to != "-" {
            renames[from] = to
        } else {
            dropped.insert(from)
        }
    }

    private mutating func parseLines(_ text: String, file: String?) throws(EvalInputError) {
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            let content = line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            if content.isEmpty || content.hasPrefix("#") { continue }
            guard let equals = content.firstIndex(of: "=") else {
                throw EvalInputError(.schema, at: .init(file: file, line: number),
                                     "expected FROM=TO (TO empty or '-' drops the label), found '\(content)'")
            }
            let from = content[..<equals].trimmingCharacters(in: .whitespaces)
            let to = content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            try add(from, to, at: .init(file: file, line: number))
        }
    }

    private mutating func parseJSON(_ text: String, file: String?) throws(EvalInputError) {
        let place = EvalInputError.Place(file: file)
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
            throw EvalInputError(.syntax, at: place, "the label map is not valid JSON")
        }
        guard let dictionary = object as? [String: Any] else {
            throw EvalInputError(.schema, at: place, "expected a JSON object of label to label")
        }
        for key in dictionary.keys.sorted() {
            switch dictionary[key] {
            case let to as String:
                try add(key, to, at: place)
            case is NSNull:
                try add(key, nil, at: place)
            default:
                throw EvalInputError(.schema, at: place, "label '\(key)': expected a string or null")
            }
        }
    }
}
