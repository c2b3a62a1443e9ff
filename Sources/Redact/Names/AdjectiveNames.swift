import RedactRules

/// Russian names of an ordinary adjective and a noun (`Серый дом`, `Малый зал`): Russian
/// writes ordinary adjectives in lower case, so one capitalized inside a sentence before a
/// lower-case noun opens a name, though every word of it is in the dictionary and no list
/// holds the phrase.
extension NameReading {
    /// Finds them where no other rule found anything: a capitalized Cyrillic adjective that the
    /// lists hold as an ordinary word or a nationality's (a name's own words are the other
    /// rules'), not opening a sentence (unless it is a relative adjective before a head), not
    /// after a title, and the lower-case noun right after
    /// it (``nounAfterCapitalizedAdjective(_:)``'s noun), not an event's or an award's
    /// (`org.event-nouns`: `Нобелевской премии`, `Второй мировой войны`) nor a product's or
    /// work's (`org.product-cues`). The kind is the context model's where
    /// it reads one; else an organization's where the noun is a head or designator, a place's
    /// where it is a place cue, and an organization's otherwise: most such names in news are
    /// bodies and buildings that stand for them.
    mutating func findAdjectiveNounNames(into finds: inout [Find]) {
        guard !rules.adjectiveEndings.isEmpty else { return }
        for t in tokens.indices.dropLast() {
            // An adjective no list holds counts too (the ordinary-word list lacks many case forms:
            // `Промышленном`), unless it has a surname's or patronymic's shape.
            guard let a = analyses[t], a.isCyrillic, !a.isAllCaps,
                  a.flags.isCommon || isCapitalizedNationality(t) || (a.entry == nil && !a.surnameShape && !a.patronymicShape),
                  !a.flags.isCountry, !a.flags.isCalendar, tokenLanguages[t].contains(.russian), isNameAdjective(a.fold),
                  analyses[t + 1] == nil, gapIsSingleSpace(t, t + 1), !hasTitleBefore(t) else { continue }
            // A second adjective after `и` (`Промышленный и коммерческий банк`): the name's
            // too, where the noun after it is a head or designator.
            var n = t + 1
            var joined = false
            if t + 3 < tokens.count, tokens[t + 1].end - tokens[t + 1].start == 1, units[Int(tokens[t + 1].start)] == 0x438,
               isLowerCyrillicWord(t + 2), gapIsSingleSpace(t + 1, t + 2),
               gapIsSingleSpace(t + 2, t + 3), rules.hasAdjectiveEnding(foldToken(t + 2), stem: 3), adjectivesAgree(a.fold, foldToken(t + 2)) {
                let noun = foldToken(t + 3)
                if analyses[t + 3] == nil, isOrgHead(noun) || rules.russianDesignators.contains(formOf: noun) {
                    n = t + 3
                    joined = true
                }
            }
            // Lower-case adjectives that agree with it before the noun (`Советскому судебному
            // району`, `Центральном административном округе`): the name's too, up to two, and
            // the capitalized adjective is no surname read alone.
            var extended = false
            if !joined {
                var k = t + 1
                while k + 1 < tokens.count, k - t <= 2, isLowerCyrillicWord(k), isLowerCyrillicWord(k + 1), gapIsSingleSpace(k, k + 1) {
                    let word = foldToken(k)
                    guard rules.hasAdjectiveEnding(word, stem: 3), !rules.orgNotAdjectiveEndings.contains(where: { word.hasSuffix($0) }),
                          adjectivesAgree(a.fold, word) else { break }
                    k += 1
                }
                if k > t + 1 {
                    n = k
                    extended = true
                }
            }
            let next = tokens[n]
            // At a sentence's start the capital proves nothing: there the noun must be a head
            // or designator and the adjective a relative one with a stem of five letters or
            // more (`Футбольная ассоциация`), as an organization's name is; an everyday
            // adjective's short stem (`Новая школа открылась`) stays.
            if isSentenceStart(t) {
                // `Японская полиция`, `Японское правительство`: said of the country, kept as the
                // country's name is (see `LowerCaseOrganizations.swift`).
                guard !a.flags.isNationality, !isCapitalizedNationality(t) else { continue }
                guard next.end - next.start >= 3, joined || isRelativeAdjective(a.fold),
                      (rules.adjectiveStem(a.fold)?.unicodeScalars.count ?? 0) >= 5 else { continue }
                let noun = foldToken(n)
                guard isOrgHead(noun) || rules.russianDesignators.contains(formOf: noun), !rules.orgOrdinaryHeads.contains(formOf: noun),
                      adjectivesAgree(a.fold, noun) else { continue }
            }
            guard next.end - next.start >= 3,
                  units[Int(next.start)..<Int(next.end)].allSatisfy({ $0 >= 0x430 && $0 <= 0x44F || $0 == 0x451 }) else { continue }
            let noun = foldToken(n)
            guard !rules.russianVerbEndings.contains(where: { noun.hasSuffix($0) }), !rules.russianFunctionWords.contains(noun),
                  !rules.orgEventNouns.contains(formOf: noun), !rules.orgProductCues.contains(formOf: noun),
                  !rules.hasAdjectiveEnding(noun, stem: 3) || rules.orgNotAdjectiveEndings.contains(where: { noun.hasSuffix($0) })
            else { continue }
            let start = Int(tokens[t].start)
            // Most candidates overlap a find already: passed over before the noun is read again.
            if !joined, !extended, finds.contains(where: { $0.start < Int(next.end) && start < $0.end }) { continue }
            // Read only where it decides something: a joined name's noun is a head already.
            lazy var isHead = joined || isOrgHead(noun) || rules.russianDesignators.contains(formOf: noun)
            // A head takes the words that complete the name (`банк Китая`, `ассоциация по …`).
            let end = joined || (isSentenceStart(t) && isHead) ? Int(tokens[russianNameTail(after: n)].end) : Int(next.end)
            // A find of the first adjective alone gives way to the whole name it opens.
            if joined || extended { finds.removeAll { $0.start == start && $0.end <= Int(tokens[t].end) } }
            if finds.contains(where: { $0.start < end && start < $0.end && !($0.start >= Int(next.end)) }) { continue }
            finds.removeAll { $0.start >= Int(next.end) && $0.end <= end }
            let rule: Int
            if let kind = modelKind(of: t..<(n + 1)) {
                rule = detector.rule(for: kind)
            } else if isHead {
                rule = organizationRule
            } else if startsWithCue(noun, .placeCues, line: n) {
                rule = locationRule
            } else {
                rule = organizationRule
            }
            finds.append(Find(start: start, end: end, rule: rule, keys: []))
        }
    }
}
