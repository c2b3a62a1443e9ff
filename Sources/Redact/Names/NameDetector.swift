import RedactRules

/// Finds people, places, organizations and addresses in segmented text, by word lists,
/// morphology, titles and cues, and capitalization with position.
///
/// Evidence, in the order it is weighed:
/// 1. a speaker label (`ELÇİN:` at the start of a line) is a person;
/// 2. a street type before or after a capitalized run (`… küçəsi 25`, `ул. …`) makes an address,
///    an organization designator (`… Police Station`, `… Bakanlığı`, `ООО «…»`) an organization;
/// 3. a run of capitalized words is cut at ordinary words (months, nationalities, countries,
///    common words), and each piece is a person when one of its words is a known given name or
///    surname that is not also an ordinary word, has a surname or patronymic ending, or comes
///    right after a title or cue (`Mr.`, `г-н`, `named`) or before one (`bəy`, `xanım`, `adlı`);
///    a known name that is also an ordinary word (`Will`, `Umut`) needs a second name word or a cue;
/// 4. otherwise a capitalized word or phrase in the place lists is a location;
/// 5. the trained context model (`Names/ContextModel.swift`), which reads each run of
///    capitalized words with the lists' and cues' verdicts as features, gives the kind where
///    the rules' person is weak and adds the names the rules left, with titles, cues and
///    countries outside them.
///
/// A capital at the start of a sentence is no evidence by itself: ordinary words there are
/// recognised by the common-word list, not by their capital.
///
/// One file per kind of evidence, each an extension of this class: `WordAnalysis.swift`
/// (what one word is), `NameRuns.swift` (runs of capitalized words, people), `Places.swift`,
/// `Organizations.swift`, `Addresses.swift`, `TableNames.swift` (results lines),
/// `ContextReading.swift` (the trained model's reading) and `TextPositions.swift` (where a
/// word stands). Each is an extension of ``NameReading``, the value that holds one text's
/// state and is passed through every room; this class holds only what outlives a text (the
/// rules, the word analyses, the model's buffers). This file holds both, the pass over a
/// text, and `emit`, which turns a judged range into a find.
final class NameDetector {
    let rules: NameRules
    let personRule: Int
    let locationRule: Int
    let organizationRule: Int
    let addressRule: Int
    /// The analyses of the words seen, by word and line languages (pure: see ``BoundedMemo``).
    var cache = BoundedMemo<WordKey, WordAnalysis>(limit: NameDetector.cacheLimit)
    static let cacheLimit = 98_304

    /// A word's UTF-16 code units and its line's languages, as the analysis cache's key. It
    /// hashes its units as one run of bytes: `[UInt16]` as a key fed the hasher one unit at a
    /// time.
    struct WordKey: Hashable {
        var units: [UInt16]
        static func == (a: WordKey, b: WordKey) -> Bool { a.units == b.units }
        func hash(into hasher: inout Hasher) {
            units.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// The trained context model (`Names/ContextModel.swift`), one source of evidence among
    /// the lists, morphology and cues; nil to detect by rules alone.
    let contextModel: ContextModel?

    /// When set, every name the context model reads that the rules did not already cover is
    /// recorded here, whatever its margin (`redact train` chooses the threshold from them).
    var contextProposals: [ContextProposal]? = nil

    init(rules: NameRules, personRule: Int, locationRule: Int, organizationRule: Int, addressRule: Int,
         contextModel: ContextModel? = ContextModel.embedded) {
        self.rules = rules
        self.personRule = personRule
        self.locationRule = locationRule
        self.organizationRule = organizationRule
        self.addressRule = addressRule
        self.contextModel = contextModel
    }

    /// A name the context model read where the rules had found nothing, in UTF-16 units.
    struct ContextProposal {
        var start: Int
        var end: Int
        var kind: ContextKind
        var margin: Float
    }

    /// A find: UTF-16 range, label rule, and the keys its words are linked by.
    struct Find {
        var start: Int
        var end: Int
        var rule: Int
        var keys: [String]
        /// Found by the context model alone, with its margin over the threshold (≥ 1), or by
        /// the rules (0).
        var modelMargin: Float = 0
        /// How well the label is supported, for `detect`'s confidence: see ``KindSupport``.
        var kindSupport: KindSupport = .rules
    }

    /// What a find's kind rests on besides the rule that chose it.
    enum KindSupport: Equatable {
        /// The rule alone (an ending, a cue, a capitalized run).
        case rules
        /// The context model or the lists read the same kind.
        case agreed
        /// The context model and the lists both read the same kind.
        case confirmed
        /// The context model reads the words as another kind, with a margin at or above its
        /// threshold: the label is uncertain, and `detect` names the other reading.
        case disputed(ContextKind)
        /// Found by its capital alone, where no list, cue or confident model reading says what
        /// kind of name it is (`UnlistedNames.swift`): the label is the model's guess.
        case unsupported
    }

    /// A capitalized word of the text, for linking later mentions to names already found.
    struct NameToken {
        var start: Int
        var end: Int
        var keys: [String]
    }

    /// For the text being read through its view in capitals (`CapitalsView.swift`), whether
    /// each word was written in capitals: its capital is no evidence of a name, as a
    /// sentence's first word's is not. Empty when the text has no such stretch.
    var capitalsTokens: [Bool] = []
    /// The text as written while it is read through its view in capitals (nil otherwise): where
    /// letter case itself is the evidence (``NameReading/findInvertedNames(into:)``).
    var writtenUnits: UnsafeBufferPointer<UInt16>? = nil

    /// Buffers of the context model, reused from text to text (`NameReading.readWithContextModel`).
    var contextScratch = ContextScratch()

    /// The reading of the last text, kept for the next: made anew for each text, it copied
    /// `rules` (a hundred lists, each retained and released), about 1.5 µs a text, a fifth of
    /// the time of `--line-buffered` on lines with no name; its buffers are reused too.
    private var spareReading: NameReading? = nil

    /// Detects in `units`, segmented into `tokens`; appends finds and the capitalized words.
    func detect(_ units: UnsafeBufferPointer<UInt16>, tokens: [WordToken], finds: inout [Find],
                nameTokens: inout [NameToken]) {
        // Lines in capitals are read as a title writes them (`CapitalsView.swift`); the view
        // has the text's length, so offsets stay the text's.
        if let view = capitalsView(units, tokens: tokens) {
            writtenUnits = units
            defer { writtenUnits = nil }
            view.withUnsafeBufferPointer { detectAsWritten($0, tokens: tokens, finds: &finds, nameTokens: &nameTokens) }
        } else {
            detectAsWritten(units, tokens: tokens, finds: &finds, nameTokens: &nameTokens)
        }
    }

    private func detectAsWritten(_ units: UnsafeBufferPointer<UInt16>, tokens: [WordToken], finds: inout [Find],
                                 nameTokens: inout [NameToken]) {
        // Reset in place and moved out, never copied (a copy would retain every list again).
        spareReading?.reset(units: units, tokens: tokens)
        var reading = spareReading.take() ?? NameReading(detector: self, units: units, tokens: tokens)
        reading.detect(finds: &finds, nameTokens: &nameTokens)
        reading.release()
        spareReading = consume reading
    }

    /// The label rule of a kind the context model reads.
    func rule(for kind: ContextKind) -> Int {
        switch kind {
        case .person: return personRule
        case .location: return locationRule
        case .organization: return organizationRule
        }
    }

    /// What the context model reads of a text: which words are candidates (analysed: a
    /// capital) and their evidence bits. The trainer calls this, so that training sees exactly
    /// what inference sees.
    func contextInputs(_ units: UnsafeBufferPointer<UInt16>, tokens: [WordToken]) -> (isCandidate: [Bool], evidence: [UInt32]) {
        capitalsTokens.removeAll()
        var reading = NameReading(detector: self, units: units, tokens: tokens)
        let isCandidate = reading.analyses.map { $0 != nil }
        let evidence = tokens.indices.map { reading.contextEvidence($0) }
        return (isCandidate, evidence)
    }
}

/// One reading of one text by the name detector: the text, what each of its words is, and the
/// memos the rooms share, as one value made for the text and passed through every room (each
/// room is an extension of this type). Nothing in it outlives the text; what does (word
/// analyses, the model's buffers, the rules) stays in the ``NameDetector`` it reads for.
///
/// The rooms' methods are `mutating` because asking about a word fills the reading's memos
/// (its exact key, whether a title stands before it or a cue after it): each is worked out
/// once per word of the text, when first asked, however many rules ask.
struct NameReading {
    typealias Find = NameDetector.Find
    typealias NameToken = NameDetector.NameToken
    typealias KindSupport = NameDetector.KindSupport
    typealias ContextProposal = NameDetector.ContextProposal

    /// The detector this reading is for: its caches and buffers are shared by every text.
    /// Unowned: the detector keeps its last reading for the next text (``NameDetector/detect``),
    /// and a reading never outlives the detector's call that made it.
    unowned(unsafe) let detector: NameDetector
    let rules: NameRules
    let personRule: Int
    let locationRule: Int
    let organizationRule: Int
    let addressRule: Int
    let contextModel: ContextModel?

    /// The text, in UTF-16 units, and its words.
    private(set) var units: UnsafeBufferPointer<UInt16>
    private(set) var tokens: [WordToken]

    /// What each capitalized word is; nil for other tokens.
    var analyses: [WordAnalysis?] = []
    /// Mentions of allowed names, whose words no later pass replaces.
    var allowedRanges: [Range<Int>] = []

    /// The languages the line being analysed may be in: whose ordinary words are ordinary in it.
    var languages = TextLanguages.all

    /// The languages of each token's line (as `languages` when it was analysed).
    var tokenLanguages: [TextLanguages] = []

    /// Exact keys of the lower-case words looked at, by token.
    var folds: [String?] = []

    /// Whether a title or cue stands right before each token, and a cue right after it, by
    /// token: -1 not yet looked at, else 0 or 1. Many rules and the context model ask.
    var titleBefore: [Int8] = []
    var cueAfter: [Int8] = []

    /// The names the context model read in the text, by token range.
    var modelSpans: [ContextSpan] = []

    /// The last line asked whether it writes `ə` (`UnlistedNames.swift`): UTF-16 range, answer.
    var schwaLine: (range: Range<Int>, hasSchwa: Bool) = (0..<0, false)

    /// For each word the model read, the kind of name it leans to when its path leaves the
    /// word outside (the kind whose first tag scores best there): the kind to give a name the
    /// rules find where the model read none (`UnlistedNames.swift`). Empty without a model.
    var modelLeanings: [ContextKind?] = []

    /// A reading of `units`, segmented into `tokens`, with its capitalized words analysed.
    init(detector: NameDetector, units: UnsafeBufferPointer<UInt16>, tokens: [WordToken]) {
        self.detector = detector
        rules = detector.rules
        personRule = detector.personRule
        locationRule = detector.locationRule
        organizationRule = detector.organizationRule
        addressRule = detector.addressRule
        contextModel = detector.contextModel
        self.units = units
        self.tokens = tokens
        load()
    }

    /// Makes this the reading of another text, as a new reading would be, keeping the rules
    /// and the buffers' capacity.
    mutating func reset(units: UnsafeBufferPointer<UInt16>, tokens: [WordToken]) {
        self.units = units
        self.tokens = tokens
        analyses.removeAll(keepingCapacity: true)
        allowedRanges.removeAll(keepingCapacity: true)
        languages = .all
        tokenLanguages.removeAll(keepingCapacity: true)
        folds.removeAll(keepingCapacity: true)
        titleBefore.removeAll(keepingCapacity: true)
        cueAfter.removeAll(keepingCapacity: true)
        modelSpans.removeAll(keepingCapacity: true)
        schwaLine = (0..<0, false)
        modelLeanings.removeAll(keepingCapacity: true)
        load()
    }

    /// Lets go of the text: its words, and the pointer into it, which is not read again
    /// before ``reset(units:tokens:)``.
    mutating func release() {
        units = UnsafeBufferPointer(start: nil, count: 0)
        tokens = []
    }

    /// Finds the text's names; appends them to `finds` and its capitalized words to `nameTokens`.
    mutating func detect(finds: inout [Find], nameTokens: inout [NameToken]) {
        let firstFind = finds.count
        for t in tokens.indices {
            // A nationality's word too (`Moldovan`): no name by itself, but the surname of a
            // full name of the run (`Dorin Moldovan`) met alone, which `linkNames` links.
            if let analysis = analyses[t], analysis.letterCount >= 2,
               !analysis.isExcluded || (!analysis.flags.isCountry && !analysis.flags.isCalendar) {
                let start = Int(tokens[t].start)
                nameTokens.append(NameToken(start: start, end: start + analysis.spanLength, keys: analysis.keys))
            }
        }
        readWithContextModel()
        var t = 0
        while t < tokens.count {
            guard analyses[t] != nil else {
                t += 1
                continue
            }
            let runEnd = extendRun(from: t)
            if let last = organizationAcrossConnectors(t..<runEnd) {
                var first = t
                while first < runEnd - 1, let a = analyses[first], rules.orgArticles.contains(a.fold) { first += 1 }
                emit(first..<(last + 1), rule: organizationRule, into: &finds)
                t = last + 1
                continue
            }
            if let last = organizationThroughConnector(t..<runEnd) {
                // `Bankacılık Düzenleme ve Denetleme Kurumu`: judged as one run, its designator
                // at the end; if it is no organization, the run is judged alone.
                var joined: [Find] = []
                if judgeOrganization(run: t..<(last + 1), into: &joined) {
                    finds.append(contentsOf: joined)
                    t = last + 1
                    continue
                }
            }
            if let last = ampersandName(t..<runEnd) {
                var first = t
                while first < runEnd - 1, let a = analyses[first], rules.orgArticles.contains(a.fold) || isOrdinaryAtSentenceStart(first) { first += 1 }
                emit(first..<(last + 1), rule: organizationRule, into: &finds)
                t = last + 1
                continue
            }
            let before = finds.count
            judge(run: t..<runEnd, into: &finds)
            // `Everton's Duncan Ferguson`: a possessor the run was cut at (``extendRun(from:)``)
            // that nothing reads alone is still a name, as it was inside the run: of the kind the
            // context model reads there, else a person's. Left out, it would stay visible.
            if finds.count == before, runEnd - t == 1, runEnd < tokens.count, analyses[runEnd] != nil, isPossessiveOfAName(t) {
                let kind = modelKind(of: t..<runEnd)
                emit(t..<runEnd, rule: kind == .organization ? organizationRule : kind == .location ? locationRule : personRule, into: &finds)
            }
            t = runEnd
        }
        findQuotedOrganizations(into: &finds)
        findTableNames(into: &finds)
        findNumberedStreets(into: &finds)
        findNamesBeforeBracketedCountry(into: &finds)
        addContextModelFinds(into: &finds)
        findPlacesByLocativeSuffix(into: &finds)
        findPlacesBeforeNameTypes(into: &finds)
        findPlacesListedWithPlaces(into: &finds)
        findOrganizationsBeforeCountry(into: &finds)
        findOrganizationsInLowerCase(into: &finds)
        findQuotedNamesInRussianText(into: &finds)
        findAdjectiveNounNames(into: &finds)
        findPrefixedBodies(into: &finds)
        findUnlistedWordsInSentences(into: &finds)
        findAcronymDefinitions(into: &finds)
        findInvertedNames(into: &finds)
        joinGivenNamesBefore(&finds)
        findPatronymicPersons(into: &finds)
        extendOrganizationsThroughCountry(&finds)
        extendOrganizationsOverNumberedSeat(&finds)
        findBodiesBySign(into: &finds)
        extendOrganizationsOverAdjectives(&finds)
        extendPlacesThroughGenitive(&finds)
        joinStreetParts(&finds)
        if !rules.orgNotBodies.isEmpty {
            // `National Insurance`: a scheme's name, whichever pass read it as a body's, also
            // after ordinary words (`Her National Insurance number`).
            var k = firstFind
            while k < finds.count {
                let find = finds[k]
                if find.rule == organizationRule, isNotBody(String(decoding: UnsafeBufferPointer(rebasing: units[find.start..<find.end]), as: UTF16.self)) {
                    finds.remove(at: k)
                } else {
                    k += 1
                }
            }
        }
        if !allowedRanges.isEmpty {
            // Words of an allowed mention stay, whatever is learned elsewhere.
            nameTokens.removeAll { token in allowedRanges.contains { $0.contains(token.start) } }
        }
    }

    /// Whether `text`, an organization's span, is a scheme's name of `org.not-bodies`, after
    /// ordinary words or none.
    func isNotBody(_ text: String) -> Bool {
        var words = NameRules.phraseKey(text).split(separator: " ").map(String.init)
        while !words.isEmpty {
            if rules.orgNotBodies.contains(words.joined(separator: " ")) { return true }
            guard Lexicon.word(fold: words[0]).isCommon else { return false }
            words.removeFirst()
        }
        return false
    }

    /// Analyses the text's capitalized words and sets up the per-token memos.
    private mutating func load() {
        analyses.reserveCapacity(tokens.count)
        folds.removeAll(keepingCapacity: true)
        folds.append(contentsOf: repeatElement(nil, count: tokens.count))
        titleBefore.removeAll(keepingCapacity: true)
        titleBefore.append(contentsOf: repeatElement(-1, count: tokens.count))
        cueAfter.removeAll(keepingCapacity: true)
        cueAfter.append(contentsOf: repeatElement(-1, count: tokens.count))
        tokenLanguages.reserveCapacity(tokens.count)
        // The languages of each line, told from its letters: per line, not per text, so that a
        // text gives the same finds however it is cut into blocks or fed to a stream.
        var lineEnd = 0
        for t in tokens.indices {
            let token = tokens[t]
            if Int(token.start) >= lineEnd {
                var lineStart = Int(token.start)
                while lineStart > 0 && units[lineStart - 1] != 10 { lineStart -= 1 }
                lineEnd = Int(token.end)
                while lineEnd < units.count && units[lineEnd] != 10 { lineEnd += 1 }
                languages = TextLanguages.of(UnsafeBufferPointer(rebasing: units[lineStart..<lineEnd]))
                if !languages.contains(.english) && !rules.englishMarkers.isEmpty && hasEnglishMarker(from: t, to: lineEnd) {
                    languages.insert(.english)
                }
            }
            tokenLanguages.append(languages)
            // A word with a digit in it (А123ВС, AB12, T22000129) is an identifier's piece, never
            // a name's: left to the pattern rules, whose span it would otherwise lose to a longer
            // name run ("Автомобиль А123ВС 77").
            if token.isNumber || !startsUpper(token) || holdsDigit(token) {
                analyses.append(nil)
            } else {
                let analysis = analyze(t)
                analyses.append(analysis)
            }
        }
        markCountryPhrases()
    }

    /// The label rule of a kind the context model reads.
    mutating func rule(for kind: ContextKind) -> Int { detector.rule(for: kind) }

    /// Words `first...last` of a name widened to the whole hyphenated words at its edges
    /// (`Ata-ur-Rehman`, `Anne-Gaelle Sidot`, `Li Song-ho`): a part of a name left outside
    /// its span is a part left visible. A part joins when it is capitalized and no country,
    /// month or nationality, and not a listed surname (`Aliyev-Putin` names two people, each
    /// found by itself) nor an ordinary word. A lower-case part joins when it has at most four
    /// letters, is a name particle or no ordinary word of the line's languages (`Smith-led`),
    /// does not follow capitals (`SSRİ-nin`: a case suffix), and, before the name, sits between
    /// two capitalized parts (`Ata-ur-`).
    mutating func hyphenCompound(_ first: Int, _ last: Int) -> (Int, Int) {
        func joined(_ a: Int, _ b: Int) -> Bool {
            let gap = gapUnits(a, b)
            return gap.count == 1 && (gap[0] == 0x2D || gap[0] == 0x2010) && !tokens[a].isNumber && !tokens[b].isNumber
        }
        func capitalPart(_ t: Int) -> Bool {
            guard let a = analyses[t] else { return false }
            return !a.isExcluded && a.letterCount >= 2 && !(a.entry?.isSurname == true && a.entry?.isGiven != true)
                && (!a.flags.isCommon || a.isName)
        }
        func lowerPart(_ t: Int) -> Bool {
            guard analyses[t] == nil else { return false }
            let length = Int(tokens[t].end - tokens[t].start)
            guard length <= 4 else { return false }
            let fold = foldToken(t)
            return rules.nameParticles.contains(fold) || !Lexicon.word(fold: fold, in: tokenLanguages[t]).isCommon
        }
        var first = first, last = last
        while first > 0, joined(first - 1, first) {
            if capitalPart(first - 1) {
                first -= 1
            } else if first > 1, lowerPart(first - 1), joined(first - 2, first - 1), capitalPart(first - 2) {
                first -= 2
            } else {
                break
            }
        }
        // After capitals a lower-case part is a case suffix (`SSRİ-nin`, `NATO-ya`), kept outside.
        while last + 1 < tokens.count, joined(last, last + 1) {
            if capitalPart(last + 1) || (lowerPart(last + 1) && analyses[last]?.isAllCaps != true) {
                last += 1
                continue
            }
            // Up to two short lower-case words between capitals are the name's, whatever else
            // they are (`Ростов-на-Дону`, `Stratford-upon-Avon`, `Pfaffenhofen-an-der-Ilm`).
            var k = last + 1
            while k - last <= 2, isShortLowerWord(k), k + 1 < tokens.count, joined(k, k + 1) { k += 1 }
            // After such words the capital is the name's, ordinary word or not (`Stockton-on-Tees`).
            guard k > last + 1, k < tokens.count, capitalPart(k)
                    || analyses[k].map({ !$0.isExcluded && $0.letterCount >= 2 }) == true else { break }
            last = k
        }
        return (first, last)
    }

    /// Whether word `t` is one to four lower-case letters: a particle joined inside a hyphenated name.
    mutating func isShortLowerWord(_ t: Int) -> Bool {
        guard analyses[t] == nil, !tokens[t].isNumber else { return false }
        let word = units[Int(tokens[t].start)..<Int(tokens[t].end)]
        guard word.count <= 4 else { return false }
        return word.allSatisfy { u in
            guard let scalar = Unicode.Scalar(u) else { return false }
            return ScalarTraits.isLowercase(scalar)
        }
    }

    mutating func emit(_ range: Range<Int>, rule: Int, into finds: inout [Find]) {
        var first = range.lowerBound
        var last = range.upperBound - 1
        while first <= last && analyses[first] == nil { first += 1 }
        while last >= first && analyses[last] == nil && !rules.patronymicWords.contains(foldToken(last)) { last -= 1 }
        guard first <= last else { return }
        // A company's legal form in capitals alone (`ПАО`, `ООО` before a quoted name, which is
        // the name; `org.company-designators`) names no one, whichever reading took it: kept,
        // as the stand-in of the whole would keep it (`ООО «Ромашка»` → `ООО «…»`). A body's
        // acronym (`МВД`) is no legal form and stays a name.
        if first == last, let a = analyses[first], a.isAllCaps, rules.orgCompanyDesignators.contains(a.fold) { return }
        // `de Vries`, `van der Berg`: the particles right before a person's name are its own;
        // not, in a line that is no English, a word of the line's language (Turkish `de`,
        // `da`: "too", `Sonra da Shell`). English `van` stays a particle.
        while rule == personRule, first > 0, isParticle(first - 1), gapIsSingleSpace(first - 1, first),
              tokenLanguages[first - 1].contains(.english)
                || !Lexicon.word(fold: foldToken(first - 1), in: tokenLanguages[first - 1]).isCommon { first -= 1 }
        if rule != addressRule { (first, last) = hyphenCompound(first, last) }
        if rule == locationRule, let end = placeInfixEnd(after: last) { last = hyphenCompound(end, end).1 }
        let start = Int(tokens[first].start)
        var end = Int(tokens[last].end)
        if let a = analyses[last] { end = Int(tokens[last].start) + a.spanLength }
        if isInitial(last), end < units.count, units[end] == 0x2E { end += 1 }
        if rule == organizationRule { end = withAbbreviationStop(end, last: last) }
        let keys = rule == organizationRule ? organizationShortFormKeys(first...last)
            : (first...last).flatMap { analyses[$0]?.keys ?? [] }
        if isAllowed(first...last) { return }
        if rule == locationRule, last > first, startsWithCue(foldToken(last), .placeNameTypes, line: last) {
            end = typeWordEnd(last)  // `Marmara Denizi'ni`: the type word whole, not `Deniz|i`
        }
        if rule == locationRule, let type = placeTypeEnd(after: last) {
            // The place type after a place is part of its name (`Свердловской области`,
            // `Sumbas İlçesi`, `Topkapı Sarayı`): a reader sees one place, and the type word
            // left outside would say which kind of place was there. Its case suffix after an
            // apostrophe stays outside, as a name's does.
            end = typeWordEnd(type)
        } else if rule == locationRule || rule == organizationRule, let noun = russianNounAfterAdjective(last) {
            end = Int(tokens[noun].end)
        }
        finds.append(Find(start: start, end: end, rule: rule, keys: keys, kindSupport: kindSupport(first...last, rule: rule)))
    }

    /// Whether the context model and the lists read words `range` as the kind of `rule`: a
    /// person with a listed given name or surname, a place the gazetteers hold, an
    /// organization with a designator; the model's reading where one of its names covers them.
    mutating func kindSupport(_ range: ClosedRange<Int>, rule: Int) -> KindSupport {
        let words = range.compactMap { analyses[$0] }
        let listed: Bool
        switch rule {
        case personRule: listed = words.contains { $0.entry?.isName == true && !$0.isPlace }
        case locationRule: listed = words.contains { $0.isPlace }
        case organizationRule: listed = words.contains { $0.isOrgDesignator }
        default: return .rules
        }
        let modelRule = modelKind(of: range.lowerBound..<range.upperBound + 1)
        if let kind = modelRule, self.rule(for: kind) != rule { return .disputed(kind) }
        switch (modelRule != nil, listed) {
        case (true, true): return .confirmed
        case (false, false): return .rules
        default: return .agreed
        }
    }

    /// Whether the words `range` are an allowed name, or part of one that is more than a given
    /// name alone.
    ///
    /// A full mention of an allowed name is recorded so that no later pass replaces its words.
    /// A shortened one (`Mr. Əliyev` when `İlham Əliyev` is allowed) is not found as a name, but
    /// its words stay open to linking: if another person of that surname is found in the run
    /// (`Anar Əliyev`, not allowed, so learned), the session replaces the shortened mention as
    /// that person's, since it may be theirs. Only a mention that can be nobody else stays.
    mutating func isAllowed(_ range: ClosedRange<Int>) -> Bool {
        guard !rules.allowed.isEmpty else { return false }
        let start = Int(tokens[range.lowerBound].start), end = Int(tokens[range.upperBound].end)
        let text = String(decoding: UnsafeBufferPointer(rebasing: units[start..<end]), as: UTF16.self)
        if rules.allowed.contains(NameRules.phraseKey(text)) || rules.allowedPhonetic.contains(NameKey.phonetic(text)) {
            allowedRanges.append(start..<end)
            return true
        }
        let words = range.compactMap { analyses[$0] }
        let keys = Set(words.flatMap(\.keys))
        let onlyGiven = words.count == 1 && words[0].entry?.isGiven == true && words[0].entry?.isSurname != true && !words[0].surnameShape
        return !keys.isEmpty && !onlyGiven && rules.allowedWords.contains { keys.isSubset(of: $0) }
    }
}
