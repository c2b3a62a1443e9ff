import Foundation
import FuzzSupport
import Redact

/// The record formats (`RecordRedactor`): JSON Lines with one or two field paths, CSV and TSV
/// with and without named columns, SRT, WebVTT; fed whole and in two pieces. Properties: no
/// crash; both feedings agree on the output or on the error's offset and line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecords(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 2 else { return 0 }
    let formats: [RecordFormat] = [
        .jsonLines(fields: []), .jsonLines(fields: [FieldPath("text")!, FieldPath("meta.*")!]),
        .jsonLines(fields: [FieldPath("messages.content")!]),
        .csv(columns: [], delimiter: 0x2C), .csv(columns: ["note"], delimiter: 0x2C), .csv(columns: [], delimiter: 0x09),
        .srt, .webVTT,
    ]
    let format = formats[Int(data[0]) % formats.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 2, count: size - 2))
    let split = Int(data[1]) % (bytes.count + 1)
    var redactor = RecordRedactor(session: Fuzz.engine.makeSession(), format: format)
    let (whole, pieces) = Fuzz.wholeAndSplit(
        bytes, at: split,
        feed: { (piece, out) throws(RecordError) in try redactor.feed(piece, into: &out) },
        finish: { (out) throws(RecordError) in try redactor.finish(into: &out) },
        fresh: { redactor = RecordRedactor(session: Fuzz.engine.makeSession(), format: format) })
    if whole.error?.offset != pieces.error?.offset || whole.error?.line != pieces.error?.line {
        Fuzz.fail("\(format): errors differ whole/split at \(split): \(String(describing: whole.error)) / \(String(describing: pieces.error))")
    }
    if whole.error == nil && whole.output != pieces.output { Fuzz.fail("\(format): output depends on the split at \(split)") }
    return 0
}

exit(Fuzz.runDriver { data, size in fuzzRecords(data, size) })
