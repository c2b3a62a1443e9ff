/// Moves a clock time by the run's offset, keeping its notation.
///
/// Every time of a run moves by the same keyed offset (30 minutes to 6 hours, in steps of five
/// minutes, either way), as every date moves by one number of days: the order of events and
/// the intervals between them stay true, and the same time always gets the same stand-in. The
/// offset is five-minute aligned so that a time's minutes change but round times stay round
/// (`18:00` → `21:25`, never `21:27`); seconds are kept.
///
/// The notation is the original's: separator, zero padding of the hour, seconds, the am/pm
/// marker in its spelling (`p.m.`, `PM`, `pm`), flipped when the time crosses noon or midnight.
/// An hour alone (`saat 9`, `6 pm`, `six o'clock`) moves by the offset rounded to whole hours
/// (at least one). A time read on a 12-hour dial without am/pm (`six o'clock`, `6 утра`)
/// moves round that dial and keeps its word. Known limits: a time that crosses midnight does
/// not move its date, and a Russian part-of-day word (`утра`, `вечера`) is kept even when the
/// new hour belongs to another part of the day.
public enum TimeStandIn {
    /// The run's offset in minutes from a keyed digest: ±30…360, a multiple of 5.
    static func offsetMinutes<D: Sequence>(digest: D) -> Int where D.Element == UInt8 {
        let d = Array(digest.prefix(3))
        guard d.count == 3 else { return 60 }
        let raw = Int(d[0]) | Int(d[1]) << 8
        let magnitude = (6 + raw % 67) * 5
        return d[2] & 1 == 0 ? magnitude : -magnitude
    }

    /// `original` moved by `offsetMinutes`; a text that is no time gets a shape stand-in.
    public static func make(like original: Substring, offsetMinutes: Int, words: NumberWords,
                            random: inout KeyedRandom) -> String {
        let hourSteps = offsetMinutes / 60 != 0 ? (offsetMinutes + (offsetMinutes > 0 ? 30 : -30)) / 60 : (offsetMinutes > 0 ? 1 : -1)
        guard original.utf8.contains(where: { (0x30...0x39).contains($0) }) else {
            return spelt(original, hourSteps: hourSteps, words: words) ?? ShapeStandIn.make(like: original, random: &random)
        }
        if let moved = fourFigures(original, offsetMinutes: offsetMinutes) { return moved }
        guard let time = ClockTime.read(original) else { return ShapeStandIn.make(like: original, random: &random) }
        var bytes = Array(original.utf8)
        let marker = meridiem(in: bytes, after: (time.secondRange ?? time.minuteRange ?? time.hourRange).upperBound)
        let shift = time.minute == nil ? hourSteps * 60 : offsetMinutes
        var newHour: Int, newMinute: Int
        if let marker {
            let minutes = ((time.hour % 12) + (bytes[marker] | 0x20 == UInt8(ascii: "p") ? 12 : 0)) * 60 + (time.minute ?? 0)
            let moved = ((minutes + shift) % 1440 + 1440) % 1440
            newHour = moved / 60
            newMinute = moved % 60
            let pm = newHour >= 12
            let upper = bytes[marker] < 0x61
            bytes[marker] = UInt8(ascii: pm ? "p" : "a") - (upper ? 0x20 : 0)
            newHour = newHour % 12 == 0 ? 12 : newHour % 12
        } else if time.twelveHour {
            let minutes = (time.hour % 12) * 60 + (time.minute ?? 0)
            let moved = ((minutes + shift) % 720 + 720) % 720
            newHour = moved / 60 == 0 ? 12 : moved / 60
            newMinute = moved % 60
        } else {
            let moved = ((time.hour * 60 + (time.minute ?? 0) + shift) % 1440 + 1440) % 1440
            newHour = moved / 60
            newMinute = moved % 60
        }
        var edits: [(Range<Int>, String)] = []
        if let range = time.minuteRange { edits.append((range, pad(newMinute, 2))) }
        edits.append((time.hourRange, pad(newHour, time.hourRange.count == 2 && (bytes[time.hourRange.lowerBound] == UInt8(ascii: "0") || !time.twelveHour && time.minute != nil) ? 2 : 1)))
        for (range, text) in edits.sorted(by: { ($0.0.lowerBound, $0.0.upperBound) > ($1.0.lowerBound, $1.0.upperBound) }) {
            bytes.replaceSubrange(range, with: Array(text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A 24-hour time written as four figures with no separator (`0815`, as police and
    /// military reports write it), moved by the offset and written the same way; nil for any
    /// other text.
    static func fourFigures(_ original: Substring, offsetMinutes: Int) -> String? {
        let bytes = Array(original.utf8)
        guard bytes.count == 4, bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let hour = Int(bytes[0] - 0x30) * 10 + Int(bytes[1] - 0x30), minute = Int(bytes[2] - 0x30) * 10 + Int(bytes[3] - 0x30)
        guard hour <= 23, minute <= 59 else { return nil }
        let moved = ((hour * 60 + minute + offsetMinutes) % 1440 + 1440) % 1440
        return pad(moved / 60, 2) + pad(moved % 60, 2)
    }

    /// The offset of the `a` or `p` of an am/pm marker after the figures, if there is one.
    private static func meridiem(in bytes: [UInt8], after end: Int) -> Int? {
        var i = end
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i + 1 < bytes.count, [UInt8(ascii: "a"), UInt8(ascii: "p")].contains(bytes[i] | 0x20) else { return nil }
        let next = bytes[i + 1] == UInt8(ascii: ".") && i + 2 < bytes.count ? bytes[i + 2] : bytes[i + 1]
        return next | 0x20 == UInt8(ascii: "m") ? i : nil
    }

    /// An hour word (`six o'clock`, `пяти утра`, `beş`) moved round the 12-hour dial. Of
    /// several number words the last is the hour (`ten past nine`: `ten` is minutes), and it
    /// is written from the same list, so a genitive stays a genitive. A two-word hour
    /// (`on bir`) is read whole.
    private static func spelt(_ original: Substring, hourSteps: Int, words: NumberWords) -> String? {
        func hourPlace(_ range: Range<Substring.Index>) -> (table: Int, position: Int)? {
            words.places(of: String(original[range]), kinds: { $0 == "hours" }).first
        }
        var last: (range: Range<Substring.Index>, place: (table: Int, position: Int))?
        var i = original.startIndex
        while let first = original[i...].firstIndex(where: { $0.isLetter }) {
            let end = original[first...].firstIndex(where: { !$0.isLetter }) ?? original.endIndex
            i = end
            if end < original.endIndex, original[end] == " " {
                let after = original.index(after: end)
                if after < original.endIndex, original[after].isLetter {
                    let pairEnd = original[after...].firstIndex(where: { !$0.isLetter }) ?? original.endIndex
                    if let place = hourPlace(first..<pairEnd) {
                        last = (first..<pairEnd, place)
                        i = pairEnd
                        continue
                    }
                }
            }
            if let place = hourPlace(first..<end) { last = (first..<end, place) }
        }
        guard let last else { return nil }
        let table = words.tables[last.place.table]
        let hour = table.values[last.place.position]
        let moved = (((hour - 1 + hourSteps) % 12) + 12) % 12 + 1
        guard let position = table.values.firstIndex(of: moved) else { return nil }
        return String(original[..<last.range.lowerBound])
            + NumberWords.styled(table.words[position], like: original[last.range], language: table.language)
            + String(original[last.range.upperBound...])
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count < width ? String(repeating: "0", count: width - text.count) + text : text
    }
}
