/// A structured input format read record by record: which bytes of a record are text to redact
/// and which are structure to keep byte for byte.
///
/// Plain text needs no format: ``StreamingRedactor`` reads it. See <doc:Formats>.
public enum RecordFormat: Sendable, Hashable {
    /// JSON Lines: one JSON value a line; the string values the paths name are redacted
    /// (`text` when none are given), every other byte of the line is kept.
    case jsonLines(fields: [FieldPath])
    /// Comma-separated values (RFC 4180): the first row is the header and is kept; the named
    /// columns are redacted, every column when none are named. Quoted fields may hold line ends.
    case csv(columns: [String], delimiter: UInt8)
    /// SubRip subtitles: cue numbers and timings kept, cue text redacted, markup kept.
    case srt
    /// WebVTT: header, timings, settings, STYLE and REGION blocks and markup kept; cue text,
    /// cue identifiers and NOTE comments redacted; voice names (`<v Elçin Hüseynov>`) replaced
    /// by the stand-in the same person gets in the text.
    case webVTT

    /// Whether a record is a natural document of its own (a JSON line, a CSV row), which
    /// document scope redacts apart from the others; a subtitle file is one document.
    public var recordIsDocument: Bool {
        switch self {
        case .jsonLines, .csv: true
        case .srt, .webVTT: false
        }
    }
}

/// One stretch of a record to redact, with how to write its redacted text back.
struct RecordPiece {
    enum Kind {
        /// Prose: detected with every rule.
        case text
        /// A person's name as a whole (a WebVTT voice): replaced by that person's stand-in.
        case speaker
    }

    enum Encoding {
        /// The bytes as they are.
        case raw
        /// A JSON string literal.
        case json(asciiEscaped: Bool)
        /// A CSV field, quoted as it was, or when the new text needs quotes.
        case csv(quoted: Bool, delimiter: UInt8)
    }

    /// Where the piece is in the record; replaced only when its text changes.
    var source: Range<Int>
    /// The text, UTF-8 (escapes and quotes decoded).
    var text: [UInt8]
    var kind: Kind = .text
    var encoding: Encoding = .raw

    /// `redacted` written in the piece's encoding.
    func encode(_ redacted: [UInt8]) -> [UInt8] {
        switch encoding {
        case .raw:
            return redacted
        case .json(let asciiEscaped):
            return JSONLine.literal(redacted, asciiEscaped: asciiEscaped)
        case .csv(let quoted, let delimiter):
            let needsQuotes = quoted || redacted.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            guard needsQuotes else { return redacted }
            var out: [UInt8] = [0x22]
            for b in redacted {
                out.append(b)
                if b == 0x22 { out.append(0x22) }
            }
            out.append(0x22)
            return out
        }
    }
}

/// A record that breaks its format's rules, or input that is not UTF-8.
public struct RecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Hashable {
        case invalidUTF8
        case malformed
    }

    public var code: Code
    /// Offset of the problem in bytes from the start of the input.
    public var offset: Int
    /// The 1-based line of the input the problem is on.
    public var line: Int
    /// What was expected.
    public var message: String

    /// An error at `offset`, on `line`.
    public init(_ code: Code, offset: Int, line: Int, _ message: String) {
        self.code = code
        self.offset = offset
        self.line = line
        self.message = message
    }

    /// `line 12 (byte offset 345): a string is not closed`.
    public var description: String { "line \(line) (byte offset \(offset)): \(message)" }
}
