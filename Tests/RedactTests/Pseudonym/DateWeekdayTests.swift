import Foundation
import Testing
@testable import Redact

/// A weekday beside a date moves with it (`Rules/core/weekdays.yaml`, rule `date.weekday`).
@Suite struct DateWeekdayTests {
    /// The `weekdays.*` lists of the default rules.
    static let weekdayLists = DefaultRules.spec.lists.filter { $0.key.hasPrefix("weekdays.") }
    static let standIn = DateStandIn(monthLists: DateStandInFixtures.lists, weekdayLists: weekdayLists)

    static func shift(_ text: String, _ days: Int) -> String? { standIn.shift(text[...], byDays: days) }

    @Test func theRuleFileHasSevenNamesAListMondayFirst() {
        let lists = Self.weekdayLists
        #expect(Set(lists.keys) == ["weekdays.en", "weekdays.en.short", "weekdays.az", "weekdays.ru.nominative",
                                    "weekdays.ru.accusative", "weekdays.tr"])
        #expect(lists["weekdays.en"]?.first == "monday")
        #expect(lists["weekdays.az"]?.first == "bazar ertəsi")
        #expect(lists.values.allSatisfy { $0.count == 7 && $0 == $0.map { $0.lowercased() } })
    }

    @Test(arguments: [
        // 12 March 2021 (a Friday) + 290 days = 27 December 2021 (a Monday).
        DateShiftCase("Friday, 12 March 2021", 290, "Monday, 27 December 2021"),
        DateShiftCase("FRIDAY, 12 MARCH 2021", 290, "MONDAY, 27 DECEMBER 2021"),
        DateShiftCase("Tue, Mar 9, 2021", 290, "Fri, Dec 24, 2021"),
        DateShiftCase("пятницу, 12 марта 2021 г.", 290, "понедельник, 27 декабря 2021 г."),
        DateShiftCase("понедельник, 27 декабря 2021 г.", -290, "пятница, 12 марта 2021 г."),
        // A form both Russian lists have is read as the nominative (a known limit after `в`).
        DateShiftCase("вторник, 9 марта", 3, "пятница, 12 марта"),
        DateShiftCase("Пятница, 12.03.2021", 290, "Понедельник, 27.12.2021"),
        DateShiftCase("Cümə, 12 mart 2021-ci il", 290, "Bazar ertəsi, 27 dekabr 2021-ci il"),
        DateShiftCase("12 mart 2021-ci il, cümə", 290, "27 dekabr 2021-ci il, bazar ertəsi"),
        DateShiftCase("12 Mart 2021 Cuma", 290, "27 Aralık 2021 Pazartesi"),
        DateShiftCase("Pazartesi 15.03.2021", 290, "Perşembe 30.12.2021"),
        DateShiftCase("çarşamba, 17 Mart", 3, "cumartesi, 20 Mart"),
        // Without a year the weekday moves by as many days all the same.
        DateShiftCase("Monday 5 April", 290, "Thursday 20 January"),
        DateShiftCase("Friday, 12 March 2021", -4, "Monday, 8 March 2021"),
        // A weekday with no date beside it is no date.
        DateShiftCase("Friday", 3, nil),
        DateShiftCase("Friday, the 12th", 3, nil),
    ])
    func aWeekdayMovesWithItsDate(_ c: DateShiftCase) {
        #expect(Self.shift(c.text, c.days) == c.expected)
        // `понедельник` is nominative and accusative alike, and is read as the nominative.
        if let moved = c.expected, c.text != "пятницу, 12 марта 2021 г." {
            #expect(Self.shift(moved, -c.days) == c.text)
        }
    }

    /// For dates whose weekday is written correctly, the moved weekday is the moved date's.
    @Test func theMovedWeekdayIsTheMovedDatesWeekday() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let names = Self.weekdayLists["weekdays.en"]!.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let months = DateStandInFixtures.lists["months.en"]!.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        func written(_ date: Date) -> String {
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            // Calendar's weekday: 1 = Sunday; the lists start on Monday.
            return "\(names[(c.weekday! + 5) % 7]), \(c.day!) \(months[c.month! - 1]) \(c.year!)"
        }
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let start = try #require(calendar.date(from: DateComponents(year: 1990, month: 1, day: 1)))
        for _ in 0..<300 {
            let date = calendar.date(byAdding: .day, value: next(15_000), to: start)!
            let days = next(731) - 365
            let moved = calendar.date(byAdding: .day, value: days, to: date)!
            #expect(Self.shift(written(date), days) == written(moved), "\(written(date)) \(days)")
        }
    }
}
