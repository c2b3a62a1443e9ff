import Testing
@testable import Redact

/// An acronym introduced with its organization's name takes the initials of the name's stand-in
/// (`Pseudonym/AcronymStandIn.swift`), and the name before it is found (`findAcronymDefinitions`).
/// Every organization here is invented.
@Suite struct AcronymStandInTests {
    static let engine: RedactionEngine = try! RedactionEngine(configuration: RedactionConfiguration(
        operators: OperatorTable(defaultOperator: .pseudonym), key: try! RedactionKey(bytes: Array(repeating: 5, count: 32))))

    @Test func initialsAreReadFourWays() {
        let name = "Движение за чистые берега Тарвы"
        #expect(AcronymStandIn.initials(of: name, reading: .everyWord) == "ДЗЧБТ")
        #expect(AcronymStandIn.initials(of: name, reading: .longWords) == "ДЧБТ")
        #expect(AcronymStandIn.initials(of: name, reading: .capitalizedWords) == "ДТ")
        #expect(AcronymStandIn.reading(of: "ДЧБТ", in: name) == .longWords)
        #expect(AcronymStandIn.reading(of: "ДТ", in: name) == .capitalizedWords)
        #expect(AcronymStandIn.reading(of: "ДЗ", in: name) == nil)
        // Without the prepositions and conjunctions of the rule set (`org.acronym-skipped-words`).
        let skipped = Self.engine.compiled.nameRules.acronymSkippedWords
        let front = "Объединённый фронт за демократию против вырубки"
        #expect(AcronymStandIn.initials(of: front, reading: .contentWords, skipping: skipped) == "ОФДВ")
        #expect(AcronymStandIn.reading(of: "ОФДВ", in: front, skipping: skipped) == .contentWords)
        #expect(AcronymStandIn.reading(of: "ОФДВ", in: front) == nil)  // `против` is long and in lower case
        #expect(AcronymStandIn.initials(of: "Tarvin Təhlükəsizlik və Əməkdaşlıq Təşkilatı", reading: .contentWords,
                                        skipping: skipped) == "TTƏT")
        #expect(AcronymStandIn.initials(of: "«Тарвин-Прибой» банк", reading: .everyWord) == "ТПБ")
        #expect(AcronymStandIn.isAcronym("ДЧБТ") && AcronymStandIn.isAcronym("Aİ"))
        #expect(!AcronymStandIn.isAcronym("Дчбт") && !AcronymStandIn.isAcronym("A") && !AcronymStandIn.isAcronym("ABCDEFGHI"))
    }

    /// The stand-ins of each mention, by their text.
    static func standIns(_ text: String) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for span in engine.redact(text).spans { out[span.text, default: []].insert(span.replacement) }
        return out
    }

    @Test(arguments: [
        ("Активисты Движения за чистые берега Тарвы (ДЧБТ) вышли на акцию. Позже в ДЧБТ сообщили об итогах.",
         "Движения за чистые берега Тарвы", "ДЧБТ", AcronymStandIn.Reading.longWords),
        ("Officials of the Varnholt Bureau of Tidal Records (VBTR) said the VBTR would publish the data.",
         "Varnholt Bureau of Tidal Records", "VBTR", AcronymStandIn.Reading.longWords),
        ("Sözcü, Tarvin Kıyı Koruma Derneği (TKKD) adına konuştu. TKKD yeni bir rapor yayımladı.",
         "Tarvin Kıyı Koruma Derneği", "TKKD", AcronymStandIn.Reading.everyWord),
        ("Генеральный секретарь Объединённого фронта за демократию против вырубки (ОФДВ) выступил. Позже ОФДВ провёл митинг.",
         "Объединённого фронта за демократию против вырубки", "ОФДВ", AcronymStandIn.Reading.contentWords),
    ])
    func theAcronymIsTheInitialsOfTheNamesStandIn(_ text: String, _ name: String, _ acronym: String,
                                                 _ reading: AcronymStandIn.Reading) throws {
        let found = Self.standIns(text)
        let nameStandIns = try #require(found[name], "\(name) not replaced: \(found)")
        let acronymStandIns = try #require(found[acronym], "\(acronym) not replaced: \(found)")
        #expect(nameStandIns.count == 1 && acronymStandIns.count == 1, "one stand-in each: \(found)")
        // The initials of the stand-in's words in the places the acronym reads in the name.
        let standInWords = AcronymStandIn.words(of: try #require(nameStandIns.first))
        let nameWords = AcronymStandIn.words(of: name)
        #expect(standInWords.count == nameWords.count)
        let expected = AcronymStandIn.initials(of: standInWords, at: AcronymStandIn.positions(
            in: nameWords, reading: reading, skipping: Self.engine.compiled.nameRules.acronymSkippedWords))
        #expect(acronymStandIns == [expected], "\(acronymStandIns) for the name's \(nameStandIns)")
        #expect(!Self.engine.redact(text).output.contains(acronym))
    }

    /// An acronym met without its name in brackets, where the run names an organization whose
    /// initials give it (in any case form of the name), takes the initials of that name's
    /// stand-in too; two different names with its initials leave it a stand-in of its own.
    @Test func anAcronymWithoutBracketsTakesTheInitialsOfANameOfTheRun() throws {
        let text = "Саммит Тарвинского морского союза прошёл в столице. Позже ТМС принял решение."
        let found = Self.standIns(text)
        let name = try #require(found["Тарвинского морского союза"]?.first, "\(found)")
        let acronym = try #require(found["ТМС"]?.first, "\(found)")
        #expect(acronym == AcronymStandIn.initials(of: name, reading: .everyWord), "\(acronym) for \(name)")
        // Inside a longer name too (`комиссию ТМС`).
        let inside = Self.engine.redact("Саммит Тарвинского морского союза прошёл в столице. Депутаты обратились в комиссию ТМС вчера.").output
        #expect(inside.contains("комиссию " + acronym + " вчера"), "\(inside)")
        let two = Self.standIns("Саммит Тарвинского морского союза прошёл. Тервельский Мостовой Совет заседал. Позже ТМС принял решение.")
        let first = try #require(two["Тарвинского морского союза"]?.first, "\(two)")
        let second = try #require(two["Тервельский Мостовой Совет"]?.first, "\(two)")
        let other = try #require(two["ТМС"]?.first, "\(two)")
        #expect(other != AcronymStandIn.initials(of: first, reading: .everyWord)
                    && other != AcronymStandIn.initials(of: second, reading: .everyWord), "\(two)")
    }

    /// A name that holds its own acronym (`TFF Futbol Federasyonu`, whose initials are `TFF`):
    /// the acronym inside the name's stand-in is replaced as any other word, not through the
    /// name again (which once recursed without end).
    @Test func aNameHoldingItsOwnAcronymEnds() {
        let out = Self.engine.redact("Yetkililer TFF Futbol Federasyonu adına konuştu. Sonra TFF açıklama yaptı.").output
        #expect(!out.contains("TFF"), "\(out)")
    }

    @Test func anAcronymThatIsAnOrdinaryWordLinksNothing() {
        let text = "Officials of the Inland Navigation (IN) met. In the morning they spoke. In May they met again."
        let replaced = Self.engine.detect(text).map(\.text)
        #expect(!replaced.contains("In"), "\(replaced)")
        let linked = "Officials of the Tarvin Navigation Office (TNO) met. Later the TNO spoke."
        #expect(Self.engine.detect(linked).filter { $0.text == "TNO" }.count == 2)
    }

    @Test(arguments: [
        // A term that opens a sentence, its other words in lower case.
        "Валовой внутренний продукт (ВВП) вырос на два процента.",
        // Initials that do not give the letters in brackets.
        "Представители Тарвинского общества (ABC) выступили.",
    ])
    func aPhraseWhoseInitialsDoNotFitOrATermIsNoOrganization(_ text: String) {
        // The phrase from its first word to the bracket is not taken as the acronym's name.
        let first = String(text.prefix { $0 != " " })
        let taken = Self.engine.detect(text).filter { $0.text.hasPrefix(first) }
        #expect(taken.isEmpty, "\(text) → \(taken.map(\.text))")
    }
}
