// Embedding Redact in a Swift program.
//
//     cd Examples/swift-package && swift run RedactExample
//
// 1. builds an engine with a fixed key and an operator table (what `redact --operator` does),
// 2. redacts a short multilingual text and prints every span with its offsets in UTF-8 bytes,
//    UTF-16 units and code points,
// 3. redacts text arriving in chunks (an AsyncSequence of byte arrays) with `engine.redacting`.
//
// All text here is synthetic: every name, number and address is invented.
import Redact

// MARK: - 1. The engine

/// An operator table from `redact --operator` style entries: "tag" for every label,
/// "DATE=redact" for one label.
func operatorTable(_ entries: [String]) throws -> OperatorTable {
    struct UnknownOperator: Error { let entry: String }
    var table = OperatorTable()  // pseudonym (realistic stand-ins) for every label by default
    for entry in entries {
        let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
        guard let op = RedactionOperator(rawValue: parts.last!) else { throw UnknownOperator(entry: entry) }
        if parts.count == 2 { table.byLabel[parts[0].uppercased()] = op } else { table.defaultOperator = op }
    }
    return table
}

// A fixed key: the same input then gets the same stand-ins in every run and on every machine.
// NEVER hard-code a real key. Load it from a private file instead, e.g. one written by
// `redact keygen FILE`: `try RedactionKey(fileContents: Array(data))`. Without a key,
// `RedactionConfiguration` draws a fresh random one and stand-ins change with every run.
let key = try RedactionKey(bytes: (0..<32).map { UInt8($0 * 5 + 1) })

let configuration = RedactionConfiguration(
    rules: DefaultRules.spec,  // the rule set compiled into Redact (Rules/ in the repository)
    operators: try operatorTable(["PHONE=tag", "EMAIL=tag", "DATE=redact"]),  // the rest: pseudonym
    key: key,
    protectedNames: ["Elçin Qasımova"]  // names that must always go, whatever the rules find
)
// Compiling the rules takes a moment: make one engine and share it (it is Sendable).
let engine = try RedactionEngine(configuration: configuration)

// MARK: - 2. One text, spans in three offset units

let text = """
    Elçin Qasımova: call +994 50 123 45 67 or write to elcin@example.az (5 March 2023).
    Иван: звоните 8 (912) 345-67-89 😀, ИНН 500100732259.
    Ayşe: 0532 123 45 67 numaralı telefondan aradı.
    """

let result = engine.redact(text)
print("-- output --")
print(result.output)
print("\n-- spans --")
let utf8 = Array(text.utf8), utf16 = Array(text.utf16), scalars = Array(text.unicodeScalars)
for span in result.spans {
    // Each range indexes the ORIGINAL text in its own unit: use utf8Range with bytes (C, Rust,
    // files), utf16Range with NSString/JavaScript/Java, codePointRange with Python strings.
    let byBytes = String(decoding: utf8[span.utf8Range], as: UTF8.self)
    let byUnits = String(decoding: utf16[span.utf16Range], as: UTF16.self)
    let byScalars = String(String.UnicodeScalarView(scalars[span.codePointRange]))
    precondition(byBytes == span.text && byUnits == span.text && byScalars == span.text)
    print("\(span.label) [\(span.ruleID)] \"\(span.text)\" -> \"\(span.replacement)\"",
          "utf8 \(span.utf8Range.lowerBound)..<\(span.utf8Range.upperBound)",
          "utf16 \(span.utf16Range.lowerBound)..<\(span.utf16Range.upperBound)",
          "codepoints \(span.codePointRange.lowerBound)..<\(span.codePointRange.upperBound)")
}

// MARK: - 3. Text arriving in chunks

// Any AsyncSequence of [UInt8] works: a request body, a socket, a file read in blocks. Here an
// AsyncStream yields the text in 7-byte pieces, which cut phone numbers and even multi-byte
// letters in two. Redact only releases whole lines, once they are fully redacted, so nothing is
// missed at a cut and nothing unredacted ever comes out.
let bytes = Array((text + "\nA last line: write to info.desk@example.az\n").utf8)
let chunks = AsyncStream<[UInt8]> { continuation in
    for start in stride(from: 0, to: bytes.count, by: 7) {
        continuation.yield(Array(bytes[start..<min(start + 7, bytes.count)]))
    }
    continuation.finish()
}

print("\n-- streamed --")
var streamed: [UInt8] = []
do {
    // One iteration is one run (one session): tags are numbered across the whole stream.
    // `lineBuffered: true` hands out each line as soon as it is complete.
    for try await piece in engine.redacting(chunks, lineBuffered: true) {
        streamed += piece
    }
} catch let error as InvalidUTF8 {
    // What came out before the error is redacted and complete; the message has no input text.
    print("stopped: \(error)")
}
print(String(decoding: streamed, as: UTF8.self), terminator: "")
