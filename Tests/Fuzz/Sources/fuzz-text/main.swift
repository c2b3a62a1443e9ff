import Foundation
import FuzzSupport
import Redact

/// The text filter (`StreamingRedactor`): any bytes, fed whole and fed in two pieces at a point
/// the input chooses, in block and line-buffered mode. Properties: no crash; the two feedings
/// give the same bytes or fail at the same offset (the output never depends on how input
/// arrives); a failure writes only the redacted lines before the bad one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 1 else { return 0 }
    let control = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let split = Int(control) % (bytes.count + 1)
    let lineBuffered = control & 0x80 != 0
    var redactor = StreamingRedactor(session: Fuzz.engine.makeSession())
    let (whole, pieces) = Fuzz.wholeAndSplit(
        bytes, at: split,
        feed: { (piece, out) throws(InvalidUTF8) in try redactor.feed(piece, into: &out) },
        finish: { (out) throws(InvalidUTF8) in try redactor.finish(into: &out) },
        fresh: {
            redactor = StreamingRedactor(session: Fuzz.engine.makeSession(), lineBuffered: lineBuffered)
            redactor.chunkBytes = 64
        })
    if whole.error?.offset != pieces.error?.offset { Fuzz.fail("whole input failed at \(String(describing: whole.error?.offset)), split at \(split) at \(String(describing: pieces.error?.offset))") }
    if whole.error == nil && whole.output != pieces.output { Fuzz.fail("output depends on where the input was split (\(split))") }
    return 0
}

exit(Fuzz.runDriver { data, size in fuzzText(data, size) })
