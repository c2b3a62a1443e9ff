@_spi(Benchmarks) import Redact

/// The fixed, synthetic inputs of the micro-benchmarks: made in code, the same bytes on every
/// run and machine. The people, numbers and addresses are made up (card and IBAN numbers are
/// the usual test numbers with valid checksums, addresses are on example domains).
enum Inputs {
    /// A small deterministic generator (64-bit LCG, Knuth's MMIX constants): no `Random`, whose
    /// default generator is seeded per process.
    struct Generator {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next(_ upperBound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(upperBound))
        }

        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }

        mutating func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(next(10))) })
        }
    }

    static let givenNames = [
        "Elçin", "Leyla", "Rəşad", "Aygün", "Nigar", "Tural",  // az
        "Ivan", "Anna", "Sergey", "Olga", "Dmitry", "Yelena",  // ru, in Latin (en text)
        "Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Murat",   // tr
        "John", "Mary", "David", "Sarah", "Peter", "Emily",    // en
    ]
    static let surnames = [
        "Həsənova", "Hüseynov", "Məmmədov", "Quliyeva", "Əliyev", "Nəsirova",
        "Petrov", "Smirnova", "Ivanov", "Kuznetsova", "Volkov", "Sokolova",
        "Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Öztürk",
        "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke",
    ]
    static let russianNames = ["Анна Петрова", "Иван Смирнов", "Ольга Кузнецова", "Сергей Волков", "Елена Соколова"]
    static let cities = ["Bakı", "Gəncə", "Sumqayıt", "İstanbul", "Ankara", "İzmir", "London", "Manchester"]
    static let russianCities = ["Москве", "Казани", "Новосибирске", "Самаре"]
    static let cards = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881"]
    static let ibans = ["AZ21 NABZ 0000 0000 1370 1000 1944", "GB82 WEST 1234 5698 7654 32", "TR33 0006 1005 1978 6457 8413 26"]
    static let fillers = [
        "en": ["the", "report", "said", "that", "meeting", "was", "held", "after", "a", "long", "delay", "and",
               "everyone", "agreed", "on", "next", "steps", "for", "project", "in", "spring"],
        "az": ["bu", "gün", "iclas", "keçirildi", "və", "hamı", "razılaşdı", "ki", "layihə", "üçün", "yeni",
               "plan", "lazımdır", "məktəbdə", "müəllim", "dedi", "sonra", "şəhərdə"],
        "ru": ["в", "этот", "день", "совещание", "прошло", "и", "все", "согласились", "что", "проект",
               "нужно", "продолжить", "после", "долгого", "перерыва", "сказал", "учитель"],
        "tr": ["bugün", "toplantı", "yapıldı", "ve", "herkes", "kabul", "etti", "ki", "proje", "için",
               "yeni", "bir", "plan", "gerekiyor", "okulda", "öğretmen", "dedi", "sonra", "şehirde"],
    ]

    /// One line of text in `language`: filler words around one or two identifiers in a
    /// context sentence of that language.
    static func line(_ language: String, _ g: inout Generator) -> String {
        func words(_ n: Int) -> String { (0..<n).map { _ in g.pick(fillers[language]!) }.joined(separator: " ") }
        let name = "\(g.pick(givenNames)) \(g.pick(surnames))"
        let phone = "+994 \(g.pick(["50", "51", "55", "70"])) \(g.digits(3)) \(g.digits(2)) \(g.digits(2))"
        let email = "\(g.pick(["info", "office", "news", "contact"])).\(g.digits(3))@example.\(g.pick(["az", "org", "com"]))"
        let date = "\(g.next(28) + 1).\(String(format2: g.next(12) + 1)).20\(String(format2: g.next(25)))"
        let intro = words(4 + g.next(6)).capitalizedFirst
        switch (language, g.next(4)) {
        case ("en", 0): return "\(intro) \(name) from \(g.pick(cities)) said on \(date) that \(words(6))."
        case ("en", 1): return "\(intro), call \(phone) or write to \(email) before \(date)."
        case ("en", 2): return "\(intro) the card \(g.pick(cards)) was used by \(name), a \(20 + g.next(50))-year-old \(words(3))."
        case ("en", _): return "INTERVIEWER: \(intro) \(words(5)). \(name): \(words(8).capitalizedFirst)."
        case ("az", 0): return "\(intro) \(name) \(g.pick(cities)) şəhərində \(words(5)), telefon: \(phone)."
        case ("az", 1): return "\(intro) pulu bu hesaba köçürdülər: \(g.pick(ibans)), \(words(4))."
        case ("az", 2): return "Mənim FİN kodum \(g.pick(["5ZK7R2B", "AB12CD3", "7QW2E4R"])) idi, \(words(6)) \(date)."
        case ("az", _): return "\(name): \(words(7).capitalizedFirst), e-poçt \(email), \(20 + g.next(50)) yaşlı \(words(2))."
        case ("ru", 0): return "\(words(5).capitalizedFirst) \(g.pick(russianNames)) в \(g.pick(russianCities)) \(words(6))."
        case ("ru", 1): return "\(words(4).capitalizedFirst), телефон \(phone), почта \(email), \(words(3))."
        case ("ru", 2): return "СНИЛС 112-233-445 95, ИНН 500100732259, \(words(6)) \(date)."
        case ("ru", _): return "ИСТОЧНИК: Мне \(20 + g.next(50)) лет, \(words(8)) карту \(g.pick(cards))."
        case ("tr", 0): return "\(intro) \(name) \(g.pick(["İstanbul'da", "Ankara'da", "İzmir'de"])) \(words(6))."
        case ("tr", 1): return "KAYNAK: TC Kimlik No: 10000000146, \(words(6)), telefon \(phone)."
        case ("tr", 2): return "\(intro) sunucu 192.168.\(g.next(256)).\(g.next(256)) adresindeydi, \(words(4)) \(date)."
        default: return "\(name): \(words(8).capitalizedFirst), e-posta \(email)."
        }
    }

    /// Whole lines of mixed en/az/ru/tr text, `utf8Count` bytes at least (the last line is not cut).
    static func mixedText(utf8Count: Int, seed: UInt64) -> String {
        paragraphs(utf8Count: utf8Count, seed: seed) { line($0, &$1) }
    }

    /// Paragraphs of three to six lines made by `line`, in English, Azerbaijani, Russian and
    /// Turkish in turn, `utf8Count` bytes at least (the last line is not cut).
    static func paragraphs(utf8Count: Int, seed: UInt64, line: (String, inout Generator) -> String) -> String {
        var g = Generator(seed: seed)
        let languages = ["en", "az", "ru", "tr"]
        var text = ""
        var paragraph = 0
        while text.utf8.count < utf8Count {
            let language = languages[paragraph % languages.count]
            for _ in 0..<(3 + g.next(4)) {
                text += line(language, &g)
                text += "\n"
            }
            text += "\n"
            paragraph += 1
        }
        return text
    }

    /// The words of `text` in order (letters and digits, cut at everything else), as a fixed list
    /// of lookups with the repetitions of real text.
    static func words(of text: String, limit: Int, capitalizedOnly: Bool = false) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
                continue
            }
            if !current.isEmpty {
                if !capitalizedOnly || current.first!.isUppercase { result.append(current) }
                current = ""
                if result.count == limit { return result }
            }
        }
        return result
    }

    /// A fixed list of overlapping candidates over `text`, shaped like the scanner's output:
    /// clusters where several rules propose nested and overlapping spans (a phone inside a
    /// longer number, a name inside an address), some validated, some protected names that must
    /// stay covered, some that run over a line break.
    static func candidates(over text: String, count: Int, seed: UInt64) -> [BenchmarkHooks.CandidateSpan] {
        var g = Generator(seed: seed)
        let length = text.utf8.count
        var result: [BenchmarkHooks.CandidateSpan] = []
        result.reserveCapacity(count)
        var position = 0
        while result.count < count {
            position = (position + 8 + g.next(40)) % max(1, length - 64)
            let clusterSize = 1 + g.next(4)
            for _ in 0..<clusterSize where result.count < count {
                let start = position + g.next(6)
                let end = min(length, start + 3 + g.next(30))
                result.append(BenchmarkHooks.CandidateSpan(
                    start: start, end: end, rule: g.next(60), validated: g.next(8) == 0,
                    priority: g.pick([0, 0, 10, 20, 42, 50]), mustCover: g.next(50) == 0))
            }
        }
        return result
    }
}

/// The inputs of the stage benchmarks (issue 12): words, names and identifiers the process has
/// not met before as far as that goes, made up from syllables by the same fixed-seed generator.
/// The only real names are common given names and surnames of public lists (`givenNames`,
/// `surnames` above, `russianGivenNames` below) and well-known cities; every other name is a
/// made-up word.
extension Inputs {
    /// Syllables of made-up words, in each language's letters; none starts with `i`, which a
    /// Turkic capital would write `İ`.
    static let syllables = [
        "en": ["bar", "ton", "mel", "wick", "dor", "ash", "fen", "lor", "gar", "rob", "sel", "thorn", "wen", "ley",
               "brid", "cal", "pem", "hux", "ver", "stan", "ow", "ty", "mab", "quin"],
        "az": ["ay", "tu", "rəl", "gün", "çin", "lə", "nar", "səm", "xa", "qul", "mir", "zə", "fər", "şa", "bəh",
               "cav", "ül", "dər", "ka", "məh", "yaş", "ğan", "to", "rə"],
        "tr": ["ka", "ya", "göz", "tür", "kan", "süm", "bal", "çe", "ık", "dağ", "er", "hün", "oz", "şen", "ul",
               "yel", "ba", "keş", "mü", "ro", "saç", "ta", "fe", "zan"],
        "ru": ["ка", "ло", "вер", "шин", "гор", "мил", "ва", "сто", "дре", "зен", "ку", "ряб", "тол", "жа", "пу",
               "нев", "бра", "ду", "сел", "мо", "хар", "ти", "гло", "фе"],
    ]
    /// Surname endings of each language (the shapes name detection reads).
    static let surnameEndings = [
        "en": ["son", "ley", "ford", "ton"],
        "az": ["ov", "ova", "yev", "yeva", "li", "zadə"],
        "tr": ["oğlu", "er", "soy", "can"],
        "ru": ["ов", "ова", "ин", "ина", "ский", "ская"],
    ]
    /// Case suffixes and endings a capitalized word is met with (Azerbaijani and Turkish case
    /// suffixes, with and without an apostrophe; Russian oblique endings; the English `'s`).
    static let wordEndings = [
        "en": ["'s"],
        "az": ["da", "də", "nın", "nin", "ya", "yə", "dan", "dən"],
        "tr": ["'da", "'de", "'nın", "'nin", "'ya", "'ye", "'dan", "'den"],
        "ru": ["ой", "ым", "у", "а", "е", "ом"],
    ]
    static let russianGivenNames = ["Анна", "Иван", "Ольга", "Сергей", "Елена", "Дмитрий", "Мария", "Алексей", "Наталья", "Михаил"]
    /// The common words of each language's lines that start sentences, capitalized.
    static let sentenceWords = [
        "en": ["Yesterday", "Later", "Meanwhile", "However", "Police", "Witnesses", "Neighbours", "Officials"],
        "az": ["Dünən", "Sonra", "Polis", "Şahidlər", "Qonşular", "Məhkəmə", "Rəsmilər", "Bu"],
        "tr": ["Dün", "Sonra", "Polis", "Tanıklar", "Komşular", "Mahkeme", "Yetkililer", "Bu"],
        "ru": ["Вчера", "Потом", "Полиция", "Свидетели", "Соседи", "Суд", "Чиновники", "Этот"],
    ]

    /// The common given names of `language` (`givenNames` holds six per language, in the order
    /// az, ru in Latin letters, tr, en).
    static func givenNames(of language: String) -> [String] {
        switch language {
        case "ru": return russianGivenNames
        case "az": return Array(givenNames[0..<6])
        case "tr": return Array(givenNames[12..<18])
        default: return Array(givenNames[18..<24])
        }
    }

    /// A made-up word of two or three syllables of `language`, capitalized.
    static func madeUpWord(_ language: String, _ g: inout Generator) -> String {
        let parts = syllables[language]!
        return (0..<(2 + g.next(2))).map { _ in g.pick(parts) }.joined().capitalizedFirst
    }

    /// A made-up surname of `language`: a made-up word with one of its surname endings.
    static func madeUpSurname(_ language: String, _ g: inout Generator) -> String {
        madeUpWord(language, &g) + g.pick(surnameEndings[language]!)
    }

    /// A person's name in `language`: a common given name and a made-up surname.
    static func person(_ language: String, _ g: inout Generator) -> String {
        "\(g.pick(givenNames(of: language))) \(madeUpSurname(language, &g))"
    }

    /// `count` distinct capitalized words, a quarter each in English, Azerbaijani, Russian and
    /// Turkish, each with its line's language: the language's capitalized common words and
    /// common given names, then made-up words, made-up surnames and made-up words with a case
    /// suffix or ending, in turn, until the quarter is full.
    static func analysisWords(count: Int, seed: UInt64) -> [(word: String, language: String)] {
        var g = Generator(seed: seed)
        var result: [(word: String, language: String)] = []
        var seen: Set<String> = []
        let quarter = count / 4
        for (index, language) in ["en", "az", "ru", "tr"].enumerated() {
            let languageCount = index == 3 ? count - 3 * quarter : quarter
            var words = sentenceWords[language]! + fillers[language]!.map(\.capitalizedFirst)
            words += givenNames(of: language)
            var next = 0
            while result.count < index * quarter + languageCount {
                let word: String
                if next < words.count {
                    word = words[next]
                } else {
                    switch next % 3 {
                    case 0: word = madeUpWord(language, &g)
                    case 1: word = madeUpSurname(language, &g)
                    default: word = (g.next(2) == 0 ? madeUpSurname(language, &g) : madeUpWord(language, &g)) + g.pick(wordEndings[language]!)
                    }
                }
                next += 1
                if seen.insert(word).inserted { result.append((word, language)) }
            }
        }
        return result
    }

    /// Whole lines of mixed en/az/ru/tr text, `utf8Count` bytes at least, whose people have a
    /// common given name and a made-up surname, with made-up towns beside well-known cities and
    /// made-up organizations: nearly every name is new to the process.
    static func namesText(utf8Count: Int, seed: UInt64) -> String {
        paragraphs(utf8Count: utf8Count, seed: seed) { namesLine($0, &$1) }
    }

    /// One line of `language` with one to three names in it.
    static func namesLine(_ language: String, _ g: inout Generator) -> String {
        func words(_ n: Int) -> String { (0..<n).map { _ in g.pick(fillers[language]!) }.joined(separator: " ") }
        let name = person(language, &g), other = person(language, &g)
        let surname = madeUpSurname(language, &g)
        let town = madeUpWord(language, &g)
        let company = madeUpWord(language, &g)
        let opening = g.pick(sentenceWords[language]!)
        switch (language, g.next(3)) {
        case ("en", 0): return "\(opening) \(name) from \(g.pick(cities)) said that \(words(6))."
        case ("en", 1): return "\(opening) Mr. \(surname) and \(other) of \(company) Ltd met in \(town) \(words(4))."
        case ("en", _): return "\(name): \(words(7).capitalizedFirst), \(other) agreed in \(town)."
        case ("az", 0): return "\(opening) \(name) \(town) şəhərində \(words(5))."
        case ("az", 1): return "\(name) \(company) MMC-də işləyir, \(other) \(g.pick(cities)) şəhərindən gəldi."
        case ("az", _): return "Cənab \(surname) \(words(6)), \(other) \(words(3))."
        case ("ru", 0): return "\(opening) \(name) в \(g.pick(russianCities)) \(words(6))."
        case ("ru", 1): return "Директор ООО «\(company)» \(name) и \(other) \(words(5))."
        case ("ru", _): return "Свидетель \(surname) \(words(5)), \(other) из города \(town)."
        case ("tr", 0): return "\(opening) \(name) \(town)'da \(words(6))."
        case ("tr", 1): return "\(name) \(company) A.Ş. bünyesinde çalışıyor, \(other) \(g.pick(["İstanbul'da", "Ankara'da", "İzmir'de"])) \(words(3))."
        default: return "Bay \(surname) \(words(5)), \(other) \(words(4))."
        }
    }

    /// Whole lines of mixed en/az/ru/tr text, `utf8Count` bytes at least, dense in what the
    /// pattern rules find: dates, clock times, phone numbers, court case numbers, sums of
    /// money, e-mail addresses on example domains, private IP addresses and postcodes, every
    /// number drawn afresh (about one identifier per 30 bytes).
    static func patternText(utf8Count: Int, seed: UInt64) -> String {
        var g = Generator(seed: seed)
        let languages = ["en", "az", "ru", "tr"]
        var text = ""
        var line = 0
        while text.utf8.count < utf8Count {
            text += patternLine(languages[line % languages.count], &g)
            text += "\n"
            line += 1
        }
        return text
    }

    /// One line of `language` with three or four identifiers in it.
    static func patternLine(_ language: String, _ g: inout Generator) -> String {
        func words(_ n: Int) -> String { (0..<n).map { _ in g.pick(fillers[language]!) }.joined(separator: " ") }
        let day = g.next(28) + 1, month = g.next(12) + 1, year = "20\(String(format2: g.next(25)))"
        let date = "\(String(format2: day)).\(String(format2: month)).\(year)"
        let clock = "\(String(format2: 8 + g.next(12))):\(String(format2: g.next(60)))"
        let email = "\(g.pick(["info", "office", "clerk", "desk"])).\(g.digits(3))@example.\(g.pick(["az", "org", "com"]))"
        switch (language, g.next(3)) {
        case ("en", 0):
            return "The hearing in case \(1 + g.next(9))-\(g.digits(4))/\(year) was set for \(day) \(g.pick(["March", "April", "June", "October"])) \(year) at \(clock), \(words(3))."
        case ("en", 1):
            return "Call (555) 01\(g.digits(1))-\(g.digits(4)) or write to \(email) before \(month)/\(day)/\(year); the fee is $\(1 + g.next(9)),\(g.digits(3)).00."
        case ("en", _):
            return "The server 192.168.\(g.next(256)).\(g.next(256)) in London SW1A \(1 + g.next(9))AA was down at \(clock) on \(year)-\(String(format2: month))-\(String(format2: day)), \(words(3))."
        case ("az", 0):
            return "İş № 2(101)-\(g.digits(4))/\(year) üzrə iclas \(date) saat \(clock)-da keçirildi, \(words(3))."
        case ("az", 1):
            return "Telefon: +994 \(g.pick(["50", "51", "55", "70"])) \(g.digits(3)) \(g.digits(2)) \(g.digits(2)), məbləğ \(1 + g.next(9)) \(g.digits(3)) manat, e-poçt \(email)."
        case ("az", _):
            return "Ünvan: AZ\(1000 + g.next(9000)), \(words(4)), \(day) \(g.pick(["mart", "aprel", "may", "iyun"])) \(year) tarixində, saat \(clock)."
        case ("ru", 0):
            return "Дело № 2-\(g.digits(4))/\(year) рассмотрено \(day) \(g.pick(["марта", "апреля", "июня", "октября"])) \(year) г. в \(clock), \(words(3))."
        case ("ru", 1):
            return "Штраф \(1 + g.next(9)) \(g.digits(3)) руб., тел. +7 9\(g.digits(2)) \(g.digits(3))-\(g.digits(2))-\(g.digits(2)), почта \(email)."
        case ("ru", _):
            return "Индекс \(100 + g.next(900))\(g.digits(3)), \(words(4)), встреча \(date) в \(clock), сервер 10.\(g.next(256)).\(g.next(256)).\(g.next(256))."
        case ("tr", 0):
            return "Dosya \(year)/\(g.digits(4)) Esas, duruşma \(date) saat \(clock)'da, \(words(3))."
        case ("tr", 1):
            return "Telefon 0532 \(g.digits(3)) \(g.digits(2)) \(g.digits(2)), ceza \(1 + g.next(9)).\(g.digits(3)) TL, e-posta \(email)."
        default:
            return "Adres: \(g.pick(["34", "06", "35"]))\(g.digits(3)) \(g.pick(["İstanbul", "Ankara", "İzmir"])), \(words(3)), \(day) \(g.pick(["Mart", "Nisan", "Haziran"])) \(year) saat \(clock)."
        }
    }

    /// `count` distinct people, `count / 2` places and `count / 2` organizations to choose
    /// stand-ins for, in the four languages: people with a common given name and a made-up
    /// surname (a quarter only the surname), places half well-known cities and half made-up
    /// towns, organizations made-up names with a designator.
    static func standInValues(count: Int, seed: UInt64) -> (people: [String], places: [String], organizations: [String]) {
        var g = Generator(seed: seed)
        let languages = ["en", "az", "ru", "tr"]
        func distinct(_ n: Int, _ make: (Int, inout Generator) -> String) -> [String] {
            var seen: Set<String> = []
            var out: [String] = []
            var i = 0
            while out.count < n {
                let value = make(i, &g)
                i += 1
                if seen.insert(value).inserted { out.append(value) }
            }
            return out
        }
        let people = distinct(count) { i, g in
            let language = languages[i % 4]
            return i % 4 == 3 ? madeUpSurname(language, &g) : person(language, &g)
        }
        let knownPlaces = cities + ["Москва", "Казань", "Самара", "Тверь"]
        let places = distinct(count / 2) { i, g in
            i < knownPlaces.count ? knownPlaces[i] : madeUpWord(languages[i % 4], &g)
        }
        let designators = ["en": ["Ltd", "Holdings", "Bank"], "az": ["MMC", "ASC"], "ru": ["ООО", "АО"], "tr": ["A.Ş.", "Ltd. Şti."]]
        let organizations = distinct(count / 2) { i, g in
            let language = languages[i % 4]
            let name = madeUpWord(language, &g), designator = g.pick(designators[language]!)
            return language == "ru" ? "\(designator) «\(name)»" : "\(name) \(designator)"
        }
        return (people, places, organizations)
    }
}

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }

    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
