/// Gold data, predictions or a label map that cannot be read or does not make sense.
///
/// The message names the file, the line or document, the span when there is one, and what was
/// expected, so whoever exported the data can find the record without reading the reader.
public struct EvalInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of failure, for callers that react to some differently.
    public enum Code: String, Sendable, Hashable {
        /// A file or folder cannot be opened or read.
        case unreadable
        /// The bytes are not what the format is written in: invalid JSON, invalid UTF-8.
        case syntax
        /// Well-formed data of the wrong shape: a missing key, a wrong type, a bad tag.
        case schema
        /// An offset outside the text, inside a code point, or an empty or reversed range.
        case offset
        /// A BRAT annotation whose text is not the slice of the `.txt` file it points at.
        case textMismatch
        /// Two records with the same document id.
        case duplicateDocument
        /// A file whose format cannot be told from its name or contents.
        case unknownFormat
    }

    /// Where in the input a problem is: the file and, when known, the line, document and span.
    public struct Place: Sendable, Hashable, CustomStringConvertible {
        /// The file as named by the caller; `nil` for data that came from memory.
        public var file: String?
        /// 1-based line in `file`, when the format has lines.
        public var line: Int?
        /// The document's id, when known.
        public var document: String?
        /// 0-based index of the span within its document, in the order of the input.
        public var spanIndex: Int?

        /// A place in `file`, at `line`, in `document`, at span `spanIndex`.
        public init(file: String?, line: Int? = nil, document: String? = nil, spanIndex: Int? = nil) {
            self.file = file
            self.line = line
            self.document = document
            self.spanIndex = spanIndex
        }

        /// The same place, narrowed to span `index`.
        public func span(_ index: Int) -> Place {
            var place = self
            place.spanIndex = index
            return place
        }

        /// The same place, narrowed to `document`.
        public func document(_ id: String) -> Place {
            var place = self
            place.document = id
            return place
        }

        /// `file:line: document 'id': span n`, leaving out what is not known.
        public var description: String {
            var parts: [String] = []
            var head = file ?? "input"
            if let line { head += ":\(line)" }
            parts.append(head)
            if let document { parts.append("document '\(document)'") }
            if let spanIndex { parts.append("span \(spanIndex)") }
            return parts.joined(separator: ": ")
        }
    }

    /// What kind of failure this is.
    public var code: Code
    /// Where it happened.
    public var place: Place
    /// What was wrong and what was expected.
    public var message: String

    /// An error of kind `code` at `place`, saying `message`.
    public init(_ code: Code, at place: Place, _ message: String) {
        self.code = code
        self.place = place
        self.message = message
    }

    /// `file:line: document 'id': span n: message`.
    public var description: String { "\(place): \(message)" }
}
