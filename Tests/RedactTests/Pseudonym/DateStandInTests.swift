import Foundation
import Testing
@testable import Redact

/// The `months.*` lists of `Rules/core/months.yaml`, kept equal to the file by `monthListsMatchRuleFile`.
enum DateStandInFixtures {
    static let lists: [String: [String]] = [
        "months.en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        "months.en.short": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        "months.az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
        "months.ru.nominative": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
        "months.ru.genitive": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        "months.ru.dative": ["январю", "февралю", "марту", "апрелю", "маю", "июню", "июлю", "августу", "сентябрю", "октябрю", "ноябрю", "декабрю"],
        "months.ru.accusative": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
        "months.ru.instrumental": ["январём", "февралём", "мартом", "апрелем", "маем", "июнем", "июлем", "августом", "сентябрём", "октябрём", "ноябрём", "декабрём"],
        "months.ru.prepositional": ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"],
        "months.ru.short": ["янв", "февр", "мар", "апр", "мая", "июн", "июл", "авг", "сент", "окт", "нояб", "дек"],
        "months.ru.short.plain": ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
        "months.tr": ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
    ]

    /// As the engine passes them: sorted by list name.
    static let tables: [[String]] = lists.keys.sorted().map { lists[$0]! }

    static let standIn = DateStandIn(monthTables: tables)

    static func shift(_ text: String, _ days: Int) -> String? { standIn.shift(text[...], byDays: days) }
}

struct DateShiftCase: Sendable, CustomStringConvertible {
    let text: String
    let days: Int
    let expected: String?
    init(_ text: String, _ days: Int, _ expected: String?) { (self.text, self.days, self.expected) = (text, days, expected) }
    var description: String { "\(text) \(days > 0 ? "+" : "")\(days)" }
}

@Suite("DateStandIn")
struct DateStandInTests {
    typealias F = DateStandInFixtures

    // MARK: The month lists

    @Test func monthListsMatchRuleFile() throws {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Rules/core/months.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var found: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("months."), let colon = trimmed.firstIndex(of: ":"),
                  let open = trimmed.firstIndex(of: "["), let close = trimmed.lastIndex(of: "]") else { continue }
            let names = trimmed[trimmed.index(after: open)..<close].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(found[String(trimmed[..<colon])] == nil, "list \(trimmed[..<colon]) given twice")
            found[String(trimmed[..<colon])] = names
        }
        #expect(found == F.lists)
        for (name, names) in found {
            #expect(names.count == 12, "\(name) has \(names.count) entries")
            #expect(names == names.map { $0.lowercased() }, "\(name) is not all lower case")
        }
    }

    @Test func tableOrderDoesNotMatter() {
        let named = DateStandIn(monthLists: F.lists)
        let reversed = DateStandIn(monthTables: F.tables.reversed())
        let rotated = DateStandIn(monthTables: Array(F.tables[5...] + F.tables[..<5]))
        for c in Self.cases {
            for days in [c.days, 17, -45, 400] {
                let expected = F.shift(c.text, days)
                #expect(named.shift(c.text[...], byDays: days) == expected, "\(c.text) \(days)")
                #expect(reversed.shift(c.text[...], byDays: days) == expected, "\(c.text) \(days)")
                #expect(rotated.shift(c.text[...], byDays: days) == expected, "\(c.text) \(days)")
            }
        }
    }

    // MARK: Shifts

    static let cases: [DateShiftCase] = [
        // Numeric, day first.
        .init("12.05.2021", 1, "13.05.2021"),
        .init("12.05.2021", -1, "11.05.2021"),
        .init("12.05.2021", 365, "12.05.2022"),
        .init("12/05/2021", 30, "11/06/2021"),
        .init("31.12.2021", 1, "01.01.2022"),
        .init("01.01.2022", -1, "31.12.2021"),
        .init("28.02.2020", 1, "29.02.2020"),
        .init("29.02.2020", 1, "01.03.2020"),
        .init("28.02.2021", 1, "01.03.2021"),
        .init("01.03.2024", -1, "29.02.2024"),
        .init("29.02.2024", 365, "28.02.2025"),
        .init("29.02.2020", 366, "01.03.2021"),
        .init("28.02.1900", 1, "01.03.1900"),
        .init("28.02.2000", 1, "29.02.2000"),
        .init("28.02.2100", 1, "01.03.2100"),
        .init("15.12.2021", -10, "05.12.2021"),
        .init("05/12/2021", 30, "04/01/2022"),
        .init("12.05.21", 365, "12.05.22"),
        .init("31.12.99", 1, "01.01.00"),
        .init("28.02.00", 1, "29.02.00"),
        .init("5.5.2021", 1, "6.5.2021"),
        .init("5.5.2021", 30, "4.6.2021"),
        .init("5.12.2021", 10, "15.12.2021"),
        .init("9.9.2021", 1, "10.9.2021"),
        .init("5.05.2021", 30, "4.06.2021"),
        .init("12-05-2021", -1, "11-05-2021"),
        // Numeric, month first (second field over 12).
        .init("05/13/2021", 1, "05/14/2021"),
        .init("12/31/2021", 1, "01/01/2022"),
        .init("2/28/2024", 1, "2/29/2024"),
        // Numeric, year first.
        .init("2021-05-12", -1, "2021-05-11"),
        .init("2021-12-31", 1, "2022-01-01"),
        .init("2021/1/5", -5, "2020/12/31"),
        .init("2024.02.28", 2, "2024.03.01"),
        // Numeric with words after.
        .init("12.05.2021 г.", 1, "13.05.2021 г."),
        .init("31.12.2022-ci il", 1, "01.01.2023-cü il"),
        // English.
        .init("5 March 2021", 1, "6 March 2021"),
        .init("5 March 2021", -5, "28 February 2021"),
        .init("31 December 2021", 1, "1 January 2022"),
        .init("March 5, 2021", 30, "April 4, 2021"),
        .init("5th March 2021", -4, "1st March 2021"),
        .init("March 1st, 2021", 1, "March 2nd, 2021"),
        .init("March 2nd, 2021", 1, "March 3rd, 2021"),
        .init("March 3rd, 2021", 1, "March 4th, 2021"),
        .init("March 10th, 2021", 1, "March 11th, 2021"),
        .init("March 11th, 2021", 1, "March 12th, 2021"),
        .init("March 12th, 2021", 1, "March 13th, 2021"),
        .init("March 20th, 2021", 1, "March 21st, 2021"),
        .init("March 21st, 2021", 1, "March 22nd, 2021"),
        .init("March 22nd, 2021", 1, "March 23rd, 2021"),
        .init("5th of March, 2021", -4, "1st of March, 2021"),
        .init("MARCH 5TH", 30, "APRIL 4TH"),
        .init("march 5", 1, "march 6"),
        .init("Mar 5, 2021", 30, "Apr 4, 2021"),
        .init("Apr. 5, 2021", -1, "Apr. 4, 2021"),
        .init("Apr. 5, 2021", 30, "May 5, 2021"),
        .init("Aug. 31, 2021", 1, "Sep. 1, 2021"),
        .init("05-Mar-2021", 30, "04-Apr-2021"),
        .init("2021-Mar-05", -5, "2021-Feb-28"),
        .init("15-Mar-2021", -10, "05-Mar-2021"),
        .init("15 March 2021", -10, "5 March 2021"),
        .init("05-May-2021", 31, "05-Jun-2021"),
        .init("05-MAY", 31, "05-JUN"),
        .init("05-May", 31, "05-Jun"),
        .init("05 May", 31, "05 June"),
        .init("5 May 2021", 30, "4 June 2021"),
        .init("May 5, 2021", 30, "June 4, 2021"),
        .init("5th may 2021", 30, "4th june 2021"),
        .init("March 2021", 31, "April 2021"),
        .init("March 2021", -1, "February 2021"),
        .init("March 2021", 30, "March 2021"),
        .init("December 2021", 31, "January 2022"),
        .init("5 March", 1, "6 March"),
        .init("5 March", 365, "5 March"),
        .init("31 December", 1, "1 January"),
        .init("1 January", -1, "31 December"),
        .init("28 February", 1, "1 March"),
        .init("29 February", 1, "1 March"),
        // Azerbaijani.
        .init("5 mart 2021-ci il", 30, "4 aprel 2021-ci il"),
        .init("5 mart 2021-ci il", 365, "5 mart 2022-ci il"),
        .init("5 mart 2021-ci il", 730, "5 mart 2023-cü il"),
        .init("31 dekabr 2025-ci il", 1, "1 yanvar 2026-cı il"),
        .init("1 yanvar 2020-ci il", -1, "31 dekabr 2019-cu il"),
        .init("5 may 2009-cu il", 365, "5 may 2010-cu il"),
        .init("5 may 2021", 30, "4 iyun 2021"),
        .init("5 May 2021-ci il", 30, "4 İyun 2021-ci il"),
        .init("5 İyun 2021", 30, "5 İyul 2021"),
        .init("5 IYUN 2021-CI IL", 30, "5 IYUL 2021-CI IL"),
        .init("5 İYUN 2021-Cİ İL", 30, "5 İYUL 2021-Cİ İL"),
        .init("5 MAY 2021-Cİ İL", 30, "4 İYUN 2021-Cİ İL"),
        .init("31 DEKABR 2025-Cİ İL", 1, "1 YANVAR 2026-CI İL"),
        .init("5 mart 2021 il", 1, "6 mart 2021 il"),
        .init("5 mart 2021 y.", -5, "28 fevral 2021 y."),
        .init("5 mart 2021-ci ildə", 1, "6 mart 2021-ci ildə"),
        .init("5 mart", 30, "4 aprel"),
        // Russian.
        .init("5 марта 2021 г.", 30, "4 апреля 2021 г."),
        .init("5 марта 2021 года", -5, "28 февраля 2021 года"),
        .init("5 марта 2021г.", 1, "6 марта 2021г."),
        .init("5-го марта 2021 г.", 1, "6-го марта 2021 г."),
        .init("5 мая 2021 г.", 31, "5 июня 2021 г."),
        .init("31 декабря 2021 года", 1, "1 января 2022 года"),
        .init("Март 2021", 31, "Апрель 2021"),
        .init("марте 2021 года", 31, "апреле 2021 года"),
        .init("марту 2021 года", -1, "февралю 2021 года"),
        .init("январём 2021 года", -1, "декабрём 2020 года"),
        .init("январем 2021 года", -1, "декабрем 2020 года"),
        .init("5 апр. 2021 г.", 30, "5 мая 2021 г."),
        .init("5 февр. 2021 г.", 30, "7 мар. 2021 г."),
        .init("5 авг. 2021 г.", 30, "4 сент. 2021 г."),
        .init("5 фев 2021", 30, "7 мар 2021"),
        .init("5 авг 2021", 30, "4 сен 2021"),
        .init("5 МАРТА 2021 Г.", 30, "4 АПРЕЛЯ 2021 Г."),
        // Turkish.
        .init("05 Mart 2021", 30, "04 Nisan 2021"),
        .init("5 Şubat 2021", -5, "31 Ocak 2021"),
        .init("5 Mayıs 2021", 30, "4 Haziran 2021"),
        .init("5 EYLÜL 2021", 30, "5 EKİM 2021"),
        .init("31 Aralık 2021", 1, "1 Ocak 2022"),
        .init("5 Mart", 30, "4 Nisan"),
    ]

    @Test(arguments: cases)
    func shifts(_ c: DateShiftCase) {
        #expect(F.shift(c.text, c.days) == c.expected)
    }

    /// A day alone, or a statement row's day and month, moves and stays a valid date: a day in
    /// a 28-day cycle, guillemets and padding kept; a month/day or day.month pair round a common
    /// year in the order it was written; anything else is nil (a shape stand-in then).
    @Test(arguments: [
        ("3", 10, "13"), ("27", 5, "4"), ("«27»", 5, "«4»"), ("05", -10, "23"), ("31", 0, "3"), ("09", 1, "10"), ("08", 1, "09"),
        ("04/26", 10, "05/06"), ("12/31", 1, "01/01"), ("26/04", 10, "06/05"), ("07.11", -10, "28.10"), ("28.02", 1, "01.03"),
    ])
    func partialDatesStayDates(_ original: String, days: Int, expected: String) {
        #expect(DateStandIn.partial(original[...], byDays: days) == expected)
    }

    @Test func partialDatesRefuseWhatIsNoDate() {
        for text in ["0", "32", "«45»", "13.13", "00/12", "02/30", "1/2", "2024", "ab", "04-26"] {
            #expect(DateStandIn.partial(text[...], byDays: 3) == nil, "\(text)")
        }
    }

    @Test func azerbaijaniOrdinalFollowsTheLastWord() {
        let expected: [Int: Unicode.Scalar] = [
            2021: "i", 2022: "i", 2023: "ü", 2024: "ü", 2025: "i", 2026: "ı", 2027: "i", 2028: "i", 2029: "u",
            2010: "u", 2020: "i", 2030: "u", 2040: "ı", 2050: "i", 2060: "ı", 2070: "i", 2080: "i", 2090: "ı",
            2000: "i", 1000: "i", 2100: "ü", 1900: "ü", 1990: "ı", 1945: "i", 1986: "ı",
        ]
        for (year, vowel) in expected {
            #expect(DateStandIn.azOrdinalVowel(year) == vowel, "\(year)")
        }
    }

    // MARK: Round trips and format

    /// Texts whose every shift reads back the same way. Not here, as they cannot be: month and year
    /// (`March 2021` moves as its 1st, so -1 then +1 stays in February), `Apr. 5` (→ `May 5` loses the dot), `Mar 5` (→ `May 5`,
    /// also the full name), `5.5.2021` (→ `15.12.2021` then reads as zero-padded), US `05/13/2021`
    /// (→ `05/12/2021` then reads day first), `5 İyun 2021` (→ `5 May 2021`, English).
    static let roundTripTexts = [
        "12.05.2021", "12/05/2021", "2021-05-12", "12.05.21", "05.05.2021", "29.02.2024", "31.12.1999",
        "5 March 2021", "March 5th, 2021", "05-Mar-2021", "2021-Mar-05", "5 марта 2021 г.", "5 марта 2021 года",
        "5 mart 2021-ci il", "5 may 2021", "5 May 2021", "5 Mart 2021", "5 İyun 2021-ci il", "5 March",
        "31 December", "MARCH 5TH, 2021", "12.05.2021-ci il", "5 февраля", "15-Mar-2021",
    ]

    static let paddedTexts: Set<String> = [
        "12.05.2021", "12/05/2021", "2021-05-12", "12.05.21", "05.05.2021", "29.02.2024", "31.12.1999",
        "05-Mar-2021", "2021-Mar-05", "12.05.2021-ci il", "15-Mar-2021",
    ]

    static let offsets = [1, -1, 2, -2, 30, -30, 59, -59, 200, -200, 365, -365, 366, -366, 1000, -1000, 3650]

    @Test(arguments: roundTripTexts)
    func roundTrip(_ text: String) throws {
        for days in Self.offsets {
            let moved = try #require(F.shift(text, days), "\(text) \(days)")
            #expect(F.shift(moved, -days) == text, "\(text) → \(moved) (\(days))")
        }
    }

    /// Spaces and punctuation, in order: all a stand-in may not change.
    static func punctuation(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }
    }

    static func digitWidths(_ s: String) -> [Int] {
        var widths: [Int] = [], run = 0
        for c in s.unicodeScalars {
            if ("0"..."9").contains(c) { run += 1 } else if run > 0 { widths.append(run); run = 0 }
        }
        return run > 0 ? widths + [run] : widths
    }

    @Test(arguments: roundTripTexts)
    func formatIsKept(_ text: String) throws {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        for days in stride(from: -800, through: 800, by: 23) {
            let moved = try #require(F.shift(text, days), "\(text) \(days)")
            #expect(Self.punctuation(moved) == Self.punctuation(text), "\(text) → \(moved)")
            if Self.paddedTexts.contains(text) {
                #expect(Self.digitWidths(moved) == Self.digitWidths(text), "\(text) → \(moved)")
            }
            let movedLetters = moved.unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.allSatisfy({ $0.properties.isLowercase }) {
                #expect(movedLetters.allSatisfy { $0.properties.isLowercase }, "\(text) → \(moved)")
            }
            if letters.count > 1, letters.allSatisfy({ $0.properties.isUppercase }) {
                #expect(movedLetters.allSatisfy { $0.properties.isUppercase }, "\(text) → \(moved)")
            }
            if let first = letters.first, first.properties.isUppercase, letters.dropFirst().allSatisfy({ $0.properties.isLowercase }) {
                #expect(movedLetters.first!.properties.isUppercase, "\(text) → \(moved)")
                #expect(movedLetters.dropFirst().allSatisfy { $0.properties.isLowercase }, "\(text) → \(moved)")
            }
        }
    }

    @Test func monthNameStaysInItsList() throws {
        // Every name of every list, moved through a whole year, stays in that list.
        for (name, months) in F.lists {
            for (m, month) in months.enumerated() {
                let text = "10 \(month) 2021"
                for step in 0..<12 {
                    let moved = try #require(F.shift(text, step * 31), "\(name): \(text)")
                    let newName = moved.split(separator: " ")[1]
                    let shared = F.lists.filter { $0.value[m] == month }.map(\.key)
                    let fits = shared.contains { list in
                        F.lists[list]!.contains(String(newName))
                            || F.lists[list]!.map { $0.replacingOccurrences(of: "ё", with: "е") }.contains(String(newName))
                    }
                    #expect(fits, "\(name): \(text) → \(moved)")
                }
            }
        }
    }

    @Test func calendarArithmeticMatchesCountingDays() {
        // Count day by day from 1 January 1896 over 1900, 2000 and 2100 and compare.
        var (y, m, d) = (1896, 1, 1)
        func length(_ m: Int, _ y: Int) -> Int {
            switch m {
            case 2: return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let start = "01.01.1896"
        var k = 0
        while y < 2110 {
            if k % 7 == 0 {
                let expected = "\(two(d)).\(two(m)).\(y)"
                #expect(F.shift(start, k) == expected)
                #expect(F.shift(expected, -k) == start)
            }
            k += 1
            d += 1
            if d > length(m, y) { (d, m) = (1, m + 1) }
            if m > 12 { (m, y) = (1, y + 1) }
        }
    }

    // MARK: Rejected

    static let invalid = [
        "31.02.2021", "29.02.2021", "30 February 2021", "31 April 2021", "2021-02-30", "32.01.2021", "00.01.2021",
        "12.00.2021", "13.13.2021", "2021-13-01", "0000-01-01", "29.02.1900", "29.02.2100",
        "12.05.2021.", "12.05-2021", "12.05.202", "12.05.20211", "1.2.3", "123.05.2021",
        "", "hello", "March", "2021", "5 Marchh 2021", "5 March 2021 Friday", "Friday, 5 March 2021", "5 March 2021.",
        "5 March 2021-ci il extra", "5 March 21", "March 5 6", "5 5 March", "March March 2021", "5 March 2021 2022",
        "12.05.2021 foo", "(12.05.2021)", "5th", "1 2 2021", "2021 March",
    ]

    @Test(arguments: invalid)
    func rejected(_ text: String) {
        #expect(F.shift(text, 10) == nil)
    }

    @Test func farShiftsRejected() {
        #expect(F.shift("31.12.9999", 1) == nil)
        #expect(F.shift("01.01.0001", -1) == nil)
        #expect(F.shift("12.05.2021", Int.max) == nil)
        #expect(F.shift("12.05.2021", Int.min) == nil)
        #expect(F.shift("5 March", Int.max) == nil)
    }

    @Test func noTablesStillReadsNumericDates() {
        let bare = DateStandIn(monthTables: [])
        #expect(bare.shift("12.05.2021", byDays: 1) == "13.05.2021")
        #expect(bare.shift("5 March 2021", byDays: 1) == nil)
        let malformed = DateStandIn(monthTables: [["a", "b"]])
        #expect(malformed.shift("5 a 2021", byDays: 1) == nil)
    }
}
