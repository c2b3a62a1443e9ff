import Testing
@testable import Redact

@Suite("ClockTime")
struct ClockTimeTests {
    @Test(arguments: [
        ("14:35", 14, 35, false), ("09:15", 9, 15, false), ("0:00", 0, 0, false), ("23:59:59", 23, 59, false),
        ("24:00", 24, 0, false), ("14.35", 14, 35, false), ("6:30 am", 6, 30, true), ("7.30 am", 7, 30, true),
        ("12:05 PM", 12, 5, true),
    ])
    func readsTimes(_ text: String, hour: Int, minute: Int, twelveHour: Bool) throws {
        let time = try #require(ClockTime.read(text[...]))
        #expect(time.hour == hour)
        #expect(time.minute == minute)
        #expect(time.twelveHour == twelveHour)
    }

    /// An hour and minutes each with its unit word: a 24-hour time, the minutes where they are.
    @Test(arguments: [("23 ч. 40 мин.", 23, 40), ("7 ч 05 мин", 7, 5), ("14h35", 14, 35), ("0 ч. 00 мин.", 0, 0)])
    func readsHoursAndMinutesWithUnitWords(_ text: String, hour: Int, minute: Int) throws {
        let time = try #require(ClockTime.read(text[...]))
        #expect(time.hour == hour)
        #expect(time.minute == minute)
        #expect(!time.twelveHour)
        let minutes = try #require(time.minuteRange)
        #expect(String(decoding: Array(text.utf8)[minutes], as: UTF8.self) == (minute < 10 ? "0\(minute)" : "\(minute)"))
    }

    /// The unit layout does not widen what a time is: hours past 23, minutes past 59, one or
    /// three minute digits, something after the minutes' word.
    @Test(arguments: ["24 ч. 10 мин.", "23 ч. 60 мин.", "23 ч. 4 мин.", "23 ч. 400 мин.", "23 ч. 40 мин. 10"])
    func rejectsImpossibleUnitTimes(_ text: String) {
        #expect(!ClockTime.isValid(text[...]))
    }

    @Test(arguments: ["9", "6 p.m.", "11pm", "9 o'clock", "6 утра", "12 a.m."])
    func acceptsHoursWithTheirWord(_ text: String) throws {
        let time = try #require(ClockTime.read(text[...]))
        #expect(time.minute == nil)
    }

    /// What the format forbids: hours past 23 (past 12 on a 12-hour dial), minutes and seconds
    /// past 59, one-digit minutes, a 24:xx other than 24:00.
    @Test(arguments: ["25:10", "12:75", "13 p.m.", "0 am", "24:30", "23:59:60", "14:3", "123:45", "", "am"])
    func rejectsImpossibleTimes(_ text: String) {
        #expect(!ClockTime.isValid(text[...]))
    }

    @Test func validatorNamesTime() {
        #expect(Validator(ruleName: "time") == .time)
        #expect(Validator.time.ruleName == "time")
        #expect(Validator.time.accepts("18:00"))
        #expect(!Validator.time.accepts("18:60"))
    }
}
