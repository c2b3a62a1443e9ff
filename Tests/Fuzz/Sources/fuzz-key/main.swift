import Foundation
import FuzzSupport
import Redact

/// The key reader: any bytes as a key file. Properties: no crash; a key that is read has 32
/// bytes and writes back (as hex) to a key file that reads as the same key.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKey(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let contents = Array(UnsafeBufferPointer(start: data, count: size))
    guard let key = try? RedactionKey(fileContents: contents) else { return 0 }
    if key.bytes.count != 32 { Fuzz.fail("a key of \(key.bytes.count) bytes") }
    guard let again = try? RedactionKey(fileContents: Array(key.hex.utf8)), again == key else { Fuzz.fail("hex round trip") }
    return 0
}

exit(Fuzz.runDriver { data, size in fuzzKey(data, size) })
