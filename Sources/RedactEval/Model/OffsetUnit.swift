/// The unit in which a gold or prediction file counts its offsets.
///
/// The model always holds code points; readers convert from the file's unit with
/// ``OffsetConverter`` so that a file written by a JavaScript tool (UTF-16) or a byte-oriented
/// one (UTF-8) scores the same characters as one written in Python (code points).
public enum OffsetUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// Unicode scalar values: Python's `str` indices, the project's default.
    case codePoints = "codepoints"
    /// UTF-8 bytes.
    case utf8
    /// UTF-16 code units: JavaScript's string indices.
    case utf16

    /// The code-point offset in `text` of `offset` counted in this unit, or `nil` when it is out
    /// of range or inside a code point. For many offsets into one text, make one
    /// ``OffsetConverter`` instead.
    public func codePointOffset(_ offset: Int, in text: String) -> Int? {
        OffsetConverter(text: text, unit: self).codePointOffset(offset)
    }

    /// How many units of this kind `scalar` takes.
    @inlinable
    public func width(of scalar: Unicode.Scalar) -> Int {
        switch self {
        case .codePoints: 1
        case .utf8: UTF8.width(scalar)
        case .utf16: UTF16.width(scalar)
        }
    }
}
