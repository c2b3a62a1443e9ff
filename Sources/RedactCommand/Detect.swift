import ArgumentParser
import Foundation
import Redact

/// `redact detect`: the analysis view, spans with offsets in all three units.
struct Detect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Report what would be replaced, as JSON Lines with offsets in code points, UTF-8 and UTF-16.",
        discussion: """
            With --jsonl each input line is a JSON object with a "text" string (and usually an \
            "id"); it is written back with all its fields plus "spans" and "output". Without \
            --jsonl each file is one document, written as {"id": FILE, "spans": …, "output": …}. \
            Each span has label, rule, start/end (Unicode code points), utf8_start/utf8_end, \
            utf16_start/utf16_end, text and replacement. Documents of one run share their stand-ins.
            """
    )

    @OptionGroup var engineOptions: EngineOptions

    @Flag(name: .customLong("jsonl"), help: "Read JSON Lines documents with a \"text\" field.")
    var jsonl = false

    @Option(name: .customLong("date-scope"), help: ArgumentHelp(
        "What one date offset covers: key (the default) or document (each JSON line by its \"id\", each file by its path as given).",
        valueName: "key|document"))
    var dateScope: DateScope = .key

    @Argument(help: ArgumentHelp("Input files; '-' or none for standard input.", valueName: "FILE"))
    var files: [String] = []

    func run() throws {
        let engine = try engineOptions.engine()
        let session = engine.makeSession()
        var output = Output()
        for path in files.isEmpty ? ["-"] : files {
            let bytes = try readWholeInput(path)
            let name = path == "-" ? "standard input" : path
            if jsonl {
                var lineNumber = 0
                for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                    lineNumber += 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                          let text = object["text"] as? String else {
                        complain("\(name):\(lineNumber): not a JSON object with a \"text\" string")
                        throw Exit.dataError
                    }
                    var record = object
                    if dateScope == .document {
                        guard let id = RecordRedactor.documentID(ofJSONLine: Array(line), field: FieldPath("id")!) else {
                            complain("\(name):\(lineNumber): --date-scope document needs an \"id\" string or number in every line")
                            throw Exit.dataError
                        }
                        session.dateDocument = id
                    }
                    let result = session.redact(text)
                    record["spans"] = result.spans.map(\.jsonObject)
                    record["output"] = result.output
                    try write(record, to: &output)
                }
            } else {
                if let offset = InvalidUTF8.firstOffset(in: bytes) {
                    complain("\(name): invalid UTF-8 at byte offset \(offset)")
                    throw Exit.dataError
                }
                let text = String(decoding: bytes, as: UTF8.self)
                if dateScope == .document { session.dateDocument = path }
                let result = session.redact(text)
                try write(["id": path, "spans": result.spans.map(\.jsonObject), "output": result.output], to: &output)
            }
        }
        do { try output.flush() } catch {
            complain("cannot write standard output: \(error.reason)")
            throw Exit.ioError
        }
        warnAboutExhaustedRules(session)
    }

    func write(_ record: [String: Any], to output: inout Output) throws {
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
        do { try output.write(Array(data) + [0x0A], now: false) } catch {
            complain("cannot write standard output: \(error.reason)")
            throw Exit.ioError
        }
    }
}
