/// Text with expected spans marked inline as `[[…]]`, as rule examples and tests write them.
///
/// Taken from swift-format's tests: `call [[050 123 45 67]] today` says more than offsets do.
public struct MarkedText: Sendable, Hashable {
    /// The text without the markers.
    public let text: String
    /// The marked spans, as UTF-8 byte ranges of `text`.
    public let spans: [Range<Int>]

    /// Parses `marked`; a `[[` without its `]]` marks up to the end.
    public init(_ marked: String) {
        var out: [UInt8] = []
        var spans: [Range<Int>] = []
        var open: Int?
        let bytes = Array(marked.utf8)
        var i = 0
        while i < bytes.count {
            if i + 1 < bytes.count && bytes[i] == UInt8(ascii: "[") && bytes[i + 1] == UInt8(ascii: "[") && open == nil {
                open = out.count
                i += 2
            } else if i + 1 < bytes.count && bytes[i] == UInt8(ascii: "]") && bytes[i + 1] == UInt8(ascii: "]"), let start = open {
                spans.append(start..<out.count)
                open = nil
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        if let start = open { spans.append(start..<out.count) }
        text = String(decoding: out, as: UTF8.self)
        self.spans = spans
    }
}
