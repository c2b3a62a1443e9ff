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
}
