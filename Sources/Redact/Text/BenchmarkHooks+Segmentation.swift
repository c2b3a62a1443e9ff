@_spi(Benchmarks)
extension BenchmarkHooks {
    /// Word segmentation of a fixed text by ICU's break iterator alone
    /// (`WordSegmenter.segmentWithICU(_:into:)`), the reference `Segmentation` (the fast path with
    /// ICU behind it) is measured against on the same units.
    public final class ICUSegmentation {
        private let segmenter = WordSegmenter()
        private let units: [UInt16]
        private var tokens: [WordToken] = []

        /// A segmenter for `text` (held as UTF-16, the form the scanner segments).
        public init(text: String) {
            units = Array(text.utf16)
        }

        /// The length of the text in UTF-16 units.
        public var utf16Count: Int { units.count }

        /// Segments the whole text once with ICU; returns the number of word-like tokens.
        public func run() -> Int {
            units.withUnsafeBufferPointer { segmenter.segmentWithICU($0, into: &tokens) }
            return tokens.count
        }
    }
}
