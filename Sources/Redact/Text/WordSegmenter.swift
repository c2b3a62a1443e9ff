import CICU

/// A word-like segment of UTF-16 text found by ICU's word break rules.
struct WordToken: Sendable, Hashable {
    /// UTF-16 offsets into the segmented text.
    var start: Int32
    var end: Int32
    /// ICU's rule status: 100..<200 numbers, 200..<300 letters, 300.. kana and ideographs.
    var status: Int32

    var isNumber: Bool { status >= 100 && status < 200 }
}

/// ICU word segmentation (UAX #29 with ICU's dictionaries) over UTF-16 text.
///
/// One segmenter per thread: ICU break iterators hold their position. Buffers are reused, so
/// segmenting chunk after chunk allocates only when a chunk is larger than any before.
final class WordSegmenter {
    private let breaker: OpaquePointer
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var statuses: [Int32] = []

    init() {
        var error: Int32 = 0
        guard let breaker = rx_wordbreaker_open(&error) else {
            // The root word rules ship in libicudata; without them ICU itself is broken.
            fatalError("ICU word break iterator unavailable: \(String(cString: rx_error_name(error)))")
        }
        self.breaker = breaker
    }

    deinit { rx_wordbreaker_close(breaker) }

    /// The word-like segments of `text`, in order, written into `tokens` (replacing it).
    func segment(_ text: UnsafeBufferPointer<UInt16>, into tokens: inout [WordToken]) {
        tokens.removeAll(keepingCapacity: true)
        let capacity = max(text.count, 1)
        if starts.count < capacity {
            starts = [Int32](repeating: 0, count: capacity)
            ends = starts
            statuses = starts
        }
        var error: Int32 = 0
        let count = starts.withUnsafeMutableBufferPointer { s in
            ends.withUnsafeMutableBufferPointer { e in
                statuses.withUnsafeMutableBufferPointer { st in
                    rx_wordbreaker_segment(breaker, text.baseAddress, Int32(text.count), s.baseAddress, e.baseAddress,
                                           st.baseAddress, Int32(capacity), &error)
                }
            }
        }
        guard count > 0 else { return }
        tokens.reserveCapacity(Int(count))
        for i in 0..<Int(count) {
            tokens.append(WordToken(start: starts[i], end: ends[i], status: statuses[i]))
        }
    }
}
