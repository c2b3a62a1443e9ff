import ArgumentParser
import Redact

/// The input formats the filter reads.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, text, jsonl, csv, tsv, srt, vtt

    /// The format a file's extension names (`.jsonl`, `.ndjson`, `.csv`, `.tsv`, `.srt`,
    /// `.vtt`); text for anything else and for standard input.
    static func detect(path: String) -> InputFormat {
        guard path != "-", let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return .text }
        switch path[path.index(after: dot)...].lowercased() {
        case "jsonl", "ndjson": return .jsonl
        case "csv": return .csv
        case "tsv": return .tsv
        case "srt": return .srt
        case "vtt", "webvtt": return .vtt
        default: return .text
        }
    }
}

/// How far linking and numbering reach.
enum LinkScope: String, ExpressibleByArgument, CaseIterable {
    /// The whole run: a name found in one file or record is replaced in all later ones.
    case run
    /// One document: a file, or one JSON line or CSV row. Output then depends on the document
    /// alone, as sharded runs need.
    case document
}

/// What one date offset covers (`--date-scope`).
enum DateScope: String, ExpressibleByArgument, CaseIterable {
    /// One offset per key: every document redacted with the key moves its dates alike.
    case key
    /// One offset per document, keyed by its id (`--document-id`, else the path as given):
    /// one true date reveals only its own document's.
    case document
}

/// The options that say how the filter reads its input.
struct FormatOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Input format: auto (from the file's extension; text for standard input), text, jsonl, csv, tsv, srt or vtt.",
        valueName: "FORMAT"))
    var format: InputFormat = .auto

    @Option(name: .customLong("field"), help: ArgumentHelp(
        "JSON Lines: a string field to redact, keys joined by dots, '*' for any key; arrays are entered, objects redacted whole (repeatable; default: text).",
        valueName: "PATH"))
    var fields: [String] = []

    @Option(name: .customLong("column"), help: ArgumentHelp(
        "CSV/TSV: a column to redact, by its header name or 1-based number (repeatable; default: every column). The header row is kept.",
        valueName: "NAME"))
    var columns: [String] = []

    @Option(name: .customLong("scope"), help: ArgumentHelp(
        "What one set of names and tag numbers covers: run (every input of the run) or document (each file, JSON line or CSV row alone, for sharded runs).",
        valueName: "SCOPE"))
    var scope: LinkScope = .run

    @Option(name: .customLong("encoding"), help: ArgumentHelp(
        "The input's charset: any name ICU knows (windows-1251, KOI8-R, ISO-8859-9, UTF-16LE, …); default UTF-8.",
        valueName: "NAME"))
    var encoding = "UTF-8"

    @Option(name: .customLong("output-encoding"), help: ArgumentHelp(
        "The output's charset (default: the input's). Stand-ins are chosen so that it can hold them.",
        valueName: "NAME"))
    var outputEncoding: String?

    @Option(name: .customLong("on-invalid"), help: ArgumentHelp(
        "Input that is not valid in its charset: fail (stop with the byte offset; the default) or replace (read it as U+FFFD).",
        valueName: "fail|replace"))
    var onInvalid: Transcoder.OnInvalid = .fail

    /// The output charset.
    var outputCharset: String { outputEncoding ?? encoding }

    /// The decoder of the input, nil when it is UTF-8 read strictly (the engine checks it).
    func makeDecoder() throws -> Transcoder? {
        if Transcoder.isUTF8(encoding) && onInvalid == .fail { return nil }
        return try charsetOrExit { () throws(TranscodingError) in try Transcoder(charset: encoding, direction: .decode, onInvalid: onInvalid) }
    }

    /// The encoder of the output, nil for UTF-8.
    func makeEncoder() throws -> Transcoder? {
        if Transcoder.isUTF8(outputCharset) { return nil }
        return try charsetOrExit { () throws(TranscodingError) in try Transcoder(charset: outputCharset, direction: .encode) }
    }

    /// What the output charset can hold, nil for UTF-8 (everything).
    func outputRepertoire() throws -> CharacterRepertoire? {
        if Transcoder.isUTF8(outputCharset) { return nil }
        return try charsetOrExit { () throws(TranscodingError) in try Transcoder.repertoire(of: outputCharset) }
    }

    private func charsetOrExit<T>(_ make: () throws(TranscodingError) -> T) throws -> T {
        do { return try make() } catch {
            complain(error.message)
            throw Exit.usage
        }
    }

    func validate() throws {
        for field in fields where FieldPath(field) == nil {
            throw ValidationError("--field '\(field)': a path is keys joined by dots, none of them empty")
        }
        if !fields.isEmpty && ![.auto, .jsonl].contains(format) { throw ValidationError("--field is for --format jsonl") }
        if !columns.isEmpty && ![.auto, .csv, .tsv].contains(format) { throw ValidationError("--column is for --format csv or tsv") }
    }

    /// The format of the input at `path`: the one given, or the one its extension names.
    func format(of path: String) -> InputFormat {
        format == .auto ? InputFormat.detect(path: path) : format
    }

    /// The record format of `format`, nil for plain text.
    func recordFormat(_ format: InputFormat) -> RecordFormat? {
        switch format {
        case .auto, .text: nil
        case .jsonl: .jsonLines(fields: fields.compactMap(FieldPath.init))
        case .csv: .csv(columns: columns, delimiter: UInt8(ascii: ","))
        case .tsv: .csv(columns: columns, delimiter: 0x09)
        case .srt: .srt
        case .vtt: .webVTT
        }
    }
}

extension Transcoder.OnInvalid: ExpressibleByArgument {}

/// One input's way through: decoded from its charset, redacted as text or as records, encoded
/// to the output's charset.
struct InputPipeline {
    let decoder: Transcoder?
    let redactor: InputRedactor
    let encoder: Transcoder?

    /// - Throws: `InvalidUTF8`, `RecordError` or `TranscodingError`.
    func feed(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) throws {
        try pass(bytes, final: false, into: &output)
    }

    func finish(into output: inout [UInt8]) throws {
        try pass([], final: true, into: &output)
    }

    /// Decodes, redacts and encodes `bytes`. On an error, `output` holds everything completed
    /// before it (whole lines or records, redacted and encoded) and the error is thrown: the
    /// redactor's when it stopped first, else the decoder's or the encoder's.
    private func pass(_ bytes: ArraySlice<UInt8>, final: Bool, into output: inout [UInt8]) throws {
        var failure: (any Error)?
        var text = bytes
        if let decoder {
            var decoded: [UInt8] = []
            do { try decoder.convert(bytes, final: final, into: &decoded) } catch { failure = error }
            text = decoded[...]
        }
        var redacted: [UInt8] = []
        do {
            if !text.isEmpty { try redactor.feed(text, into: &redacted) }
            // After a decoding error the line holding the bad bytes is never finished or written.
            if final && failure == nil { try redactor.finish(into: &redacted) }
        } catch {
            failure = error
        }
        if let encoder {
            do { try encoder.convert(redacted[...], final: final && failure == nil, into: &output) } catch { failure = failure ?? error }
        } else {
            output.append(contentsOf: redacted)
        }
        if let failure { throw failure }
    }
}

/// One input's redactor: plain text or records, fed and finished alike.
enum InputRedactor {
    case text(StreamingRedactor)
    case records(RecordRedactor)

    init(session: RedactionSession, format: RecordFormat?, lineBuffered: Bool, jobs: Int, recordsAreDocuments: Bool, learnsOnly: Bool = false,
         dateIDField: FieldPath? = nil) {
        if let format {
            let redactor = RecordRedactor(session: session, format: format)
            redactor.jobs = lineBuffered ? 1 : jobs
            redactor.recordsAreDocuments = recordsAreDocuments
            redactor.dateIDField = dateIDField
            redactor.learnsOnly = learnsOnly
            self = .records(redactor)
        } else {
            let redactor = StreamingRedactor(session: session, lineBuffered: lineBuffered)
            redactor.jobs = jobs
            redactor.learnsOnly = learnsOnly
            self = .text(redactor)
        }
    }

    /// - Throws: `InvalidUTF8` or `RecordError`.
    func feed(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) throws {
        switch self {
        case .text(let r): try r.feed(bytes, into: &output)
        case .records(let r): try r.feed(bytes, into: &output)
        }
    }

    func finish(into output: inout [UInt8]) throws {
        switch self {
        case .text(let r): try r.finish(into: &output)
        case .records(let r): try r.finish(into: &output)
        }
    }
}
