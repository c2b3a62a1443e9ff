import RedactRules
import Testing
@testable import Redact

@Suite("TimeStandIn")
struct TimeStandInTests {
    static let words = NumberWords(lists: DefaultRules.spec.lists)

    static func make(_ text: String, offset: Int, seed: Int = 1) -> String {
        var r = StandInCheck.random(seed)
        return TimeStandIn.make(like: text[...], offsetMinutes: offset, words: words, random: &r)
    }

    /// The run's offset moves every time, notation kept: padding, seconds, am/pm spelling
    /// (flipped across noon and midnight), hours alone by whole hours, 12-hour dials round.
    @Test(arguments: [
        ("14:35", 95, "16:10"), ("23:50", 30, "00:20"), ("09:15", -60, "08:15"), ("9:15", -60, "8:15"),
        ("00:10", -30, "23:40"), ("23:59:10", 35, "00:34:10"), ("14.35", 95, "16.10"),
        ("6:30 am", 390, "1:00 pm"), ("11 p.m.", 120, "1 a.m."), ("7:05 PM", -300, "2:05 PM"), ("12:05 AM", 60, "1:05 AM"),
        ("9", 95, "11"), ("9", 30, "10"), ("23", 120, "1"), ("6 утра", 120, "8 утра"), ("11 вечера", 120, "1 вечера"),
        ("six o'clock", 120, "eight o'clock"), ("Eleven p.m.", -180, "Eight p.m."), ("9 o'clock", 240, "1 o'clock"),
        ("21 ч. 05 мин.", 95, "22 ч. 40 мин."), ("9 ч 15 мин", -60, "8 ч 15 мин"),
        ("twenty past eight", 120, "twenty past ten"), ("four in the morning", -60, "three in the morning"),
        ("шести утра", 120, "восьми утра"), ("трех ночи", 60, "четырех ночи"), ("пять вечера", 60, "шесть вечера"),
        ("beş", 120, "yeddi"), ("on bir", 60, "on iki"),
        // Four figures of a report's 24-hour clock stay four figures.
        ("0815", 95, "0950"), ("2300", 90, "0030"), ("0005", -30, "2335"),
    ])
    func movesByTheOffset(_ original: String, offset: Int, expected: String) {
        #expect(Self.make(original, offset: offset) == expected)
    }

    /// Every offset a key can give is a multiple of five minutes between 30 and 360, either way.
    @Test func offsetsAreInRange() {
        var seen = Set<Int>()
        for a in 0..<256 {
            for c in 0..<2 {
                let offset = TimeStandIn.offsetMinutes(digest: [UInt8(a), UInt8((a * 7) % 256), UInt8(c)])
                #expect((30...360).contains(abs(offset)) && offset % 5 == 0)
                seen.insert(offset)
            }
        }
        #expect(seen.contains { $0 > 0 } && seen.contains { $0 < 0 })
    }

    /// Every stand-in is itself a valid time, whatever the offset.
    @Test func standInsAreTimes() {
        for offset in stride(from: -360, through: 360, by: 5) where abs(offset) >= 30 {
            for original in ["14:35", "0:05", "23:59", "6:30 am", "12 p.m.", "9", "24:00"] {
                let made = Self.make(original, offset: offset)
                #expect(ClockTime.isValid(made[...]), "\(original) + \(offset) → \(made)")
                #expect(made != original)
            }
        }
    }

    /// An hour written as a word keeps its Turkish or Azerbaijani case suffix, refitted to the
    /// stand-in word as a name's is (`saat altıda` → `saat üçte`, not `üçda`); an hour in
    /// digits keeps its suffix as written.
    @Test func anHourWordsSuffixFitsItsStandIn() throws {
        let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: Array(repeating: 9, count: 32))))
        for (text, suffix, azerbaijani) in [("Saat altıda geldi.", "da", false), ("Akşam yedide döndü.", "de", false),
                                            ("Sabah beşte kalktı.", "te", false), ("Səhər yeddidə gəldi.", "də", true)] {
            let output = engine.redact(text).output
            // The words around the hour stay; the stand-in may be two words (`on bir`).
            let first = String(text.split(separator: " ")[0]), last = String(text.split(separator: " ")[2])
            try #require(output.hasPrefix(first + " ") && output.hasSuffix(" " + last), "\(output)")
            let hourAndSuffix = String(output.dropFirst(first.count + 1).dropLast(last.count + 1))
            let hour = String(hourAndSuffix.dropLast(2))
            #expect(!text.contains(hourAndSuffix), "\(text) → \(output): the hour was not replaced")
            #expect(hourAndSuffix == hour + SuffixHarmony.fit(suffix, after: hour, azerbaijani: azerbaijani), "\(text) → \(output)")
        }
    }
}
