import Testing
@testable import RedactEval

@Suite struct StandInConsistencyTests {
    @Test func shortFormsAreWordSubsequences() {
        #expect(StandInConsistency.isShortForm("Əliyev", of: "Kamran Əliyev"))
        #expect(StandInConsistency.isShortForm("Kamran Əliyev", of: "Kamran Rauf oğlu Əliyev"))
        #expect(StandInConsistency.isShortForm("[PERSON-1]", of: "[PERSON-1]"))
        #expect(!StandInConsistency.isShortForm("Əliyev Kamran", of: "Kamran Əliyev"))
        #expect(!StandInConsistency.isShortForm("Əli", of: "Kamran Əliyev"))        // words, not prefixes
        #expect(!StandInConsistency.isShortForm("Kamran Əliyev", of: "Əliyev"))
        #expect(!StandInConsistency.isShortForm("", of: "Kamran"))
    }

    @Test func caseFormsAndInitialsMatchTheirWord() {
        #expect(StandInConsistency.isShortForm("Сафарову", of: "Муса Сафаров"))
        #expect(StandInConsistency.isShortForm("Мусы Сафаровой", of: "Муса Сафарова"))
        #expect(StandInConsistency.isShortForm("K. Əliyev", of: "Kamran Əliyev"))
        #expect(StandInConsistency.isShortForm("Вильнев-Сен-Жоржем", of: "Вильнев-Сен-Жорж"))
        #expect(!StandInConsistency.isShortForm("Вильнев-Сен-Дени", of: "Вильнев-Сен-Жорж"))
        #expect(!StandInConsistency.isShortForm("Сафонову", of: "Муса Сафаров"))
        #expect(!StandInConsistency.isShortForm("Əliyevə", of: "Kamran Əliyev"))  // Latin words are matched whole
        #expect(!StandInConsistency.isShortForm("T. Əliyev", of: "Kamran Əliyev"))
    }

    @Test func oneStandInInTwoScriptsMatches() {
        #expect(StandInConsistency.isShortForm("Stepan Belov", of: "Степан Белов"))
        #expect(StandInConsistency.isShortForm("Степан", of: "Stepan Belov"))
        #expect(StandInConsistency.isShortForm("Tsvetkov", of: "Владислав Цветков"))
        #expect(StandInConsistency.isShortForm("Elçin Hüseynov", of: "Эльчин Гусейнов"))
        #expect(!StandInConsistency.isShortForm("Russell Vasilev", of: "Степан Белов"))
        #expect(!StandInConsistency.isShortForm("Shane Reynolds", of: "Яков Герасимов"))
        #expect(!StandInConsistency.isShortForm("Belov", of: "Павел Белых"))  // same script rule: Latin vs Cyrillic consonants differ
        // A name of one consonant: its first letter and length must agree too.
        #expect(StandInConsistency.isShortForm("Ilya Mironov", of: "Илья Миронова"))
        #expect(StandInConsistency.isShortForm("Yana el-Fedotova", of: "Яна эль-Федотова"))
        #expect(StandInConsistency.isShortForm("Leyla Gerasimova", of: "Лейли Герасимовой"))
        #expect(!StandInConsistency.isShortForm("Anna", of: "Нина Белова"))
        #expect(!StandInConsistency.isShortForm("Ali", of: "Лейли Белова"))
        #expect(!StandInConsistency.isShortForm("Ilyaaaa", of: "Илья"))
    }

    /// One stand-in spelled as each mention is: in capitals, in ASCII, with the language's letters.
    @Test func oneStandInInTwoLatinSpellingsOrInCapitalsMatches() {
        #expect(StandInConsistency.isShortForm("GULAR", of: "Gular Orujova"))
        #expect(StandInConsistency.isShortForm("Gular Orujova", of: "Gülər Orucova"))
        #expect(StandInConsistency.isShortForm("Bahramtepe", of: "Bəhramtəpə"))
        #expect(StandInConsistency.isShortForm("PƏRVİZ", of: "Pərviz Səfərli"))
        #expect(!StandInConsistency.isShortForm("Gulshan", of: "Aysel Nuriyeva"))
        #expect(!StandInConsistency.isShortForm("Murray", of: "Ebru Demirci"))
        #expect(!StandInConsistency.isShortForm("Əliyevə", of: "Kamran Əliyev"))  // letters added: another word
    }

    @Test func fixtureConsistency() throws {
        // A: p1's mentions got "Kamran Əliyev" (longest mention) and "Kamran": consistent. The
        // LOCATION "Gəncə" got no stand-in, so it is in no pair. B: "Xaçmaz" and "Leyla", one pair,
        // distinct. Replacements: 3 in A, 2 in B (the DATE has none).
        let consistency = try #require(try ScoringFixture.report().consistency)
        #expect(consistency == EvalConsistency(
            predictionsWithReplacement: 5, entitiesChecked: 1, consistentEntities: 1, consistencyRate: 1,
            entitiesWithUnreplacedMentions: 0, entityPairs: 1, collidingPairs: 0, distinctRate: 1, inconsistentEntities: []))
    }

    @Test func inconsistentStandInsCollisionsAndUnreplacedMentions() throws {
        // Code points: Elçin 0..<5, Hüseynov 6..<14, Elçin 15..<20, Anna 21..<25, Leyla 26..<31.
        let text = "Elçin Hüseynov Elçin Anna Leyla"
        let document = GoldDocument(id: "d", text: text, spans: [
            GoldSpan(codePointRange: 0..<14, label: "PERSON", entity: "e"),
            GoldSpan(codePointRange: 15..<20, label: "PERSON", entity: "e"),
            GoldSpan(codePointRange: 21..<25, label: "PERSON", entity: "a"),
            GoldSpan(codePointRange: 26..<31, label: "PERSON", entity: "l"),
            GoldSpan(codePointRange: 6..<14, label: "PERSON", entity: "l"),
        ])
        let predictions = [
            PredictedSpan(codePointRange: 0..<14, label: "PERSON", replacement: "Kamran Əliyev"),
            // The second "Elçin" got a name that is no part of "Kamran Əliyev": inconsistent.
            PredictedSpan(codePointRange: 15..<20, label: "PERSON", replacement: "Tural"),
            // "Anna" and "Leyla" got the same stand-in as "Elçin Hüseynov": two colliding pairs.
            PredictedSpan(codePointRange: 21..<25, label: "PERSON", replacement: "Kamran Əliyev"),
            PredictedSpan(codePointRange: 26..<31, label: "PERSON", replacement: "Kamran Əliyev"),
        ]
        var scorer = EvalScorer()
        try scorer.add(document: document, predictions: predictions)
        let consistency = try #require(scorer.finish().consistency)
        // Entities: e (checked, inconsistent), a (single mention), l (two mentions; 6..<14 is
        // covered by the 0..<14 prediction, so both have stand-ins: "Kamran Əliyev" twice, consistent).
        #expect(consistency.entitiesChecked == 2 && consistency.consistentEntities == 1 && consistency.consistencyRate == 0.5)
        // The inconsistent one is listed with each mention's stand-in, to read.
        #expect(consistency.inconsistentEntities == [EvalInconsistentEntity(
            document: "d", label: "PERSON", entity: "e", standIn: "Kamran Əliyev",
            mentions: [.init(text: "Elçin Hüseynov", standIn: "Kamran Əliyev"), .init(text: "Elçin", standIn: "Tural")])])
        // Three entities with stand-ins, all "Kamran Əliyev": 3 pairs, all colliding.
        #expect(consistency.entityPairs == 3 && consistency.collidingPairs == 3 && consistency.distinctRate == 0)

        var partial = EvalScorer()
        try partial.add(document: document, predictions: [predictions[0]])
        let unreplaced = try #require(partial.finish().consistency)
        // e: "Elçin" (15..<20) has no stand-in; l: "Leyla" has none: neither is checked.
        #expect(unreplaced.entitiesChecked == 0 && unreplaced.entitiesWithUnreplacedMentions == 2 && unreplaced.consistencyRate == nil)
    }

    /// The consistency of one document whose mentions at `entity` are one entity with `label`,
    /// given predictions of that label with their replacements.
    private static func consistency(of text: String, entity: [Range<Int>], label: String,
                                    predictions: [(Range<Int>, String)]) throws -> EvalConsistency {
        let document = GoldDocument(id: "d", text: text, spans: entity.map { GoldSpan(codePointRange: $0, label: label, entity: "e") })
        var scorer = EvalScorer()
        try scorer.add(document: document, predictions: predictions.map {
            PredictedSpan(codePointRange: $0.0, label: label, replacement: $0.1)
        })
        return try #require(scorer.finish().consistency)
    }

    /// A word the replacement copies from the prediction's text outside the mention (a kept
    /// designator) is no part of the mention's stand-in.
    @Test func wordsCopiedFromOutsideTheMentionAreLeftOut() throws {
        // Code points: Ливерпуль 0..<9, улицы 11..<16, Ливерпуля 17..<26. The entity's stand-in
        // is its first mention's (the longest, on a tie): `Йеовиль`, of which `улицы Йеовиля`
        // is no short form unless the copied `улицы` is left out.
        func consistency(_ first: String, _ second: String) throws -> EvalConsistency {
            try Self.consistency(of: "Ливерпуль; улицы Ливерпуля", entity: [0..<9, 17..<26], label: "LOCATION",
                                 predictions: [(0..<9, first), (11..<26, second)])
        }
        #expect(try consistency("Йеовиль", "улицы Йеовиля").consistentEntities == 1)
        // Another stand-in stays another stand-in.
        #expect(try consistency("Йеовиль", "улицы Дарвена").consistentEntities == 0)
    }

    /// A mention the engine found as two spans reads as both stand-ins, in order.
    @Test func aMentionFoundAsTwoSpansReadsBothStandIns() throws {
        // Code points: Оливер Кан 0..<10, Оливеру Кану 12..<24 (`Оливеру` 12..<19, `Кану` 20..<24).
        func consistency(_ given: String, _ surname: String) throws -> EvalConsistency {
            // The predictions out of order: the check puts them in the text's.
            try Self.consistency(of: "Оливер Кан; Оливеру Кану", entity: [0..<10, 12..<24], label: "PERSON",
                                 predictions: [(0..<10, "Керем Чынар"), (20..<24, surname), (12..<19, given)])
        }
        #expect(try consistency("Керему", "Чынару").consistentEntities == 1)
        let split = try consistency("Керему", "Топчану")
        #expect(split.consistentEntities == 0)
        #expect(split.inconsistentEntities?.first?.mentions.last?.standIn == "Керему Топчану")
    }

    @Test func noReplacementsMeansNoConsistencyFigures() throws {
        var scorer = EvalScorer()
        try scorer.add(document: ScoringFixture.documentA, predictions: ScoringFixture.predictionsA.map {
            PredictedSpan(codePointRange: $0.codePointRange, label: $0.label, ruleID: $0.ruleID)
        })
        #expect(scorer.finish().consistency == nil)
    }
}

@Suite struct StandInAcronymConsistencyTests {
    @Test func anAcronymMatchesTheInitialsOfItsName() {
        #expect(StandInConsistency.isShortForm("ДПЗИ", of: "Движение против закатной иммиграции"))  // every word
        #expect(StandInConsistency.isShortForm("ФБСЕ", of: "Флейта по безопасности и сотрудничеству в Еноте"))  // some words
        #expect(StandInConsistency.isShortForm("ДЧБЕ", of: "Движение за чистые берега Ели"))
        #expect(StandInConsistency.isShortForm("TBT", of: "Trout Bureau of Twilight"))  // long or capitalized words
        #expect(StandInConsistency.isShortForm("PP", of: "Puffin-Pony"))  // hyphen parts
        #expect(!StandInConsistency.isShortForm("ДПНИ", of: "Движение против закатной иммиграции"))
        #expect(!StandInConsistency.isShortForm("Дпзи", of: "Движение против закатной иммиграции"))  // not capitals
        #expect(!StandInConsistency.isShortForm("T", of: "Trout Bureau"))
        #expect(!StandInConsistency.isShortForm("BT", of: "Trout Bureau of Twilight"))  // from the first word on
        #expect(!StandInConsistency.isShortForm("TB", of: "TroutBureau"))  // one word has one initial
    }

    /// Quotes around a name are no part of it: a company's span holds its legal form and quotes.
    @Test func quotesDoNotCount() {
        #expect(StandInConsistency.isShortForm("Успех", of: "ООО «Успех»"))
        #expect(StandInConsistency.isShortForm("«Успех»", of: "Успех"))
        #expect(StandInConsistency.isShortForm("«Вереск-Дубрава»", of: "ООО «Вереск-Дубрава»"))
        #expect(!StandInConsistency.isShortForm("«Степь»", of: "Пион"))
        #expect(!StandInConsistency.isShortForm("«»", of: "Успех"))
    }
}
