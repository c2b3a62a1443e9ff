import Testing
@testable import Redact

/// A stand-in never equals what it replaces, under any key.
@Suite struct NameStandInTests {
    /// An engine with a key made of `seed` and the bytes `i * step + offset`, and its stand-ins.
    static func standIns(seed: UInt8, step: Int, offset: Int) throws -> (RedactionEngine, NameStandIn) {
        var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * step + offset) }
        bytes[0] = seed
        let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
        return (engine, NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules))
    }

    @Test(arguments: ["Gəncə", "Ganja", "Гянджа", "Bakı", "İzmir"])
    func aPlaceIsNeverItsOwnStandIn(place: String) throws {
        for seed in 0..<60 {
            var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 37 + 11) }
            bytes[0] = UInt8(seed)
            bytes[1] = UInt8(seed >> 8)
            let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
            let spans = engine.detect("Biz \(place) şəhərinə getdik.")
            let span = try #require(spans.first { $0.text == place }, "\(place) was not found")
            #expect(span.replacement != place, "key \(seed): \(place) became itself")
        }
    }

    /// A place of Russia written in Azerbaijani Latin letters gets a stand-in in Latin letters,
    /// under any key: the stand-in is in the script of the original.
    @Test(arguments: ["Həştərxan", "Çeboksarı"])
    func aLatinPlaceOfRussiaGetsALatinStandIn(place: String) throws {
        for seed in 0..<20 {
            var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 29 + 5) }
            bytes[0] = UInt8(seed)
            let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
            let spans = engine.detect("Biz \(place) şəhərinə getdik.")
            let span = try #require(spans.first { $0.text == place }, "\(place) was not found")
            let replacement = try #require(span.replacement)
            #expect(!replacement.unicodeScalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF },
                    "key \(seed): \(place) became \(replacement)")
        }
    }

    /// An organization's and a street's name words become ordinary words of the rule set's
    /// `standins.words` (Russian adjectives adjectives), in the language of the designator or
    /// street type, which stays: never a person's name, so the reader still sees a company.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func organizationsAndStreetsGetOrdinaryWords(seed: UInt8) throws {
        var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 23 + 7) }
        bytes[0] = seed
        let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
        let rules = engine.compiled.nameRules
        let names = NameStandIn(key: engine.configuration.key, rules: rules)
        func isWord(_ word: Substring, of language: String) -> Bool {
            (rules.standInWords[language] ?? []).contains { NameKey.fold($0) == NameKey.fold(word) }
        }

        let company = names.organization("Tarvix Holding").split(separator: " ")
        #expect(company.count == 2 && isWord(company[0], of: "en") && company[1] == "Holding", "key \(seed): \(company)")
        // `Sok.` is Turkish only: a Turkish word (spelled in ASCII for an ASCII original).
        let street = names.address("Çarvinli Sok. No: 3").split(separator: " ")
        #expect(street.count == 4 && isWord(street[0], of: "tr") && street[1] == "Sok.", "key \(seed): \(street)")
        // Two Russian adjectives in the feminine, the noun kept.
        let church = names.organization("Тарвская Вельская Церковь").split(separator: " ")
        let adjectives = Set((rules.standInAdjectives["ru"] ?? []).map { String(NameKey.fold($0).dropLast(2)) })
        #expect(church.count == 3 && church[2] == "Церковь", "key \(seed): \(church)")
        for word in church.prefix(2) {
            #expect(word.hasSuffix("ая") && adjectives.contains(NameKey.fold(word.dropLast(2))), "key \(seed): \(church)")
        }
        // A name in lower case: its adjectives become ordinary adjectives in lower case, in the
        // original's case, the head kept; the original's adjectives never stay.
        let office = names.organization("турецкого внешнеполитического ведомства").split(separator: " ")
        #expect(office.count == 3 && office[2] == "ведомства", "key \(seed): \(office)")
        for word in office.prefix(2) {
            #expect(word.hasSuffix("ого") && word == word.lowercased() && adjectives.contains(NameKey.fold(word.dropLast(3))),
                    "key \(seed): \(office)")
        }
        #expect(!office.contains("турецкого") && !office.contains("внешнеполитического"), "key \(seed): \(office)")
    }

    /// A Turkish or Azerbaijani stand-in word that starts with `İ` is written with that one
    /// capital: the lists hold words folded, where `İ` is `i` and a combining dot above, and
    /// the capital made of that `i` carried the dot twice (`İ̇stiridye Yayıncılık`).
    @Test func aDottedCapitalIsWrittenOnce() throws {
        // Lower case, `İ` is `i` and U+0307: how the lists hold `İstiridye`.
        let folded = "İstiridye".lowercased()
        #expect(folded.unicodeScalars.count == 10)
        #expect(NameStandIn.capitalized(folded, turkic: true) == "İstiridye")
        #expect(NameStandIn.capitalized(folded, turkic: false) == "İstiridye")
        #expect(NameStandIn.capitalized("ördek", turkic: true) == "Ördek")
        let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: Array(repeating: 3, count: 32))))
        let names = NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules)
        let syllables = ["tar", "vel", "min", "kor", "sap", "bel", "dun", "rik"]
        var dotted = 0
        for n in 0..<512 {
            let word = syllables[n % 8] + syllables[(n / 8) % 8] + syllables[(n / 64) % 8]
            let made = names.organization(NameStandIn.capitalized(word, turkic: true) + " Derneği")
            #expect(!made.unicodeScalars.contains("\u{307}"), "\(made)")
            if made.hasPrefix("İ") { dotted += 1 }
        }
        #expect(dotted > 0, "no stand-in of 512 started with İ: the check above saw no such word")
    }

    /// An ordinal in an address keeps the ending its new number takes: `42nd` → `14th`, not
    /// `14nd`; `9-cu` → `5-ci`, not `5-cu`. Checked against the endings worked out here from
    /// the new number, under several keys.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5, 6, 7, 8, 9])
    func anOrdinalInAnAddressFitsItsNewNumber(seed: UInt8) throws {
        var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 13 + 1) }
        bytes[0] = seed
        let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
        let names = NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules)
        func english(_ n: Int) -> String {
            if [11, 12, 13].contains(n % 100) { return "th" }
            return [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        }
        for original in ["350 W 42nd St", "100 5th Avenue", "12 East 1ST STREET"] {
            let made = names.address(original)
            let words = made.split(separator: " ")
            let ordinal = try #require(words.first { $0.first!.isNumber && $0.last!.isLetter }, "\(made)")
            let digits = ordinal.prefix { $0.isNumber }
            let ending = String(ordinal.dropFirst(digits.count))
            let expected = english(Int(digits)!)
            #expect(ending == (original.contains("ST ") ? expected.uppercased() : expected), "key \(seed): \(original) → \(made)")
        }
        // bir iki üç dörd beş altı yeddi səkkiz doqquz: the vowel of the last word spoken.
        let vowels: [Character] = ["ı", "i", "i", "ü", "ü", "i", "ı", "i", "i", "u"]
        let made = names.address("Nizami küç. 12, 9-cu mkr., mənzil 5")
        let piece = try #require(made.split(separator: " ").first { $0.contains("-c") }, "\(made)")
        let number = Int(piece.prefix { $0.isNumber })!
        if number % 10 != 0 {
            #expect(piece.hasPrefix("\(number)-c\(vowels[number % 10])"), "key \(seed): \(made)")
        }
        // In capitals, with the Turkic dotted capital: `9-CU` → `5-Cİ`.
        #expect(NameStandIn.refittingOrdinals("5-CU MKR.") == "5-Cİ MKR.")
        #expect(NameStandIn.refittingOrdinals("6-ci bina, 11st") == "6-cı bina, 11th")
    }

    /// A Turkish genitive after an apostrophe inside an organization's name follows the vowels
    /// and the last sound of the word that now stands before it (`Akkaya'nın` → `Kilim'in`).
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5, 6, 7])
    func aSuffixInsideAnOrganizationFitsItsNewWord(seed: UInt8) throws {
        var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 19 + 3) }
        bytes[0] = seed
        let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
        let names = NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules)
        let first = String(try #require(names.organization("Tarvelkaya'nın Vakfı").split(separator: " ").first))
        let (stem, suffix) = NameStandIn.apostropheSplit(first)
        let vowels: [Unicode.Scalar: String] = ["a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"]
        let lower = Array(stem.lowercased().unicodeScalars)
        let lastVowel = try #require(lower.last(where: { vowels[$0] != nil }), "\(first)")
        let expected = "'" + (vowels[lower.last!] != nil ? "n" : "") + vowels[lastVowel]! + "n"
        #expect(suffix == expected, "key \(seed): \(first)")
    }

    /// Sound keys a letter apart (changed, added or dropped) are near; shorter keys, equal
    /// keys and keys two letters apart are not.
    @Test func oneEditApart() {
        #expect(NameStandIn.isOneEditApart("una", "ana"))
        #expect(NameStandIn.isOneEditApart("ana", "anna"))
        #expect(NameStandIn.isOneEditApart("petrov", "petrova"))
        #expect(NameStandIn.isOneEditApart("abca", "aca"))
        #expect(!NameStandIn.isOneEditApart("ana", "ana"))
        #expect(!NameStandIn.isOneEditApart("an", "ana"))
        #expect(!NameStandIn.isOneEditApart("ana", "ulna"))
        #expect(!NameStandIn.isOneEditApart("kazan", "taman"))
    }

    /// A stand-in is never a letter away from the original's sound: a reader would guess the
    /// original (`Анна`, read as the town, took the German town `Unna`, `Унна`).
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5, 6, 7])
    func aStandInIsNoLetterAwayFromTheOriginal(seed: UInt8) throws {
        var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 29 + 11) }
        bytes[0] = seed
        let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
        let rules = engine.compiled.nameRules
        for line in ["John lives.\nАнна живёт.", "Анна Петрова пришла.", "Мы были в Казани.", "Elçin Hüseynov Gəncədə yaşayır."] {
            for span in engine.detect(line) where ["PERSON", "LOCATION"].contains(span.label) {
                let replacement = try #require(span.replacement)
                for (original, standIn) in zip(span.text.split(separator: " "), replacement.split(separator: " ")) {
                    let a = WordAnalysis.analyze(String(original), rules: rules).keys.first ?? "", b = WordAnalysis.analyze(String(standIn), rules: rules).keys.first ?? ""
                    #expect(!NameStandIn.isOneEditApart(a, b) && a != b, "key \(seed): \(original) → \(standIn)")
                }
            }
        }
    }

    /// A short name in capitals takes capitals that start words of its script (scheme 7): no
    /// `Ь`, `Ъ` or `Ы`, which start no Russian word (scheme 6 drew from the whole alphabet and
    /// made `ОП` into `ЬЯ`). Scheme 6 is kept as it was.
    @Test func anAcronymTakesCapitalsThatStartWords() throws {
        var scheme6Odd = 0
        for seed in 0..<40 {
            var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 31 + 17) }
            bytes[0] = UInt8(seed)
            let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
            let names = NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules)
            let old = NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules, scheme: try #require(StandInScheme(version: 6)))
            for acronym in ["ТРВЛК", "ЗХП", "ВНТБ"] {
                let made = String(try #require(names.organization(acronym + " России").split(separator: " ").first))
                #expect(made.count == acronym.count && made != acronym, "key \(seed): \(acronym) → \(made)")
                #expect(!made.contains { "ЬЪЫ".contains($0) }, "key \(seed): \(acronym) → \(made)")
                #expect(made.unicodeScalars.allSatisfy { $0.value >= 0x410 && $0.value <= 0x42F }, "key \(seed): \(made)")
                let before = String(try #require(old.organization(acronym + " России").split(separator: " ").first))
                if before.contains(where: { "ЬЪЫ".contains($0) }) { scheme6Odd += 1 }
            }
        }
        // 360 capitals drawn from 32: scheme 6 gave some that start no word.
        #expect(scheme6Odd > 0)
    }

    /// A region named by an adjective and its type keeps the type as written and takes an
    /// adjective in the same case, one stem in every case form (scheme 7); two regions of one
    /// type get different stand-ins, and a type before the name stays too.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aRegionKeepsItsTypeAndCase(seed: UInt8) throws {
        let (_, names) = try Self.standIns(seed: seed, step: 11, offset: 29)
        var stems: [String] = []
        for (region, ending) in [("Свердловская область", "ая"), ("Свердловской области", "ой"), ("Свердловскую область", "ую"),
                                 ("Свердловской областью", "ой")] {
            let made = names.place(region)
            let type = String(region.split(separator: " ")[1])
            #expect(made.hasSuffix(" " + type), "key \(seed): \(region) → \(made)")
            let adjective = String(made.dropLast(type.count + 1))
            #expect(adjective.hasSuffix(ending) && !adjective.contains(" ") && !adjective.hasPrefix("Свердловск"),
                    "key \(seed): \(region) → \(made)")
            stems.append(String(adjective.dropLast(ending.count)))
        }
        #expect(Set(stems).count == 1, "key \(seed): \(stems)")
        #expect(names.place("Пермского края") != names.place("Краснодарского края"))
        let republic = names.place("Республики Татарстан")
        #expect(republic.hasPrefix("Республики ") && !republic.hasSuffix("Татарстан"), "key \(seed): \(republic)")
        // A place type in a body's name stays; a surname made on a type's stem does not.
        let court = names.organization("Верховный Суд Республики Тарвания")
        #expect(court.contains(" Суд Республики ") && !court.contains("Тарвания") && !court.contains("Верховный"), "key \(seed): \(court)")
        #expect(!names.organization("Фонд Островского").contains("Островского"))
        // An adjective of the types' stems (`федеральн`) is no type kept: it may be the name's
        // only capitalized word, and a stand-in equal to the original is no stand-in.
        #expect(!names.organization("Федеральная антимонопольная служба").hasPrefix("Федеральная"))
    }

    /// In a name in capitals a preposition stays and a place's case form is the place (scheme
    /// 7): `ГУФССП РОССИИ ПО Г. МОСКВЕ` keeps `ПО Г.`, and `МОСКВЕ` becomes a town in the same
    /// case, in capitals; scheme 6 made both acronyms of random capitals.
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func aNameInCapitalsKeepsItsPrepositionsAndPlaces(seed: UInt8) throws {
        let (engine, names) = try Self.standIns(seed: seed, step: 7, offset: 41)
        let made = names.organization("ГУФССП РОССИИ ПО Г. МОСКВЕ")
        #expect(made.contains(" РОССИИ ПО Г. "), "key \(seed): \(made)")
        let town = String(try #require(made.split(separator: " ").last))
        #expect(town != "МОСКВЕ" && town == town.uppercased(), "key \(seed): \(made)")
        #expect(names.place("Москве").uppercased() == town, "key \(seed): \(made)")
        let old = NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules, scheme: try #require(StandInScheme(version: 6)))
        #expect(!old.organization("ГУФССП РОССИИ ПО Г. МОСКВЕ").contains(" ПО "))
        // A company's legal form and quotes, which the name's span holds, stay.
        let company = names.organization("ООО «Северный ветер»")
        #expect(company.hasPrefix("ООО «") && company.hasSuffix("»") && !company.contains("Северный"), "key \(seed): \(company)")
    }

    /// A Russian body's head stays in its stand-in in every case form, and so do its heads in
    /// capitals (scheme 8): what kind of body it is stays readable, the place that tells which
    /// one is replaced. Scheme 7 replaced `Управления` by an ordinary word.
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func aBodysHeadsStay(seed: UInt8) throws {
        let (engine, names) = try Self.standIns(seed: seed, step: 13, offset: 5)
        for (body, kept) in [("Управления ФСБ России по г. Тарвинску", "Управления ФСБ России по г. "),
                             ("ГСУ СК России по г. Тарвинску", "ГСУ СК России по г. "),
                             ("Управлением МВД России по г. Тарвинску", "Управлением МВД России по г. ")] {
            let made = names.organization(body)
            #expect(made.hasPrefix(kept) && !made.contains("Тарвинск"), "key \(seed): \(body) → \(made)")
        }
        let court = names.organization("Верховного Суда Российской Федерации")
        #expect(court.hasSuffix(" Суда Российской Федерации") && !court.hasPrefix("Верховного"), "key \(seed): \(court)")
        #expect(names.organization("Тарвинского суда РФ").hasSuffix(" суда РФ"))
        let district = names.organization("Тарвинский ОСП ГУФССП России")
        #expect(district.hasSuffix(" ОСП ГУФССП России") && !district.hasPrefix("Тарвинский"), "key \(seed): \(district)")
        let old = NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules, scheme: try #require(StandInScheme(version: 7)))
        #expect(!old.organization("Управления ФСБ России по г. Тарвинску").hasPrefix("Управления "))
    }

    /// The number in a body's name says which of a town's courts, jails or police departments
    /// is meant: from scheme 9 it is replaced by as many digits, one stand-in per number, and a
    /// court's kind of several words stays whole. Scheme 8 kept both as written.
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func aBodysNumberIsReplaced(seed: UInt8) throws {
        let (engine, names) = try Self.standIns(seed: seed, step: 13, offset: 5)
        func digits(_ s: String) -> [String] { s.split { !$0.isNumber }.map(String.init) }
        let court = names.organization("Tarvinköy 26. Ağır Ceza Mahkemesi")
        #expect(court.hasSuffix(". Ağır Ceza Mahkemesi") && !court.contains("Tarvinköy"), "key \(seed): \(court)")
        let number = try #require(digits(court).first)
        #expect(number.count == 2 && number != "26" && !number.hasPrefix("0"), "key \(seed): \(court)")
        let civil = names.organization("Tarvinköy 1. Asliye Hukuk Mahkemesi")
        #expect(civil.hasSuffix(". Asliye Hukuk Mahkemesi") && digits(civil) != ["1"], "key \(seed): \(civil)")
        // One number, one stand-in, in any body.
        let jail = names.organization("ФКУ СИЗО-26 ГУФСИН России")
        #expect(digits(jail) == [number], "key \(seed): \(jail)")
        let old = NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules, scheme: try #require(StandInScheme(version: 8)))
        #expect(digits(old.organization("Tarvinköy 26. Ağır Ceza Mahkemesi")) == ["26"])
    }
}
