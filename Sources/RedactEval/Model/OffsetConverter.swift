/// Turns offsets counted in one ``OffsetUnit`` into code-point offsets of one text.
///
/// For UTF-8 and UTF-16 it keeps the unit offset at which each code point starts, so a
/// conversion is a binary search and an offset that falls inside a code point is detected
/// rather than rounded.
public struct OffsetConverter: Sendable {
    /// The unit the converted offsets are counted in.
    public let unit: OffsetUnit
    /// The text's length in code points.
    public let codePointCount: Int
    /// `unitStarts[i]` is the unit offset where code point `i` starts; the last element is the
    /// text's length in `unit`. Empty for `.codePoints`.
    private let unitStarts: [Int]

    /// A converter for offsets in `unit` into `text`.
    public init(text: String, unit: OffsetUnit) {
        self.unit = unit
        var count = 0
        var starts: [Int] = []
        if unit != .codePoints {
            var offset = 0
            for scalar in text.unicodeScalars {
                starts.append(offset)
                offset += unit.width(of: scalar)
                count += 1
            }
            starts.append(offset)
        } else {
            count = text.unicodeScalars.count
        }
        self.codePointCount = count
        self.unitStarts = starts
    }

    /// The code-point offset of `offset`, or `nil` when it is negative, past the end, or inside
    /// a code point.
    public func codePointOffset(_ offset: Int) -> Int? {
        guard offset >= 0 else { return nil }
        if unit == .codePoints { return offset <= codePointCount ? offset : nil }
        var low = 0
        var high = unitStarts.count
        while low < high {
            let middle = (low + high) / 2
            if unitStarts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low < unitStarts.count && unitStarts[low] == offset ? low : nil
    }

    /// The code-point range of `start..<end` given in `unit`, or an error naming `place` and
    /// saying which bound is wrong and why.
    public func codePointRange(start: Int, end: Int, at place: EvalInputError.Place)
        throws(EvalInputError) -> Range<Int>
    {
        guard let lower = codePointOffset(start) else {
            throw EvalInputError(.offset, at: place, describe(start, name: "start"))
        }
        guard let upper = codePointOffset(end) else {
            throw EvalInputError(.offset, at: place, describe(end, name: "end"))
        }
        guard lower < upper else {
            throw EvalInputError(.offset, at: place, "end \(end) must be greater than start \(start)")
        }
        return lower..<upper
    }

    private func describe(_ offset: Int, name: String) -> String {
        let length = unit == .codePoints ? codePointCount : unitStarts.last ?? 0
        if offset < 0 || offset > length {
            return "\(name) \(offset) is outside the text (0...\(length) \(unit.rawValue))"
        }
        return "\(name) \(offset) falls inside a code point (offsets are in \(unit.rawValue))"
    }
}
