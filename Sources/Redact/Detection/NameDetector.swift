import RedactRules

/// A capitalized word as the name detector sees it, computed once per distinct word.
struct WordAnalysis: Sendable {
    /// Exact key of the whole word.
    var fold: String
    var flags: WordFlags
    /// What the lists say about the word's name form (after suffixes and endings), if anything.
    var entry: LexiconEntry?
    /// UTF-16 length of the part a span covers: the whole word, or the stem before an
    /// Azerbaijani or Turkish case suffix (`Şəki|də`, `İzmir|'de`).
    var spanLength: Int
    /// Phonetic keys of the word's name forms: its stem, and its nominative for a Russian
    /// inflected form. Later mentions are linked by these.
    var keys: [String]
    var surnameShape = false
    var weakSurnameShape = false
    var patronymicShape = false
    var isAllCaps = false
    var letterCount = 0
    /// A Russian case ending the word was read with, and the nominative ending it replaces
    /// (`Анной`: `ой` for `а`): a stand-in takes the same ending.
    var inflection: (ending: String, nominative: String)? = nil
    /// The entry is only towns of the wider world or subdivisions, reached by the phonetic key,
    /// not by a spelling of the lists.
    var isPlaceBySound = false
    /// The word is a one-word organization designator (`NameRules.orgDesignatorWords`), looked
    /// up once per distinct word rather than per run.
    var isOrgDesignator = false

    /// Ordinary text that is never a name by itself.
    var isExcluded: Bool { flags.excludes }
    var isName: Bool { entry?.isName == true || surnameShape || patronymicShape }
    var isPlace: Bool { entry?.isPlace == true }
}

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
final class NameDetector {
    let rules: NameRules
    let personRule: Int
    let locationRule: Int
    let organizationRule: Int
    let addressRule: Int
    private var cache: [[UInt16]: WordAnalysis] = [:]
    private static let cacheLimit = 200_000
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
    }

    /// A capitalized word of the text, for linking later mentions to names already found.
    struct NameToken {
        var start: Int
        var end: Int
        var keys: [String]
    }

    // MARK: Per-text state

    private var units: UnsafeBufferPointer<UInt16> = UnsafeBufferPointer(start: nil, count: 0)
    private var tokens: [WordToken] = []
    private var analyses: [WordAnalysis?] = []
    private var allowedRanges: [Range<Int>] = []
    /// The languages the line being analysed may be in: whose ordinary words are ordinary in it.
    private var languages = TextLanguages.all
    /// The languages of each token's line (as `languages` when it was analysed).
    private var tokenLanguages: [TextLanguages] = []
    /// Exact keys of the lower-case words looked at, by token.
    private var folds: [String?] = []
    /// The names the context model read in the current text, by token range.
    private var modelSpans: [ContextSpan] = []
    /// Scratch space of the context model, reused from text to text.
    private var contextScratch = ContextScratch()

    /// Detects in `units`, segmented into `tokens`; appends finds and the capitalized words.
    func detect(_ units: UnsafeBufferPointer<UInt16>, tokens: [WordToken], finds: inout [Find],
                nameTokens: inout [NameToken]) {
        load(units, tokens: tokens)
        for t in tokens.indices {
            if let analysis = analyses[t], !analysis.isExcluded && analysis.letterCount >= 2 {
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
            judge(run: t..<runEnd, into: &finds)
            t = runEnd
        }
        findQuotedOrganizations(into: &finds)
        findTableNames(into: &finds)
        findNamesBeforeBracketedCountry(into: &finds)
        addContextModelFinds(into: &finds)
        if !allowedRanges.isEmpty {
            // Words of an allowed mention stay, whatever is learned elsewhere.
            nameTokens.removeAll { token in allowedRanges.contains { $0.contains(token.start) } }
            allowedRanges.removeAll()
        }
        self.units = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// Takes `units` and `tokens` as the current text and analyses its capitalized words.
    private func load(_ units: UnsafeBufferPointer<UInt16>, tokens: [WordToken]) {
        self.units = units
        self.tokens = tokens
        analyses.removeAll(keepingCapacity: true)
        analyses.reserveCapacity(tokens.count)
        folds.removeAll(keepingCapacity: true)
        folds.append(contentsOf: repeatElement(nil, count: tokens.count))
        tokenLanguages.removeAll(keepingCapacity: true)
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
            if token.isNumber || !startsUpper(token) {
                analyses.append(nil)
            } else {
                analyses.append(analyze(t))
            }
        }
    }

    /// What the context model reads of a text: which words are candidates (analysed: a
    /// capital) and their evidence bits. The trainer calls this, so that training sees exactly
    /// what inference sees.
    func contextInputs(_ units: UnsafeBufferPointer<UInt16>, tokens: [WordToken]) -> (isCandidate: [Bool], evidence: [UInt32]) {
        load(units, tokens: tokens)
        let isCandidate = analyses.map { $0 != nil }
        let evidence = tokens.indices.map { contextEvidence($0) }
        self.units = UnsafeBufferPointer(start: nil, count: 0)
        return (isCandidate, evidence)
    }

    // MARK: Context model

    /// Per-text buffers of the context model.
    struct ContextScratch {
        var isCandidate: [Bool] = []
        var evidence: [UInt32] = []
        var features: [UInt32] = []
        var emissions: [Float] = []
        var covered: [Range<Int>] = []
    }

    /// What the lists, morphology and cues say about word `t`, as the model's evidence bits.
    private func contextEvidence(_ t: Int) -> UInt32 {
        guard let a = analyses[t] else { return 0 }
        var bits = ContextEvidence.analysed
        if let entry = a.entry {
            if entry.isGiven { bits |= ContextEvidence.givenName }
            if entry.isSurname { bits |= ContextEvidence.surname }
            if entry.isPatronymic { bits |= ContextEvidence.patronymic }
            if entry.isPlace { bits |= ContextEvidence.place }
            if entry.isLargePlace { bits |= ContextEvidence.largePlace }
        }
        if a.flags.isCommon { bits |= ContextEvidence.commonWord }
        if a.flags.isCountry { bits |= ContextEvidence.country }
        if a.flags.isNationality { bits |= ContextEvidence.nationality }
        if a.flags.isCalendar { bits |= ContextEvidence.calendar }
        if a.flags.isNameSpelling { bits |= ContextEvidence.nameSpelling }
        if a.flags.isPlaceSpelling { bits |= ContextEvidence.placeSpelling }
        if a.surnameShape { bits |= ContextEvidence.surnameShape }
        if a.weakSurnameShape { bits |= ContextEvidence.weakSurnameShape }
        if a.patronymicShape { bits |= ContextEvidence.patronymicShape }
        if rules.notNames.contains(a.fold) || rules.titles.contains(a.fold) { bits |= ContextEvidence.notName }
        if rules.orgAfter.contains(a.fold) || rules.orgBefore.contains(a.fold) { bits |= ContextEvidence.orgDesignator }
        if a.spanLength < Int(tokens[t].end - tokens[t].start) { bits |= ContextEvidence.caseSuffix }
        if hasTitleBefore(t) { bits |= ContextEvidence.titleBefore }
        if hasCueAfter(t) { bits |= ContextEvidence.cueAfter }
        return bits
    }

    /// Reads the text's segments of capitalized words with the context model, before the
    /// rules judge them: the names it reads (token ranges, kind, margin) wait in
    /// `modelSpans` for `judgePiece` (the kind where the rules are unsure) and
    /// `addContextModelFinds` (names the rules left).
    private func readWithContextModel() {
        modelSpans.removeAll(keepingCapacity: true)
        guard let model = contextModel else { return }
        // Take the buffers out of the property (a copy would copy them on the first write).
        var scratch = ContextScratch()
        swap(&scratch, &contextScratch)
        defer { swap(&scratch, &contextScratch) }
        scratch.isCandidate.removeAll(keepingCapacity: true)
        for a in analyses { scratch.isCandidate.append(a != nil) }
        let segments = ContextSegments.find(units: units, tokens: tokens, isCandidate: scratch.isCandidate)
        guard !segments.isEmpty else { return }
        scratch.evidence.removeAll(keepingCapacity: true)
        for t in tokens.indices { scratch.evidence.append(analyses[t] == nil ? 0 : contextEvidence(t)) }
        let extractor = ContextFeatures(units: units, tokens: tokens, evidence: scratch.evidence)
        for segment in segments {
            let count = segment.count
            scratch.emissions.removeAll(keepingCapacity: true)
            scratch.emissions.append(contentsOf: repeatElement(0, count: count * ContextTag.count))
            for (i, t) in segment.enumerated() {
                scratch.features.removeAll(keepingCapacity: true)
                extractor.features(of: t, into: &scratch.features)
                model.addEmissions(scratch.features, into: &scratch.emissions, at: i * ContextTag.count)
            }
            let decoded = ContextDecoder.viterbi(emissions: scratch.emissions, count: count, transitions: model.transitions)
            guard decoded.path.contains(where: { $0 != 0 }) else { continue }
            for var span in ContextDecoder.spans(path: decoded.path, score: decoded.score, emissions: scratch.emissions,
                                                 transitions: model.transitions) {
                span.start += segment.lowerBound
                span.end += segment.lowerBound
                modelSpans.append(span)
            }
        }
    }

    /// The kind the model reads words `range` as, when one of its names with a margin of at
    /// least its threshold covers them all.
    private func modelKind(of range: Range<Int>) -> ContextKind? {
        guard let model = contextModel else { return nil }
        for span in modelSpans where span.start <= range.lowerBound && range.upperBound <= span.end {
            return span.margin >= model.threshold ? span.kind : nil
        }
        return nil
    }

    /// Adds, as finds of the model's kind, the names the model read with a margin of at least
    /// its threshold that hold a word no find of the rules covers (a longer find wins in
    /// resolution, so `Tom Baker` replaces the rules' `Tom`). Countries, nationalities and
    /// calendar words at the edges stay out: countries are kept by design.
    private func addContextModelFinds(into finds: inout [Find]) {
        guard let model = contextModel, !modelSpans.isEmpty else { return }
        var covered: [Range<Int>] = []
        swap(&covered, &contextScratch.covered)
        defer { swap(&covered, &contextScratch.covered) }
        covered.removeAll(keepingCapacity: true)
        for find in finds.sorted(by: { $0.start < $1.start }) {
            if let last = covered.last, find.start <= last.upperBound {
                covered[covered.count - 1] = last.lowerBound..<max(last.upperBound, find.end)
            } else {
                covered.append(find.start..<find.end)
            }
        }
        for span in modelSpans {
            // Currencies, document and identifier words (`TC Kimlik No`): no name at all.
            if (span.start..<span.end).contains(where: { analyses[$0].map { rules.notAcronyms.contains($0.fold) } ?? false }) {
                continue
            }
            // Titles and cues stay outside, as the rules keep them (`Mehmet Bey`,
            // `Zeynep Hanım Ankara'dan`).
            var pieceStart = span.start
            for t in span.start...span.end {
                guard t == span.end || isOutsideModelNames(t, kind: span.kind) else { continue }
                if pieceStart < t { proposeModelFind(pieceStart..<t, span, model, covered, into: &finds) }
                pieceStart = t + 1
            }
        }
    }

    /// A word a name the model reads never holds: a title or a cue after a name, and in a
    /// person's name a word the rule set says is never a name (`emit` leaves lower-case words
    /// at the edges out). The never-names stay possible in places and organizations (`New`,
    /// `National`, `Lake`).
    private func isOutsideModelNames(_ t: Int, kind: ContextKind) -> Bool {
        guard let a = analyses[t] else { return false }
        if kind == .person && rules.notNames.contains(a.fold) { return true }  // `Prezident İlham Əliyev`
        return rules.titles.contains(a.fold) || rules.cuesAfter.contains(a.fold)
    }

    /// Adds words `range` of a name the model read as a find of its kind when its margin is
    /// enough and the rules left a word of it; countries, nationalities and calendar words at
    /// the edges stay out.
    private func proposeModelFind(_ range: Range<Int>, _ span: ContextSpan, _ model: ContextModel, _ covered: [Range<Int>],
                                  into finds: inout [Find]) {
        var first = range.lowerBound
        var last = range.upperBound - 1
        while first <= last, analyses[first]?.isExcluded ?? true { first += 1 }
        while last >= first, analyses[last]?.isExcluded ?? true { last -= 1 }
        guard first <= last else { return }
        while first < last && isOrdinaryAtSentenceStart(first) { first += 1 }  // `Aksiyada Gəncə`
        // `Plan B. Officials said`: a letter that ends a sentence, then an ordinary word.
        if last > first, (first..<last).allSatisfy({ isInitial($0) }), let a = analyses[last], a.flags.isCommon, !a.isName,
           !initialsOpenAList(first) {
            return
        }
        if first == last, let a = analyses[first] {
            // A capital at the start of a sentence is no evidence by itself: a lone word there
            // needs the lists, its shape or a cue besides the model (`Mövcud`, `Təsadüfi`).
            if isSentenceStart(first) && !(a.isName || a.isPlace || a.weakSurnameShape || hasTitleBefore(first) || hasCueAfter(first)) {
                return
            }
        }
        let isNew = (first...last).contains { t in analyses[t] != nil && !Self.isCovered(Int(tokens[t].start), covered) }
        guard isNew else { return }
        if contextProposals != nil {
            contextProposals!.append(ContextProposal(start: Int(tokens[first].start), end: Int(tokens[last].end),
                                                     kind: span.kind, margin: span.margin))
        }
        guard span.margin >= model.threshold else { return }
        let rule = self.rule(for: span.kind)
        let before = finds.count
        emit(first..<(last + 1), rule: rule, into: &finds)
        if finds.count > before { finds[before].modelMargin = max(1, span.margin / max(model.threshold, .leastNormalMagnitude)) }
    }

    /// Whether UTF-16 offset `p` lies in one of `ranges` (disjoint, sorted).
    private static func isCovered(_ p: Int, _ ranges: [Range<Int>]) -> Bool {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].lowerBound <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && ranges[lo - 1].contains(p)
    }

    // MARK: Tables

    /// Names in a line of results or figures (`Karvex 6 Oltani 2`, `Smith 13, Jones 45`): on a
    /// line where two or more runs of capitalized words are each followed by a number, every such
    /// run that no other rule found is a name. A capitalized word before a number is ordinary
    /// often enough (`Chapter 5`), so one alone proves nothing; the run's words must be no
    /// ordinary, calendar, country, never-name or identifier words (`IBAN AZ21 NABZ 0000`). The kind is the context model's where it
    /// reads one, else a person when a list knows a word as a name, else an organization (a
    /// team, a company).
    private func findTableNames(into finds: inout [Find]) {
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count, !gapUnits(lineEnd - 1, lineEnd).contains(10) { lineEnd += 1 }
            var candidates: [Range<Int>] = []
            var t = lineStart
            while t < lineEnd {
                guard analyses[t] != nil else { t += 1; continue }
                let end = shortRunEnd(from: t, limit: lineEnd)
                if end < lineEnd, tokens[end].isNumber, gapUnits(end - 1, end).allSatisfy({ $0 == 0x20 || $0 == 0xA0 }),
                   (t..<end).allSatisfy({ analyses[$0].map(isUnlistedNameWord) ?? false }) {
                    candidates.append(t..<end)
                }
                t = end
            }
            if candidates.count >= 2 {
                for range in candidates {
                    let start = Int(tokens[range.lowerBound].start), end = Int(tokens[range.upperBound - 1].end)
                    if finds.contains(where: { $0.start < end && start < $0.end }) { continue }
                    let rule = modelKind(of: range).map(self.rule(for:))
                        ?? (range.contains(where: { analyses[$0]?.isName == true }) ? personRule : organizationRule)
                    emit(range, rule: rule, into: &finds)
                }
            }
            lineStart = lineEnd
        }
    }

    /// Names followed by their country in brackets (`Anna Lindqvist (Sweden) 65.12`, `Tom
    /// Barrow (Britain)`), the way results and lists give a person's nationality: a run of up to
    /// three capitalized words that are no ordinary, calendar, country or never-name words,
    /// then ` (`, a country word and `)`. The kind is the context model's where it reads one,
    /// else a person.
    private func findNamesBeforeBracketedCountry(into finds: inout [Find]) {
        var t = 0
        while t < tokens.count {
            guard analyses[t] != nil else { t += 1; continue }
            let end = shortRunEnd(from: t, limit: tokens.count)
            defer { t = end }
            guard end < tokens.count, let country = analyses[end], country.flags.isCountry else { continue }
            let before = gapUnits(end - 1, end)
            guard before.count == 2, before[0] == 0x20, before[1] == 0x28,
                  Int(tokens[end].end) < units.count, units[Int(tokens[end].end)] == 0x29 else { continue }
            guard (t..<end).allSatisfy({ analyses[$0].map { isUnlistedNameWord($0) && !$0.isAllCaps } ?? false }) else { continue }
            let start = Int(tokens[t].start), stop = Int(tokens[end - 1].end)
            if finds.contains(where: { $0.start < stop && start < $0.end }) { continue }
            emit(t..<end, rule: modelKind(of: t..<end).map(self.rule(for:)) ?? personRule, into: &finds)
        }
    }

    /// The end (exclusive) of up to three capitalized words from `t`, one space apart, before `limit`.
    private func shortRunEnd(from t: Int, limit: Int) -> Int {
        var end = t
        while end < limit, end - t < 3, analyses[end] != nil, end == t || gapIsSingleSpace(end - 1, end) { end += 1 }
        return end
    }

    /// A capitalized word that may be a name no list holds: no ordinary, calendar, country,
    /// nationality, never-name, title or identifier word, and two letters or more.
    private func isUnlistedNameWord(_ a: WordAnalysis) -> Bool {
        !a.flags.isCommon && !a.isExcluded && !rules.notNames.contains(a.fold) && !rules.titles.contains(a.fold)
            && !rules.notAcronyms.contains(a.fold) && a.letterCount >= 2
    }

    /// The label rule of a kind the context model reads.
    func rule(for kind: ContextKind) -> Int {
        switch kind {
        case .person: return personRule
        case .location: return locationRule
        case .organization: return organizationRule
        }
    }

    // MARK: Runs

    /// The end (exclusive) of the run of capitalized words, initials and patronymic words
    /// starting at `first`: words joined by one space, a hyphen, or an initial's dot.
    private func extendRun(from first: Int) -> Int {
        var end = first + 1
        while end < tokens.count && end - first < 8 {
            let gap = gapUnits(end - 1, end)
            let joinable: Bool
            if gap.count == 1 && (gap[0] == 0x20 || gap[0] == 0x2D || gap[0] == 0xA0) {
                joinable = true
            } else if gap.count == 2 && gap[0] == 0x2E && gap[1] == 0x20 && isInitial(end - 1) {
                joinable = true
            } else if gap.count == 1 && gap[0] == 0x2E && isInitial(end - 1) {
                joinable = true
            } else {
                joinable = false
            }
            guard joinable else { break }
            if isOrdinalNumeral(end) { break }
            if analyses[end] != nil {
                end += 1
            } else if rules.patronymicWords.contains(foldToken(end)) {
                end += 1
            } else if isParticle(end), end > first, analyses[end - 1] != nil || isParticle(end - 1) {
                end += 1  // `van` in `Lars van den Broek`: kept only if a capital follows
            } else {
                break
            }
        }
        // A run never ends on a lower-case patronymic word's gap: trim trailing non-capitals.
        while end > first + 1 && analyses[end - 1] == nil && !rules.patronymicWords.contains(foldToken(end - 1)) { end -= 1 }
        return end
    }

    private func judge(run: Range<Int>, into finds: inout [Find]) {
        // Speaker labels: `ELÇİN:` or `Elçin Hüseynov:` at the start of a line.
        if isLineStart(before: run.lowerBound), run.count <= 3, followedByColon(run.upperBound - 1) {
            let words = run.map { analyses[$0] }
            let isRole = run.contains { rules.speakerRoles.contains(foldToken($0)) }
            let ordinary = words.allSatisfy { $0 != nil && ($0!.flags.isCommon || $0!.isExcluded) && !$0!.isName }
            if !isRole && !ordinary {
                finds.append(Find(start: Int(tokens[run.lowerBound].start), end: Int(tokens[run.upperBound - 1].end),
                                  rule: personRule, keys: run.flatMap { analyses[$0]?.keys ?? [] }))
                return
            }
        }
        if run.count >= 2, isOrdinaryAtSentenceStart(run.lowerBound) {
            // `Redaktorum Cəlal Əsgərov`, `Qərardan Şəki Apellyasiya Məhkəməsi`: the word that
            // opens the sentence is not the name's.
            judge(run: (run.lowerBound + 1)..<run.upperBound, into: &finds)
            return
        }
        if isInitialsAndSurname(run) {
            emit(run, rule: personRule, into: &finds)
            return
        }
        if judgeAddress(run: run, into: &finds) { return }
        if endsInOrganizationWord(run) {
            emit(run, rule: organizationRule, into: &finds)
            return
        }
        if judgeOrganization(run: run, into: &finds) { return }
        // `U.N.`, `E.U.`: letters joined by dots, alone (initials come before a name); an
        // article or a sentence's first word before them is not theirs (`The U.N. said`).
        let dotted = run.count >= 2 && analyses[run.lowerBound].map { rules.orgArticles.contains($0.fold) || $0.flags.isCommon } == true
            ? run.dropFirst() : run
        if isDottedAcronym(dotted) {
            finds.append(Find(start: Int(tokens[dotted.lowerBound].start), end: Int(tokens[dotted.upperBound - 1].end) + 1,
                              rule: organizationRule, keys: []))
            return
        }
        if run.count == 1, isAcronym(run.lowerBound) {
            // `FSB`, `МВД`, `AzTV`-like capitals alone: an organization's short name; a suffix
            // after an apostrophe stays outside (`CHP'nin`, `PKK'ya`), as a name's does.
            let start = Int(tokens[run.lowerBound].start)
            finds.append(Find(start: start, end: start + (analyses[run.lowerBound]?.spanLength ?? 0), rule: organizationRule, keys: []))
            return
        }
        // Cut the run into pieces at ordinary words; a place of several words the lists know
        // is kept whole even where a word of it is ordinary (`New Orleans`, `SALT LAKE CITY`).
        let breaks = run.map { t in analyses[t].map { isOrdinary($0, at: t, run: run) } ?? false }
        let hasBreak = run.count >= 2 && breaks.contains(true)
        var pieceStart = run.lowerBound
        var t = run.lowerBound
        while t <= run.upperBound {
            if hasBreak, t + 1 < run.upperBound, breaks[(t - run.lowerBound)..<min(t + 4, run.upperBound) - run.lowerBound].contains(true),
               let end = placeMatch(at: t, limit: run.upperBound), end - t >= 2 {
                if pieceStart < t { judgePiece(pieceStart..<t, into: &finds) }
                emit(t..<end, rule: locationRule, into: &finds)
                t = end
                pieceStart = end
                if t < run.upperBound, breaks[t - run.lowerBound] { pieceStart = t + 1; t += 1 }
                continue
            }
            let isBreak: Bool
            if t == run.upperBound {
                isBreak = true
            } else if analyses[t] != nil {
                isBreak = breaks[t - run.lowerBound]
            } else {
                isBreak = false  // a patronymic word
            }
            if isBreak {
                if pieceStart < t { judgePiece(pieceStart..<t, into: &finds) }
                pieceStart = t + 1
            }
            t += 1
        }
    }

    /// Whether the run's last word, which no list holds, ends in one of `org.word-endings`
    /// after three letters or more (`Trabzonspor`, `Ankara Demirspor'un`), and no word of the
    /// run is a country, month or never-name: the run is a club's name.
    private func endsInOrganizationWord(_ run: Range<Int>) -> Bool {
        guard !rules.orgWordEndings.isEmpty, run.count <= 3, let a = analyses[run.upperBound - 1], a.entry == nil,
              run.allSatisfy({ t in analyses[t].map { !$0.isExcluded && !rules.notNames.contains($0.fold) } ?? false }) else { return false }
        let start = Int(tokens[run.upperBound - 1].start)
        let stem = NameKey.foldScalars(Array(String(decoding: UnsafeBufferPointer(rebasing: units[start..<start + a.spanLength]), as: UTF16.self).unicodeScalars))
        return rules.orgWordEndings.contains { ending in
            stem.count - ending.count >= 3 && stem[(stem.count - ending.count)...].elementsEqual(ending)
        }
    }

    /// Initials and one capitalized word (`W. Sutton`, `А. Иванов`, `R. Thornby`): the word is a
    /// surname, whatever list it is in. The word must not be a country, month, nationality, a
    /// never-name or a capital run; when it is also an ordinary word (`N. Mason`, `P. Hope`),
    /// the initials must open a line or follow `(`, `,`, `;`, `:`, `/` or a number, so a
    /// sentence that ends in a letter (`Plan B. Officials said`) is not read as a name.
    private func isInitialsAndSurname(_ run: Range<Int>) -> Bool {
        guard run.count >= 2, run.dropLast().allSatisfy({ isInitial($0) }), let a = analyses[run.upperBound - 1],
              !a.isExcluded, !a.isAllCaps, a.letterCount >= 2, !rules.notNames.contains(a.fold),
              !rules.titles.contains(a.fold), !rules.orgArticles.contains(a.fold) else { return false }
        if !a.flags.isCommon || a.isName { return true }
        return initialsOpenAList(run.lowerBound)
    }

    /// Whether the initials at word `t` open a line or follow `(`, `,`, `;`, `:`, `/` or a number.
    private func initialsOpenAList(_ t: Int) -> Bool {
        var p = Int(tokens[t].start) - 1
        while p >= 0 && (units[p] == 0x20 || units[p] == 0x09 || units[p] == 0xA0) { p -= 1 }
        guard p >= 0 else { return true }
        let u = units[p]
        return u == 10 || u == 13 || u == 0x28 || u == 0x2C || u == 0x3B || u == 0x3A || u == 0x2F || (u >= 0x30 && u <= 0x39)
    }

    /// An ordinary word inside a capitalized run: a month, nationality or country; a common word
    /// that the lists do not also know as a name; or a word the rule set says is never a name.
    private func isOrdinary(_ a: WordAnalysis, at t: Int, run: Range<Int>) -> Bool {
        if a.isExcluded && !(a.entry?.isGiven == true && hasTitleBefore(t)) { return true }
        if rules.notNames.contains(a.fold) || rules.titles.contains(a.fold) || rules.cuesAfter.contains(a.fold) { return true }
        if a.flags.isCommon && !a.isName && !a.isPlace {
            // A capitalized ordinary word right after a given name is the surname (`Kemal Güzel`,
            // `Orhan Aydın Demir`, `Tom Baker`), unless it names a kind of place or organization
            // (`Fatih Köprüsü`); a headline's capitals (four or more words) prove nothing.
            if t > run.lowerBound, let given = analyses[t - 1], given.entry?.isGiven == true,
               !(given.flags.isCommon && isSentenceStart(t - 1)),  // `Will Congress act?`
               run.count < 4, !rules.orgDesignatorWords.contains(a.fold), !startsWithCue(a.fold, rules.placeCues, line: t) {
                return false
            }
            // A capitalized ordinary word before a place type names the place: `Тверской области`.
            if t + 1 == run.upperBound, !isSentenceStart(t), let next = nextWordFold(after: t), startsWithCue(next, rules.placeCues, line: t) {
                return false
            }
            // An unknown capitalized word inside a name (`Elçin Qaraxanlı`) is kept by its neighbours.
            return true
        }
        return false
    }

    private func judgePiece(_ piece: Range<Int>, into finds: inout [Find]) {
        // Places first: the longest run of words from the start that the place lists know.
        var t = piece.lowerBound
        var personStart: Int? = nil
        var pieces: [(Range<Int>, isPlace: Bool)] = []
        while t < piece.upperBound {
            if personStart != nil, isSurnameAfterGivenName(t, piece: piece) {
                t += 1
                continue
            }
            if var placeEnd = placeMatch(at: t, limit: piece.upperBound), !isPersonWord(t, piece: piece) {
                if let s = personStart { pieces.append((s..<t, false)); personStart = nil }
                // The place's type words in the piece are the place's (`Marmara Denizi`).
                if let type = placeTypeEnd(after: placeEnd - 1), type < piece.upperBound { placeEnd = type + 1 }
                pieces.append((t..<placeEnd, true))
                t = placeEnd
                continue
            }
            if personStart == nil { personStart = t }
            t += 1
        }
        if let s = personStart { pieces.append((s..<piece.upperBound, false)) }
        if let rule = placeWithUnlistedWord(piece, pieces) {
            let before = finds.count
            emit(piece, rule: rule, into: &finds)
            // Linked by the other word alone: the place word, found elsewhere by itself, stays
            // a place there (`Ayvalık` is no person because `Kraliça Ayvalık` might be).
            if finds.count > before, let other = pieces.first(where: { !$0.isPlace }) {
                finds[before].keys = other.0.flatMap { analyses[$0]?.keys ?? [] }
            }
            return
        }
        for (range, isPlace) in pieces {
            if isPlace {
                emit(range, rule: locationRule, into: &finds)
            } else if hasPlaceCue(around: range) && !hasTitleBefore(range.lowerBound) {
                // A place type next to the words outweighs a name list: `Beşiktaş ilçesinde`.
                emit(range, rule: locationRule, into: &finds)
            } else if isPerson(range) {
                // Where the rules' reading of a person is weak (a word both a name and a place,
                // an ending), the model's reading of a place or organization wins.
                var rule = personRule
                if !hasStrongPersonEvidence(range), let kind = modelKind(of: range) { rule = self.rule(for: kind) }
                emit(range, rule: rule, into: &finds)
            }
        }
    }

    /// The label for the whole of `piece` when it is one place word and one word no list
    /// holds, one space apart (`Yoelvis Quesada`, `Luca Pavanello`, `Ganja Agrotrans`):
    /// read as a place and nothing, the other word would be left visible. It is one name: the
    /// context model's kind where it reads one, else a person, or a place when the place
    /// word is a city of 100,000 or more and comes first. Nil when the piece is anything else
    /// or the other word is a person by the rules. Two words only: where ordinary words are
    /// missing from the lists (Azerbaijani), `Antalya Həvəskar Çempionatı` would be one name.
    private func placeWithUnlistedWord(_ piece: Range<Int>, _ pieces: [(Range<Int>, isPlace: Bool)]) -> Int? {
        guard piece.count == 2, pieces.count == 2,
              let place = pieces.first(where: \.isPlace), place.0.count == 1,
              let other = pieces.first(where: { !$0.isPlace }), !isPerson(other.0),
              other.0.allSatisfy({ analyses[$0].map { isUnlistedNameWord($0) && $0.entry == nil && !$0.isAllCaps } ?? false }),
              !hasTitleBefore(piece.lowerBound), !hasPlaceCue(around: other.0),
              // A sentence of a line that is not English may open with ordinary words the lists
              // lack (Azerbaijani `Çoxunu Lənkəran istixanalarından`).
              !(other.0.lowerBound == piece.lowerBound && isSentenceStart(piece.lowerBound)
                && !tokenLanguages[piece.lowerBound].contains(.english)),
              // A case suffix ends a name (`Patrikhane'nin Atina'da`, `Kasım'da Swiss`).
              piece.dropLast().allSatisfy({ t in analyses[t].map { $0.spanLength == Int(tokens[t].end - tokens[t].start) } ?? false }),
              (piece.lowerBound + 1..<piece.upperBound).allSatisfy({ gapIsSingleSpace($0 - 1, $0) }) else { return nil }
        if let kind = modelKind(of: piece) { return rule(for: kind) }
        let isCity = analyses[place.0.lowerBound]?.entry?.isLargePlace == true
        return isCity && place.0.lowerBound == piece.lowerBound ? locationRule : personRule
    }

    /// Words `first...last` of a name widened to the whole hyphenated words at its edges
    /// (`Ata-ur-Rehman`, `Anne-Gaelle Sidot`, `Li Song-ho`): a part of a name left outside
    /// its span is a part left visible. A part joins when it is capitalized and no country,
    /// month or nationality, and not a listed surname (`Aliyev-Putin` names two people, each
    /// found by itself) nor an ordinary word. A lower-case part joins when it has at most four
    /// letters, is a name particle or no ordinary word of the line's languages (`Smith-led`),
    /// does not follow capitals (`SSRİ-nin`: a case suffix), and, before the name, sits between
    /// two capitalized parts (`Ata-ur-`).
    private func hyphenCompound(_ first: Int, _ last: Int) -> (Int, Int) {
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
        while last + 1 < tokens.count, joined(last, last + 1),
              capitalPart(last + 1) || (lowerPart(last + 1) && analyses[last]?.isAllCaps != true) { last += 1 }
        return (first, last)
    }

    /// Whether word `t`, a town or village the lists know, is the surname of the given name
    /// right before it (`Sevda Ilıcak`, `Tural Sadıqlı`): surnames are often the names of small
    /// places, and a person named by given name and place is far likelier than a given name
    /// followed by a village. A place of 100,000 people or more, a place cue after the word,
    /// or a context model that reads the two words as anything but a person (`Cihan Batman'a
    /// taşındı`, where the suffix says where he moved) keeps the place.
    private func isSurnameAfterGivenName(_ t: Int, piece: Range<Int>) -> Bool {
        guard t > piece.lowerBound, let a = analyses[t], let entry = a.entry, entry.isPlace, !entry.isLargePlace, !entry.isGiven,
              let given = analyses[t - 1], given.entry?.isGiven == true, given.entry?.isPlace != true,
              !(given.flags.isCommon && isSentenceStart(t - 1)), gapIsSingleSpace(t - 1, t), !a.isExcluded,
              placeMatch(at: t, limit: piece.upperBound) == t + 1 else { return false }
        if let next = nextWordFold(after: t), startsWithCue(next, rules.placeCues, line: t) { return false }
        let reading = modelKind(of: (t - 1)..<(t + 1))
        let hasSuffix = a.spanLength < Int(tokens[t].end - tokens[t].start)
        return reading == .person || (reading == nil && !hasSuffix)
    }

    /// A place type right after the words (`… kəndi`, `… rayonunda`, `… ilçesi`, `… district`)
    /// or right before them (`село …`, `г. …`, `village of …`); inflected forms count.
    private func hasPlaceCue(around range: Range<Int>) -> Bool {
        if let next = nextWordFold(after: range.upperBound - 1), startsWithCue(next, rules.placeCues, line: range.upperBound - 1) { return true }
        if let before = wordBefore(range.lowerBound, maxGap: 2) {
            let word = foldToken(before)
            if rules.placeCuesBefore.contains(word) { return true }
            if word == "of", before > 0, rules.placeCuesBefore.contains(foldToken(before - 1) + " of") { return true }
        }
        return false
    }

    /// Whether `word` is one of `cues` or an inflected form of one (a cue of four or more letters
    /// followed by at most five more): `kəndində` for `kəndi`, `района` for `район`. Word `t`'s
    /// line, when given, must be one that may be in a language that inflects so: in an English
    /// line `stated` is no form of `state`.
    private func startsWithCue(_ word: String, _ cues: Set<String>, line t: Int? = nil) -> Bool {
        if cues.contains(word) { return true }
        if let t, tokenLanguages[t] == .english { return false }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 5 else { return false }
        for length in stride(from: scalars.count - 1, through: max(4, scalars.count - 5), by: -1) {
            if cues.contains(String(String.UnicodeScalarView(scalars[..<length]))) { return true }
        }
        return false
    }

    /// Whether word `t` of `piece` reads as part of a person's name rather than a place: a known
    /// name with a name neighbour or a title, or a place that is also a given name with a cue.
    private func isPersonWord(_ t: Int, piece: Range<Int>) -> Bool {
        guard let a = analyses[t], a.isName else { return false }
        if hasTitleBefore(t) || hasCueAfter(t) { return true }
        // `Bakıda`, `Gəncədən`: a case suffix on a word that is a place and a name marks the place.
        if a.isPlace && a.spanLength < Int(tokens[t].end - tokens[t].start) { return false }
        let neighbours = [t - 1, t + 1].filter { piece.contains($0) }
        if neighbours.contains(where: { analyses[$0]?.isName == true && analyses[$0]?.isPlace != true }) { return true }
        // A lone word both a place and a name: a place when a place cue or a case suffix follows.
        if a.isPlace {
            if let next = nextWordFold(after: t), rules.placeCues.contains(next) { return false }
            if t > 0, gapIsSpace(t - 1, t), rules.placePrepositions.contains(foldToken(t - 1)) { return false }
            // Otherwise a person: people are named far more often than the villages that share
            // their names (`Anna`, `Elena`), and both are replaced.
            return true
        }
        return true
    }

    /// A title or cue next to the words, a given name or surname that is no place, a surname
    /// or patronymic ending.
    private func hasStrongPersonEvidence(_ range: Range<Int>) -> Bool {
        if hasTitleBefore(range.lowerBound) || hasCueAfter(range.upperBound - 1) { return true }
        return range.contains { t in
            guard let a = analyses[t] else { return true }  // a patronymic word
            if a.surnameShape || a.patronymicShape { return true }
            guard let entry = a.entry, !entry.isPlace else { return false }
            return entry.isGiven || entry.isSurname || entry.isPatronymic
        }
    }

    private func isPerson(_ range: Range<Int>) -> Bool {
        let words = range.compactMap { analyses[$0] }
        let strong = words.contains { a in
            (a.entry?.isName == true || a.surnameShape || a.patronymicShape) && !a.flags.isCommon && !a.isExcluded
        }
        if strong { return true }
        if hasTitleBefore(range.lowerBound) || hasCueAfter(range.upperBound - 1) { return true }
        // Capitalized words joined by a name particle (`Lars van den Broek`, `Zia-ul-Karim`).
        if words.count >= 2, words.allSatisfy({ !$0.flags.isCommon && !$0.isExcluded }), range.contains(where: { isParticle($0) }) { return true }
        let nameWords = words.filter { $0.isName || $0.weakSurnameShape }.count
        let initials = range.filter { isInitial($0) }.count
        if nameWords >= 1 && (range.count >= 2 || initials > 0) { return true }
        if nameWords >= 1 && words.count == 1 && !isSentenceStart(range.lowerBound) && words[0].isAllCaps == false {
            // A known name that is also an ordinary word, capitalized inside a sentence: in
            // Azerbaijani, Russian and Turkish (and mostly English) ordinary words are not.
            return true
        }
        return false
    }

    private func emit(_ range: Range<Int>, rule: Int, into finds: inout [Find]) {
        var first = range.lowerBound
        var last = range.upperBound - 1
        while first <= last && analyses[first] == nil { first += 1 }
        while last >= first && analyses[last] == nil && !rules.patronymicWords.contains(foldToken(last)) { last -= 1 }
        guard first <= last else { return }
        // `de Vries`, `van der Berg`: the particles right before a person's name are its own.
        while rule == personRule, first > 0, isParticle(first - 1), gapIsSingleSpace(first - 1, first) { first -= 1 }
        if rule != addressRule { (first, last) = hyphenCompound(first, last) }
        let start = Int(tokens[first].start)
        var end = Int(tokens[last].end)
        if let a = analyses[last] { end = Int(tokens[last].start) + a.spanLength }
        if isInitial(last), end < units.count, units[end] == 0x2E { end += 1 }
        let keys = (first...last).flatMap { analyses[$0]?.keys ?? [] }
        if isAllowed(first...last) { return }
        if rule == locationRule, last > first, startsWithCue(foldToken(last), rules.placeNameTypes, line: last) {
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
    private func kindSupport(_ range: ClosedRange<Int>, rule: Int) -> KindSupport {
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

    /// The lower-case Russian word after word `t` of a place or organization when `t` is a
    /// capitalized adjective with no surname shape (`names.adjective-endings`): a Russian name of the form adjective and noun
    /// capitalizes the adjective alone (`Белом доме`, `Старом городе`, `Кремниевой долиной`),
    /// and the adjective needs its noun. The noun must have four letters or more (no `и`, `в`).
    private func russianNounAfterAdjective(_ t: Int) -> Int? {
        guard !rules.adjectiveEndings.isEmpty, t + 1 < tokens.count, let a = analyses[t],
              !a.surnameShape, !a.patronymicShape, !a.isAllCaps, analyses[t + 1] == nil else { return nil }
        let first = units[Int(tokens[t].start)]
        guard first >= 0x400 && first <= 0x4FF else { return nil }
        let gap = gapUnits(t, t + 1)
        guard gap.count == 1, gap[0] == 0x20 || gap[0] == 0xA0 else { return nil }
        let next = tokens[t + 1]
        guard next.end - next.start >= 4,
              units[Int(next.start)..<Int(next.end)].allSatisfy({ $0 >= 0x430 && $0 <= 0x44F || $0 == 0x451 }) else { return nil }
        let letters = a.fold.unicodeScalars.count
        guard rules.adjectiveEndings.contains(where: { letters - $0.unicodeScalars.count >= 3 && a.fold.hasSuffix($0) }) else { return nil }
        return t + 1
    }

    /// The end of place-type word `t` in a span: the word, without a suffix after an apostrophe.
    private func typeWordEnd(_ t: Int) -> Int {
        let end = Int(tokens[t].end)
        return (Int(tokens[t].start)..<end).first { units[$0] == 0x27 || units[$0] == 0x2019 } ?? end
    }

    /// The last of up to two place-type words (`places.name-types`, any inflected form) right after
    /// word `t`, one space apart: `округе` in `Дальневосточном федеральном округе` is reached
    /// through `федеральном` only when that is a type word too.
    private func placeTypeEnd(after t: Int) -> Int? {
        var result: Int? = nil
        var k = t
        while k + 1 < tokens.count, k - t < 2 {
            let gap = gapUnits(k, k + 1)
            guard gap.count == 1, gap[0] == 0x20 || gap[0] == 0xA0 else { break }
            // A next name, not a type, unless the word is a type word as it stands (`Denizi`
            // in `Marmara Denizi` is not `Deniz`'s accusative there).
            if let a = analyses[k + 1], a.isName || a.isPlace,
               !rules.placeNameTypes.contains(String(a.fold.prefix { $0 != "'" && $0 != "\u{2019}" })) { break }
            // In Latin script a type word is the name's only when written with a capital
            // (`Marmara Denizi`, `Hudson River`, but `Xəzər dənizi`); Russian writes the type
            // of an adjectival name in lower case (`Свердловской области`).
            let first = units[Int(tokens[k + 1].start)]
            guard startsUpper(tokens[k + 1]) || (first >= 0x400 && first <= 0x4FF) else { break }
            guard startsWithCue(foldToken(k + 1), rules.placeNameTypes, line: k + 1) else { break }
            k += 1
            result = k
        }
        return result
    }

    /// Whether the words `range` are an allowed name, or part of one that is more than a given
    /// name alone.
    ///
    /// A full mention of an allowed name is recorded so that no later pass replaces its words.
    /// A shortened one (`Mr. Əliyev` when `İlham Əliyev` is allowed) is not found as a name, but
    /// its words stay open to linking: if another person of that surname is found in the run
    /// (`Anar Əliyev`, not allowed, so learned), the session replaces the shortened mention as
    /// that person's, since it may be theirs. Only a mention that can be nobody else stays.
    private func isAllowed(_ range: ClosedRange<Int>) -> Bool {
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

    // MARK: Places

    /// The end of the longest phrase of up to four words from `t` that the place lists know.
    private func placeMatch(at t: Int, limit: Int) -> Int? {
        var best: Int? = nil
        var phrase = ""
        var end = t
        while end < limit && end - t < 4 {
            guard let a = analyses[end] else { break }
            let word = tokenString(end)
            phrase += (phrase.isEmpty ? "" : " ") + word
            if end == t {
                // A place that is also an ordinary word (`Ganja`, `Van`, `Ordu`) needs a capital
                // inside a sentence, a place cue or a case suffix.
                if a.isPlace && !a.isExcluded
                    && !(a.flags.isCommon && isSentenceStart(t) && !hasPlaceContext(t) && a.entry?.isLargePlace != true)
                    && !(a.isPlaceBySound && isSentenceStart(t) && !hasPlaceContext(t)) {
                    best = end + 1
                }
            } else if let entry = Lexicon.name(phonetic: NameKey.phonetic(phrase)), entry.isPlace {
                best = end + 1
            }
            end += 1
        }
        return best
    }

    /// A capitalized word at the start of a sentence that no list knows as a name, with no
    /// name shape and no title before it, ending in one of `names.ordinary-endings` after a
    /// stem of four or more letters (`Redaktor|um`, `Qərar|dan`): an ordinary word.
    private func isOrdinaryAtSentenceStart(_ t: Int) -> Bool {
        guard !rules.ordinaryEndings.isEmpty, let a = analyses[t], a.entry == nil, !a.isAllCaps,
              !(a.surnameShape || a.patronymicShape || a.weakSurnameShape), isSentenceStart(t) else { return false }
        let letters = a.fold.unicodeScalars.count
        guard rules.ordinaryEndings.contains(where: { letters - $0.unicodeScalars.count >= 4 && a.fold.hasSuffix($0) }) else { return false }
        return !hasTitleBefore(t)
    }

    /// A place cue after the word or a case suffix on it: `Van ilinde`, `Vanda`.
    private func hasPlaceContext(_ t: Int) -> Bool {
        if let a = analyses[t], a.spanLength < Int(tokens[t].end - tokens[t].start) { return true }
        if let next = nextWordFold(after: t), rules.placeCues.contains(next) { return true }
        return false
    }

    // MARK: Addresses and organizations

    private func judgeAddress(run: Range<Int>, into finds: inout [Find]) -> Bool {
        // `ул. Ленина, д. 5`, `улица Садовая`: the type word before the run.
        if let before = wordBefore(run.lowerBound, maxGap: 2), rules.addressBefore.contains(foldToken(before)) {
            let end = houseTail(after: run.upperBound - 1)
            finds.append(Find(start: Int(tokens[before].start), end: end, rule: addressRule, keys: []))
            return true
        }
        // `Nizami küçəsi 25`, `Atatürk Caddesi No: 12`, `14 Baker Street`: the type word after or at the end.
        var typeIndex: Int? = nil
        if let k = run.dropFirst().last(where: { analyses[$0].map { rules.addressAfter.contains($0.fold) } ?? false }) {
            typeIndex = k  // words after it in the run are house words (`Caddesi No: 12`)
        } else if run.upperBound < tokens.count, gapIsSpace(run.upperBound - 1, run.upperBound),
                  rules.addressAfter.contains(foldToken(run.upperBound)) {
            typeIndex = run.upperBound
        }
        guard let typeIndex else { return false }
        // `Baku Court of Appeal` is a court, not a street.
        if typeIndex + 1 < tokens.count, foldToken(typeIndex + 1) == "of" { return false }
        // The street's name: the run without leading ordinary words (`The`, `Adresi`), keeping one.
        let nameEnd = min(typeIndex, run.upperBound)
        var first = run.lowerBound
        while first + 1 < nameEnd, let a = analyses[first], a.flags.isCommon || a.isExcluded || rules.notNames.contains(a.fold) {
            first += 1
        }
        var start = Int(tokens[first].start)
        let numberBefore = first > 0 && tokens[first - 1].isNumber && gapIsSpace(first - 1, first) && first == run.lowerBound
        if numberBefore { start = Int(tokens[first - 1].start) }
        let end = houseTail(after: typeIndex)
        // Evidence that this is a street: a capitalized type word, a house number, or a name
        // word that is not an ordinary word (`The court heard` is no address).
        let hasNameWord = (first..<nameEnd).contains { t in
            guard let a = analyses[t] else { return false }
            return !(a.flags.isCommon || a.isExcluded) || a.isName || a.isPlace
        }
        guard first < nameEnd, analyses[typeIndex] != nil || numberBefore || end > Int(tokens[typeIndex].end) || hasNameWord else {
            return false
        }
        finds.append(Find(start: start, end: end, rule: addressRule, keys: []))
        // A second street part: `Cumhuriyet Mahallesi, Lale Sokak No: 7` is found by its own run.
        return true
    }

    /// The end of an address whose street part ends with token `t`: house, flat and block
    /// numbers after it (`25`, `No: 12`, `д. 5, кв. 7`, `Apt 3`).
    private func houseTail(after t: Int) -> Int {
        var end = Int(tokens[t].end)
        var k = t + 1
        var steps = 0
        while k < tokens.count && steps < 6 {
            let gap = units[end..<Int(tokens[k].start)]
            guard gap.count <= 3, !gap.contains(10), gap.allSatisfy({ $0 == 0x20 || $0 == 0x2C || $0 == 0x2E || $0 == 0x3A || $0 == 0x2116 || $0 == 0x23 }) else { break }
            if tokens[k].isNumber {
                end = Int(tokens[k].end)
                // A letter right after the number (`25A`, `12/3` is two numbers).
                k += 1
                steps += 1
                continue
            }
            let word = foldToken(k)
            if rules.houseWords.contains(word), k + 1 < tokens.count, tokens[k + 1].isNumber,
               Int(tokens[k + 1].start) - Int(tokens[k].end) <= 3 {
                end = Int(tokens[k + 1].end)
                k += 2
                steps += 1
                continue
            }
            if tokens[k - 1].isNumber, Int(tokens[k].start) == end, tokens[k].end - tokens[k].start == 1 {
                end = Int(tokens[k].end)  // 25a
                k += 1
                continue
            }
            break
        }
        return end
    }

    /// The last word of an organization's name that goes on past `run` through lower-case
    /// connectors (`org.connectors`: `of`, `for`, `and`, `in`, `the`) or `&` to further
    /// capitalized words, when `run` holds an organization designator (`org.after` or
    /// `org.before`, one word): `Council for Trade and Development in Europe`, `Norvale
    /// Board of Trade`, `News Agency of Nigeria`. A person or place before a designator further
    /// on (`Smith of the Bank of England`) is not drawn in: the designator must be in `run`.
    private func organizationAcrossConnectors(_ run: Range<Int>) -> Int? {
        guard !rules.orgConnectors.isEmpty,
              run.contains(where: { analyses[$0]?.isOrgDesignator ?? false }) else { return nil }
        var last = run.upperBound - 1
        var merged: Int? = nil
        var words = run.count
        while words < 14 {
            var k = last + 1
            guard k < tokens.count else { break }
            let gap = gapUnits(last, k)
            let ampersand = gap.count == 3 && gap[0] == 0x20 && gap[1] == 0x26 && gap[2] == 0x20
            if !ampersand {
                // One or two connectors, each one space apart: `for`, `of the`.
                guard gap.count == 1, gap[0] == 0x20 else { break }
                var connectors = 0
                while k < tokens.count, analyses[k] == nil, connectors < 2, rules.orgConnectors.contains(foldToken(k)),
                      k + 1 < tokens.count, gapUnits(k, k + 1).count == 1, gapUnits(k, k + 1)[0] == 0x20 {
                    connectors += 1
                    k += 1
                }
                guard connectors > 0 else { break }
            }
            guard k < tokens.count, let a = analyses[k], !rules.orgArticles.contains(a.fold) else { break }
            let next = extendRun(from: k)
            // `… Court on Thursday`, `… Court in Moscow`: a date or a town after the name is not
            // part of it (a country or continent may be: `… Cooperation in Europe`).
            if (k..<next).allSatisfy({ analyses[$0]?.flags.isCalendar ?? true }) { break }
            if next - k == 1, a.isPlace, !a.isExcluded, !rules.orgDesignatorWords.contains(a.fold) { break }
            // `the Ministry and Ali Hasanov`: a person after the connector is no part of the name.
            if hasStrongPersonEvidence(k..<next),
               !(k..<next).contains(where: { analyses[$0]?.isOrgDesignator ?? false }) { break }
            words += next - run.upperBound
            last = next - 1
            merged = last
        }
        return merged
    }

    private func judgeOrganization(run: Range<Int>, into finds: inout [Find]) -> Bool {
        var start = run.lowerBound
        var end: Int? = nil
        var designator = run.upperBound  // first word of the designator
        // `Ministry of Internal Affairs`, `University of Leeds`: a designator, `of`, a capitalized run.
        let of = run.upperBound
        if let k = run.first(where: { rules.orgBefore.contains(foldToken($0)) || rules.orgBefore.contains(foldToken($0) + " of") }),
           of + 1 < tokens.count, ["of", "for", "on"].contains(foldToken(of)), analyses[of + 1] != nil, gapIsSpace(of - 1, of) {
            // Capitalized words before the designator belong to the name (`Baku Court of Appeal`),
            // an article or an ordinary word that starts the sentence does not.
            start = run.lowerBound
            while start < k, let a = analyses[start],
                  rules.orgArticles.contains(a.fold) || (a.flags.isCommon && !a.isName && !a.isPlace && isSentenceStart(start)) {
                start += 1
            }
            designator = start
            end = extendRun(from: of + 1) - 1
        }
        // A designator at the end of the run (`Yasamal Police Station`, `Kura TV`, `… Bakanlığı`)
        // or right after it.
        var designatorSuffix = 0  // UTF-16 units of a case suffix on the designator (`Universitetinin`)
        let lastWord = foldToken(run.upperBound - 1)
        if end == nil, rules.orgAfterLastWords.contains(lastWord) || designatorStem(lastWord) != nil {
            for length in stride(from: min(rules.longestPhrase, run.count - 1), through: 1, by: -1) where length >= 1 {
                let words = (run.upperBound - length..<run.upperBound).map { foldToken($0) }
                if rules.orgAfter.contains(words.joined(separator: " ")) {
                    end = run.upperBound - 1
                    designator = run.upperBound - length
                    break
                }
                if let stem = designatorStem(words.last!), rules.orgAfter.contains((words.dropLast() + [stem.word]).joined(separator: " ")) {
                    end = run.upperBound - 1
                    designator = run.upperBound - length
                    designatorSuffix = stem.suffixLength
                    break
                }
            }
        }
        if end == nil, run.upperBound < tokens.count, gapIsSpace(run.upperBound - 1, run.upperBound),
           rules.orgAfterFirstWords.contains(foldToken(run.upperBound)) {
            for length in stride(from: rules.longestPhrase, through: 1, by: -1) where run.upperBound + length <= tokens.count {
                let phrase = (run.upperBound..<run.upperBound + length).map { foldToken($0) }.joined(separator: " ")
                if rules.orgAfter.contains(phrase) {
                    end = run.upperBound + length - 1
                    designator = run.upperBound
                    break
                }
            }
        }
        if end == nil, let last = russianDesignatorEnd(after: run) {
            // `Тверской районный суд`, `Казанском федеральном университете`, `Городскую больницу`.
            end = last
            designator = last
        }
        if end == nil, let phrase = russianHeadPhrase(run: run) {
            // `Министерство внутренних дел`, `УМВД по Бакинской области`.
            start = phrase.head
            designator = phrase.head
            end = phrase.end
        }
        if end == nil, let k = run.first(where: { rules.orgBefore.contains(foldToken($0)) }), k + 1 < run.upperBound {
            start = k
            designator = k
            end = run.upperBound - 1
        }
        guard let last = end else { return false }
        // `The Police Department`: articles before the name are not part of it, nor is an
        // ordinary word that starts the sentence (`Yaralı Ankara Şehir Hastanesine …`).
        while start < last, rules.orgArticles.contains(foldToken(start)) { start += 1 }
        // In Latin script, where the other words of the name are ordinary too, the name is an
        // ordinary phrase and the first word is its own (`Yeni Nəsil Partiyası`); so where the
        // context model reads the whole as one organization. A Russian sentence opens with a
        // capitalized noun before a name of ordinary words (`Студентка Казанского университета`).
        if start + 1 < designator, isSentenceStart(start), let a = analyses[start], a.flags.isCommon, !a.isPlace,
           units[Int(tokens[start].start)] >= 0x400 && units[Int(tokens[start].start)] <= 0x4FF  // `Студентка Казанского …`
            || ((start + 1)..<designator).contains(where: { t in analyses[t].map { !$0.flags.isCommon || $0.isPlace } ?? false }),
           modelKind(of: start..<(last + 1)) != .organization {
            start += 1
        }
        // The name part must hold a word: `The court`, `the ministry` are no names; with a
        // lower-case designator (`… qəzeti`) the name needs a word that is not an ordinary one.
        let nameWords = designator > start ? Array(start..<designator) : (designator < last ? Array((designator + 1)...last) : [])
        guard !nameWords.isEmpty else { return false }
        if analyses[designator] == nil || designator == start {
            // A capital inside a sentence counts too (`… Тверской районный суд`), unless the
            // rule set says the word is never a name (`the Police station`).
            let hasName = nameWords.contains { t in
                guard let a = analyses[t] else { return false }
                if rules.notNames.contains(a.fold) || rules.orgArticles.contains(a.fold) || a.isExcluded { return false }
                return !a.flags.isCommon || a.isName || a.isPlace || !isSentenceStart(t)
            }
            if !hasName && designator != start { return false }
        }
        let lastToken = min(last, tokens.count - 1)
        let endUnit = Int(tokens[lastToken].end) - (lastToken == run.upperBound - 1 ? designatorSuffix : 0)
        finds.append(Find(start: Int(tokens[start].start), end: endUnit, rule: organizationRule, keys: []))
        return true
    }

    /// A Russian organization named by a head word (`org.heads`: `министерство`, `управление`,
    /// `прокуратура`, `УМВД`, in any case form) in the capitalized run, and the words after
    /// it that make the name: adjectives with the noun they go with, nouns in the genitive, and
    /// `по` before such words (`Министерство внутренних дел`, `Прокуратура Хатаинского района`,
    /// `УМВД по Бакинской области`). It stops at a word that looks like a verb
    /// (`Министерство опубликовало`), a function word or punctuation, and needs at least one
    /// word after the head: `Прокуратура` alone is not a name.
    private func russianHeadPhrase(run: Range<Int>) -> (head: Int, end: Int)? {
        guard !rules.orgHeads.isEmpty, let head = run.first(where: { isOrgHead(foldToken($0)) }) else { return nil }
        func isCyrillicWord(_ w: String) -> Bool {
            !w.isEmpty && w.unicodeScalars.allSatisfy { ($0.value >= 0x400 && $0.value <= 0x4FF) || $0 == "-" }
        }
        let verbEndings = rules.russianVerbEndings, genitiveEndings = rules.russianGenitiveEndings
        let functionWords = rules.russianFunctionWords
        var end = head
        var k = head + 1
        var pendingNoun = false
        var pendingPo = false
        while k < tokens.count, k - head <= 6, gapIsSpace(k - 1, k) {
            let w = foldToken(k)
            guard isCyrillicWord(w), !functionWords.contains(w) else { break }
            if w == "по" {
                guard !pendingPo else { break }
                pendingPo = true
                k += 1
                continue
            }
            if pendingNoun {
                // The noun an adjective goes with (`внутренних дел`), whatever its ending.
                guard !verbEndings.contains(where: { w.hasSuffix($0) }) || w.unicodeScalars.count <= 3 else { break }
                pendingNoun = false
            } else if rules.adjectiveEndings.contains(where: { w.hasSuffix($0) }) && w.unicodeScalars.count >= 4 {
                // An adjective belongs to the name only with the noun after it.
                pendingNoun = true
                pendingPo = false
                k += 1
                continue
            } else if genitiveEndings.contains(where: { w.hasSuffix($0) }) && w.unicodeScalars.count >= 4
                        && !verbEndings.contains(where: { w.hasSuffix($0) }) {
                // a noun in the genitive (`юстиции`, `обороны`, `Европы`)
            } else {
                break
            }
            pendingPo = false
            end = k
            k += 1
        }
        return end > head ? (head, end) : nil
    }

    /// `word` is one of the `org.heads` words in one of its cases (and not one of the
    /// `org.not-heads` that look like one: `судья` is not a case of `суд`).
    private func isOrgHead(_ word: String) -> Bool {
        !rules.orgNotHeads.contains(word) && rules.orgHeads.contains(formOf: word)
    }

    /// The token of a Russian designator in any case after a capitalized run, with at most two
    /// lower-case adjectives between (`районный`, `федеральном`), when there is one.
    private func russianDesignatorEnd(after run: Range<Int>) -> Int? {
        guard let first = analyses[run.lowerBound], first.fold.unicodeScalars.first.map({ $0.value >= 0x400 && $0.value <= 0x4FF }) == true
        else { return nil }
        var k = run.upperBound
        var adjectives = 0
        while k < tokens.count, gapIsSpace(k - 1, k), analyses[k] == nil {
            let word = foldToken(k)
            if rules.russianDesignators.contains(formOf: word) { return k }
            guard adjectives < 2, rules.adjectiveEndings.contains(where: { word.hasSuffix($0) }) else { return nil }
            adjectives += 1
            k += 1
        }
        return nil
    }

    /// A designator with an Azerbaijani or Turkish case suffix (`universitetinin`,
    /// `hastanesine`): the designator and the suffix's length, when the rest is a known suffix.
    private func designatorStem(_ word: String) -> (word: String, suffixLength: Int)? {
        guard rules.orgAfterHeads.contains(String(String.UnicodeScalarView(word.unicodeScalars.prefix(3)))) else { return nil }
        let scalars = Array(word.unicodeScalars)
        for suffix in rules.suffixes where scalars.count - suffix.count >= 4 {
            guard Array(scalars.suffix(suffix.count)) == suffix else { continue }
            let stem = String(String.UnicodeScalarView(scalars.dropLast(suffix.count)))
            if rules.orgAfter.contains(stem) { return (stem, suffix.count) }
            // `hastanesi|ne`, `universiteti|nin`: the buffer letter belongs to the suffix.
            if let last = stem.unicodeScalars.last, ["n", "y", "s"].contains(last) {
                let shorter = String(stem.unicodeScalars.dropLast())
                if rules.orgAfter.contains(shorter) { return (shorter, suffix.count + 1) }
            }
        }
        return nil
    }

    /// `ООО «Северный ветер»`, `«Azad Söz» qəzeti`: a quoted capitalized name after or before a designator.
    private func findQuotedOrganizations(into finds: inout [Find]) {
        let opening: Set<UInt16> = [0xAB, 0x201C, 0x201E, 0x22]
        for t in tokens.indices {
            let end = Int(tokens[t].end)
            guard end + 1 < units.count else { continue }
            var q = end
            while q < units.count && units[q] == 0x20 { q += 1 }
            guard q < units.count, opening.contains(units[q]), q - end <= 1 else { continue }
            let word = foldToken(t)
            guard rules.orgBefore.contains(word) else { continue }
            if let span = quotedSpan(at: q) { finds.append(Find(start: span.lowerBound, end: span.upperBound, rule: organizationRule, keys: [])) }
        }
        // A designator after the closing quote.
        for t in tokens.indices where t > 0 {
            let start = Int(tokens[t].start)
            var q = start - 1
            while q > 0 && units[q] == 0x20 { q -= 1 }
            guard q >= 0, [0xBB, 0x201D, 0x22].contains(units[q]), start - q <= 2 else { continue }
            guard rules.orgAfter.contains(foldToken(t)) else { continue }
            // Find the opening quote backwards, at most 60 units.
            var o = q - 1
            while o >= 0 && q - o < 60 && !opening.contains(units[o]) && units[o] != 10 { o -= 1 }
            guard o >= 0, opening.contains(units[o]), let span = quotedSpan(at: o) else { continue }
            finds.append(Find(start: span.lowerBound, end: span.upperBound, rule: organizationRule, keys: []))
        }
    }

    /// The inside of the quotation starting at `q`, when it starts with a capital and is short.
    private func quotedSpan(at q: Int) -> Range<Int>? {
        let closing: UInt16 = units[q] == 0xAB ? 0xBB : units[q] == 0x22 ? 0x22 : 0x201D
        var c = q + 1
        while c < units.count && c - q < 80 && units[c] != closing && units[c] != 10 && !(units[q] == 0x201E && units[c] == 0x201C) { c += 1 }
        guard c < units.count, c > q + 1, units[c] != 10, c - q < 80 else { return nil }
        let first = units[q + 1]
        guard let scalar = Unicode.Scalar(first), scalar.properties.isUppercase || scalar.properties.numericType != nil else { return nil }
        return (q + 1)..<c
    }

    // MARK: Words

    private func analyze(_ t: Int) -> WordAnalysis {
        let token = tokens[t]
        let slice = UnsafeBufferPointer(rebasing: units[Int(token.start)..<Int(token.end)])
        var key: [UInt16] = []
        key.reserveCapacity(slice.count + 1)
        key.append(contentsOf: slice)
        key.append(UInt16(languages.rawValue))  // one analysis per word and line languages
        if let hit = cache[key] { return hit }
        let analysis = Self.analyze(String(decoding: slice, as: UTF16.self), rules: rules, languages: languages)
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = analysis
        return analysis
    }

    /// What a capitalized word is: looked up whole, then without an apostrophe suffix, an
    /// Azerbaijani/Turkish case suffix, or with a Russian case ending turned back to the nominative.
    static func analyze(_ word: String, rules: NameRules, languages: TextLanguages = .all) -> WordAnalysis {
        let fold = NameKey.fold(word)
        var scalars = Array(word.unicodeScalars)
        var stemUTF16 = word.utf16.count
        // `İzmir'de`, `Ayşe’nin`: the suffix after an apostrophe is not part of the name.
        if let apostrophe = scalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" }), apostrophe >= 2 {
            scalars = Array(scalars[..<apostrophe])
            stemUTF16 = String(String.UnicodeScalarView(scalars)).utf16.count
        }
        let stem = String(String.UnicodeScalarView(scalars))
        var analysis = WordAnalysis(fold: fold, flags: Lexicon.word(fold: fold, in: languages), entry: nil, spanLength: stemUTF16, keys: [])
        analysis.letterCount = scalars.filter { $0.properties.isAlphabetic }.count
        analysis.isAllCaps = analysis.letterCount > 1 && scalars.allSatisfy { !$0.properties.isLowercase }
        // A country, month or nationality with an Azerbaijani or Turkish case suffix and no
        // apostrophe (`Kanadanın`, `İyunda`, `Almaniyada`) is that word: never a name, and kept.
        if !analysis.flags.excludes, stemUTF16 == word.utf16.count, !languages.isDisjoint(with: [.azerbaijani, .turkish]),
           !scalars.contains(where: { $0.value >= 0x400 && $0.value <= 0x4FF }) {
            let lower = NameKey.foldScalars(scalars)
            for suffix in rules.suffixes where lower.count - suffix.count >= 3 && lower.count == scalars.count
                && lower[(lower.count - suffix.count)...].elementsEqual(suffix) {
                if rules.possessiveOnlySuffixes.contains(String(String.UnicodeScalarView(suffix))) { continue }
                let flags = Lexicon.word(fold: String(String.UnicodeScalarView(lower.dropLast(suffix.count))), in: languages)
                guard flags.excludes else { continue }
                // The suffix must fit the stem's vowels (`Kanada|nın`; an English line's
                // `Indiana` is no `India|na`).
                let ending = Self.turkicLowercased(scalars.suffix(suffix.count))
                let stem = Self.turkicLowercased(scalars.dropLast(suffix.count))
                guard SuffixHarmony.fit(ending, after: stem, azerbaijani: true) == ending
                        || SuffixHarmony.fit(ending, after: stem, azerbaijani: false) == ending else { continue }
                analysis.flags.isCalendar = flags.isCalendar
                analysis.flags.isCountry = flags.isCountry
                analysis.flags.isNationality = flags.isNationality
                break
            }
        }
        let stemKey = NameKey.phonetic(stem)
        let isCyrillic = scalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF }
        // A town of the wider world (`w`) found by its key alone, not as the lists spell it
        // (`Praqa`, but also `Более`, `Hesab`): `placeMatch` wants more than a sentence's first
        // capital for it.
        var placeBySound = false
        func acceptable(_ entry: LexiconEntry, _ form: String) -> Bool {
            placeBySound = entry.isWorldOnly && !entry.isName && !Lexicon.word(fold: NameKey.fold(form)).isPlaceSpelling
            return true
        }
        // The forms tried, with the Russian case ending each was read with, for the shape checks.
        var nominatives: [(form: String, inflection: (ending: String, nominative: String)?)] = [(NameKey.fold(stem), nil)]
        if isCyrillic {
            // Russian: an oblique case ending that turns back into a nominative one (`Анной` →
            // `Анна`, `Москве` → `Москва`, `Казани` → `Казань`) is tried before the word as it
            // is, because the phonetic key alone would take `Москве` for `Москва` and lose the
            // ending its stand-in must take; endings that only drop letters (`Петровым` →
            // `Петров`) come after it.
            let lower = NameKey.foldScalars(scalars)
            func tryEndings(replacing: Bool) -> Bool {
                for (ending, nominative) in rules.caseEndings where lower.count - ending.count >= 2 && nominative.isEmpty != replacing {
                    guard lower.count >= ending.count, lower[(lower.count - ending.count)...].elementsEqual(ending) else { continue }
                    let base = String(String.UnicodeScalarView(lower.dropLast(ending.count))) + nominative
                    let inflection = (ending: String(String.UnicodeScalarView(ending)), nominative: nominative)
                    nominatives.append((base, inflection))
                    let key = NameKey.phonetic(base)
                    if let entry = Lexicon.name(phonetic: key), acceptable(entry, base) {
                        analysis.entry = entry
                        analysis.keys = [key]
                        analysis.inflection = inflection
                        return true
                    }
                }
                return false
            }
            if !tryEndings(replacing: true) {
                if let entry = Lexicon.name(phonetic: stemKey), acceptable(entry, stem) {
                    analysis.entry = entry
                    analysis.keys = [stemKey]
                } else {
                    _ = tryEndings(replacing: false)
                }
            }
        } else if let entry = Lexicon.name(phonetic: stemKey), acceptable(entry, stem) {
            analysis.entry = entry
            analysis.keys = [stemKey]
        } else {
            let lower = NameKey.foldScalars(scalars)
            // A stem the lists spell exactly so wins over a longer suffix whose stem only sounds
            // like a name (`Brüssel|ə`, not `Brüsse|lə`); then the phonetic key.
            var bases: [(base: String, key: String)] = []
            // Turkic case suffixes only in a line that may be Azerbaijani or Turkish: an English
            // line's `Sabatini` is no `Sabatin|i`.
            let turkicLine = !languages.isDisjoint(with: [.azerbaijani, .turkish])
            for suffix in rules.suffixes where turkicLine && lower.count - suffix.count >= 3 && lower.count == scalars.count {
                guard lower[(lower.count - suffix.count)...].elementsEqual(suffix) else { continue }
                if rules.possessiveOnlySuffixes.contains(String(String.UnicodeScalarView(suffix))) { continue }
                let base = String(String.UnicodeScalarView(scalars.dropLast(suffix.count)))
                // Only a suffix the stem's vowels and last sound allow in Azerbaijani or Turkish
                // (`Şəki|də`, `Elçin|in`; never `Morgan|in`, `Emil|ya`, `Jakar|ta`).
                // As written, not folded (`ı` stays `ı`), in lower case (`BAKIDA`, but not `OSC|E`).
                let ending = Self.turkicLowercased(scalars.suffix(suffix.count))
                let stem = Self.turkicLowercased(scalars.dropLast(suffix.count))
                guard SuffixHarmony.fit(ending, after: stem, azerbaijani: true) == ending
                        || SuffixHarmony.fit(ending, after: stem, azerbaijani: false) == ending else { continue }
                nominatives.append((NameKey.fold(base), nil))
                bases.append((base, NameKey.phonetic(base)))
            }
            let spelled = bases.first { base in
                let flags = Lexicon.word(fold: NameKey.fold(base.base), in: languages)
                return (flags.isPlaceSpelling || flags.isNameSpelling) && Lexicon.name(phonetic: base.key) != nil
            }
            for (base, key) in spelled.map({ [$0] }) ?? bases {
                // A stem that only sounds like a place is no place (`Zerbek|i`, `Tarlan|ı` are
                // surnames): places are taken by a suffix only as the lists spell them.
                if let entry = Lexicon.name(phonetic: key), spelled != nil || entry.isName, acceptable(entry, base) {
                    analysis.entry = entry
                    analysis.keys = [key]
                    analysis.spanLength = base.utf16.count
                    break
                }
            }
        }
        analysis.isPlaceBySound = analysis.entry != nil && placeBySound
        analysis.isOrgDesignator = rules.orgDesignatorWords.contains(fold)
        if analysis.keys.isEmpty { analysis.keys = [stemKey] }
        // Shapes: surname and patronymic endings on any of the forms tried.
        for (form, inflection) in nominatives {
            let formScalars = Array(form.unicodeScalars)
            let count = formScalars.count
            func ends(_ endings: [[Unicode.Scalar]], stem: Int) -> Bool {
                endings.contains { count >= $0.count + stem && formScalars[(count - $0.count)...].elementsEqual($0) }
            }
            if ends(rules.patronymicEndings, stem: 2) {
                analysis.patronymicShape = true
            } else if ends(rules.surnameEndings, stem: 3) {
                analysis.surnameShape = true
            } else if ends(rules.weakSurnameEndings, stem: 3) {
                analysis.weakSurnameShape = true
            }
            if (analysis.surnameShape || analysis.patronymicShape) && analysis.entry == nil && form != nominatives[0].form {
                analysis.keys = [NameKey.phonetic(form)]
                if isCyrillic {
                    // An unknown surname in a case form: the stand-in takes the same ending.
                    analysis.inflection = inflection
                } else {
                    // An unknown surname with a case suffix: the span stops before the suffix.
                    analysis.spanLength = stemUTF16 - (nominatives[0].form.unicodeScalars.count - count)
                }
                break
            }
            if analysis.surnameShape || analysis.patronymicShape { break }
        }
        // An ordinary word with a suffix (`Pulu`: money) is no name because its stem sounds like
        // one: a stem found only by its phonetic key must be spelled as the lists spell it.
        if analysis.entry != nil, analysis.spanLength < stemUTF16, !isCyrillic {
            let stem = String(decoding: Array(word.utf16.prefix(analysis.spanLength)), as: UTF16.self)
            let stemFlags = Lexicon.word(fold: NameKey.fold(stem), in: languages)
            let wholeIsWord = analysis.flags.isCommon && !analysis.flags.isNameSpelling && !analysis.flags.isPlaceSpelling
            if wholeIsWord || (stemFlags.isCommon && !(stemFlags.isNameSpelling || stemFlags.isPlaceSpelling)) {
                analysis.entry = nil
                analysis.spanLength = stemUTF16
                analysis.keys = [stemKey]
            }
        }
        // An ordinary word that only sounds like a name (`Then` like `Tan`) is no name: the
        // phonetic key links spellings of names, it does not make words into names.
        if analysis.flags.isCommon, var entry = analysis.entry, analysis.spanLength == word.utf16.count, analysis.inflection == nil {
            if !analysis.flags.isNameSpelling {
                entry.isGiven = false; entry.isMaleGiven = false; entry.isFemaleGiven = false
                entry.isSurname = false; entry.isPatronymic = false
            }
            if !analysis.flags.isPlaceSpelling { entry.isPlace = false; entry.isLargePlace = false }
            analysis.entry = entry.isName || entry.isPlace ? entry : nil
        }
        // A word the rule set says is never a name (`The`, `Police`) is an ordinary word.
        if rules.notNames.contains(fold) || rules.orgArticles.contains(fold) {
            analysis.entry = nil
            analysis.flags.isCommon = true
        }
        // An ordinary word that only looks like a surname (`Готов`, `Районов`) is not one.
        if analysis.flags.isCommon && analysis.entry == nil {
            analysis.surnameShape = false
            analysis.patronymicShape = false
        }
        return analysis
    }

    /// `scalars` in lower case with the Turkic dotted and dotless i (`I` → `ı`, `İ` → `i`).
    static func turkicLowercased<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar {
            case "I": out.append("ı")
            case "İ": out.append("i")
            default: out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// A word of two to six capitals that no list knows, between words that are not all capitals
    /// (a headline in capitals is not a row of acronyms).
    /// A Roman numeral after a capitalized word that is not in capitals, one space apart
    /// (`Partiyasının VII qurultayı`, `Elizabeth II`): a number, not a word of the name.
    private func isOrdinalNumeral(_ t: Int) -> Bool {
        let token = tokens[t]
        guard t > 0, token.end - token.start <= 7,
              units[Int(token.start)..<Int(token.end)].allSatisfy({ [0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D].contains($0) }),
              let before = analyses[t - 1], !before.isAllCaps, gapIsSingleSpace(t - 1, t) else { return false }
        return true
    }

    private func isAcronym(_ t: Int) -> Bool {
        guard !isOrdinalNumeral(t) else { return false }
        guard let a = analyses[t], a.isAllCaps, (2...6).contains(a.letterCount), a.letterCount == a.spanLength else { return false }
        // With a suffix after an apostrophe (`CHP'nin`), the letters before it are the word.
        let length = Int(tokens[t].end - tokens[t].start)
        let fold = a.spanLength == length ? a.fold
            : NameKey.fold(String(decoding: UnsafeBufferPointer(rebasing: units[Int(tokens[t].start)..<Int(tokens[t].start) + a.spanLength]), as: UTF16.self))
        let flags = a.spanLength == length ? a.flags : Lexicon.word(fold: fold, in: tokenLanguages[t])
        guard !flags.isCommon, !flags.isCalendar, !flags.isCountry, !flags.isNationality, !a.isExcluded, !a.isName, !a.isPlace,
              !rules.notNames.contains(fold), !rules.speakerRoles.contains(fold), !rules.titles.contains(fold),
              !rules.orgBefore.contains(fold), !rules.orgAfter.contains(fold), !rules.notAcronyms.contains(fold) else { return false }
        for n in [t - 1, t + 1] where n >= 0 && n < tokens.count {
            if let b = analyses[n], b.isAllCaps { return false }
        }
        return true
    }

    /// A capital letter followed by a dot (`W.`), or letters joined by dots the segmenter keeps
    /// as one word (`A.J.`), that no list reads as a country (`U.S.`).
    /// Two or three capital letters joined by dots with a dot after the last (`U.N.`), no
    /// country (`U.S.`, `U.K.`), and no capitalized word right after it: a short name.
    private func isDottedAcronym(_ run: Range<Int>) -> Bool {
        // The segmenter gives `U.N.` as one word or as letters with dots between.
        let letters = run.map { Int(tokens[$0].end - tokens[$0].start) }
        let count = run.count == 1 ? (letters[0] + 1) / 2 : run.count
        guard (2...3).contains(count), run.allSatisfy({ isInitial($0) }), run.count == 1 || letters.allSatisfy({ $0 == 1 }),
              run.allSatisfy({ $0 == run.lowerBound || gapUnits($0 - 1, $0).count == 1 }) else { return false }
        let start = Int(tokens[run.lowerBound].start), end = Int(tokens[run.upperBound - 1].end) + 1
        let text = String(decoding: UnsafeBufferPointer(rebasing: units[start..<end]), as: UTF16.self)
        let flags = Lexicon.word(fold: NameKey.fold(text))
        let bare = NameKey.fold(text.filter { $0 != "." })
        guard !flags.excludes, !flags.isCommon, !rules.notAcronyms.contains(bare),
              !units[start..<end].contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return true
    }

    private func isInitial(_ t: Int) -> Bool {
        let token = tokens[t]
        guard let a = analyses[t], token.end - token.start <= 5, (token.end - token.start) % 2 == 1 else { return false }
        let end = Int(token.end)
        guard end < units.count && units[end] == 0x2E else { return false }
        if token.end - token.start == 1 { return true }
        // `A.J`: letters at even offsets, dots between.
        for (i, u) in units[Int(token.start)..<end].enumerated() where (i % 2 == 1) != (u == 0x2E) { return false }
        return !a.isExcluded
    }

    private func startsUpper(_ token: WordToken) -> Bool {
        let u = units[Int(token.start)]
        if u >= 0x41 && u <= 0x5A { return true }
        if u < 0x80 { return false }
        guard let scalar = Unicode.Scalar(u) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    private func tokenString(_ t: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: units[Int(tokens[t].start)..<Int(tokens[t].end)]), as: UTF16.self)
    }

    /// The exact key of word `t`, computed once per word of the text.
    private func foldToken(_ t: Int) -> String {
        if let a = analyses[t] { return a.fold }
        if let known = folds[t] { return known }
        let token = tokens[t]
        var fold = ""
        var ascii = true
        for u in units[Int(token.start)..<Int(token.end)] where u >= 0x80 { ascii = false; break }
        if ascii {
            // Most words: ASCII lower-casing, no String round trip through scalars.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(Int(token.end - token.start))
            for u in units[Int(token.start)..<Int(token.end)] { bytes.append(UInt8(u >= 0x41 && u <= 0x5A ? u | 0x20 : u)) }
            fold = String(decoding: bytes, as: UTF8.self)
        } else {
            fold = NameKey.fold(tokenString(t))
        }
        folds[t] = fold
        return fold
    }

    private func gapUnits(_ a: Int, _ b: Int) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(rebasing: units[Int(tokens[a].end)..<Int(tokens[b].start)])
    }

    /// Whether a word of the line from word `t` to UTF-16 offset `lineEnd` is a short English
    /// function word (`names.language-markers`), read as ASCII bytes without building a String.
    private func hasEnglishMarker(from t: Int, to lineEnd: Int) -> Bool {
        var k = t
        while k < tokens.count, Int(tokens[k].start) < lineEnd {
            let token = tokens[k]
            k += 1
            guard token.end - token.start <= 4 else { continue }
            var packed: UInt32 = 0
            var ascii = true
            for u in units[Int(token.start)..<Int(token.end)] {
                guard u >= 0x41 && u <= 0x7A else { ascii = false; break }
                packed = packed << 8 | UInt32(u | 0x20)
            }
            if ascii && rules.englishMarkers.contains(packed) { return true }
        }
        return false
    }

    /// A lower-case name particle (`names.particles`) at word `t`.
    private func isParticle(_ t: Int) -> Bool {
        !rules.nameParticles.isEmpty && analyses[t] == nil && rules.nameParticles.contains(foldToken(t))
    }

    private func gapIsSingleSpace(_ a: Int, _ b: Int) -> Bool {
        let gap = gapUnits(a, b)
        return gap.count == 1 && (gap[0] == 0x20 || gap[0] == 0xA0)
    }

    private func gapIsSpace(_ a: Int, _ b: Int) -> Bool {
        let gap = gapUnits(a, b)
        return gap.count >= 1 && gap.count <= 2 && gap.allSatisfy { $0 == 0x20 || $0 == 0xA0 || $0 == 0x2C }
    }

    /// The token before `t` when only spaces and dots (at most `maxGap` units) lie between.
    private func wordBefore(_ t: Int, maxGap: Int) -> Int? {
        guard t > 0 else { return nil }
        let gap = gapUnits(t - 1, t)
        guard gap.count >= 1, gap.count <= maxGap, gap.allSatisfy({ $0 == 0x20 || $0 == 0x2E || $0 == 0xA0 }) else { return nil }
        return t - 1
    }

    private func nextWordFold(after t: Int) -> String? {
        guard t + 1 < tokens.count, gapIsSpace(t, t + 1) else { return nil }
        return foldToken(t + 1)
    }

    /// A title or cue right before word `t`: `Mr.`, `Dr`, `г-н`, `named`, `по имени`.
    private func hasTitleBefore(_ t: Int) -> Bool {
        guard t > 0 else { return false }
        var phrase = ""
        // Whether some title or cue ends with `phrase`: once none does, no longer phrase can
        // be one, and building it is skipped (`rules.titlePhraseSuffixes`).
        var phraseCanMatch = true
        var k = t
        var words = 0
        while k > 0 && words < rules.longestPhrase {
            let gap = gapUnits(k - 1, k)
            guard gap.count <= 3, !gap.contains(10), gap.allSatisfy({ $0 == 0x20 || $0 == 0x2E || $0 == 0x2D || $0 == 0xA0 || $0 == 0x2C }) else { break }
            let hyphen = gap.contains(0x2D) && gap.count == 1
            if phraseCanMatch {
                phrase = foldToken(k - 1) + (phrase.isEmpty ? "" : (hyphen ? "-" : " ")) + phrase
                if rules.titles.contains(phrase) || rules.cuesBefore.contains(phrase) { return true }
                if !phrase.isEmpty && !rules.titlePhraseSuffixes.contains(phrase) { phraseCanMatch = false }
            }
            if hyphen { } else { words += 1 }
            if hyphen {
                // `г-н`: one title in two tokens.
                let joined = foldToken(k - 1) + "-" + foldToken(k)
                if rules.titles.contains(joined) { return true }
            }
            k -= 1
        }
        return false
    }

    /// A cue right after word `t`: `bəy`, `xanım`, `müəllim`, `Bey`, `Hanım`, `adlı`.
    private func hasCueAfter(_ t: Int) -> Bool {
        guard t + 1 < tokens.count else { return false }
        let gap = gapUnits(t, t + 1)
        guard gap.count <= 2, !gap.contains(10), gap.allSatisfy({ $0 == 0x20 || $0 == 0x2C || $0 == 0xA0 }) else { return false }
        return rules.cuesAfter.contains(foldToken(t + 1))
    }

    private func isLineStart(before t: Int) -> Bool {
        var p = Int(tokens[t].start) - 1
        while p >= 0 && (units[p] == 0x20 || units[p] == 0x09 || units[p] == 0x2D || units[p] == 0x2014 || units[p] == 0x3E
                         || units[p] == 0xFEFF) { p -= 1 }
        return p < 0 || units[p] == 10 || units[p] == 13
    }

    private func followedByColon(_ t: Int) -> Bool {
        let end = Int(tokens[t].end)
        var p = end
        while p < units.count && units[p] == 0x20 && p - end < 2 { p += 1 }
        return p < units.count && units[p] == 0x3A
    }

    private func isSentenceStart(_ t: Int) -> Bool {
        var p = Int(tokens[t].start) - 1
        while p >= 0 && (units[p] == 0x20 || units[p] == 0x09 || units[p] == 0xA0 || units[p] == 0x22 || units[p] == 0xAB
                         || units[p] == 0x201C || units[p] == 0x201E || units[p] == 0x28 || units[p] == 0x2D || units[p] == 0x2014
                         || units[p] == 0x2013 || units[p] == 0x2018 || units[p] == 0x27 || units[p] == 0xFEFF
                         || units[p] == 0x2A || units[p] == 0x2022) { p -= 1 }
        if p < 0 { return true }
        let u = units[p]
        return u == 10 || u == 13 || u == 0x2E || u == 0x21 || u == 0x3F || u == 0x2026 || u == 0x3A || u == 0x3B
    }
}
