import Foundation
import Testing
@testable import Redact

/// A day written as an ordinal word moves as a day (`Rules/core/day-words.yaml`, rule
/// `date.day-words`), written from its own list, with the same offset as a numeric date.
@Suite struct DateDayWordTests {
    /// The `days.*` lists of the default rules.
    static let dayLists = DefaultRules.spec.lists.filter { $0.key.hasPrefix("days.") }
    static let standIn = DateStandIn(monthLists: DateStandInFixtures.lists, dayLists: dayLists)

    static func shift(_ text: String, _ days: Int) -> String? { standIn.shift(text[...], byDays: days) }

    @Test func theRuleFileHasThirtyOneWordsAListTheFirstFirst() {
        let lists = Self.dayLists
        #expect(Set(lists.keys) == ["days.ru.genitive", "days.ru.nominative", "days.en"])
        #expect(lists.values.allSatisfy { $0.count == 31 && $0 == $0.map { $0.lowercased() } })
        #expect(lists["days.ru.genitive"]?[4] == "пятого")
        #expect(lists["days.ru.genitive"]?[20] == "двадцать первого")
        #expect(lists["days.en"]?[22] == "twenty-third")
        // No word is in two lists at two days: the reading never depends on the list order.
        var days: [String: Int] = [:]
        for list in lists.values {
            for (i, word) in list.enumerated() {
                #expect(days[word].map { $0 == i } ?? true, "\(word)")
                days[word] = i
            }
        }
    }

    @Test(arguments: [
        DateShiftCase("Десятого ноября", -32, "Девятого октября"),
        DateShiftCase("десятого ноября 2023 года", 41, "двадцать первого декабря 2023 года"),
        DateShiftCase("ДВАДЦАТЬ ПЕРВОГО МАРТА 2023 ГОДА", -32, "СЕМНАДЦАТОГО ФЕВРАЛЯ 2023 ГОДА"),
        DateShiftCase("пятое апреля", 26, "первое мая"),
        // Written without ё, the moved day is too.
        DateShiftCase("четвертого мая", 0, "четвертого мая"),
        DateShiftCase("третьего мая", 1, "четвертого мая"),
        DateShiftCase("третьего мая", 31, "третьего июня"),
        DateShiftCase("fifth of November 2021", -32, "fourth of October 2021"),
        DateShiftCase("Thirty-first of December", 1, "First of January"),
        DateShiftCase("twenty-ninth of February 2024", 1, "first of March 2024"),
        // A day that month does not have is no date.
        DateShiftCase("thirty-first of April", 1, nil),
        DateShiftCase("тридцатого февраля", 1, nil),
        // A word and a number for one day are two days.
        DateShiftCase("пятого 5 мая", 1, nil),
    ])
    func aDayWordMovesAsItsDay(_ c: DateShiftCase) {
        #expect(Self.shift(c.text, c.days) == c.expected)
    }

    /// The word and the digits of one date land on one day.
    @Test func aDayWordAndItsDigitsMoveAlike() {
        let genitive = Self.dayLists["days.ru.genitive"]!
        let english = Self.dayLists["days.en"]!
        for offset in [-400, -45, -1, 3, 29, 366] {
            for day in 1...28 {
                let digits = Self.shift("\(day) марта 2022 года", offset)!
                let word = Self.shift("\(genitive[day - 1]) марта 2022 года", offset)!
                let movedDay = Int(digits.prefix { $0.isNumber })!
                // The word is written with ё only where the original wrote one.
                let expected = genitive[movedDay - 1] + digits.drop { $0.isNumber }
                #expect(word.replacingOccurrences(of: "ё", with: "е") == expected.replacingOccurrences(of: "ё", with: "е"),
                        "\(day) \(offset)")
                #expect(word.contains("ё") == (genitive[day - 1].contains("ё") && genitive[movedDay - 1].contains("ё")))
                let en = Self.shift("\(english[day - 1]) of March 2022", offset)!
                #expect(en.hasPrefix(english[movedDay - 1] + " of "), "\(day) \(offset)")
            }
        }
    }
}
