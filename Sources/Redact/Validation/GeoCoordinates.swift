/// GPS coordinates read from a matched text: a decimal pair (`40.4093, 49.8671`,
/// `40.4093° N, 49.8671° E`, `-33.86 151.21`) or degrees, minutes and seconds
/// (`40°24′33″N 49°52′02″E`, one coordinate alone too).
///
/// The COORDINATES rules find the shape; this checks what the format forbids: a latitude
/// beyond ±90 or a longitude beyond ±180, minutes or seconds of 60 or more, hemisphere letters
/// in the wrong place (a latitude letter is N or S, a longitude letter E or W, latitude first)
/// and a sign together with a letter. A pair of two values both below 1 in size is refused:
/// such pairs are shares and probabilities far more often than a point in the Gulf of Guinea.
struct GeoCoordinates {
    /// One number of the text: where it is (UTF-8 offsets), its value, its decimals.
    struct Figure {
        var range: Range<Int>
        var value: Double
        var decimals: Int
        /// The number is written with a minus sign before it (`-` or `−`).
        var negative: Bool
        /// What ends it: `°`, `′`, `″` or nothing.
        var unit: Unit
    }

    enum Unit { case none, degrees, minutes, seconds }

    /// One coordinate: its figures (degrees; or degrees, minutes, seconds) and its hemisphere
    /// letter (`N`, `S`, `E`, `W`) with where it is.
    struct Axis {
        var figures: [Figure]
        var letter: UInt8?
        var letterOffset: Int?

        /// The signed value in degrees.
        var degrees: Double {
            var value = 0.0
            var scale = 1.0
            for figure in figures {
                value += figure.value / scale
                scale *= 60
            }
            let south = letter == UInt8(ascii: "S") || letter == UInt8(ascii: "W")
            return (figures.first?.negative ?? false) || south ? -value : value
        }
    }

    var axes: [Axis]

    /// The coordinates `text` says, or nil when it is none.
    static func read(_ text: Substring) -> GeoCoordinates? {
        let bytes = Array(text.utf8)
        var axes: [Axis] = []
        var current = Axis(figures: [], letter: nil)
        var i = 0
        func closeAxis() {
            if !current.figures.isEmpty { axes.append(current) }
            current = Axis(figures: [], letter: nil)
        }
        while i < bytes.count {
            let b = bytes[i]
            if (0x30...0x39).contains(b) {
                let start = i
                var negative = false
                // A minus sign right before: "-" or U+2212 (E2 88 92).
                if start >= 1, bytes[start - 1] == UInt8(ascii: "-") { negative = true }
                if start >= 3, bytes[start - 3] == 0xE2, bytes[start - 2] == 0x88, bytes[start - 1] == 0x92 { negative = true }
                var integer = 0.0
                while i < bytes.count, (0x30...0x39).contains(bytes[i]) { integer = integer * 10 + Double(bytes[i] - 0x30); i += 1 }
                var decimals = 0
                var fraction = 0.0
                if i + 1 < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ","), (0x30...0x39).contains(bytes[i + 1]),
                   current.figures.count > 0 || !isPairSeparator(bytes, at: i) {
                    i += 1
                    var scale = 0.1
                    while i < bytes.count, (0x30...0x39).contains(bytes[i]) {
                        fraction += Double(bytes[i] - 0x30) * scale
                        scale /= 10
                        decimals += 1
                        i += 1
                    }
                }
                var j = i
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                var unit = Unit.none
                if j + 1 < bytes.count, bytes[j] == 0xC2, bytes[j + 1] == 0xB0 { unit = .degrees; i = j + 2 }                    // °
                else if j + 2 < bytes.count, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0xB2 { unit = .minutes; i = j + 3 }  // ′
                else if j + 2 < bytes.count, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0xB3 { unit = .seconds; i = j + 3 }  // ″
                else if j < bytes.count, bytes[j] == UInt8(ascii: "'") {
                    if j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: "'") { unit = .seconds; i = j + 2 } else { unit = .minutes; i = j + 1 }
                } else if j < bytes.count, bytes[j] == UInt8(ascii: "\"") { unit = .seconds; i = j + 1 }
                // A figure without a unit after a finished axis, or a degrees figure when the
                // axis already has one, starts the next axis.
                if !current.figures.isEmpty, unit == .degrees || unit == .none || current.letter != nil { closeAxis() }
                current.figures.append(Figure(range: start..<(start + 0), value: integer + fraction, decimals: decimals,
                                              negative: negative, unit: unit))
                current.figures[current.figures.count - 1].range = start..<figureEnd(bytes, from: start)
                continue
            }
            if b == UInt8(ascii: "N") || b == UInt8(ascii: "S") || b == UInt8(ascii: "E") || b == UInt8(ascii: "W")
                || b == UInt8(ascii: "n") || b == UInt8(ascii: "s") || b == UInt8(ascii: "e") || b == UInt8(ascii: "w") {
                guard !current.figures.isEmpty, current.letter == nil else { return nil }
                current.letter = b & 0xDF
                current.letterOffset = i
                closeAxis()
            }
            i += 1
        }
        closeAxis()
        guard !axes.isEmpty, axes.count <= 2 else { return nil }
        let result = GeoCoordinates(axes: axes)
        return result.isValid ? result : nil
    }

    /// The end of the digits (and decimals) of a figure starting at `start`.
    private static func figureEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ","), (0x30...0x39).contains(bytes[i + 1]) {
            i += 1
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        }
        return i
    }

    /// A comma followed by a space separates the two numbers of a pair, not a decimal part.
    private static func isPairSeparator(_ bytes: [UInt8], at i: Int) -> Bool {
        bytes[i] == UInt8(ascii: ",") && i + 1 < bytes.count && bytes[i + 1] == 0x20
    }

    private var isValid: Bool {
        for (index, axis) in axes.enumerated() {
            guard let first = axis.figures.first, axis.figures.count <= 3 else { return false }
            // Minutes and seconds below 60, whole degrees before them.
            for figure in axis.figures.dropFirst() where figure.value >= 60 || figure.negative { return false }
            if axis.figures.count > 1, first.decimals > 0 { return false }
            if let letter = axis.letter {
                if first.negative { return false }
                let isLatitude = letter == UInt8(ascii: "N") || letter == UInt8(ascii: "S")
                if axes.count == 2 && isLatitude != (index == 0) { return false }
            } else if axis.figures.count > 1, !(axes.count == 2 && axes.allSatisfy { $0.letter == nil && $0.figures.count > 1 }) {
                // Degrees and minutes without a hemisphere letter: an angle. A pair of two such
                // axes is a point whose hemispheres are written in words the rule knows and
                // this reader does not (55°45′ с. ш., 37°37′ в. д.), latitude first.
                return false
            }
            let isLatitude = axis.letter.map { $0 == UInt8(ascii: "N") || $0 == UInt8(ascii: "S") } ?? (index == 0)
            if abs(axis.degrees) > (isLatitude ? 90 : 180) { return false }
        }
        if axes.count == 2, axes.allSatisfy({ abs($0.degrees) < 1 }) { return false }
        if axes.count == 1, axes[0].letter == nil { return false }
        return true
    }

    /// True when `text` is a possible coordinate or pair.
    static func isValid(_ text: Substring) -> Bool { read(text) != nil }
}
