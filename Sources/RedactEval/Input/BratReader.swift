import Foundation

/// Reads a BRAT standoff folder: for each `NAME.ann`, the text `NAME.txt` and its text-bound
/// annotations, one document per pair, in file-name order.
///
/// Only `T` lines are read (`T1\tLABEL 0 5\ttext`); relations, events, attributes, notes and
/// equivalences are ignored. A discontinuous annotation (`0 5;8 12`) becomes one span per
/// fragment, all sharing the annotation's id as their entity; every span's entity is its `T`
/// id. The annotation's text must equal the `.txt` slice (fragments joined by one space, runs
/// of whitespace compared as one space), which catches offsets in the wrong unit. A `.txt`
/// without an `.ann` is not a document; an `.ann` without its `.txt` is an error.
public final class BratReader: GoldDocumentSource {
    private let directory: String
    private let names: [String]
    private let options: GoldReadOptions
    private var position = 0

    /// A reader of the folder at `directory`.
    public init(directory: String, options: GoldReadOptions = .init()) throws(EvalInputError) {
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw EvalInputError(.unreadable, at: .init(file: directory), "cannot list the BRAT folder")
        }
        self.directory = directory
        self.names = entries.filter { $0.hasSuffix(".ann") }.map { String($0.dropLast(4)) }.sorted()
        self.options = options
    }

    /// The next document, or `nil` after the last pair.
    public func next() throws(EvalInputError) -> GoldDocument? {
        guard position < names.count else { return nil }
        let name = names[position]
        position += 1
        let base = (directory as NSString).appendingPathComponent(name)
        let textFile = base + ".txt"
        let annFile = base + ".ann"
        let text = try Self.readText(textFile)
        let annotations = try Self.readText(annFile)
        return try Self.document(id: name, text: text, annotations: annotations, annotationFile: annFile, options: options)
    }

    /// Every document of the folder at `directory`.
    public static func readAll(directory: String, options: GoldReadOptions = .init()) throws(EvalInputError) -> [GoldDocument] {
        try BratReader(directory: directory, options: options).remaining()
    }

    /// The document `id` with `text`, annotated by the `.ann` contents `annotations`, which
    /// errors name `annotationFile`.
    public static func document(id: String, text: String, annotations: String, annotationFile: String,
                                options: GoldReadOptions = .init()) throws(EvalInputError) -> GoldDocument
    {
        let converter = OffsetConverter(text: text, unit: options.unit)
        let scalars = Array(text.unicodeScalars)
        var spans: [GoldSpan] = []
        var lineNumber = 0
        for line in annotations.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            guard line.hasPrefix("T") else { continue }
            let place = EvalInputError.Place(file: annotationFile, line: lineNumber, document: id)
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            let shape = "expected 'T<n>\\tLABEL START END[;START END…]\\tTEXT'"
            guard fields.count >= 2 else { throw EvalInputError(.schema, at: place, shape) }
            let annotationID = String(fields[0])
            let typeAndOffsets = fields[1].split(separator: " ", maxSplits: 1)
            guard typeAndOffsets.count == 2 else { throw EvalInputError(.schema, at: place, shape) }
            let label = String(typeAndOffsets[0])
            var ranges: [Range<Int>] = []
            for fragment in typeAndOffsets[1].split(separator: ";") {
                let bounds = fragment.split(separator: " ")
                guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]) else {
                    throw EvalInputError(.schema, at: place, "\(shape), found offsets '\(typeAndOffsets[1])'")
                }
                ranges.append(try converter.codePointRange(start: start, end: end, at: place.span(spans.count + ranges.count)))
            }
            guard !ranges.isEmpty else { throw EvalInputError(.schema, at: place, shape) }
            if fields.count == 3 {
                let annotated = String(fields[2]).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
                let slice = ranges.map { String(String.UnicodeScalarView(scalars[$0])) }.joined(separator: " ")
                if collapsed(annotated) != collapsed(slice) {
                    throw EvalInputError(.textMismatch, at: place.span(spans.count),
                        "annotation \(annotationID) says '\(annotated)' but the text at \(ranges.map { "\($0.lowerBound)..<\($0.upperBound)" }.joined(separator: ";")) is '\(slice)'")
                }
            }
            guard let mapped = options.labelMap.map({ $0.map(label) }) ?? label else { continue }
            for range in ranges {
                spans.append(GoldSpan(codePointRange: range, label: mapped, entity: annotationID))
            }
        }
        return GoldDocument(id: id, text: text, language: options.defaultLanguage, spans: spans)
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func readText(_ path: String) throws(EvalInputError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvalInputError(.unreadable, at: .init(file: path), "cannot read the file (a BRAT .ann needs its .txt beside it)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw EvalInputError(.syntax, at: .init(file: path), "not valid UTF-8")
        }
        return text
    }
}
