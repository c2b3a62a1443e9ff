import RedactRules

/// The detector's use of the trained context model (`ContextModel.swift`): what it reads of a
/// text, the kind it gives where the rules are unsure, and the names it adds that the rules left.
extension NameReading {
    /// What the lists, morphology and cues say about word `t`, as the model's evidence bits.
    mutating func contextEvidence(_ t: Int) -> UInt32 {
        guard let a = analyses[t] else { return 0 }
        var bits = a.evidence
        if hasTitleBefore(t) { bits |= ContextEvidence.titleBefore }
        if hasCueAfter(t) { bits |= ContextEvidence.cueAfter }
        return bits
    }

    /// Reads the text's segments of capitalized words with the context model, before the
    /// rules judge them: the names it reads (token ranges, kind, margin) wait in
    /// `modelSpans` for `judgePiece` (the kind where the rules are unsure) and
    /// `addContextModelFinds` (names the rules left).
    mutating func readWithContextModel() {
        modelSpans.removeAll(keepingCapacity: true)
        modelLeanings.removeAll(keepingCapacity: true)
        guard let model = contextModel else { return }
        // Take the buffers out of the detector (a copy would copy them on the first write).
        var scratch = NameDetector.ContextScratch()
        swap(&scratch, &detector.contextScratch)
        defer { swap(&scratch, &detector.contextScratch) }
        scratch.isCandidate.removeAll(keepingCapacity: true)
        for a in analyses { scratch.isCandidate.append(a != nil) }
        let segments = ContextSegments.find(units: units, tokens: tokens, isCandidate: scratch.isCandidate)
        guard !segments.isEmpty else { return }
        scratch.evidence.removeAll(keepingCapacity: true)
        for t in tokens.indices {
            let bits: UInt32 = analyses[t] == nil ? 0 : contextEvidence(t)
            scratch.evidence.append(bits)
        }
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
            for (i, t) in segment.enumerated() where decoded.path[i] == 0 {
                if modelLeanings.isEmpty { modelLeanings = Array(repeating: nil, count: tokens.count) }
                modelLeanings[t] = ContextDecoder.leaning(emissions: scratch.emissions, at: i)
            }
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
    mutating func modelKind(of range: Range<Int>) -> ContextKind? {
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
    mutating func addContextModelFinds(into finds: inout [Find]) {
        guard let model = contextModel, !modelSpans.isEmpty else { return }
        var covered: [Range<Int>] = []
        swap(&covered, &detector.contextScratch.covered)
        defer { swap(&covered, &detector.contextScratch.covered) }
        Self.merge(finds, into: &covered)
        for span in modelSpans {
            // Currencies, document and identifier words at an edge (`TC Kimlik No`): no name at
            // all. Inside a name such a word is the name's (`Federal Soruşturma Bürosu`, `Dövlət
            // Qeydiyyat Xidməti`): the identifier rules' cue lists hold ordinary words.
            if [span.start, span.end - 1].contains(where: { analyses[$0].map { rules.notAcronyms.contains($0.fold) } ?? false }) {
                continue
            }
            // Titles and cues stay outside, as the rules keep them (`Mehmet Bey`,
            // `Zeynep Hanım Ankara'dan`).
            var pieceStart = span.start
            var partedAt = -1  // the first word after a caption's `v.`
            for t in span.start...span.end {
                // A dash between spaces parts two names (`Development — OECD`, `Уорд — Набоков`);
                // a dash or hyphen without them joins one (`Foto–Kino`, `Co-operation`). The
                // name before it keeps the model's reading even alone at a sentence's start
                // (`Вратари: Уорд — Набоков`), since the model read it beside another name.
                if t > pieceStart, t < span.end, gapUnits(t - 1, t).contains(where: { $0 == 0x2014 || $0 == 0x2013 }),
                   gapUnits(t - 1, t).contains(where: { $0 == 0x20 || $0 == 0xA0 }) {
                    proposeModelFind(pieceStart..<t, span, model, covered, into: &finds, beside: true)
                    pieceStart = t
                }
                // A case's caption parts its two sides (`names.parting-words`: `Okafor v. Lakeview
                // Tenants`, `Smith vs Jones`): two names, the word between them neither's.
                // The side after it starts after `v.`, no sentence's start.
                if t > pieceStart, t + 1 < span.end, analyses[t] == nil, rules.partingWords.contains(foldToken(t)) {
                    proposeModelFind(pieceStart..<t, span, model, covered, into: &finds, beside: true)
                    pieceStart = t + 1
                    partedAt = pieceStart
                    continue
                }
                // A person's name read from a sentence's first word that is an ordinary English
                // word and no name (`Later Baker said`): the word is the sentence's, not the
                // name's. In Russian too (`Видели Марка Тарвенберга`, `Концерт Раймонда
                // Паулса`), where the word is no name the lists spell (`Барак Обама` keeps its
                // `Барак`).
                // An organization's too, in Russian (`Акции Тарвекса`), unless the word is a
                // head or designator of one (`Министерство`, `Компания`).
                let opensSentence = t == span.start && span.end - t >= 2
                    && (span.kind == .person || (span.kind == .organization && analyses[t]?.isCyrillic == true
                        && analyses[t].map { !$0.isOrgDesignator && !isOrgHead($0.fold) && !rules.russianDesignators.contains(formOf: $0.fold) } == true))
                    && (tokenLanguages[t].contains(.english) || analyses[t]?.isCyrillic == true)
                    && analyses[t].map { $0.flags.isCommon && !$0.flags.isNameSpelling && !$0.flags.isPlaceSpelling
                        && !$0.surnameShape && ($0.entry?.isGiven != true || isGivenOnlyAsCaseForm(t)) } == true
                    && isSentenceStart(t) && !hasTitleBefore(t)
                    && !Self.startsAnotherKind(finds, at: Int(tokens[t + 1].start), person: personRule)
                // A word no list holds before a given name and a surname (`Представитель
                // Роскосмоса Александр Воробьёв`) opens the run but is no part of the person the
                // rules read after it (``opensRunBeforeAPerson(_:)``): the model's one person is
                // cut there, and the word, capitalized inside a sentence, is proposed alone as
                // what such a word before a person mostly is, the body the person speaks for.
                // Russian only, where the genitive of a body or region before a title's holder
                // is the pattern (`губернатор Приморья Сергей Дарькин`); in Latin letters the
                // word is as often an unlisted given name (`coach Wilfried Van Moer`).
                if t == span.start, span.kind == .person, span.end - t >= 3, !isSentenceStart(t),
                   analyses[t].map({ $0.isCyrillic && !$0.isAllCaps }) == true, opensRunBeforeAPerson(t..<span.end) {
                    var body = span
                    body.kind = .organization
                    let before = finds.count
                    proposeModelFind(t..<(t + 1), body, model, covered, into: &finds)
                    // Its other mentions are the same body (`Депутаты Приморья`): linked by the
                    // word, as a person's word would have linked them, unless it is an ordinary
                    // word the text also writes in lower case.
                    if finds.count > before, let a = analyses[t], a.letterCount >= 4,
                       !(a.flags.isCommon && occursInLowerCase(t)) {
                        finds[before].keys = a.keys
                    }
                    pieceStart = t + 1
                    continue
                }
                // A case suffix after an apostrophe ends a name, as it ends a run of the rules
                // (`Şoray'ın Kadir İnanır`: two people; `Clinton'ın Beyaz Saray'ı`).
                // So does an English possessive after a name (`Juventus's Zinedine Zidane`).
                if t + 1 < span.end, hasCaseSuffixAfterApostrophe(t) || isPossessiveOfAName(t) {
                    proposeModelFind(pieceStart..<(t + 1), span, model, covered, into: &finds)
                    pieceStart = t + 1
                    continue
                }
                guard t == span.end || opensSentence || isOutsideModelNames(t, kind: span.kind) else { continue }
                let pieceEnd = t < span.end && isPossessedTitle(t) ? titleStart(before: t, from: pieceStart) : t
                if pieceStart < pieceEnd { proposeModelFind(pieceStart..<pieceEnd, span, model, covered, into: &finds, beside: pieceStart == partedAt) }
                pieceStart = t + 1
            }
        }
    }

    /// Whether a find of the rules of another kind than a person starts at UTF-16 offset
    /// `start`: the word after a sentence's first word is then read otherwise without it
    /// (`Барак Обама`, where `Обама` alone is a town), so the first word stays the name's.
    static func startsAnotherKind(_ finds: [Find], at start: Int, person: Int) -> Bool {
        finds.contains { $0.start == start && $0.rule != person }
    }

    /// A word a name the model reads never holds: a title or a cue after a name, and in a
    /// person's name a word the rule set says is never a name (`emit` leaves lower-case words
    /// at the edges out). The never-names stay possible in places and organizations (`New`,
    /// `National`, `Lake`).
    mutating func isOutsideModelNames(_ t: Int, kind: ContextKind) -> Bool {
        guard let a = analyses[t] else { return false }
        if kind == .person && rules.notNames.contains(a.fold) { return true }  // `Prezident İlham Əliyev`
        if rules.titles.contains(a.fold) || rules.cuesAfter.contains(a.fold) || isPossessedTitle(t) { return true }
        // With a case suffix after an apostrophe too (`Mesut Bey'e`).
        guard let stem = foldBeforeSuffix(t) else { return false }
        return rules.titles.contains(stem) || rules.cuesAfter.contains(stem)
    }

    /// Adds words `range` of a name the model read as a find of its kind when its margin is
    /// enough and the rules left a word of it; countries, nationalities and calendar words at
    /// the edges stay out.
    /// `beside`: the words were cut from a longer name of the model's at a dash, so a lone word
    /// at a sentence's start needs no more evidence than the model's.
    mutating func proposeModelFind(_ range: Range<Int>, _ span: ContextSpan, _ model: ContextModel, _ covered: [Range<Int>],
                                  into finds: inout [Find], beside: Bool = false) {
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
            // needs the lists, its shape or a cue besides the model (`Mövcud`, `Təsadüfi`); or a
            // case suffix after an apostrophe, which Turkish writes only after a proper name
            // (`Evyap'ın`, the first of two names a model span held).
            if !beside && isSentenceStart(first) && !(a.isName || a.isPlace || a.weakSurnameShape || hasTitleBefore(first) || hasCueAfter(first)
                                           || hasCaseSuffixAfterApostrophe(first)) {
                return
            }
        }
        let isNew = (first...last).contains { t in analyses[t] != nil && !Self.isCovered(Int(tokens[t].start), covered) }
        guard isNew else { return }
        if detector.contextProposals != nil {
            detector.contextProposals!.append(ContextProposal(start: Int(tokens[first].start), end: Int(tokens[last].end),
                                                     kind: span.kind, margin: span.margin))
        }
        guard span.margin >= model.threshold else { return }
        // In Azerbaijani, where the ordinary-word list is short, one or two words that no list
        // holds as a name and that web text writes in lower case are ordinary words capitalized
        // in a title (`İctimai Münasibətlər fakültəsi`): the model's reading alone is not
        // enough. A designator or place type at the end makes them a name (`Ortodoks Kilsəsi`).
        if last - first < 2, (first...last).allSatisfy({ isOrdinaryInLowerCaseAz($0) }),
           analyses[last].map({ !startsWithCue($0.fold, .placeCues, line: last) }) ?? true {
            // The capitalized words around them: a designator among them (`Galeri Turkuaz'da`)
            // or quotes around them (`«Şəhər Nəbzi»`) make them a name.
            var runStart = first, runEnd = last
            while runStart > 0, analyses[runStart - 1] != nil, gapIsSingleSpace(runStart - 1, runStart) { runStart -= 1 }
            while runEnd + 1 < tokens.count, analyses[runEnd + 1] != nil, gapIsSingleSpace(runEnd, runEnd + 1) { runEnd += 1 }
            if !(runStart...runEnd).contains(where: { analyses[$0]?.isOrgDesignator ?? false }), !isQuoted(runStart...runEnd) {
                return
            }
        }
        let rule = self.rule(for: span.kind)
        let before = finds.count
        emit(first..<(last + 1), rule: rule, into: &finds)
        if finds.count > before { finds[before].modelMargin = max(1, span.margin / max(model.threshold, .leastNormalMagnitude)) }
    }

    /// Whether word `t`, in a line that may be Azerbaijani or Turkish, ends in a case suffix after an
    /// apostrophe: one or two suffixes of `names.suffixes` or `places.locative-suffixes`
    /// (`Evyap'ın`, `Saray'daki`, `Clinton'ların`), which Turkish writes after proper names
    /// only. Not an apostrophe inside a name (`Mümtaz'er`; in a line that may be English,
    /// `Gama'a`).
    mutating func hasCaseSuffixAfterApostrophe(_ t: Int) -> Bool {
        guard hasSuffixAfterApostrophe(t), !tokenLanguages[t].isDisjoint(with: [.turkish, .azerbaijani]),
              let a = analyses[t] else { return false }
        // Folded as the lists are (`ın` as `in`).
        let tail = NameKey.fold(String(decoding: UnsafeBufferPointer(rebasing: units[(Int(tokens[t].start) + a.spanLength + 1)..<Int(tokens[t].end)]),
                                       as: UTF16.self))
        let scalars = Array(tail.unicodeScalars)
        // In a line its letters do not tell from English, a one-letter tail is an apostrophe
        // inside a name as often (`Gama'a`, `Hawai'i`).
        if tokenLanguages[t].contains(.english) && scalars.count < 2 { return false }
        func isSuffix(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
            rules.suffixes.contains { $0.elementsEqual(part) } || rules.locativeSuffixes.contains { $0.unicodeScalars.elementsEqual(part) }
        }
        if isSuffix(scalars[...]) { return true }
        return (1..<max(1, scalars.count)).contains { isSuffix(scalars[..<$0]) && isSuffix(scalars[$0...]) }
    }

    /// The UTF-16 ranges `finds` cover, merged where they touch or overlap, in order, written to
    /// `covered` (whose storage is reused): for ``isCovered(_:_:)``.
    static func merge(_ finds: [Find], into covered: inout [Range<Int>]) {
        covered.removeAll(keepingCapacity: true)
        for find in finds.sorted(by: { $0.start < $1.start }) {
            if let last = covered.last, find.start <= last.upperBound {
                covered[covered.count - 1] = last.lowerBound..<max(last.upperBound, find.end)
            } else {
                covered.append(find.start..<find.end)
            }
        }
    }

    /// Whether UTF-16 offset `p` lies in one of `ranges` (disjoint, sorted).
    static func isCovered(_ p: Int, _ ranges: [Range<Int>]) -> Bool {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].lowerBound <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && ranges[lo - 1].contains(p)
    }
}

extension NameDetector {
    /// Per-text buffers of the context model.
    struct ContextScratch {
        var isCandidate: [Bool] = []
        var evidence: [UInt32] = []
        var features: [UInt32] = []
        var emissions: [Float] = []
        var covered: [Range<Int>] = []
    }
}

extension WordAnalysis {
    /// The evidence bits (``ContextEvidence``) that the word itself gives, whatever stands
    /// around it: what the lists and shapes say, and whether a case suffix was cut off.
    static func evidence(of a: WordAnalysis, wordLength: Int, rules: NameRules) -> UInt32 {
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
        if a.spanLength < wordLength { bits |= ContextEvidence.caseSuffix }
        return bits
    }
}
