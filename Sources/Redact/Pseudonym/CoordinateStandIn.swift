/// Moves GPS coordinates to another point, keeping their notation and precision.
///
/// Each value of a pair moves by its own keyed amount of 1 to 3 degrees, either way (a latitude
/// that would pass a pole moves the other way; a longitude wraps at ±180°). One degree of
/// latitude is 111 km, so the stand-in is never within about 110 km of the original point, while
/// it stays a plausible point of the same region of the globe. A per-value shift, unlike the
/// one offset per run that dates and times use: a run-wide shift would give every point away as
/// soon as one original point is known, and distances between points matter less to a reader
/// than intervals between times.
///
/// The notation is the original's: decimal degrees with the same number of decimals, or
/// degrees, minutes and seconds with the same fields and decimals; a minus sign or a
/// hemisphere letter (N/S, E/W) as the original writes the sign; everything else (°, ′, ″,
/// spaces, the comma) copied.
public enum CoordinateStandIn {
    /// The stand-in for `original`; a text that is no coordinate gets a shape stand-in.
    public static func make(like original: Substring, random: inout KeyedRandom) -> String {
        guard let read = GeoCoordinates.read(original) else { return ShapeStandIn.make(like: original, random: &random) }
        var bytes = Array(original.utf8)
        var edits: [(Range<Int>, [UInt8])] = []
        for (index, axis) in read.axes.enumerated() {
            let isLatitude = axis.letter.map { $0 == UInt8(ascii: "N") || $0 == UInt8(ascii: "S") } ?? (index == 0)
            let old = axis.degrees
            let shift = (1 + 2 * Double(random.next(below: 1_000_001)) / 1_000_000) * (random.next(below: 2) == 0 ? 1 : -1)
            var new = old + shift
            if isLatitude {
                if abs(new) > 90 { new = old - shift }
            } else {
                if new > 180 { new -= 360 }
                if new <= -180 { new += 360 }
            }
            edits += rewrite(axis, to: new, in: bytes)
        }
        for (range, text) in edits.sorted(by: { ($0.0.lowerBound, $0.0.upperBound) > ($1.0.lowerBound, $1.0.upperBound) }) {
            bytes.replaceSubrange(range, with: text)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The edits that write `value` (signed degrees) over `axis`'s figures, sign and letter.
    private static func rewrite(_ axis: GeoCoordinates.Axis, to value: Double, in bytes: [UInt8]) -> [(Range<Int>, [UInt8])] {
        var edits: [(Range<Int>, [UInt8])] = []
        let figures = axis.figures
        guard let first = figures.first else { return [] }
        // Split |value| into the original's fields, rounding at the last field's precision.
        let last = figures[figures.count - 1]
        var scale = 1.0
        for _ in 0..<(figures.count - 1) { scale *= 60 }
        var precision = 1.0
        for _ in 0..<last.decimals { precision *= 10 }
        let total = Int((abs(value) * scale * precision).rounded())
        var fields: [Int] = []
        var rest = total
        for i in (0..<figures.count).reversed() {
            if i == 0 { fields.insert(rest, at: 0); break }
            let unit = i == figures.count - 1 ? 60 * Int(precision) : 60
            fields.insert(rest % unit, at: 0)
            rest /= unit
        }
        for (i, figure) in figures.enumerated() {
            let isLast = i == figures.count - 1
            var text: String
            if isLast && last.decimals > 0 {
                let whole = fields[i] / Int(precision), fraction = fields[i] % Int(precision)
                var fractionText = String(fraction)
                while fractionText.count < last.decimals { fractionText = "0" + fractionText }
                let decimalSeparator = bytes.indices.contains(figure.range.upperBound - last.decimals - 1)
                    ? bytes[figure.range.upperBound - last.decimals - 1] : UInt8(ascii: ".")
                text = padded(whole, like: figure, in: bytes) + String(UnicodeScalar(decimalSeparator)) + fractionText
            } else {
                text = padded(fields[i], like: figure, in: bytes)
            }
            edits.append((figure.range, Array(text.utf8)))
        }
        if let letter = axis.letter, let offset = axis.letterOffset {
            let isLatitude = letter == UInt8(ascii: "N") || letter == UInt8(ascii: "S")
            var new = value < 0 ? (isLatitude ? UInt8(ascii: "S") : UInt8(ascii: "W")) : (isLatitude ? UInt8(ascii: "N") : UInt8(ascii: "E"))
            if bytes[offset] >= 0x61 { new |= 0x20 }
            edits.append((offset..<(offset + 1), [new]))
        } else {
            let start = first.range.lowerBound
            if first.negative && value >= 0 {
                let width = start >= 3 && bytes[start - 1] == 0x92 ? 3 : 1
                edits.append(((start - width)..<start, []))
            } else if !first.negative && value < 0 {
                edits.append((start..<start, [UInt8(ascii: "-")]))
            }
        }
        return edits
    }

    /// `value` with as many digits as the figure's whole part when that was zero-padded.
    private static func padded(_ value: Int, like figure: GeoCoordinates.Figure, in bytes: [UInt8]) -> String {
        var width = 0
        var i = figure.range.lowerBound
        while i < figure.range.upperBound, (0x30...0x39).contains(bytes[i]) { width += 1; i += 1 }
        var text = String(value)
        if bytes[figure.range.lowerBound] == UInt8(ascii: "0") || figure.unit != .degrees && figure.unit != .none {
            while text.count < width { text = "0" + text }
        }
        return text
    }
}
