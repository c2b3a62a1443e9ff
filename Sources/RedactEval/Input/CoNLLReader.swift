import Foundation

/// Reads CoNLL-style BIO files (IOB2, IOB1, and the BIOES/BILOU variants), one document at a
/// time.
///
/// Each line holds a token and its tag in the last column, separated by spaces or tabs; a blank
/// line ends a sentence and a line whose first column is `-DOCSTART-` ends a document (a file
/// without one is one document). The text is rebuilt by joining a sentence's tokens with one
/// space and the sentences with `\n`, so offsets are exact by construction. An `I-X` that does
/// not continue an `X` span starts one (IOB1). Documents are named by their 1-based number.
public final class CoNLLReader: GoldDocumentSource {
    private let lines: LineReader
    private let options: GoldReadOptions
    private var documentNumber = 0
    private var finished = false

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
        self.lines = lines
        self.options = options
    }

    /// The next non-empty document, or `nil` at the end of the file.
    public func next() throws(EvalInputError) -> GoldDocument? {
        guard !finished else { return nil }
        var builder = Builder()
        while let bytes = try lines.nextLine() {
            let place = EvalInputError.Place(file: lines.name, line: lines.lineNumber)
            guard let line = String(bytes: bytes, encoding: .utf8) else {
                throw EvalInputError(.syntax, at: place, "not valid UTF-8")
            }
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty {
                builder.endSentence()
                continue
            }
            if columns[0] == "-DOCSTART-" {
                if builder.hasTokens { return try emit(&builder) }
                continue
            }
            guard columns.count >= 2, let last = columns.last else {
                throw EvalInputError(.schema, at: place, "expected a token and a tag separated by a space or a tab, found '\(line)'")
            }
            guard let tag = Tag(String(last)) else {
                throw EvalInputError(.schema, at: place,
                                     "expected a tag O, B-LABEL or I-LABEL (or E-, S-, L-, U-), found '\(last)'")
            }
            builder.add(token: String(columns[0]), tag: tag)
        }
        finished = true
        return builder.hasTokens ? try emit(&builder) : nil
    }

    /// Every document of the file at `path`.
    public static func readAll(path: String, options: GoldReadOptions = .init()) throws(EvalInputError) -> [GoldDocument] {
        try CoNLLReader(path: path, options: options).remaining()
    }

    private func emit(_ builder: inout Builder) throws(EvalInputError) -> GoldDocument {
        builder.endSentence()
        documentNumber += 1
        let raw = builder.spans.map { RawSpan(start: $0.lowerBound, end: $0.upperBound, label: $0.label) }
        var codePointOptions = options
        codePointOptions.unit = .codePoints
        return try GoldDocument(id: String(documentNumber), text: builder.text, language: nil, rawSpans: raw,
                                options: codePointOptions, at: .init(file: lines.name, line: lines.lineNumber))
    }

    /// A BIO tag: where the token stands in its span, and the span's label.
    private enum Tag {
        case outside
        case begin(String)
        case inside(String)
        case end(String)
        case single(String)

        init?(_ text: String) {
            if text == "O" { self = .outside; return }
            guard text.count > 2, text.dropFirst().first == "-" else { return nil }
            let label = String(text.dropFirst(2))
            switch text.first {
            case "B": self = .begin(label)
            case "I": self = .inside(label)
            case "E", "L": self = .end(label)
            case "S", "U": self = .single(label)
            default: return nil
            }
        }
    }

    /// Accumulates one document's text and spans, in code points.
    private struct Builder {
        struct Span {
            var lowerBound: Int
            var upperBound: Int
            var label: String
        }

        var text = ""
        var codePoints = 0
        var spans: [Span] = []
        var hasTokens = false
        private var sentenceHasTokens = false
        private var open: Span?

        mutating func add(token: String, tag: Tag) {
            if sentenceHasTokens {
                text += " "
                codePoints += 1
            } else if hasTokens {
                text += "\n"
                codePoints += 1
            }
            let start = codePoints
            text += token
            codePoints += token.unicodeScalars.count
            hasTokens = true
            sentenceHasTokens = true
            switch tag {
            case .outside:
                close()
            case .begin(let label):
                close()
                open = Span(lowerBound: start, upperBound: codePoints, label: label)
            case .inside(let label), .end(let label):
                if open?.label == label {
                    open?.upperBound = codePoints
                } else {
                    close()
                    open = Span(lowerBound: start, upperBound: codePoints, label: label)
                }
                if case .end = tag { close() }
            case .single(let label):
                close()
                spans.append(Span(lowerBound: start, upperBound: codePoints, label: label))
            }
        }

        mutating func endSentence() {
            close()
            sentenceHasTokens = false
        }

        private mutating func close() {
            if let open { spans.append(open) }
            open = nil
        }
    }
}
