import RedactRules
/// Moves a written date by a fixed number of days, keeping its format.
///
/// Every date of a run moves by the same number of days, so the intervals between dates stay
/// true. The stand-in is written as the original was: numeric dates keep their field order,
/// separators, zero padding and year width (`12.05.2021`, `2021-05-12`, `5/12/21`); written dates
/// keep the language, grammatical case, abbreviation and capitalization of the month name
/// (`5 марта 2021 г.`, `March 5th, 2021`, `05 Mart 2021`, `5 mart 2021-ci il`), with English
/// ordinals and the Azerbaijani ordinal suffix of the year re-inflected for the new numbers.
/// Everything else (spaces, commas, `г.`, `года`, `il`, `y.`) is copied as written.
///
/// Reading:
/// - numeric `D.M.Y`, `M/D/Y`, `Y-M-D` with one separator (`.`, `/` or `-`) used twice and a
///   2- or 4-digit year. Day first unless the second field is over 12 (then month first).
///   A 2-digit year is read as 1950–2049 (it only matters for 29 February 1900/2000).
/// - written: day month year, month day year, year month day, day month, month day, month year,
///   with a 4-digit year, the month name from one of the month tables, optionally followed by `.`.
/// - a date that does not exist (`31.02.2021`) or anything else in the text gives nil.
///
/// Without a year, the date moves round a 365-day year (29 February round a 366-day one), so
/// the shift is undone exactly by the opposite shift. A month and year (`March 2021`) moves as
/// its 1st day does.
///
/// When a month name is in several tables (`may`: English and Azerbaijani; `mart`: Azerbaijani
/// and Turkish; `мая`: genitive and short), the table is chosen by what the date itself says:
/// a suffix such as `-ci il` or `г.`, an English ordinal or month-first order, then the
/// capitalization (Azerbaijani and Russian write month names in lower case, English and
/// Turkish capitalize them), then full names before abbreviations (abbreviations first in a
/// compact date, `05-May-2021`; of two abbreviation tables, the shorter forms when no dot
/// follows). The choice never depends on the order the tables were given in.
///
/// A weekday name before the date (`Friday, 12 March 2021`, `пятницу, 12 марта`) or after it
/// (`12 Mart 2021 Cuma`), from the `weekdays.*` lists, moves with it: a shift of `n` days moves
/// the weekday by `n` days too, whether or not the year is written, so the weekday never tells
/// the original date. It keeps its list (language and grammatical case) and capitalization.
/// A form two lists share is read in the nominative's: Russian `понедельник`, `вторник`,
/// `четверг`, `воскресенье` are nominative and accusative alike, so after a `в` left outside
/// the span (`в понедельник, 8 марта`) the moved weekday may be written in the nominative
/// (`в пятница, 12 марта`): a slip of grammar, never of the date.
///
/// A day written as an ordinal word (`Десятого ноября`, `пятое апреля 2023 года`, `fifth of
/// November`), from the `days.*` lists (31 entries each, the 1st first), moves as a day: the
/// moved day is written from the same list (language, grammatical case) with the original's
/// capitalization (`Десятого ноября` → `Двадцать третьего октября`).
///
/// Known limits: a text alone cannot tell `05/06/2021` day-first from month-first (read day
/// first), nor `15.12.2021` zero-padded from unpadded (read padded), nor English `May` from an
/// abbreviation `May`; such stand-ins are correct dates but shifting back may not give the
/// original text.
public struct DateStandIn: Sendable {
    fileprivate struct Table: Sendable {
        let names: [String]
        /// `en`, `az`, `ru`, `tr`… from the list name, or guessed from the letters.
        let language: String
        let isShort: Bool
        /// Upper-cases `i` as `İ` (Azerbaijani, Turkish).
        let turkic: Bool
        /// Tables sort by: full names first, the longer names first, then this key.
        let length: Int
        let sortKey: String
    }

    fileprivate struct Hit: Sendable {
        let table: Int
        let month: Int
    }

    private let tables: [Table]
    /// Folded month name → the tables and months it names, in table order.
    private let lookup: [String: [Hit]]
    /// For each month, the folded names a full (not abbreviated) table gives it.
    private let fullNames: [Set<String>]
    /// Weekday names, Monday first, seven to a list (`weekdays.*`), by list name.
    private let weekdayTables: [(names: [String], turkic: Bool)]
    /// Every weekday name as its folded words, with its list and day (0 = Monday), the names of
    /// more words first (`bazar ertəsi` before `bazar`).
    private let weekdayNames: [(words: [String], table: Int, day: Int)]
    /// Ordinal day words, the 1st first, 31 to a list (`days.*`), in list-name order.
    private let dayTables: [[String]]
    /// Folded day word (`двадцать первого`, `twenty-first`) → its list and day (1–31).
    private let dayLookup: [String: DayWord]

    /// `monthTables`: lists of exactly 12 lower-case month names each (from the months.* lists).
    /// Lists of another length are ignored. The language of each table is guessed from its
    /// letters (Cyrillic: Russian; `ə`/`q`: Azerbaijani; `ş`/`ğ`/`ı`: Turkish; else English), and
    /// a table whose names all have 4 letters or fewer is taken for abbreviations.
    public init(monthTables: [[String]]) {
        self.init(tables: monthTables.filter { $0.count == 12 }.map { names in
            Self.table(names: names, language: nil, isShort: nil, sortKey: names.joined(separator: ","))
        }, weekdayLists: [:])
    }

    /// `monthLists`: the `months.*` lists by name (`months.ru.genitive`, `months.en.short`…);
    /// the second part of a name is the language, a `short` part marks abbreviations.
    /// `weekdayLists`: the `weekdays.*` lists by name, seven lower-case names each, Monday first
    /// (`weekdays.ru.accusative`); lists of another length are ignored.
    /// `dayLists`: the `days.*` lists by name, 31 lower-case ordinal words each, the 1st first
    /// (`days.ru.genitive`); lists of another length are ignored.
    public init(monthLists: [String: [String]], weekdayLists: [String: [String]] = [:],
                dayLists: [String: [String]] = [:]) {
        self.init(tables: monthLists.filter { $0.value.count == 12 }.map { name, names in
            let parts = name.split(separator: ".").map(String.init)
            return Self.table(names: names, language: parts.count > 1 ? parts[1] : nil,
                              isShort: parts.dropFirst(2).contains("short"), sortKey: name)
        }, weekdayLists: weekdayLists, dayLists: dayLists)
    }

    private init(tables unordered: [Table], weekdayLists: [String: [String]], dayLists: [String: [String]] = [:]) {
        // A word two lists share (none today) is read in the first list by name.
        var dayTables: [[String]] = []
        var dayLookup: [String: DayWord] = [:]
        for name in dayLists.keys.sorted() where dayLists[name]!.count == 31 {
            for (i, word) in dayLists[name]!.enumerated() {
                let key = Self.fold(word.unicodeScalars)
                if dayLookup[key] == nil { dayLookup[key] = DayWord(table: dayTables.count, day: i + 1) }
            }
            dayTables.append(dayLists[name]!)
        }
        self.dayTables = dayTables
        self.dayLookup = dayLookup
        var weekdayTables: [(names: [String], turkic: Bool)] = []
        var weekdayNames: [(words: [String], table: Int, day: Int)] = []
        // A form two lists share (Russian `понедельник`, nominative and accusative alike) is
        // read in the first: the nominative, which dates written alone use, before the oblique
        // cases, which follow a preposition left outside the span (`в пятницу`).
        let oblique = ["accusative", "genitive", "dative", "instrumental", "prepositional"]
        func rank(_ name: String) -> (Int, String) { (oblique.contains { name.hasSuffix("." + $0) } ? 1 : 0, name) }
        for name in weekdayLists.keys.sorted(by: { rank($0) < rank($1) }) where weekdayLists[name]!.count == 7 {
            let language = name.split(separator: ".").dropFirst().first
            for (day, weekday) in weekdayLists[name]!.enumerated() {
                let words = weekday.split(separator: " ").map { Self.fold($0.unicodeScalars) }
                weekdayNames.append((words, weekdayTables.count, day))
            }
            weekdayTables.append((weekdayLists[name]!, language == "az" || language == "tr"))
        }
        // More words first, then the longer; ties keep the lists' sorted order.
        weekdayNames = weekdayNames.enumerated().sorted {
            ($0.element.words.count, $0.element.words.joined().count, -$0.offset)
                > ($1.element.words.count, $1.element.words.joined().count, -$1.offset)
        }.map(\.element)
        self.weekdayTables = weekdayTables
        self.weekdayNames = weekdayNames
        // Full names before abbreviations, then a fixed order that does not depend on the caller's.
        let tables = unordered.sorted {
            ($0.isShort ? 1 : 0, -$0.length, $0.sortKey) < ($1.isShort ? 1 : 0, -$1.length, $1.sortKey)
        }
        var lookup: [String: [Hit]] = [:]
        var fullNames = [Set<String>](repeating: [], count: 12)
        for (t, table) in tables.enumerated() {
            for (m, name) in table.names.enumerated() {
                let key = Self.fold(name.unicodeScalars)
                lookup[key, default: []].append(Hit(table: t, month: m))
                if !table.isShort { fullNames[m].insert(key) }
            }
        }
        self.tables = tables
        self.lookup = lookup
        self.fullNames = fullNames
    }

    private static func table(names: [String], language: String?, isShort: Bool?, sortKey: String) -> Table {
        var cyrillic = false, azerbaijani = false, turkish = false
        var longest = 0, total = 0
        for name in names {
            var length = 0
            for s in name.unicodeScalars {
                length += 1
                total += 1
                switch s.value {
                case 0x400...0x4FF: cyrillic = true
                case 0x259, 0x71: azerbaijani = true  // ə q
                case 0x15F, 0x11F, 0x131: turkish = true  // ş ğ ı
                default: break
                }
            }
            longest = max(longest, length)
        }
        let guessed = cyrillic ? "ru" : azerbaijani ? "az" : turkish ? "tr" : "en"
        let language = language ?? guessed
        return Table(names: names, language: language, isShort: isShort ?? (longest <= 4),
                     turkic: language == "az" || language == "tr", length: total, sortKey: sortKey)
    }

    /// The date in `text` moved by `days`, in the same format; nil when `text` is not a date this understands.
    public func shift(_ text: Substring, byDays days: Int) -> String? {
        // Past ±10,000 years no 4-digit year survives; this also keeps the arithmetic in range.
        guard days.magnitude <= 3_700_000 else { return nil }
        let s = Array(text.unicodeScalars)
        let tokens = Self.tokenize(s)
        if !weekdayNames.isEmpty, let weekday = weekday(in: s, tokens: tokens) {
            // The date without its weekday, moved; then the weekday, moved by as many days.
            let date = Array(s[weekday.date])
            let dateTokens = Self.tokenize(date)
            guard let plan = Parser(s: date, t: dateTokens, lookup: lookup, dayLookup: dayLookup).parse(),
                  let moved = render(plan, s: date, t: dateTokens, days: days) else { return nil }
            let table = weekdayTables[weekday.table]
            let newName = table.names[((weekday.day + days) % 7 + 7) % 7]
            let written = s[weekday.name]
            var out = String.UnicodeScalarView()
            out.append(contentsOf: s[..<min(weekday.name.lowerBound, weekday.date.lowerBound)])
            if weekday.name.lowerBound < weekday.date.lowerBound {
                out.append(contentsOf: Self.styled(newName, Self.caseStyle(written), dottedCapitalI: table.turkic))
                out.append(contentsOf: s[weekday.name.upperBound..<weekday.date.lowerBound])
                out.append(contentsOf: moved.unicodeScalars)
                out.append(contentsOf: s[weekday.date.upperBound...])
            } else {
                out.append(contentsOf: moved.unicodeScalars)
                out.append(contentsOf: s[weekday.date.upperBound..<weekday.name.lowerBound])
                out.append(contentsOf: Self.styled(newName, Self.caseStyle(written), dottedCapitalI: table.turkic))
                out.append(contentsOf: s[weekday.name.upperBound...])
            }
            return String(out)
        }
        guard let plan = Parser(s: s, t: tokens, lookup: lookup, dayLookup: dayLookup).parse() else { return nil }
        return render(plan, s: s, t: tokens, days: days)
    }

    /// An ISO 8601 date-time (`2021-05-20T14:30:00.250+03:00`, `2021-05-20 14:30Z`) cut into
    /// its date, the `T` or space after it, the clock time (`14:30:00`) and what follows the
    /// clock (a fraction of a second, a zone), so that the date moves by days and the clock by
    /// the run's time offset; nil for any other text.
    static func isoDateTime(_ text: Substring)
        -> (date: Substring, separator: Substring, clock: Substring, rest: Substring)? {
        let bytes = Array(text.utf8)
        func isDigit(_ i: Int) -> Bool { i < bytes.count && (0x30...0x39).contains(bytes[i]) }
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy(isDigit) }
        guard bytes.count >= 16, digits(0..<4), bytes[4] == UInt8(ascii: "-"), digits(5..<7),
              bytes[7] == UInt8(ascii: "-"), digits(8..<10),
              [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[10]),
              digits(11..<13), bytes[13] == UInt8(ascii: ":"), digits(14..<16) else { return nil }
        var clockEnd = 16
        if bytes.count >= 19, bytes[16] == UInt8(ascii: ":"), digits(17..<19) { clockEnd = 19 }
        // Every byte up to clockEnd is ASCII, so UTF-8 offsets are character offsets here.
        let at = { (offset: Int) in text.utf8.index(text.startIndex, offsetBy: offset) }
        return (text[..<at(10)], text[at(10)..<at(11)], text[at(11)..<at(clockEnd)], text[at(clockEnd)...])
    }

    /// A weekday name that opens the text, followed by a comma and/or spaces, or that ends it
    /// after them: the name's scalars, the date's, its list and its day (0 = Monday).
    private func weekday(in s: [Unicode.Scalar], tokens t: [Token])
        -> (name: Range<Int>, date: Range<Int>, table: Int, day: Int)? {
        /// Whether the name's words are the tokens from `first` on, a space between each.
        func matches(_ words: [String], at first: Int) -> Bool {
            guard first >= 0, first + 2 * words.count - 1 <= t.count else { return false }
            for (k, word) in words.enumerated() {
                let i = first + 2 * k
                guard t[i].kind == .letters, Self.fold(s[t[i].start..<t[i].end]) == word else { return false }
                if k > 0 && t[i - 1].kind != .space { return false }
            }
            return true
        }
        func isComma(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .mark && s[t[i].start] == "," }
        // Most dates neither open nor end with a word: then no name is tried.
        guard let firstToken = t.first, let lastToken = t.last else { return nil }
        let firstWord = firstToken.kind == .letters ? Self.fold(s[firstToken.start..<firstToken.end]) : nil
        let lastWord = lastToken.kind == .letters ? Self.fold(s[lastToken.start..<lastToken.end]) : nil
        guard firstWord != nil || lastWord != nil else { return nil }
        for name in weekdayNames {
            let count = 2 * name.words.count - 1
            // Before the date: `Friday, 12 March 2021`, `пятницу 12 марта`.
            if name.words.first == firstWord, matches(name.words, at: 0) {
                var p = count
                if isComma(p) { p += 1 }
                if p < t.count, t[p].kind == .space { p += 1 }
                if p > count, p < t.count, t[p].kind == .digits || t[p].kind == .letters {
                    return (0..<t[count - 1].end, t[p].start..<s.count, name.table, name.day)
                }
            }
            // After it: `12 Mart 2021 Cuma`, `12 mart 2021-ci il, cümə`.
            let first = t.count - count
            if name.words.last == lastWord, first >= 2, matches(name.words, at: first) {
                var p = first - 1
                if p >= 0, t[p].kind == .space { p -= 1 }
                if isComma(p) { p -= 1 }
                if p < first - 1, p >= 0, t[p].kind == .digits || t[p].kind == .letters || (t[p].kind == .mark && s[t[p].start] == ".") {
                    return (t[first].start..<s.count, 0..<t[p].end, name.table, name.day)
                }
            }
        }
        return nil
    }

    // MARK: Reading

    fileprivate enum Kind { case digits, letters, space, mark }

    fileprivate struct Token {
        let kind: Kind
        let start: Int
        let end: Int
    }

    fileprivate enum Pad { case padded, unpadded, unknown }

    fileprivate struct NumberSlot {
        let token: Int
        let value: Int
        let width: Int
        var pad: Pad
    }

    fileprivate struct DayWord: Sendable {
        let table: Int
        let day: Int
    }

    fileprivate struct Plan {
        var day: NumberSlot?
        /// A day written as a word: its first and last tokens and its list.
        var dayWord: (first: Int, last: Int, table: Int)?
        var month: NumberSlot?
        var monthName: (token: Int, hits: [Hit])?
        var year: NumberSlot?
        /// `st`/`nd`/`rd`/`th` after the day.
        var ordinal: Int?
        /// `ci`/`cı`/`cu`/`cü` after the year.
        var azSuffix: Int?
        var hint: String?
        var monthFirst = false
    }

    private static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < s.count {
            let k = kind(of: s[i])
            var j = i + 1
            if k != .mark { while j < s.count, kind(of: s[j]) == k { j += 1 } }
            tokens.append(Token(kind: k, start: i, end: j))
            i = j
        }
        return tokens
    }

    private static func kind(of c: Unicode.Scalar) -> Kind {
        if c.value >= 0x30 && c.value <= 0x39 { return .digits }
        let p = c.properties
        if p.isAlphabetic || p.generalCategory == .nonspacingMark { return .letters }
        if p.isWhitespace { return .space }
        return .mark
    }

    /// Lower case for matching: `I`, `İ` and `ı` all as `i`, `ё` as `е`, combining dot dropped.
    fileprivate static func fold<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        for c in scalars {
            switch c.value {
            case 0x49, 0x130, 0x131: out.append("i")
            case 0x307: continue
            case 0x401, 0x451: out.append("е")
            default: out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    fileprivate struct Parser {
        let s: [Unicode.Scalar]
        let t: [Token]
        let lookup: [String: [Hit]]
        let dayLookup: [String: DayWord]

        static let ordinals: Set<String> = ["st", "nd", "rd", "th"]
        static let tails: [String: String] = [
            "г": "ru", "год": "ru", "года": "ru", "году": "ru",
            "il": "az", "ili": "az", "ilin": "az", "ildə": "az", "y": "az",
        ]

        func folded(_ i: Int) -> String { DateStandIn.fold(s[t[i].start..<t[i].end]) }
        func width(_ i: Int) -> Int { t[i].end - t[i].start }
        func isMark(_ i: Int, _ marks: String) -> Bool {
            i < t.count && t[i].kind == .mark && marks.unicodeScalars.contains(s[t[i].start])
        }
        func value(_ i: Int) -> Int {
            var n = 0
            for c in s[t[i].start..<t[i].end] { n = n * 10 + Int(c.value - 0x30) }
            return n
        }
        func number(_ i: Int) -> NumberSlot {
            let w = width(i)
            let pad: Pad = w == 1 ? .unpadded : (s[t[i].start] == "0" ? .padded : .unknown)
            return NumberSlot(token: i, value: value(i), width: w, pad: pad)
        }

        func parse() -> Plan? {
            guard !t.isEmpty, t[0].kind == .digits || t[0].kind == .letters else { return nil }
            if t.count >= 5, t[0].kind == .digits, t[2].kind == .digits, t[4].kind == .digits,
               isMark(1, "./-"), isMark(3, String(s[t[1].start])) {
                return numeric()
            }
            return written()
        }

        /// `12.05.2021`, `5/12/21`, `2021-05-12`.
        func numeric() -> Plan? {
            var plan = Plan()
            let (a, b, c) = (number(0), number(2), number(4))
            if a.width == 4, (1...2).contains(b.width), (1...2).contains(c.width) {
                plan.year = a
                (plan.month, plan.day) = (b, c)
            } else if (1...2).contains(a.width), (1...2).contains(b.width), c.width == 2 || c.width == 4 {
                plan.year = c
                if a.value <= 12, b.value > 12 {
                    (plan.month, plan.day) = (a, b)
                    plan.monthFirst = true
                } else {
                    (plan.day, plan.month) = (a, b)
                }
            } else {
                return nil
            }
            // A field written with a leading zero or with one digit shows the padding of both.
            var day = plan.day!, month = plan.month!
            if day.pad == .unknown { day.pad = month.pad == .unknown ? .padded : month.pad }
            if month.pad == .unknown { month.pad = day.pad }
            (plan.day, plan.month) = (day, month)
            guard end(after: 5, yearLast: plan.year!.token == 4, plan: &plan) else { return nil }
            return plan
        }

        /// Whatever follows the last field: `-ci` after a final year, then `il`, `г.`, `года`….
        func end(after start: Int, yearLast: Bool, plan: inout Plan) -> Bool {
            var p = start
            if yearLast, isMark(p, "-"), p + 1 < t.count, t[p + 1].kind == .letters, isAzSuffix(p + 1) {
                plan.azSuffix = p + 1
                plan.hint = "az"
                p += 2
            }
            if p == t.count { return true }
            guard yearLast else { return false }
            if t[p].kind == .space { p += 1 }
            guard p < t.count, t[p].kind == .letters, let language = Self.tails[folded(p)] else { return false }
            p += 1
            if isMark(p, ".") { p += 1 }
            guard p == t.count else { return false }
            plan.hint = plan.hint ?? language
            return true
        }

        func isAzSuffix(_ i: Int) -> Bool {
            let letters = s[t[i].start..<t[i].end]
            guard letters.count == 2, letters.first == "c" || letters.first == "C" else { return false }
            return "iıuüIİUÜ".unicodeScalars.contains(letters.last!)
        }

        /// The separator between two fields: one of `,` `.` `/` `-` and/or a run of spaces.
        func gap(_ p: Int) -> Int? {
            var q = p
            if isMark(q, ",./-") { q += 1 }
            if q < t.count, t[q].kind == .space { q += 1 }
            return q > p ? q : nil
        }

        private enum Field { case day, month, year }

        /// The longest day word starting at token `p` (`двадцать первого`: three tokens with
        /// the space; `twenty-first`: three with the hyphen): its last token and its day.
        func dayWord(at p: Int) -> (last: Int, word: DayWord)? {
            guard !dayLookup.isEmpty else { return nil }
            for last in stride(from: min(p + 2, t.count - 1), through: p, by: -1) where t[last].kind == .letters {
                var key = ""
                for i in p...last {
                    switch t[i].kind {
                    case .letters: key += folded(i)
                    case .space: key += " "
                    default: key += String(String.UnicodeScalarView(s[t[i].start..<t[i].end]))
                    }
                }
                if let word = dayLookup[key] { return (last, word) }
            }
            return nil
        }

        /// `5 March 2021`, `March 5th, 2021`, `05-Mar-2021`, `5 марта 2021 г.`, `March 2021`, `5 March`.
        func written() -> Plan? {
            var plan = Plan()
            var fields: [Field] = []
            var p = 0
            scan: while true {
                guard p < t.count else { return nil }
                switch t[p].kind {
                case .digits where width(p) <= 2:
                    guard plan.day == nil else { return nil }
                    var day = number(p)
                    // `15 March`: written out, days are seldom padded; `15-Mar-2021`: compact, usually are.
                    if day.pad == .unknown { day.pad = t.contains { $0.kind == .space } ? .unpadded : .padded }
                    plan.day = day
                    fields.append(.day)
                    p += 1
                    if p < t.count, t[p].kind == .letters, Self.ordinals.contains(folded(p)) {
                        plan.ordinal = p
                        plan.hint = "en"
                        p += 1
                    } else if isMark(p, "-"), p + 1 < t.count, t[p + 1].kind == .letters, folded(p + 1) == "го" {
                        plan.hint = "ru"
                        p += 2
                    }
                case .digits where width(p) == 4:
                    guard plan.year == nil else { return nil }
                    plan.year = number(p)
                    fields.append(.year)
                    p += 1
                case .letters where plan.day == nil && dayWord(at: p) != nil:
                    let (last, word) = dayWord(at: p)!
                    plan.day = NumberSlot(token: p, value: word.day, width: 0, pad: .unpadded)
                    plan.dayWord = (p, last, word.table)
                    fields.append(.day)
                    p = last + 1
                case .letters:
                    guard plan.monthName == nil, let hits = lookup[folded(p)] else { return nil }
                    plan.monthName = (p, hits)
                    fields.append(.month)
                    p += 1
                default:
                    return nil
                }
                if fields.last == .year {
                    if end(after: p, yearLast: true, plan: &plan) { break scan }
                    if plan.azSuffix != nil { return nil }
                }
                if p == t.count { break scan }
                guard let q = gap(p) else { return nil }
                p = q
                if p < t.count, t[p].kind == .letters, folded(p) == "of", let q = gap(p + 1) {
                    plan.hint = "en"
                    p = q
                }
            }
            switch fields {
            case [.day, .month, .year], [.day, .month], [.month, .year], [.year, .month, .day]: break
            case [.month, .day, .year], [.month, .day]:
                plan.monthFirst = true
                plan.hint = plan.hint ?? "en"
            default: return nil
            }
            return plan
        }
    }

    // MARK: Writing

    /// A date written without its year or month, moved so that it stays a valid date: a day
    /// alone (`3` of `3, 4 and 5 March`, `«27»` before its month) moves by the run's days
    /// within a 28-day cycle, so it is always a day of any month, though an interval across
    /// its month's end is not kept; a statement row's day and month (`04/26`, `07.11`) moves
    /// by the run's days in a common year, read as month/day when written with a slash and its
    /// first field could be a month (as US statements print it), as day.month otherwise. Zero
    /// padding, separators and guillemets are kept; nil for any other text.
    static func partial(_ text: Substring, byDays days: Int) -> String? {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        func value(_ part: ArraySlice<Unicode.Scalar>) -> Int { part.reduce(0) { $0 * 10 + Int($1.value - 48) } }
        func padded(_ n: Int, _ width: Int) -> String { width == 2 && n < 10 ? "0\(n)" : "\(n)" }
        var body = scalars[...]
        var open = "", close = ""
        if body.first == "«", body.last == "»", body.count >= 3 { open = "«"; close = "»"; body = body.dropFirst().dropLast() }
        if (1...2).contains(body.count), body.allSatisfy(isDigit) {
            let day = value(body)
            guard (1...31).contains(day) else { return nil }
            let moved = ((day - 1 + days) % 28 + 28) % 28 + 1
            return open + padded(moved, body.first == "0" ? 2 : 1) + close
        }
        guard open.isEmpty, scalars.count == 5, scalars[2] == "." || scalars[2] == "/",
              scalars[..<2].allSatisfy(isDigit), scalars[3...].allSatisfy(isDigit) else { return nil }
        let first = value(scalars[..<2]), second = value(scalars[3...])
        let monthFirst = scalars[2] == "/" && (1...12).contains(first)
        let (month, day) = monthFirst ? (first, second) : (second, first)
        guard (1...12).contains(month), (1...monthLengths[month - 1]).contains(day) else { return nil }
        // A common year's day, moved round the year.
        let start = Self.days(2001, month, day), yearStart = Self.days(2001, 1, 1)
        let moved = Self.date(yearStart + ((start - yearStart + days) % 365 + 365) % 365)
        let (a, b) = monthFirst ? (moved.month, moved.day) : (moved.day, moved.month)
        return padded(a, 2) + String(scalars[2]) + padded(b, 2)
    }

    private static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    private static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    private static func length(_ month: Int, _ year: Int) -> Int {
        month == 2 && isLeap(year) ? 29 : monthLengths[month - 1]
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func date(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private func render(_ plan: Plan, s: [Unicode.Scalar], t: [Token], days: Int) -> String? {
        func isDot(_ i: Int) -> Bool { i < t.count && t[i].kind == .mark && s[t[i].start] == "." }
        var hit: Hit?
        if let name = plan.monthName {
            // `05-May-2021`, `2021/May/05`: a name next to a separator, no spaces, is usually an abbreviation.
            let i = name.token
            let compact = !t.contains { $0.kind == .space }
                && ((i > 0 && t[i - 1].kind == .mark) || (i + 1 < t.count && t[i + 1].kind == .mark))
            let dotted = isDot(i + 1)
            hit = chooseHit(name.hits, plan: plan, written: s[t[i].start..<t[i].end], compact: compact, dotted: dotted)
        }
        let month = plan.month?.value ?? (hit.map { $0.month + 1 } ?? 0)
        guard (1...12).contains(month) else { return nil }
        var newYear = 0, newMonth = 0, newDay = 0

        if let year = plan.year {
            var y = year.value
            if year.width == 2 { y += y < 50 ? 2000 : 1900 }
            guard y >= 1 else { return nil }
            let d = plan.day?.value ?? 1
            guard d >= 1, d <= Self.length(month, y) else { return nil }
            (newYear, newMonth, newDay) = Self.date(Self.days(y, month, d) + days)
            if year.width == 4 { guard (1...9999).contains(newYear) else { return nil } }
        } else if let day = plan.day {
            // No year: round a 365-day year, or a 366-day one for 29 February.
            let leap = month == 2 && day.value == 29
            let cycle = leap ? 366 : 365
            guard day.value >= 1, day.value <= (leap ? 29 : Self.monthLengths[month - 1]) else { return nil }
            var doy = day.value - 1
            for m in 1..<month { doy += m == 2 && leap ? 29 : Self.monthLengths[m - 1] }
            doy = ((doy + days % cycle) % cycle + cycle) % cycle
            newMonth = 1
            while true {
                let l = newMonth == 2 && leap ? 29 : Self.monthLengths[newMonth - 1]
                if doy < l { break }
                doy -= l
                newMonth += 1
            }
            newDay = doy + 1
        } else {
            return nil
        }

        var replaced: [Int: String.UnicodeScalarView] = [:]
        var dropped: Set<Int> = []
        if let word = plan.dayWord {
            let written = s[t[word.first].start..<t[word.last].end]
            var newWord = dayTables[word.table][newDay - 1]
            if !written.contains("ё"), !written.contains("Ё") {
                newWord = String(scalars: newWord.unicodeScalars.map { $0 == "ё" ? "е" : $0 })
            }
            replaced[word.first] = Self.styled(newWord, Self.caseStyle(written), dottedCapitalI: false)
            dropped.formUnion((word.first + 1)..<(word.last + 1))
        } else if let day = plan.day {
            replaced[day.token] = Self.number(newDay, day)
        }
        if let m = plan.month { replaced[m.token] = Self.number(newMonth, m) }
        if let year = plan.year {
            let shown = year.width == 2 ? ((newYear % 100) + 100) % 100 : newYear
            replaced[year.token] = Self.number(shown, NumberSlot(token: year.token, value: 0, width: year.width, pad: .padded))
        }
        if let o = plan.ordinal {
            let suffix = Self.englishOrdinal(newDay)
            let upper = s[t[o].start].properties.isUppercase
            replaced[o] = Self.styled(suffix, upper ? .upper : .lower, dottedCapitalI: false)
        }
        if let a = plan.azSuffix {
            let c = s[t[a].start]
            var v = Self.azOrdinalVowel(newYear)
            // `-CI` typed without `İ` stays so.
            if c == "C" { v = Self.styled(String(v), .upper, dottedCapitalI: s[t[a].start + 1] != "I").first! }
            var out = String.UnicodeScalarView()
            out.append(c)
            out.append(v)
            replaced[a] = out
        }
        if let name = plan.monthName, let hit {
            let written = s[t[name.token].start..<t[name.token].end]
            let table = tables[hit.table]
            var newName = table.names[newMonth - 1]
            if !written.contains("ё"), !written.contains("Ё") {
                newName = String(scalars: newName.unicodeScalars.map { $0 == "ё" ? "е" : $0 })
            }
            // Azerbaijani and Turkish capital `i` is `İ`, unless the original wrote it `I`.
            let old = Array(table.names[hit.month].unicodeScalars)
            let plainI = written.count == old.count && zip(written, old).contains { $0 == "I" && $1 == "i" }
            replaced[name.token] = Self.styled(newName, Self.caseStyle(written), dottedCapitalI: table.turkic && !plainI)
            // `Apr. 5` → `May 5`: an abbreviation's dot goes when the new name is a full word.
            let next = name.token + 1
            if table.isShort, isDot(next), next + 1 == t.count || t[next + 1].kind == .space,
               fullNames[newMonth - 1].contains(Self.fold(newName.unicodeScalars)) {
                dropped.insert(next)
            }
        }

        var out = String.UnicodeScalarView()
        for (i, token) in t.enumerated() where !dropped.contains(i) {
            if let r = replaced[i] { out.append(contentsOf: r) } else { out.append(contentsOf: s[token.start..<token.end]) }
        }
        return String(out)
    }

    /// The table and month a name is read as when several tables have it.
    private func chooseHit(_ hits: [Hit], plan: Plan, written: ArraySlice<Unicode.Scalar>, compact: Bool, dotted: Bool) -> Hit {
        guard hits.count > 1 else { return hits[0] }
        let style = Self.caseStyle(written)
        func rank(_ hit: Hit) -> (Int, Int, Int, Int, Int) {
            let table = tables[hit.table]
            let hintMiss = plan.hint.map { $0 == table.language ? 0 : 1 } ?? 0
            let writesLower = table.language == "az" || table.language == "ru"
            let caseMiss = style == .upper ? 0 : ((style == .lower) == writesLower ? 0 : 1)
            let shortMiss = compact && !table.isShort ? 1 : 0
            // Between two abbreviation tables: the shorter forms (`сен`) when written without a dot.
            let undotted = table.isShort && !dotted ? table.length : 0
            return (hintMiss, caseMiss, shortMiss, undotted, hit.table)
        }
        return hits.min { rank($0) < rank($1) }!
    }

    private static func number(_ value: Int, _ slot: NumberSlot) -> String.UnicodeScalarView {
        var digits = String(value).unicodeScalars
        if slot.pad == .padded {
            while digits.count < slot.width { digits.insert("0", at: digits.startIndex) }
        }
        return digits
    }

    static func englishOrdinal(_ n: Int) -> String {
        if (11...13).contains(n % 100) { return "th" }
        switch n % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    /// The vowel of the Azerbaijani ordinal suffix (`2021-ci`, `2023-cü`, `2026-cı`, `2010-cu`):
    /// it follows the last vowel of the number's last word as spoken.
    static func azOrdinalVowel(_ n: Int) -> Unicode.Scalar {
        // bir iki üç dörd beş altı yeddi səkkiz doqquz
        let units: [Unicode.Scalar] = ["i", "i", "i", "ü", "ü", "i", "ı", "i", "i", "u"]
        // on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan
        let tens: [Unicode.Scalar] = ["i", "u", "i", "u", "ı", "i", "ı", "i", "i", "ı"]
        if n % 10 != 0 { return units[n % 10] }
        if n % 100 != 0 { return tens[n / 10 % 10] }
        if n % 1000 != 0 { return "ü" }  // yüz
        return n == 0 ? "ı" : "i"  // sıfır, min
    }

    fileprivate enum CaseStyle { case lower, title, upper }

    private static func caseStyle(_ scalars: ArraySlice<Unicode.Scalar>) -> CaseStyle {
        var upper = 0, lower = 0, firstUpper = false
        for c in scalars {
            let p = c.properties
            if p.isUppercase {
                if upper + lower == 0 { firstUpper = true }
                upper += 1
            } else if p.isLowercase {
                lower += 1
            }
        }
        if upper == 0 { return .lower }
        if lower == 0, upper > 1 { return .upper }
        return firstUpper ? .title : .lower
    }

    private static func styled(_ name: String, _ style: CaseStyle, dottedCapitalI: Bool) -> String.UnicodeScalarView {
        var out = String.UnicodeScalarView()
        for (i, c) in name.unicodeScalars.enumerated() {
            if style == .upper || (style == .title && i == 0) {
                if dottedCapitalI, c == "i" { out.append("İ"); continue }
                out.append(contentsOf: c.properties.uppercaseMapping.unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return out
    }
}
