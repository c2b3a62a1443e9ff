import RedactRules

/// Russian names of an ordinary adjective and a noun (`Серый дом`, `Малый зал`): Russian
/// writes ordinary adjectives in lower case, so one capitalized inside a sentence before a
/// lower-case noun opens a name, though every word of it is in the dictionary and no list
/// holds the phrase.
extension NameReading {
    /// Finds them where no other rule found anything: a capitalized Cyrillic adjective that the
    /// lists hold as an ordinary word or a nationality's (a name's own words are the other
    /// rules'), not opening a sentence, not after a title, and the lower-case noun right after
    /// it (``nounAfterCapitalizedAdjective(_:)``'s noun), not an event's or an award's
    /// (`org.event-nouns`: `Нобелевской премии`, `Второй мировой войны`) nor a product's or
    /// work's (`org.product-cues`). The kind is the context model's where
    /// it reads one; else an organization's where the noun is a head or designator, a place's
    /// where it is a place cue, and an organization's otherwise: most such names in news are
    /// bodies and buildings that stand for them.
    mutating func findAdjectiveNounNames(into finds: inout [Find]) {
        guard !rules.adjectiveEndings.isEmpty else { return }
        for t in tokens.indices.dropLast() {
            guard let a = analyses[t], a.isCyrillic, !a.isAllCaps, a.flags.isCommon || isCapitalizedNationality(t),
                  !a.flags.isCountry, !a.flags.isCalendar, tokenLanguages[t].contains(.russian), isNameAdjective(a.fold),
                  analyses[t + 1] == nil, gapIsSingleSpace(t, t + 1), !isSentenceStart(t), !hasTitleBefore(t) else { continue }
            let n = t + 1
            let next = tokens[n]
            guard next.end - next.start >= 3,
                  units[Int(next.start)..<Int(next.end)].allSatisfy({ $0 >= 0x430 && $0 <= 0x44F || $0 == 0x451 }) else { continue }
            let noun = foldToken(n)
            guard !rules.russianVerbEndings.contains(where: { noun.hasSuffix($0) }), !rules.russianFunctionWords.contains(noun),
                  !rules.orgEventNouns.contains(formOf: noun), !rules.orgProductCues.contains(formOf: noun),
                  !rules.hasAdjectiveEnding(noun, stem: 3) || rules.orgNotAdjectiveEndings.contains(where: { noun.hasSuffix($0) })
            else { continue }
            let start = Int(tokens[t].start), end = Int(next.end)
            if finds.contains(where: { $0.start < end && start < $0.end }) { continue }
            let rule: Int
            if let kind = modelKind(of: t..<(n + 1)) {
                rule = detector.rule(for: kind)
            } else if isOrgHead(noun) || rules.russianDesignators.contains(formOf: noun) {
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
