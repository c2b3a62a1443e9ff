// icu-segment: the throughput baseline of the benchmark. Reads a UTF-8 file, converts it to
// UTF-16 with ICU's converter and segments it into words with ICU's BreakIterator in blocks of whole lines, the way
// the engine does, and prints the number of word segments. Nothing else: this is the floor the
// engine is measured against (about 107-120 MB/s on the reference machine).
import CICU

#if canImport(Glibc)
import Glibc
#endif

struct Segmenter {
    let breaker: OpaquePointer
    var units: [UInt16] = []
    var starts: [Int32] = [], ends: [Int32] = [], statuses: [Int32] = []
    var words = 0

    mutating func segment(_ bytes: ArraySlice<UInt8>) {
        if units.count < bytes.count + 1 { units = [UInt16](repeating: 0, count: bytes.count + 1) }
        var error: Int32 = 0
        let length = bytes.withUnsafeBufferPointer { b in
            rx_utf8_to_utf16(b.baseAddress, Int32(b.count), &units, Int32(units.count), &error)
        }
        if starts.count < Int(length) + 1 {
            starts = [Int32](repeating: 0, count: Int(length) + 1)
            ends = starts
            statuses = starts
        }
        words += Int(rx_wordbreaker_segment(breaker, units, length, &starts, &ends, &statuses,
                                            Int32(starts.count), &error))
    }
}

@main
enum ICUSegment {
    static func main() {
        guard CommandLine.arguments.count == 2, let file = fopen(CommandLine.arguments[1], "rb") else {
            print("usage: icu-segment FILE")
            exit(64)
        }
        var error: Int32 = 0
        guard let breaker = rx_wordbreaker_open(&error) else { exit(70) }
        var segmenter = Segmenter(breaker: breaker)
        let blockSize = 1 << 16
        var block = [UInt8](repeating: 0, count: blockSize)
        var pending: [UInt8] = []
        while true {
            let n = fread(&block, 1, blockSize, file)
            if n <= 0 { break }
            pending.append(contentsOf: block[..<n])
            if let last = pending.lastIndex(of: 0x0A) {
                segmenter.segment(pending[...last])
                pending.removeFirst(last + 1)
            }
        }
        segmenter.segment(pending[...])
        print(segmenter.words)
    }
}
