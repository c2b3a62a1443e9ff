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

extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }

    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
