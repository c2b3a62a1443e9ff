import Testing
@testable import Redact

/// The stand-in scheme: versions, the lists each reads, and what pinning an older one keeps.
@Suite struct StandInSchemeTests {
    private static let key = try! RedactionKey(bytes: (0..<32).map { UInt8(truncatingIfNeeded: $0 * 41 + 3) })

    /// Every supported version names the stand-in lists it reads by digest: a change to the
    /// lists that does not add a version (and so would move every archive's stand-ins) fails here.
    @Test func eachVersionPinsTheListsItReads() throws {
        for version in StandInScheme.supported {
            let scheme = try #require(StandInScheme(version: version))
            let digest = StandInScheme.listDigest(lastTier: scheme.lastTier)
            #expect(StandInScheme.listDigests[version] == digest,
                    "scheme \(version): the stand-in lists changed (now \(digest)); add a scheme version for the change")
        }
        #expect(StandInScheme.listDigests.keys.sorted() == Array(StandInScheme.supported))
    }

    @Test func onlySupportedVersionsExist() {
        #expect(StandInScheme(version: StandInScheme.supported.lowerBound - 1) == nil)
        #expect(StandInScheme(version: StandInScheme.supported.upperBound + 1) == nil)
        #expect(StandInScheme.supported.contains(StandInScheme.current.version))
        #expect(RedactionConfiguration().standInScheme == .current)
    }

    /// The men of one family with more distinct given names than the common names hold: the
    /// current scheme gives each his own stand-in given name (from the larger pools once the
    /// common ones are taken); scheme 1 never leaves the common names, so some share.
    @Test func theLargerPoolsKeepManyPeopleApart() throws {
        let rules = try RedactionEngine(configuration: RedactionConfiguration(key: Self.key)).compiled.nameRules
        let lists = SharedStandIns.shared.lists
        let common = Set(try #require(lists["az\tgiven-m"]))
        // Names in Azerbaijani letters (stand-ins then come in them too), one per phonetic key
        // (`Aydın` and `Aydin` are one name to the stand-ins).
        var keys: Set<String> = []
        let originals = Array(try #require(lists["az\tgiven-m.2"]).filter {
            $0.unicodeScalars.contains { !$0.isASCII } && keys.insert(NameKey.phonetic($0)).inserted
        }.prefix(common.count * 2))
        #expect(originals.count == common.count * 2)
        for version in StandInScheme.supported {
            let names = NameStandIn(key: Self.key, rules: rules, scheme: try #require(StandInScheme(version: version)))
            var given: [String: String] = [:]
            for original in originals {
                let standIn = names.person(original + " Hüseynov").split(separator: " ")
                #expect(standIn.count == 2, "scheme \(version): \(original) Hüseynov became \(standIn)")
                given[original] = standIn.first.map(String.init)
            }
            let distinct = Set(given.values)
            if version == 1 {
                #expect(distinct.isSubset(of: common), "scheme 1 took a name outside the common ones")
                #expect(distinct.count < originals.count)
            } else {
                #expect(distinct.count == originals.count, "scheme \(version): \(originals.count - distinct.count) men share a stand-in given name")
                #expect(!distinct.isSubset(of: common))
            }
            // The family's stem is one stand-in for all of them.
            let surnames = Set(originals.map { names.person($0 + " Hüseynov").split(separator: " ").last.map(String.init) ?? "" })
            #expect(surnames.count == 1, "scheme \(version): \(surnames)")
        }
    }

    /// A text whose people do not use up the common names gets the same stand-ins in schemes 1
    /// to 3: pinning scheme 1 changes nothing for it. (Russian names in Cyrillic that the
    /// Azerbaijani lists hold too are the exception, below.) Scheme 4 takes one person's parts
    /// from one family, which moves mixed ones such as these (`Patricia Baker` was `Tina
    /// Safarli`, an English given name and an Azerbaijani surname): see
    /// ``onePersonsStandInIsOfOneFamilyFromScheme4()``.
    @Test(arguments: ["en", "az", "tr"])
    func aSmallTextIsTheSameInEveryScheme(language: String) throws {
        let text = [
            "en": "Patricia Baker met John Miller and Mrs Baker in Leeds.",
            "az": "Elçin Hüseynov və Aygün Məmmədova Gəncədə görüşdülər.",
            "tr": "Mehmet Yılmaz ile Ayşe Kaya İzmir'de buluştu.",
        ][language]!
        var outputs: Set<String> = []
        for version in StandInScheme.supported where version <= 3 {
            var configuration = RedactionConfiguration(key: Self.key)
            configuration.standInScheme = try #require(StandInScheme(version: version))
            outputs.insert(try RedactionEngine(configuration: configuration).redact(text).output)
        }
        #expect(outputs.count == 1, "\(outputs)")
    }

    /// From scheme 2 a name the lists hold as both Azerbaijani and Russian, written in Cyrillic,
    /// takes a Russian stand-in (scheme 1 gave `Анна` an Azerbaijani name in Cyrillic letters),
    /// unless the run writes it in Latin letters too: then its spellings share one stand-in.
    @Test func aRussianNameInCyrillicGetsARussianStandIn() throws {
        let rules = try RedactionEngine(configuration: RedactionConfiguration(key: Self.key)).compiled.nameRules
        let lists = SharedStandIns.shared.lists
        let russian = Set((1...9).flatMap { tier in lists["ru\tgiven-f" + (tier == 1 ? "" : ".\(tier)")] ?? [] })
        let entry = try #require(WordAnalysis.analyze("Анна", rules: rules).entry)
        #expect(entry.isListed(in: "a") && entry.isListed(in: "r"), "the test needs a name both lists hold")
        let names = NameStandIn(key: Self.key, rules: rules)
        names.learn(person: "Анна Смирнова")
        let standIn = names.person("Анна Смирнова").split(separator: " ")
        #expect(standIn.count == 2 && russian.contains(String(standIn[0])), "\(standIn)")

        // Written in Latin letters in the same run: one stand-in in both scripts.
        let mixed = NameStandIn(key: Self.key, rules: rules)
        mixed.learn(person: "Elçin Hüseynov")
        mixed.learn(person: "Эльчин Гусейнов")
        let latin = mixed.person("Elçin Hüseynov"), cyrillic = mixed.person("Эльчин Гусейнов")
        #expect(Transliteration.azerbaijaniToCyrillic(latin) == cyrillic, "\(latin) / \(cyrillic)")
    }

    /// From scheme 3 a given name whose sound the lists hold as both a man's and a woman's
    /// (`Anna`, keyed with men's names) takes its own spelling's gender; scheme 2 read a man.
    /// Also from scheme 3, a name's lower-case particles stay as written.
    @Test func aSpellingsGenderAndParticlesFromScheme3() throws {
        let rules = try RedactionEngine(configuration: RedactionConfiguration(key: Self.key)).compiled.nameRules
        let anna = WordAnalysis.analyze("Anna", rules: rules)
        let entry = try #require(anna.entry)
        #expect(entry.isMaleGiven && entry.isFemaleGiven, "the test needs a sound of both genders")
        #expect(anna.flags.isFemaleSpelling && !anna.flags.isMaleSpelling)
        let lists = SharedStandIns.shared.lists
        func given(_ gender: String) -> Set<String> {
            var names: Set<String> = []
            for family in ["az", "ru", "tr", "en"] {
                for tier in 1...9 {
                    let suffix = tier == 1 ? "" : ".\(tier)"
                    let key: String = family + "\tgiven-" + gender + suffix
                    names.formUnion(lists[key] ?? [])
                }
            }
            return names
        }
        let women = given("f"), men = given("m")
        for (version, female) in [(2, false), (3, true)] {
            let names = NameStandIn(key: Self.key, rules: rules, scheme: try #require(StandInScheme(version: version)))
            let standIn = names.person("Anna Tarrowby").split(separator: " ").map(String.init)
            try #require(standIn.count == 2, "scheme \(version): \(standIn)")
            #expect((female ? women : men).contains(standIn[0]), "scheme \(version): \(standIn)")
            let particles = names.person("Lars van den Tarrowby").split(separator: " ").map(String.init)
            #expect((particles.count == 4 && particles[1] == "van" && particles[2] == "den") == (version >= 3), "scheme \(version): \(particles)")
        }
    }

    /// From scheme 4 a name whose words all read as given names has its last word for the
    /// surname, and the given names before it say the gender (`Леман` is a Turkish woman's
    /// given name; scheme 3 read `Йорн Леман` as a woman with two given names).
    @Test func theLastOfGivenNamesIsTheSurnameFromScheme4() throws {
        let rules = try RedactionEngine(configuration: RedactionConfiguration(key: Self.key)).compiled.nameRules
        let leman = try #require(WordAnalysis.analyze("Леман", rules: rules).entry)
        #expect(leman.isFemaleGiven && !leman.isMaleGiven, "the test needs a woman's given name alone")
        #expect(WordAnalysis.analyze("Йорн", rules: rules).entry?.isGiven != true, "the test needs an unlisted given name")
        let lists = SharedStandIns.shared.lists
        var women: Set<String> = [], given: Set<String> = []
        for family in ["az", "ru", "tr", "en"] {
            for tier in 1...9 {
                let suffix = tier == 1 ? "" : ".\(tier)"
                // As written and in Cyrillic letters (a Turkish name's stand-in in a Russian text).
                let f = (lists[family + "\tgiven-f" + suffix] ?? []).flatMap { [$0, Transliteration.azerbaijaniToCyrillic($0)] }
                let m = (lists[family + "\tgiven-m" + suffix] ?? []).flatMap { [$0, Transliteration.azerbaijaniToCyrillic($0)] }
                women.formUnion(f)
                given.formUnion(f)
                given.formUnion(m)
            }
        }
        for version in [3, 4] {
            let names = NameStandIn(key: Self.key, rules: rules, scheme: try #require(StandInScheme(version: version)))
            let standIn = names.person("Йорн Леман").split(separator: " ").map(String.init)
            try #require(standIn.count == 2, "scheme \(version): \(standIn)")
            #expect(women.contains(standIn[0]) == (version == 3), "scheme \(version): \(standIn)")
            #expect(given.contains(standIn[1]) == (version == 3), "scheme \(version): \(standIn)")
        }
    }

    /// From scheme 4 a Russian surname that does not decline takes the case of the given name
    /// before it in its stand-in (`Юлии Тарвенко` → `… <surname>ой`); scheme 3 left it in the
    /// nominative. A man's given name in a case form before it is his (`Виктора Тарвенко`).
    @Test func anIndeclinableSurnameTakesTheGivenNamesCaseFromScheme4() throws {
        let rules = try RedactionEngine(configuration: RedactionConfiguration(key: Self.key)).compiled.nameRules
        for version in [3, 4] {
            let names = NameStandIn(key: Self.key, rules: rules, scheme: try #require(StandInScheme(version: version)))
            let nominative = names.person("Юлия Тарвенко").split(separator: " ").map(String.init)
            try #require(nominative.count == 2 && nominative[1].hasSuffix("а"), "scheme \(version): \(nominative)")
            let stem = String(nominative[1].dropLast())
            for (form, ending) in [("Юлии Тарвенко", "ой"), ("Юлию Тарвенко", "у"), ("Юлией Тарвенко", "ой"), ("Людмилы Тарвук", "ой")] {
                let standIn = names.person(form).split(separator: " ").map(String.init)
                try #require(standIn.count == 2, "scheme \(version): \(standIn)")
                let declined = standIn[1].hasSuffix("ов" + ending) || standIn[1].hasSuffix("ев" + ending)
                    || standIn[1].hasSuffix("ин" + ending) || standIn[1].hasSuffix("ын" + ending)
                #expect(declined == (version == 4), "scheme \(version): \(form) → \(standIn)")
                if form.hasSuffix("Тарвенко") && version == 4 { #expect(standIn[1] == stem + ending, "\(form) → \(standIn)") }
            }
            let man = names.person("Виктор Тарвенко").split(separator: " ").map(String.init)
            try #require(man.count == 2, "scheme \(version): \(man)")
            let instrumental = names.person("Виктором Тарвенко").split(separator: " ").map(String.init)
            #expect((instrumental.last == man[1] + "ым") == (version == 4), "scheme \(version): \(instrumental)")
            let genitive = names.person("Виктора Тарвенко").split(separator: " ").map(String.init)
            #expect((genitive == [man[0] + "а", man[1] + "а"]) == (version == 4), "scheme \(version): \(genitive) for \(man)")
        }
    }

    /// From scheme 4 one person's stand-in comes from one list family: the one most of the
    /// name's listed words share (`Ahmet` is listed as Russian too, `Yılmaz` only as Turkish),
    /// and the surname alone takes the same stand-in as in the full name.
    @Test func onePersonsStandInIsOfOneFamilyFromScheme4() throws {
        let rules = try RedactionEngine(configuration: RedactionConfiguration(key: Self.key)).compiled.nameRules
        let ahmet = try #require(WordAnalysis.analyze("Ahmet", rules: rules).entry)
        let yilmaz = try #require(WordAnalysis.analyze("Yılmaz", rules: rules).entry)
        #expect(ahmet.isListed(in: "r") && ahmet.isListed(in: "t") && yilmaz.isListed(in: "t") && !yilmaz.isListed(in: "r"),
                "the test needs a given name of two families and a surname of one")
        let lists = SharedStandIns.shared.lists
        var turkish: Set<String> = [], russian: Set<String> = []
        for tier in 1...9 {
            let suffix = tier == 1 ? "" : ".\(tier)"
            turkish.formUnion(lists["tr\tgiven-m" + suffix] ?? [])
            russian.formUnion((lists["ru\tgiven-m" + suffix] ?? []).map(Transliteration.russianToASCII))
        }
        for version in [3, 4] {
            let names = NameStandIn(key: Self.key, rules: rules, scheme: try #require(StandInScheme(version: version)))
            names.learn(person: "Ahmet Yılmaz")
            let standIn = names.person("Ahmet Yılmaz").split(separator: " ").map(String.init)
            try #require(standIn.count == 2, "scheme \(version): \(standIn)")
            #expect(turkish.contains(standIn[0]) == (version == 4), "scheme \(version): \(standIn)")
            #expect(russian.contains(standIn[0]) == (version == 3), "scheme \(version): \(standIn)")
            #expect(names.person("Yılmaz") == standIn[1], "scheme \(version): \(standIn)")
        }
        // An English given name and surname (`Baker` is in the Azerbaijani lists as a sound):
        // from scheme 4 both from the English lists.
        var englishSurnames: Set<String> = []
        for tier in 1...9 {
            // Entries with gendered forms are written `MALE|FEMALE`.
            let entries = lists["en\tsurname" + (tier == 1 ? "" : ".\(tier)")] ?? []
            englishSurnames.formUnion(entries.flatMap { $0.split(separator: "|").map(String.init) })
        }
        let names = NameStandIn(key: Self.key, rules: rules, scheme: .current)
        let baker = names.person("Patricia Baker").split(separator: " ").map(String.init)
        #expect(baker.count == 2 && englishSurnames.contains(baker[1]), "\(baker)")
    }

    /// From scheme 4 a surname's stand-in in `-ов`, `-ин` takes the instrumental such a
    /// surname takes (`Иваном Тарвуком` → `… <surname>ым`), where scheme 3 wrote a noun's `-ом`.
    @Test func aPossessiveSurnamesInstrumentalFromScheme4() throws {
        let rules = try RedactionEngine(configuration: RedactionConfiguration(key: Self.key)).compiled.nameRules
        for version in [3, 4] {
            let names = NameStandIn(key: Self.key, rules: rules, scheme: try #require(StandInScheme(version: version)))
            let nominative = names.person("Иван Тарвук").split(separator: " ").map(String.init)
            try #require(nominative.count == 2, "scheme \(version): \(nominative)")
            let possessive = ["ов", "ев", "ёв", "ин", "ын"].contains { nominative[1].hasSuffix($0) }
            try #require(possessive, "the test needs a stand-in in -ов or -ин: \(nominative)")
            let instrumental = names.person("Иваном Тарвуком").split(separator: " ").map(String.init)
            #expect(instrumental.last == nominative[1] + (version >= 4 ? "ым" : "ом"), "scheme \(version): \(instrumental)")
        }
    }
    /// From scheme 5 the stand-in of a man's name in `-ь` or `-й` in a case form takes the
    /// case whatever its own ending (`Игоря` → `Виктора`, `Игорем` → `Виктором`; a stand-in in
    /// `-й` or `-ь` takes its own soft form); scheme 4 left it in the nominative.
    @Test func aSoftStemmedNamesCaseOnAnyStandInFromScheme5() throws {
        let rules = try RedactionEngine(configuration: RedactionConfiguration(key: Self.key)).compiled.nameRules
        var hardSeen = 0
        for seed in 0..<12 {
            var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 41 + 9) }
            bytes[0] = UInt8(seed)
            let key = try RedactionKey(bytes: bytes)
            for version in [4, 5] {
                let names = NameStandIn(key: key, rules: rules, scheme: try #require(StandInScheme(version: version)))
                let given = try #require(names.person("Игорь Тарвов").split(separator: " ").first.map(String.init))
                let last = try #require(given.unicodeScalars.last)
                let soft = last == "й" || last == "ь"
                let hard = !soft && !"аяоеёуюыиэ".unicodeScalars.contains(last)
                if hard && version == 5 { hardSeen += 1 }
                for (form, hardEnding, softEnding) in [("Игоря Тарвова", "а", "я"), ("Игорю Тарвову", "у", "ю"), ("Игорем Тарвовым", "ом", "ем")] {
                    let made = try #require(names.person(form).split(separator: " ").first.map(String.init))
                    if soft {
                        // A stand-in in `-ь` took the case before scheme 5 too, one in `-й` did not.
                        let declined = String(given.dropLast()) + softEnding
                        #expect(made == (version >= 5 || last == "ь" ? declined : given), "key \(seed), scheme \(version): \(form) → \(made)")
                    } else if hard {
                        #expect(made == (version >= 5 ? given + hardEnding : given), "key \(seed), scheme \(version): \(form) → \(made)")
                    }
                }
            }
        }
        #expect(hardSeen > 0, "no key gave Игорь a stand-in in a hard consonant")
    }
}
