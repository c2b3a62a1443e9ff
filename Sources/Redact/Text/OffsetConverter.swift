/// Converts UTF-8 byte offsets of one text into UTF-16 unit and Unicode code point offsets.
///
/// The engine works in UTF-8 bytes; JSON consumers want code points (Python's `str` indices)
/// and JavaScript, Java and ICU want UTF-16 units. Offsets asked for in increasing order are
/// converted in one pass over the text. See <doc:OffsetsAndUnicode>.
///
/// ```swift
/// var converter = OffsetConverter("Ə😀 mail elcin@example.az")
/// converter.convert(utf8: 12)  // (utf16: 9, codePoints: 8)
/// ```
public struct OffsetConverter {
    private let bytes: [UInt8]
    private var byte = 0
    private var utf16 = 0
    private var scalars = 0

    /// A converter over the UTF-8 bytes of `text`.
    public init(_ text: String) { bytes = Array(text.utf8) }

    /// A converter over `bytes`, which must be valid UTF-8.
    public init(utf8 bytes: [UInt8]) { self.bytes = bytes }

    /// The (UTF-16, code point) offsets of UTF-8 offset `target`, which must lie on a character
    /// boundary. Faster when called with non-decreasing offsets; an offset past the end gives
    /// the offsets of the end.
    public mutating func convert(utf8 target: Int) -> (utf16: Int, codePoints: Int) {
        if target < byte { (byte, utf16, scalars) = (0, 0, 0) }
        while byte < target && byte < bytes.count {
            let lead = bytes[byte]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            byte += length
            utf16 += length == 4 ? 2 : 1
            scalars += 1
        }
        return (utf16, scalars)
    }
}
