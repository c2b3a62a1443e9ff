import RedactRules
import Testing
@testable import Redact

/// The context model: feature extraction, the trainer's determinism, inference on a model
/// trained here on a tiny synthetic corpus, and the model compiled into the binary.
/// Every name below is invented for these tests.
enum ContextModelFixture {
    static let rules: CompiledRuleSet = try! CompiledRuleSet(spec: DefaultRules.spec)

    static func detector(model: ContextModel?) -> NameDetector {
        let indices = rules.nameRuleIndices!
        return NameDetector(rules: rules.nameRules, personRule: indices.person, locationRule: indices.location,
                            organizationRule: indices.organization, addressRule: indices.address, contextModel: model)
    }

    /// The finds of `detector` in `text`, as `text|LABEL`.
    static func finds(_ text: String, _ detector: NameDetector) -> [String] {
        let units = Array(text.utf16)
        let segmenter = WordSegmenter()
        var tokens: [WordToken] = []
        var finds: [NameDetector.Find] = []
        var nameTokens: [NameDetector.NameToken] = []
        units.withUnsafeBufferPointer { buffer in
            segmenter.segment(buffer, into: &tokens)
            detector.detect(buffer, tokens: tokens, finds: &finds, nameTokens: &nameTokens)
        }
        return finds.sorted { $0.start < $1.start }.map { find in
            String(decoding: units[find.start..<find.end], as: UTF16.self) + "|" + rules.rules[find.rule].label
        }
    }

    /// The features of word `index` of `text`, with the evidence the default rules give.
    static func features(_ text: String, word index: Int) -> [UInt32] {
        let units = Array(text.utf16)
        let segmenter = WordSegmenter()
        var tokens: [WordToken] = []
        var out: [UInt32] = []
        units.withUnsafeBufferPointer { buffer in
            segmenter.segment(buffer, into: &tokens)
            let inputs = detector(model: nil).contextInputs(buffer, tokens: tokens)
            ContextFeatures(units: buffer, tokens: tokens, evidence: inputs.evidence).features(of: index, into: &out)
        }
        return out
    }

    /// A synthetic corpus: invented people, places and organizations in a few sentence frames.
    static func corpus() -> [ContextTrainingDocument] {
        let given = ["Zorvan", "Meloran", "Tavrin", "Oskelli", "Brastik", "Quelda", "Virnosh", "Paltrem"]
        let family = ["Vandermoot", "Pelgrast", "Kritzowen", "Dumbrecht", "Salvorin", "Ebbertane", "Ghorlund", "Tessaly"]
        let places = ["Dunmarrow", "Eskelvik", "Trennickby", "Holvastra", "Marrowgate", "Quenby"]
        let orgs = ["Plexmoor", "Vantgrid", "Corvalis", "Stellquist"]
        var documents: [ContextTrainingDocument] = []
        for i in 0..<60 {
            let person = given[i % given.count] + " " + family[(i * 3) % family.count]
            let place = places[(i * 5) % places.count]
            let org = orgs[(i * 7) % orgs.count] + " Holdings"
            var text = ""
            var spans: [ContextTrainingDocument.Span] = []
            func add(_ before: String, _ name: String, _ label: String, _ after: String) {
                text += before
                let start = text.utf16.count
                text += name
                spans.append(.init(start: start, end: text.utf16.count, label: label))
                text += after
            }
            add("Yesterday ", person, "PERSON", " painted the old fence .\n")
            add("The meeting took place in ", place, "LOCATION", " last week .\n")
            add("She now works for ", org, "ORGANIZATION", " in the city .\n")
            text += "The weather was cold and the roads were closed .\n"
            documents.append(ContextTrainingDocument(text: text, spans: spans, isHeldOut: i % 10 == 9))
        }
        return documents
    }

    static func trainTiny() throws -> String {
        var trainer = ContextModelTrainer()
        trainer.buckets = 1 << 12
        trainer.epochs = 4
        return try trainer.train(corpus()).file
    }

    static func model(_ file: String) throws -> ContextModel {
        let decoded = try ContextModelCompiler.decode(file, path: "<test>")
        return ContextModel(buckets: decoded.buckets, levels: decoded.levels, transitions: decoded.transitions,
                            threshold: decoded.threshold, packed: Array(decoded.weights.utf8))
    }

    /// FNV-1a over the bytes, as a digest to compare two trainings.
    static func digest(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return h
    }
}

@Suite struct ContextFeaturesTests {
    @Test func lowerCasesTheLettersOfTheLanguagesRead() {
        let pairs: [(Character, Character)] = [("A", "a"), ("Ş", "ş"), ("Ğ", "ğ"), ("Ç", "ç"), ("Ö", "ö"), ("Д", "д"), ("Ё", "ё"),
                                                ("Ž", "ž"), ("Ł", "ł")]
        for (upper, lower) in pairs {
            #expect(ContextFeatures.lower(upper.utf16.first!) == lower.utf16.first!, "\(upper)")
            #expect(ContextFeatures.isUpper(upper.utf16.first!))
            #expect(!ContextFeatures.isUpper(lower.utf16.first!))
        }
        // `I ı İ i` are one letter; `ə` and `Ə` read as `e`, and neither is a capital.
        for letter in ["I", "ı", "İ", "i"] { #expect(ContextFeatures.lower(letter.utf16.first!) == 0x69) }
        #expect(ContextFeatures.lower(0x259) == 0x65 && ContextFeatures.lower(0x18F) == 0x65)
        #expect(!ContextFeatures.isUpper(0x259) && ContextFeatures.isUpper(0x18F))
    }

    @Test func theWordFeatureIgnoresCase() {
        let a = ContextModelFixture.features("Dün İZMİR sakindi.", word: 1)
        let b = ContextModelFixture.features("Dün İzmir sakindi.", word: 1)
        #expect(a[1] == b[1])  // the word itself
        #expect(a != b)  // the shape and casing differ
    }

    @Test func anApostropheSuffixGivesTheStemAndTheSuffix() {
        let locative = ContextModelFixture.features("Dün Ankara'da idi.", word: 1)
        let genitive = ContextModelFixture.features("Dün Ankara'nın valisi.", word: 1)
        let bare = ContextModelFixture.features("Dün Ankara idi.", word: 1)
        #expect(locative[2] == genitive[2])  // stem `ankara`
        #expect(locative[3] != genitive[3])  // suffix `da` and `nın`
        #expect(locative.count == bare.count + 2)
    }

    @Test func anInitialIsAFeature() {
        let initial = ContextFeatures.mix(ContextFeatures.Template.initial.rawValue, 1)
        #expect(ContextModelFixture.features("Then W. Sutton left.", word: 1).contains(initial))
        #expect(!ContextModelFixture.features("Then W Sutton left.", word: 1).contains(initial))
    }

    @Test func theListsAreEvidence() {
        let text = "Yesterday Anna met Oluwakemi in the morning."
        let units = Array(text.utf16)
        let segmenter = WordSegmenter()
        var tokens: [WordToken] = []
        let inputs = units.withUnsafeBufferPointer { buffer in
            segmenter.segment(buffer, into: &tokens)
            return ContextModelFixture.detector(model: nil).contextInputs(buffer, tokens: tokens)
        }
        #expect(inputs.isCandidate == [true, true, false, true, false, false, false])
        #expect(inputs.evidence[1] & ContextEvidence.givenName != 0)
        #expect(inputs.evidence[3] & ContextEvidence.analysed != 0)
        #expect(inputs.evidence[3] & (ContextEvidence.givenName | ContextEvidence.surname | ContextEvidence.place) == 0)
        #expect(inputs.evidence[2] == 0)  // a lower-case word is not analysed
    }

    @Test func segmentsAreRunsOfCapitalsWithShortJoiningWords() {
        let text = "They met at the Bank of Ganja, then W. Sutton left for New York."
        let units = Array(text.utf16)
        let segmenter = WordSegmenter()
        var tokens: [WordToken] = []
        let segments = units.withUnsafeBufferPointer { buffer -> [String] in
            segmenter.segment(buffer, into: &tokens)
            let inputs = ContextModelFixture.detector(model: nil).contextInputs(buffer, tokens: tokens)
            return ContextSegments.find(units: buffer, tokens: tokens, isCandidate: inputs.isCandidate).map { range in
                String(decoding: units[Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)], as: UTF16.self)
            }
        }
        #expect(segments == ["They", "Bank of Ganja", "W. Sutton", "New York"])
    }
}

@Suite struct ContextModelTrainingTests {
    @Test func trainingTwiceGivesTheSameWeights() throws {
        let first = try ContextModelFixture.trainTiny()
        let second = try ContextModelFixture.trainTiny()
        #expect(ContextModelFixture.digest(first) == ContextModelFixture.digest(second))
        #expect(first.hasPrefix(ContextModelCompiler.magic + "\nbuckets 4096\n"))
    }

    @Test func theTinyModelReadsNewNamesInKnownFrames() throws {
        let model = try ContextModelFixture.model(ContextModelFixture.trainTiny()).with(threshold: 0)
        let detector = ContextModelFixture.detector(model: model)
        // Names the tiny corpus never had, in its frames.
        #expect(ContextModelFixture.finds("Yesterday Wubrekt Gorrimbo painted the old fence .", detector)
                == ["Wubrekt Gorrimbo|PERSON"])
        #expect(ContextModelFixture.finds("The meeting took place in Ostravelle last week .", detector) == ["Ostravelle|LOCATION"])
        // Without the model the rules find neither.
        let rulesOnly = ContextModelFixture.detector(model: nil)
        #expect(ContextModelFixture.finds("Yesterday Wubrekt Gorrimbo painted the old fence .", rulesOnly) == [])
    }

    @Test func theDecoderKeepsBIOAndForcesOutside() {
        // Two words whose emissions favour I-PER alone: BIO makes the path start with B-PER.
        var emissions = [Float](repeating: 0, count: 14)
        emissions[ContextTag.insidePerson.rawValue] = 5
        emissions[7 + ContextTag.insidePerson.rawValue] = 5
        emissions[ContextTag.beginPerson.rawValue] = 1
        let transitions = [Float](repeating: 0, count: 49)
        let best = ContextDecoder.viterbi(emissions: emissions, count: 2, transitions: transitions)
        #expect(best.path == [ContextTag.beginPerson.rawValue, ContextTag.insidePerson.rawValue])
        let spans = ContextDecoder.spans(path: best.path, score: best.score, emissions: emissions, transitions: transitions)
        #expect(spans == [ContextSpan(start: 0, end: 2, kind: .person, margin: 6)])
        let outside = ContextDecoder.viterbi(emissions: emissions, count: 2, transitions: transitions, forcedOutside: 0..<2)
        #expect(outside.path == [0, 0] && outside.score == 0)
    }

    @Test func aMalformedWeightsFileIsRefusedWithItsLine() {
        #expect(throws: RuleFileError.self) { try ContextModelCompiler.decode("redact-context-model/1\nbuckets 3\n", path: "w") }
        do {
            _ = try ContextModelCompiler.decode(ContextModelCompiler.magic + "\nbuckets 4\nthreshold 1\nlevels 1\ntransitions\nweights\n", path: "w")
            Issue.record("accepted")
        } catch {
            #expect(error.line == 4)
        }
    }
}

@Suite struct EmbeddedContextModelTests {
    @Test func theEmbeddedModelLoads() throws {
        let model = try #require(ContextModel.embedded)
        #expect(model.buckets == 1 << 17)
        #expect(model.levels.count == 95 && model.transitions.count == 49)
        #expect(model.threshold.isFinite)
    }

    @Test func aNameInNoListIsFoundByTheModel() throws {
        let model = try #require(ContextModel.embedded)
        // Invented names, in no list: the rules alone leave them.
        for word in ["Wubrekt", "Gorrimbo"] {
            #expect(Lexicon.name(phonetic: NameKey.phonetic(word)) == nil)
        }
        let text = "Police questioned Wubrekt Gorrimbo, a driver from the port, on Friday."
        #expect(ContextModelFixture.finds(text, ContextModelFixture.detector(model: nil)) == [])
        #expect(ContextModelFixture.finds(text, ContextModelFixture.detector(model: model)) == ["Wubrekt Gorrimbo|PERSON"])
    }

    @Test(arguments: [
        "the weather was cold and nobody came to the meeting.\nwe waited until nine.",
        "The weather was cold. Nobody came to the meeting on Tuesday. We waited until nine.",
        "THE MEETING IS CANCELLED\nPlease call back later. Thanks!",
        "Bu gün hava soyuq idi. Heç kim gəlmədi.",
        "Сегодня было холодно. Никто не пришёл на встречу.",
        "Bugün hava soğuktu. Kimse toplantıya gelmedi.",
    ])
    func textWithoutNamesPassesThroughUnchanged(text: String) throws {
        _ = try #require(ContextModel.embedded)
        #expect(NameCases.engine.redact(text).output == text)
        #expect(ContextModelFixture.finds(text, ContextModelFixture.detector(model: ContextModel.embedded))
                == ContextModelFixture.finds(text, ContextModelFixture.detector(model: nil)))
    }
}

/// A case suffix after an apostrophe ends a name in the model's reading as it does in the
/// rules': Turkish writes the suffix on the last word of a proper name only. Every name is
/// invented.
@Suite struct ModelSpansEndAtApostropheSuffixesTests {
    static var detector: NameDetector { ContextModelFixture.detector(model: ContextModel.embedded) }

    @Test(arguments: [
        ("Filmde Tarvesay'ın Kadir Ünalan ile oynadığı sahneler var.", ["Tarvesay|PERSON", "Kadir Ünalan|PERSON"]),
        ("Velpaz'ın Arko markası büyüdü.", ["Velpaz|PERSON", "Arko|PERSON"]),
    ])
    func twoNamesAcrossASuffix(text: String, expected: [String]) throws {
        _ = try #require(ContextModel.embedded)
        let finds = ContextModelFixture.finds(text, Self.detector)
        // Without the model the rules find less here: it is the model's span that is cut.
        #expect(ContextModelFixture.finds(text, ContextModelFixture.detector(model: nil)) != finds)
        #expect(finds == expected)
    }

    @Test func anApostropheInsideANameInAnEnglishLineStays() throws {
        let finds = ContextModelFixture.finds("Officials of Dar al-Qarma'a al-Velmira met on Tuesday.", Self.detector)
        // The model's name is not cut at a one-letter "suffix" into `Qarma` and `Velmira`.
        #expect(finds.contains { $0.hasPrefix("Qarma'a al-Velmira|") })
    }
}
