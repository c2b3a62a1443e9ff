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

/// Word segmentation (UAX #29 as ICU's root rules have it) over UTF-16 text: ICU's word-like
/// segments and rule statuses, found by `FastWordBreak` where the text is Latin, Greek,
/// Cyrillic, digits and punctuation, and by ICU's break iterator (with its dictionaries) for the
/// stretches around anything else.
///
/// One segmenter per thread: ICU break iterators hold their position. Buffers are reused, so
/// segmenting chunk after chunk allocates only when a chunk is larger than any before.
final class WordSegmenter {
    private let breaker: OpaquePointer
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var statuses: [Int32] = []
    /// How much of the text segmented so far went to ICU.
    private(set) var statistics = Statistics()

    /// Counts of what `segment(_:into:)` has done, for the benchmarks and tests.
    struct Statistics: Equatable {
        /// Texts segmented, and those of them that had at least one stretch segmented by ICU.
        var texts = 0, textsWithFallback = 0
        /// UTF-16 units segmented, and those segmented by ICU.
        var units = 0, fallbackUnits = 0
        /// Stretches segmented by ICU.
        var fallbackRegions = 0
    }

    init() {
        var error: Int32 = 0
        guard let breaker = rx_wordbreaker_open(&error) else {
            // The root word rules ship in libicudata; without them ICU itself is broken.
            fatalError("ICU word break iterator unavailable: \(String(cString: rx_error_name(error)))")
        }
        self.breaker = breaker
    }

    deinit { rx_wordbreaker_close(breaker) }

    /// The word-like segments of `text`, in order, written into `tokens` (replacing it): ICU's,
    /// found by the fast path where it is exact and by ICU elsewhere.
    func segment(_ text: UnsafeBufferPointer<UInt16>, into tokens: inout [WordToken]) {
        tokens.removeAll(keepingCapacity: true)
        let n = text.count
        statistics.texts += 1
        statistics.units += n
        let regionsBefore = statistics.fallbackRegions
        FastWordBreak.classes.withUnsafeBufferPointer { classes in
            var position = 0
            while position < n {
                let stop = FastWordBreak.segment(text, from: position, classes: classes, into: &tokens)
                if stop == n { break }
                let region = FastWordBreak.fallbackRegion(around: stop, notBefore: position, in: text, classes: classes)
                // What the fast pass found from the region on was found as if the text ended at `stop`.
                while let last = tokens.last, Int(last.end) > region.lowerBound { tokens.removeLast() }
                appendICUSegments(text, region, to: &tokens)
                statistics.fallbackRegions += 1
                statistics.fallbackUnits += region.count
                position = region.upperBound
            }
        }
        if statistics.fallbackRegions != regionsBefore { statistics.textsWithFallback += 1 }
    }

    /// The word-like segments of `text` as ICU's break iterator alone finds them: the reference
    /// the fast path is tested and measured against.
    func segmentWithICU(_ text: UnsafeBufferPointer<UInt16>, into tokens: inout [WordToken]) {
        tokens.removeAll(keepingCapacity: true)
        appendICUSegments(text, 0..<text.count, to: &tokens)
    }

    /// Appends ICU's word-like segments of `text[range]` (segmented as a text of its own) to
    /// `tokens`, with offsets into `text`.
    private func appendICUSegments(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, to tokens: inout [WordToken]) {
        guard !range.isEmpty, let base = text.baseAddress else { return }
        let capacity = range.count
        if starts.count < capacity {
            starts = [Int32](repeating: 0, count: capacity)
            ends = starts
            statuses = starts
        }
        var error: Int32 = 0
        let count = starts.withUnsafeMutableBufferPointer { s in
            ends.withUnsafeMutableBufferPointer { e in
                statuses.withUnsafeMutableBufferPointer { st in
                    rx_wordbreaker_segment(breaker, base + range.lowerBound, Int32(capacity), s.baseAddress, e.baseAddress,
                                           st.baseAddress, Int32(capacity), &error)
                }
            }
        }
        guard count > 0 else { return }
        let offset = Int32(range.lowerBound)
        for i in 0..<Int(count) {
            tokens.append(WordToken(start: starts[i] + offset, end: ends[i] + offset, status: statuses[i]))
        }
    }
}
