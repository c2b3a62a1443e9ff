import Foundation
import Testing
@testable import Redact

/// One person, one stand-in, in every form the text uses: a word met alone takes the stand-in
/// of the part it was in the person's full name, in the person's gender, and initials the
/// initial of the given name's stand-in (invented names).
@Suite struct PersonPartsTests {
    /// A name's stem before its case endings: without a soft final (`Игорь` → `Игор`, whose
    /// genitive is `Игоря`).
    private static func stem(_ name: Substring) -> Substring {
        name.hasSuffix("ь") || name.hasSuffix("й") ? name.dropLast() : name
    }

    private func engine(seed: UInt8) throws -> RedactionEngine {
        var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 41 + 3) }
        bytes[0] = seed
        return try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
    }

    /// The stand-in of the full name `name` among `spans`, and its words, which must be `count`.
    private func standIn(of name: String, in spans: [DetectedSpan], words count: Int) throws -> (full: String, words: [String]) {
        let full = try #require(spans.first { $0.text == name }?.replacement)
        let words = full.split(separator: " ").map(String.init)
        try #require(words.count == count, "\(full)")
        return (full, words)
    }

    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aSurnameAloneIsTheFullNamesSurname(seed: UInt8) throws {
        let text = "Gwendolyn Tarrowby met the editor. Later Tarrowby said no. Mrs Tarrowby left, and G. Tarrowby signed. Tarrowby's car was red."
        let spans = try engine(seed: seed).detect(text)
        let (_, words) = try standIn(of: "Gwendolyn Tarrowby", in: spans, words: 2)
        let alone = spans.filter { $0.text == "Tarrowby" }
        #expect(alone.count == 3)
        for span in alone { #expect(span.replacement == words[1], "key \(seed): \(span.replacement ?? "") for \(words[1])") }
        let initial = try #require(spans.first { $0.text == "G. Tarrowby" }?.replacement)
        #expect(initial == "\(words[0].prefix(1)). \(words[1])", "key \(seed)")
    }

    /// A given name no list tells the gender of (`Franck`) is the full name's given name when
    /// met alone, from scheme 6; scheme 5 gave it a stand-in of its own.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aGivenNameOfUnknownGenderAloneIsTheFullNamesGivenName(seed: UInt8) throws {
        let text = "Chelsea defender Franck Tarrowby played. Later Franck scored and Tarrowby left."
        let spans = try engine(seed: seed).detect(text)
        let (full, words) = try standIn(of: "Franck Tarrowby", in: spans, words: 2)
        let alone = try #require(spans.first { $0.text == "Franck" }?.replacement)
        #expect(alone == words[0], "key \(seed): \(alone) for \(full)")
    }

    /// A Russian name written surname first (`Сорокина Вера Павловна`, as documents list
    /// people) whose given name is a surname too in the lists (`Вера`) keeps it a given name:
    /// the given name and patronymic met later get the full stand-in's second and third words.
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func aGivenNameAfterTheSurnameStaysAGivenName(seed: UInt8) throws {
        let text = "Подзащитная: Сорокина Вера Павловна, учитель. Вера Павловна пришла в суд."
        let spans = try engine(seed: seed).detect(text)
        let (full, words) = try standIn(of: "Сорокина Вера Павловна", in: spans, words: 3)
        let later = try #require(spans.first { $0.text == "Вера Павловна" }?.replacement)
        #expect(later == "\(words[1]) \(words[2])", "key \(seed): \(later) for \(full)")
        #expect(!spans.contains { $0.text.contains("Подзащитная") }, "a role, no name")
    }

    /// A woman's family name in Azerbaijani keeps her form when met alone after her full name;
    /// the man of the family gets the same stem.
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func aFamilyStemIsShared(seed: UInt8) throws {
        let text = "Könül Tarverdiyeva dünən gəldi. Sonra Tarverdiyeva danışdı. Onun qardaşı Rauf Tarverdiyev də gəldi."
        let spans = try engine(seed: seed).detect(text)
        let woman = try #require(spans.first { $0.text == "Könül Tarverdiyeva" }?.replacement).split(separator: " ")
        let alone = try #require(spans.first { $0.text == "Tarverdiyeva" }?.replacement)
        let man = try #require(spans.first { $0.text == "Rauf Tarverdiyev" }?.replacement).split(separator: " ")
        #expect(alone == String(woman[1]), "key \(seed)")
        #expect(woman[1].hasPrefix(man[1]), "key \(seed): \(woman[1]) and \(man[1])")
        #expect(woman[0] != man[0])
    }

    /// An English name written in Cyrillic gets a stand-in in Cyrillic, never Latin letters.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5, 6, 7])
    func anEnglishNameInCyrillicGetsACyrillicStandIn(seed: UInt8) throws {
        let spans = try engine(seed: seed).detect("Журналист Джошуа Тарроуби заявил, что Джошуа Тарроуби не уедет.")
        let person = spans.filter { $0.label == "PERSON" }
        try #require(!person.isEmpty)
        for span in person {
            let replacement = try #require(span.replacement)
            #expect(!replacement.unicodeScalars.contains { ("A"..."Z").contains($0) || ("a"..."z").contains($0) },
                    "key \(seed): \(span.text) became \(replacement)")
        }
    }

    /// Every case form of a Russian organization's name word gets one stand-in word, in that
    /// case where the word can take it (`Вестнику` → `Леднику`), and an ordinary word, not a
    /// person's name.
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func anOrganizationsCaseFormsShareTheirStandIn(seed: UInt8) throws {
        let engine = try engine(seed: seed)
        let names = NameStandIn(key: engine.configuration.key, rules: engine.compiled.nameRules)
        let forms = ["Вестник Тарвии", "Вестника Тарвии", "Вестнику Тарвии", "Вестником Тарвии"].map { names.organization($0) }
        let first = forms.map { $0.split(separator: " ").first.map(String.init) ?? "" }
        // One stem: the words share all but the last letter of the shortest, and differ after
        // it in a case ending (up to three letters).
        let shortest = first.map(\.count).min() ?? 0
        var common = first[0]
        for word in first { common = String(zip(common, word).prefix { $0 == $1 }.map(\.0)) }
        #expect(shortest >= 3 && common.count >= shortest - 1 && first.allSatisfy { $0.count - common.count <= 3 },
                "key \(seed): \(forms)")
        #expect(!forms.contains { $0.contains("Вестник") })
        let pool = Set((engine.compiled.nameRules.standInWords["ru"] ?? []).map { NameKey.fold($0) })
        #expect(pool.contains(NameKey.fold(first[0])), "key \(seed): \(first[0]) is no word of standins.words.ru")
    }

    /// A Russian man's name in the genitive or dative reads like a woman's (`Александра`,
    /// `-ова`); after his full name in the run it is his, in that case.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aMansNameInACaseFormStaysHis(seed: UInt8) throws {
        let text = "Вчера Александр Тарвенов выступил в суде. Речь Александра Тарвенова длилась час. Александру Тарвенову дали слово."
        let spans = try engine(seed: seed).detect(text)
        let full = try #require(spans.first { $0.text == "Александр Тарвенов" }?.replacement).split(separator: " ")
        try #require(full.count == 2)
        for form in ["Александра Тарвенова", "Александру Тарвенову"] {
            let words = try #require(spans.first { $0.text == form }?.replacement, "\(form) was not replaced").split(separator: " ")
            #expect(words.count == 2 && words[0].hasPrefix(Self.stem(full[0])) && words[1].hasPrefix(full[1]),
                    "key \(seed): \(form) became \(words), his name \(full)")
        }
    }

    /// The same when the case form comes first: his name in the nominative, later in the text,
    /// says what `Александра Тарвенова` was.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aMansNameInACaseFormBeforeHisNominativeIsHis(seed: UInt8) throws {
        let text = "Речь Александра Тарвенова длилась час. Потом Александр Тарвенов ушёл."
        let spans = try engine(seed: seed).detect(text)
        let full = try #require(spans.first { $0.text == "Александр Тарвенов" }?.replacement).split(separator: " ")
        let form = try #require(spans.first { $0.text == "Александра Тарвенова" }?.replacement).split(separator: " ")
        try #require(full.count == 2)
        #expect(form.count == 2 && form[0].hasPrefix(Self.stem(full[0])) && form[1] == full[1] + "а", "key \(seed): \(form), his name \(full)")
    }

    /// A surname met alone in a man's nominative, and a given name no list knows, in the
    /// genitive with it: his genitive, not a woman's name. A woman's given name with his
    /// surname stays hers (his wife).
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func anUnlistedGivenNameInTheSurnamesCaseIsHis(seed: UInt8) throws {
        let text = "Мы видели Дарсана Тарвенова вчера. Тарвенов сказал, что Анна Тарвенова придёт."
        let spans = try engine(seed: seed).detect(text)
        let alone = try #require(spans.first { $0.text == "Тарвенов" }?.replacement)
        let form = try #require(spans.first { $0.text == "Дарсана Тарвенова" }?.replacement).split(separator: " ")
        let wife = try #require(spans.first { $0.text == "Анна Тарвенова" }?.replacement).split(separator: " ")
        #expect(form.count == 2 && form[1] == alone + "а", "key \(seed): \(form) and \(alone)")
        // His given name's stand-in in the genitive: a man's name and `а` (never a woman's in `-я`).
        #expect(form.count == 2 && form[0].hasSuffix("а") && !form[0].hasSuffix("ия"), "key \(seed): \(form)")
        #expect(wife.count == 2 && wife[1] == alone + "а" && wife[0] != form[0], "key \(seed): \(wife) and \(form)")
    }

    /// A given name met alone (`Марк`), then in the dative (`Марку`, also the accusative of a
    /// woman's `Марка`): his, in the dative.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aGivenNameAloneKeepsItsCaseForms(seed: UInt8) throws {
        let text = "Марк сказал, что уйдёт. Согласно Марку, всё было иначе."
        let spans = try engine(seed: seed).detect(text)
        let alone = try #require(spans.first { $0.text == "Марк" }?.replacement)
        let dative = try #require(spans.first { $0.text == "Марку" }?.replacement)
        #expect(dative == alone + "у", "key \(seed): \(dative) and \(alone)")
    }

    /// A man's given name and a surname in a case form that also reads as a woman's surname
    /// (`Петрову`: `Петров` and `у`, or `Петрова` in the accusative), with no full name of his
    /// in the nominative in the run: the man's name tells the gender, and the surname's
    /// stand-in takes the ending as written.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aMansSurnameInACaseFormKeepsItsEnding(seed: UInt8) throws {
        for (text, form, ending, soft) in [("Мы позвонили Егору Тарвенову вчера.", "Егору Тарвенову", "у", "ю"),
                                           ("У Егора Тарвенова нет машины.", "Егора Тарвенова", "а", "я")] {
            let spans = try engine(seed: seed).detect(text)
            let words = try #require(spans.first { $0.text == form }?.replacement, "\(form) was not replaced").split(separator: " ")
            // The given name's stand-in in that case: a hard stem's ending, or a soft stem's
            // (`Игорю`, `Андрея`).
            #expect(words.count == 2 && (words[0].hasSuffix(ending) || words[0].hasSuffix(soft)) && words[1].hasSuffix(ending),
                    "key \(seed): \(form) became \(words)")
        }
    }

    /// Initials after a surname take the initials of the full name's stand-in: the given
    /// name's first, the patronymic's (or, in an Azerbaijani name, the father's name's) second.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func bothInitialsAreTheStandInsInitials(seed: UInt8) throws {
        for (full, initials, frame) in [("Тарвенко Артём Игоревич", "Тарвенко А. И.", "%1 выступил. Затем %2 подписал."),
                                        ("Тарвенова Севиндж Эльдар кызы", "Тарвенова С. Э.", "%1 выступила. Затем %2 подписала."),
                                        ("Tarvenov Rəşad Elçin oğlu", "Tarvenov R. E.", "Dünən %1 çıxış etdi. Sonra %2 imzaladı.")] {
            let text = frame.replacingOccurrences(of: "%1", with: full).replacingOccurrences(of: "%2", with: initials)
            let spans = try engine(seed: seed).detect(text)
            let whole = try #require(spans.first { $0.text == full }?.replacement, "\(full) was not replaced").split(separator: " ")
            let short = try #require(spans.first { $0.text == initials }?.replacement, "\(initials) was not replaced").split(separator: " ")
            try #require(whole.count == full.split(separator: " ").count && short.count == 3, "key \(seed): \(whole), \(short)")
            #expect(short[0] == whole[0], "key \(seed): \(short) for \(whole)")
            #expect(short[1] == "\(whole[1].prefix(1)).", "key \(seed): \(short) for \(whole)")
            #expect(short[2] == "\(whole[2].prefix(1)).", "key \(seed): \(short) for \(whole)")
        }
    }

    /// The father's name before `кызы`, `qızı`, `оглы`, `oğlu` is a man's given name whoever
    /// bears the patronymic: a woman's stand-in keeps a man's name there.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aFathersNameIsAMansName(seed: UInt8) throws {
        let rules = try engine(seed: seed).compiled.nameRules
        for full in ["Tarvenova Sevinc Eldar qızı", "Тарвенова Севиндж Эльдар кызы"] {
            let spans = try engine(seed: seed).detect("\(full) dünən gəldi.")
            let words = try #require(spans.first { $0.text == full }?.replacement, "\(full) was not replaced").split(separator: " ")
            try #require(words.count == 4, "key \(seed): \(words)")
            let father = WordAnalysis.analyze(String(words[2]), rules: rules).entry
            #expect(father?.isMaleGiven == true && father?.isFemaleGiven == false, "key \(seed): \(words)")
            let daughter = WordAnalysis.analyze(String(words[1]), rules: rules).entry
            #expect(daughter?.isFemaleGiven == true, "key \(seed): \(words)")
        }
    }

    /// A man's name in a case form that only sounds like a woman's name (`Виктора`: the lists
    /// hold a `Viktorya` of that sound, but spell no `Виктора`) is his in every case, with or
    /// without his nominative in the run, and his surname met alone in a case form too.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aMansNameThatOnlySoundsLikeAWomansIsHis(seed: UInt8) throws {
        let full = try #require(try engine(seed: seed).detect("Вчера Виктор Тарвун заявил.").first?.replacement)
        let man = full.split(separator: " ")
        try #require(man.count == 2, "\(full)")
        let text = "Вчера Виктор Тарвун заявил. Суд выдал Виктора Тарвуна властям. Адвокат передал Виктору Тарвуну письмо. Тарвуна не было."
        let spans = try engine(seed: seed).detect(text)
        for form in ["Виктора Тарвуна", "Виктору Тарвуну"] {
            let words = try #require(spans.first { $0.text == form }?.replacement, "\(form) was not replaced").split(separator: " ")
            #expect(words.count == 2 && words[0].hasPrefix(Self.stem(man[0])) && words[1].hasPrefix(Self.stem(man[1])),
                    "key \(seed): \(form) became \(words), \(full) in the nominative")
        }
        let alone = try #require(spans.last { $0.text == "Тарвуна" }?.replacement)
        #expect(alone.hasPrefix(Self.stem(man[1])), "key \(seed): Тарвуна became \(alone)")
        // Without the nominative in the run: still his.
        let genitive = try engine(seed: seed).detect("Суд выдал Виктора Тарвуна властям.")
        let words = try #require(genitive.first?.replacement).split(separator: " ")
        #expect(words.count == 2 && words[0].hasPrefix(Self.stem(man[0])), "key \(seed): \(words), \(full)")
    }

    /// A woman's given name in the accusative beside a surname the run knows as a man's is
    /// hers (his wife's), not a man's name in his case that it only sounds like (`Анну`, not
    /// some `Анн` and `у`).
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aWomansNameBesideHerHusbandsSurnameStaysHers(seed: UInt8) throws {
        let text = "Мы видели Егора Тарвенова и Анну Тарвенову."
        let spans = try engine(seed: seed).detect(text)
        let his = try #require(spans.first { $0.text == "Егора Тарвенова" }?.replacement).split(separator: " ")
        let hers = try #require(spans.first { $0.text == "Анну Тарвенову" }?.replacement).split(separator: " ")
        try #require(his.count == 2 && hers.count == 2)
        // Her surname is the family's woman's form in the accusative: his stem, `-у`.
        #expect(hers[1] == his[1].dropLast() + "у", "key \(seed): \(hers) and \(his)")
        #expect(hers[0] != his[0].dropLast() + "у", "key \(seed): \(hers) and \(his)")
    }

    /// A foreign surname no list holds, met first in a case form (`Тарвенберга`), is found in
    /// its other forms (a reader must not see `Тарвенберг` where `Тарвенберга` was hidden), and
    /// keeps one stand-in, in the case of each form.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aSurnameNoListHoldsKeepsOneStandInInEveryCase(seed: UInt8) throws {
        let text = "Эксперты обсуждали Марка Тарвенберга. Тарвенбергу написали письмо. Тарвенберг ответил."
        let spans = try engine(seed: seed).detect(text)
        let full = try #require(spans.first { $0.text.hasSuffix("Тарвенберга") }?.replacement, "\(spans.map(\.text))")
        let genitive = try #require(full.split(separator: " ").last)
        let dative = try #require(spans.first { $0.text == "Тарвенбергу" }?.replacement, "Тарвенбергу was not found")
        let nominative = try #require(spans.first { $0.text == "Тарвенберг" }?.replacement, "Тарвенберг was not found")
        let stem = Self.stem(nominative[...])
        #expect(genitive.hasPrefix(stem) && genitive.count == stem.count + 1, "key \(seed): \(genitive), \(nominative)")
        #expect(dative.hasPrefix(stem) && dative.count == stem.count + 1, "key \(seed): \(dative), \(nominative)")
    }

    /// A name followed by its spelling in the other script in brackets (`Джошуа Тарвелла
    /// (Joshua Tarvell)`, a habit of Russian news) is one person: the bracketed name is the
    /// first one's stand-in in its own script, in the nominative, and the Cyrillic name's case
    /// forms keep that stand-in in their cases.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aNameGlossedInTheOtherScriptIsOnePerson(seed: UInt8) throws {
        let text = "Как сказал адвокат Джошуа Тарвелла (Joshua Tarvell), иск подан. Тарвеллу угрожали. Тарвелл уехал."
            + " Саймон Тарвик (Simon Tarvick) заявил. Тарвик добавил."
        let spans = try engine(seed: seed).detect(text)
        func replacement(_ text: String) throws -> String {
            try #require(spans.first { $0.text == text }?.replacement, "\(text) was not replaced: \(spans.map(\.text))")
        }
        let nominative = try replacement("Тарвелл")
        let cyrillic = try replacement("Джошуа Тарвелла").split(separator: " ")
        try #require(cyrillic.count == 2)
        let stem = Self.stem(nominative[...])
        #expect(cyrillic[1].hasPrefix(stem) && cyrillic[1].count == stem.count + 1, "key \(seed): \(cyrillic), \(nominative)")
        #expect(try replacement("Тарвеллу").hasPrefix(stem))
        #expect(try replacement("Joshua Tarvell") == Transliteration.russianToASCII(cyrillic[0] + " " + nominative), "key \(seed)")
        let simon = try replacement("Саймон Тарвик")
        #expect(try replacement("Simon Tarvick") == Transliteration.russianToASCII(simon), "key \(seed): \(simon)")
        #expect(try replacement("Тарвик") == String(simon.split(separator: " ")[1]), "key \(seed): \(simon)")
    }

    /// Two words of which each could be a surname (`Беньямин` ends as `Кузьмин` does): the
    /// first is read as the given name and gets a given name's stand-in, and the second alone
    /// keeps the surname's; unless the second is a given name the lists hold (a list's
    /// `Surname Given`).
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func twoSurnameShapedWordsAreGivenNameAndSurname(seed: UInt8) throws {
        let spans = try engine(seed: seed).detect("Премьер Беньямин Тарвеньяху заявил. Тарвеньяху добавил.")
        let full = try #require(spans.first { $0.text == "Беньямин Тарвеньяху" }?.replacement).split(separator: " ")
        try #require(full.count == 2)
        #expect(try #require(spans.last { $0.text == "Тарвеньяху" }?.replacement) == String(full[1]), "key \(seed): \(full)")
        // The given name's stand-in is a man's given name of the Russian lists (any tier).
        let givenNames = (1...9).flatMap { tier in SharedStandIns.shared.list("ru\tgiven-m" + (tier == 1 ? "" : ".\(tier)")) ?? [] }
        #expect(givenNames.contains(String(full[0])), "key \(seed): \(full)")
    }

    /// Lower-case particles inside a name stay as written; the words around them are replaced
    /// (`van der Aslan`), in Latin and in Cyrillic alike.
    @Test(arguments: [UInt8(0), 1, 2])
    func particlesInsideANameStay(seed: UInt8) throws {
        let text = "We met Lars van den Varnholt. Выставка Леонардо да Варнелли открылась."
        let spans = try engine(seed: seed).detect(text)
        let latin = try #require(spans.first { $0.text == "Lars van den Varnholt" }?.replacement).split(separator: " ")
        #expect(latin.count == 4 && latin[1] == "van" && latin[2] == "den" && latin[0] != "Lars" && latin[3] != "Varnholt", "\(latin)")
        let cyrillic = try #require(spans.first { $0.text == "Леонардо да Варнелли" }?.replacement).split(separator: " ")
        #expect(cyrillic.count == 3 && cyrillic[1] == "да" && cyrillic[2] != "Варнелли", "\(cyrillic)")
    }

    /// A word that is a given name alone but the surname of a full name in the text (`Леман`,
    /// a Turkish woman's given name; `Йорн Леман` a man) takes the surname's stand-in alone and
    /// in its case forms.
    @Test(arguments: [UInt8(0), 1, 2, 3, 4, 5])
    func aGivenNameThatIsAFullNamesSurnameIsTheSurnameAlone(seed: UInt8) throws {
        let text = "Вратарь Йорн Леман пропустил мяч. Тренер недоволен Леманом, но Леман остался в составе."
        let spans = try engine(seed: seed).detect(text)
        let (full, words) = try standIn(of: "Йорн Леман", in: spans, words: 2)
        #expect(spans.first { $0.text == "Леман" }?.replacement == words[1], "key \(seed): \(full)")
        // The instrumental of a stand-in in `-ов`, `-ин` is `-ым` (`Мусаевым`), of another `-ом`.
        let possessive = ["ов", "ев", "ёв", "ин", "ын"].contains { words[1].hasSuffix($0) }
        #expect(spans.first { $0.text == "Леманом" }?.replacement == words[1] + (possessive ? "ым" : "ом"), "key \(seed): \(full)")
    }

    /// One name, one case: a surname that also reads as an adjective's prepositional (`Каном`,
    /// as of a `Каний`) beside a given name in the instrumental is the noun's instrumental, and
    /// takes the stand-in of the surname met in the nominative.
    @Test(arguments: [UInt8(0), 1, 2, 3])
    func aSurnameTakesTheCaseOfItsGivenName(seed: UInt8) throws {
        let text = "Мы говорили с Оливером Каном вчера. Оливер Кан вернулся."
        let spans = try engine(seed: seed).detect(text)
        let (full, words) = try standIn(of: "Оливер Кан", in: spans, words: 2)
        let instrumental = try #require(spans.first { $0.text == "Оливером Каном" }?.replacement).split(separator: " ").map(String.init)
        #expect(instrumental.count == 2 && instrumental[1].hasPrefix(Self.stem(Substring(words[1]))), "key \(seed): \(instrumental) for \(full)")
    }
}
