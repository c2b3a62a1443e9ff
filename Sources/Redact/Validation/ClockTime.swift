/// A clock time read from a matched text: `14:35`, `9.05`, `6:30 am`, `6 p.m.`, `9`, `6 утра`.
///
/// The TIME rules find the shape; this decides whether the figures can be a time of day, so
/// that `25:10`, `12:75` and `13 p.m.` are turned away. It reads the first one or two digits as
/// the hour, then optional minutes and seconds after `:` or `.`; anything after them (an am/pm
/// marker, `o'clock`, a part-of-day word) makes it a 12-hour time. An hour and minutes each
/// followed by its unit word (`23 ч. 40 мин.`, `14h35`) is a 24-hour time: two figures with a
/// word between them; which words are units is the rule's to say.
struct ClockTime: Equatable {
    var hour: Int
    /// nil for an hour alone (`saat 9`, `6 pm`).
    var minute: Int?
    var second: Int?
    /// A word follows the figures, so the hour is on a 12-hour dial (1–12).
    var twelveHour: Bool
    /// UTF-8 offsets of the figures in the text read: hour, minutes, seconds.
    var hourRange: Range<Int>
    var minuteRange: Range<Int>?
    var secondRange: Range<Int>?

    /// The time `text` says, or nil when its figures cannot be one.
    static func read(_ text: Substring) -> ClockTime? {
        let bytes = Array(text.utf8)
        var i = 0
        func number(maxDigits: Int) -> (Int, Range<Int>)? {
            let start = i
            var value = 0
            while i < bytes.count, i - start < maxDigits, (0x30...0x39).contains(bytes[i]) {
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            return i > start ? (value, start..<i) : nil
        }
        guard let (hour, hourRange) = number(maxDigits: 2) else { return nil }
        if i < bytes.count, (0x30...0x39).contains(bytes[i]) { return nil }
        var time = ClockTime(hour: hour, minute: nil, second: nil, twelveHour: false, hourRange: hourRange)
        for field in 0..<2 {
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: ".") else { break }
            let separator = i
            i += 1
            guard let (value, range) = number(maxDigits: 2) else { i = separator; break }
            // Minutes and seconds have two digits: 14:3 is no time.
            guard range.count == 2 else { return nil }
            if i < bytes.count, (0x30...0x39).contains(bytes[i]) { return nil }
            guard value <= 59 else { return nil }
            if field == 0 { time.minute = value; time.minuteRange = range } else { time.second = value; time.secondRange = range }
        }
        if time.minute == nil, let (minute, range) = unitSeparatedMinutes(bytes, from: i) {
            time.minute = minute
            time.minuteRange = range
            return time.hour <= 23 ? time : nil
        }
        // What follows the figures: spaces and punctuation alone keep a 24-hour time; a letter
        // (am, pm, o'clock, утра) makes it a 12-hour one.
        time.twelveHour = text.utf8.dropFirst(i).contains { $0 >= 0x41 && !(0x5B...0x60).contains($0) && !(0x7B...0x7F).contains($0) }
        if time.twelveHour {
            guard (1...12).contains(hour) else { return nil }
        } else if hour == 24 {
            guard (time.minute ?? 0) == 0, (time.second ?? 0) == 0 else { return nil }
        } else {
            guard hour <= 23 else { return nil }
        }
        return time
    }

    /// The minutes of an hour written with unit words (`23 ч. 40 мин.`, `14h35`): after the
    /// hour, spaces, a word, an optional dot, spaces, then exactly two digits (0–59) and
    /// nothing but spaces, a word and a dot after them. nil for any other layout.
    private static func unitSeparatedMinutes(_ bytes: [UInt8], from start: Int) -> (Int, Range<Int>)? {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0xC2 || b == 0xA0 }
        func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
        // A letter: an ASCII letter, or any byte of a non-ASCII character other than a space.
        func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (b >= 0x80 && b != 0xC2 && b != 0xA0) }
        var i = start
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        let word = i
        while i < bytes.count, isLetter(bytes[i]) { i += 1 }
        guard i > word else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1 }
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        let figures = i
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        guard i - figures == 2 else { return nil }
        let minute = Int(bytes[figures] - 0x30) * 10 + Int(bytes[figures + 1] - 0x30)
        guard minute <= 59 else { return nil }
        let range = figures..<i
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        while i < bytes.count, isLetter(bytes[i]) { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1 }
        return i == bytes.count ? (minute, range) : nil
    }

    /// True when `text` is a possible clock time.
    static func isValid(_ text: Substring) -> Bool { read(text) != nil }
}
