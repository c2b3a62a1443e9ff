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

/// One input's redactor: plain text or records, fed and finished alike.
enum InputRedactor {
    case text(StreamingRedactor)
    case records(RecordRedactor)

    init(session: RedactionSession, format: RecordFormat?, lineBuffered: Bool, jobs: Int, recordsAreDocuments: Bool, learnsOnly: Bool = false) {
        if let format {
            let redactor = RecordRedactor(session: session, format: format)
            redactor.jobs = lineBuffered ? 1 : jobs
            redactor.recordsAreDocuments = recordsAreDocuments
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
