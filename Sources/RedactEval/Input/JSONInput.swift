import Foundation

/// Decodes one JSON value and turns decoding failures into ``EvalInputError``s that say which
/// key was missing or of which type, as a path such as `spans[2].start`.
struct JSONInput {
    private let decoder = JSONDecoder()

    /// `T` decoded from `bytes`, or an error at `place` naming the offending key path.
    func decode<T: Decodable>(_ type: T.Type, from bytes: some Collection<UInt8>, at place: EvalInputError.Place)
        throws(EvalInputError) -> T
    {
        do {
            return try decoder.decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw Self.inputError(error, at: place)
        } catch {
            throw EvalInputError(.syntax, at: place, "not valid JSON: \(error)")
        }
    }

    /// The ``EvalInputError`` that says what `error` means to someone editing the file.
    static func inputError(_ error: DecodingError, at place: EvalInputError.Place) -> EvalInputError {
        var place = place
        let code: EvalInputError.Code
        let message: String
        switch error {
        case .keyNotFound(let key, let context):
            code = .schema
            place.spanIndex = spanIndex(in: context.codingPath + [key]) ?? place.spanIndex
            message = "missing key '\(key.stringValue)' in \(describe(context.codingPath))"
        case .typeMismatch(let type, let context):
            code = .schema
            place.spanIndex = spanIndex(in: context.codingPath) ?? place.spanIndex
            message = "\(describe(context.codingPath)): expected \(describe(type))"
        case .valueNotFound(let type, let context):
            code = .schema
            place.spanIndex = spanIndex(in: context.codingPath) ?? place.spanIndex
            message = "\(describe(context.codingPath)): expected \(describe(type)), found null"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            code = .syntax
            message = "not valid JSON"
        case .dataCorrupted(let context):
            code = .schema
            place.spanIndex = spanIndex(in: context.codingPath) ?? place.spanIndex
            message = "\(describe(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            code = .schema
            message = "\(error)"
        }
        return EvalInputError(code, at: place, message)
    }

    /// `'spans[2].start'`, or `the top level` for an empty path.
    private static func describe(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the top level" : "'\(render(path))'"
    }

    /// `spans[2].start`, from a coding path.
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// The index right after a `spans`-like key (`spans`, `label`, `labels`, `entities`,
    /// `result`), which is the span's index in the record.
    static func spanIndex(in path: [any CodingKey]) -> Int? {
        let spanKeys: Set<String> = ["spans", "label", "labels", "entities", "result"]
        for (position, key) in path.enumerated().dropLast() where key.intValue == nil && spanKeys.contains(key.stringValue) {
            if let index = path[position + 1].intValue { return index }
        }
        return nil
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
