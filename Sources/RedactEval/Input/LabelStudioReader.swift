import Foundation

/// Reads a Label Studio JSON export: an array of tasks, each with `data.text` and annotations.
///
/// Of each task it takes the first annotation that is not cancelled (`was_cancelled`), and of
/// that annotation the results whose `value` has `start`, `end` and `labels`; other results
/// (choices, relations) are ignored, and a region with several labels gives one span per
/// label. A task with no usable annotation is skipped: it was never annotated, so it cannot
/// say what should have been found. Older exports that call annotations `completions` are read
/// too. The task's `id` names the document (its 1-based position when it has none);
/// `data.lang` or `data.language` gives its language. Offsets are code points by default;
/// exports from Label Studio versions that counted JavaScript string positions need
/// ``OffsetUnit/utf16``.
public enum LabelStudioReader {
    /// Every annotated task of the export at `path`.
    public static func readAll(path: String, options: GoldReadOptions = .init()) throws(EvalInputError) -> [GoldDocument] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvalInputError(.unreadable, at: .init(file: path), "cannot read the Label Studio export")
        }
        return try parse(data, file: path, options: options)
    }

    /// Every annotated task of an export held in `data`; `file` names it in errors.
    public static func parse(_ data: Data, file: String?, options: GoldReadOptions = .init()) throws(EvalInputError) -> [GoldDocument] {
        let place = EvalInputError.Place(file: file)
        let tasks = try JSONInput().decode([Task].self, from: data, at: place)
        var documents: [GoldDocument] = []
        for (position, task) in tasks.enumerated() {
            let id = task.id?.value ?? String(position + 1)
            let annotations = task.annotations ?? task.completions ?? []
            guard let annotation = annotations.first(where: { $0.wasCancelled != true }) else { continue }
            var raw: [RawSpan] = []
            for result in annotation.result ?? [] {
                guard let value = result.value, let start = value.start, let end = value.end,
                      let labels = value.labels else { continue }
                for label in labels {
                    raw.append(RawSpan(start: start, end: end, label: label))
                }
            }
            documents.append(try GoldDocument(id: id, text: task.data.text, language: task.data.lang ?? task.data.language,
                                              rawSpans: raw, options: options, at: place))
        }
        return documents
    }

    private struct Task: Decodable {
        var id: JSONID?
        var data: TaskData
        var annotations: [Annotation]?
        var completions: [Annotation]?
    }

    private struct TaskData: Decodable {
        var text: String
        var lang: String?
        var language: String?
    }

    private struct Annotation: Decodable {
        var wasCancelled: Bool?
        var result: [Result]?

        enum CodingKeys: String, CodingKey {
            case wasCancelled = "was_cancelled"
            case result
        }
    }

    private struct Result: Decodable {
        var value: Value?
    }

    private struct Value: Decodable {
        var start: Int?
        var end: Int?
        var labels: [String]?
    }
}
