import RedactRules

/// Russian organizations named with no capital at all: a nationality's adjective before a
/// body's head word (`турецком министерстве транспорта`, `турецкого внешнеполитического
/// ведомства`), and a state body's head before a country (`администрации Перу`, `отдел
/// России`). Russian writes such names in lower case, and they identify the body as surely as
/// a capitalized name does; the capitalized runs the other rooms read never reach them.
extension NameReading {
    /// Finds both kinds. Only words that end as an adjective of `names.adjective-endings` can
    /// open the first kind, and only those are folded and looked up: most lower-case words
    /// are passed over on their last letter.
    mutating func findOrganizationsInLowerCase(into finds: inout [Find]) {
        guard !rules.orgHeads.isEmpty, !rules.adjectiveEndingFinalUnits.isEmpty else { return }
        var t = 0
        while t + 1 < tokens.count {
            if var end = lowerCaseOrganizationEnd(from: t) {
                let start = Int(tokens[t].start)
                // `… министерства иностранных дел Тарвис Лоуенгарт`: a name found after the head
                // ends the organization before it.
                if let next = finds.filter({ $0.start > start && $0.start < Int(tokens[end].end) }).map(\.start).min() {
                    while end > t, Int(tokens[end].end) > next { end -= 1 }
                }
                let endUnit = Int(tokens[end].end)
                if end > t, !finds.contains(where: { $0.start < endUnit && start < $0.end }) {
                    finds.append(Find(start: start, end: endUnit, rule: organizationRule, keys: []))
                }
                t = end + 1
                continue
            }
            t += 1
        }
        findStateBodiesBeforeCountry(into: &finds)
        findNumberedBodies(into: &finds)
    }

    /// `13-й долговременной экспедиции`, `семнадцатой экспедиции МКС`: an ordinal, in digits
    /// with its ending or in a word of `org.ordinal-stems`, up to two lower-case adjectives,
    /// and a head of `org.numbered-heads`, with the words that complete the name
    /// (``russianNameTail(after:)``). A numbered expedition or crew is a handful of people:
    /// the number identifies them as a name would.
    mutating func findNumberedBodies(into finds: inout [Find]) {
        guard !rules.orgNumberedHeads.isEmpty else { return }
        let firstUnits = Array(rules.orgNumberedHeads.firstUnits)  // a few letters: no hashing per word
        for head in tokens.indices.dropFirst() where firstUnits.contains(units[Int(tokens[head].start)]) {
            guard isLowerCyrillicWord(head), tokenLanguages[head].contains(.russian),
                  rules.orgNumberedHeads.contains(formOf: foldToken(head)) else { continue }
            var k = head - 1
            var adjectives = 0
            while k > 0, adjectives < 2, isLowerCyrillicWord(k), gapIsSingleSpace(k, k + 1), !isOrdinalWord(k),
                  rules.hasAdjectiveEnding(foldToken(k), stem: 3) {
                adjectives += 1
                k -= 1
            }
            guard gapIsSingleSpace(k, k + 1), let first = ordinalStart(endingAt: k) else { continue }
            let end = Int(tokens[russianNameTail(after: head)].end)
            let start = Int(tokens[first].start)
            if finds.contains(where: { $0.start < end && start < $0.end && !($0.start >= Int(tokens[head].end)) }) { continue }
            // A name found after the head (`МКС`) is part of this one.
            finds.removeAll { $0.start >= Int(tokens[head].end) && $0.end <= end }
            finds.append(Find(start: start, end: end, rule: organizationRule, keys: []))
        }
    }

    /// The first word of an ordinal that ends at word `t`: `13-й` (a number, a hyphen and an
    /// ending of up to three letters) or `семнадцатой`.
    mutating func ordinalStart(endingAt t: Int) -> Int? {
        if isOrdinalWord(t) { return t }
        guard t > 0, tokens[t - 1].isNumber, isLowerCyrillicWord(t), tokens[t].end - tokens[t].start <= 3 else { return nil }
        let gap = gapUnits(t - 1, t)
        return gap.count == 1 && gap[0] == 0x2D ? t - 1 : nil
    }

    /// Whether word `t` is an ordinal number written as a word (`семнадцатой`).
    mutating func isOrdinalWord(_ t: Int) -> Bool {
        guard isLowerCyrillicWord(t) else { return false }
        let word = foldToken(t)
        return rules.orgOrdinalStems.contains { stem in
            word.hasPrefix(stem) && rules.hasAdjectiveEnding(word, stem: stem.count) && word.count - stem.count <= 3
        }
    }

    /// The last word of an organization named in lower case from word `t`: a nationality's
    /// adjective (`российском`), up to two relative adjectives (`дипломатического`), a head
    /// of `org.heads` in any case, and the words that complete it (``russianNameTail(after:)``).
    /// A head with no words after it makes a name only where it is a state body
    /// (`org.state-bodies`: `ведомство`) with a relative adjective that says which one
    /// (`турецкого внешнеполитического ведомства`): `японской партии` is any Japanese party, and
    /// `японское правительство` is said of a country, as the country's name alone is.
    mutating func lowerCaseOrganizationEnd(from t: Int) -> Int? {
        guard isLowerCyrillicWord(t), tokenLanguages[t].contains(.russian),
              rules.adjectiveEndingFinalUnits.contains(units[Int(tokens[t].end) - 1]),
              tokens[t].end - tokens[t].start >= 6, hasNationalityStem(t) else { return nil }
        let fold = foldToken(t)
        guard rules.hasAdjectiveEnding(fold, stem: 3) else { return nil }
        let flags = Lexicon.word(fold: fold, in: tokenLanguages[t])
        guard flags.isNationality, !flags.isCountry else { return nil }
        var k = t + 1
        var adjectives = 0
        while k < tokens.count, isLowerCyrillicWord(k), gapIsSingleSpace(k - 1, k) {
            let word = foldToken(k)
            let stateBody = rules.orgStateBodies.contains(formOf: word)
            if !rules.orgNotHeads.contains(word), stateBody || isOrgHead(word) {
                let end = russianNameTail(after: k)
                return end > k || (stateBody && adjectives > 0) ? end : nil
            }
            guard adjectives < 2, isRelativeAdjective(word) else { return nil }
            adjectives += 1
            k += 1
        }
        return nil
    }

    /// `администрации Перу`, `миде Тарвинии`: the head of one of a state's bodies
    /// (`org.country-bodies`) in lower case right before a country in Cyrillic names that
    /// country's body. The country alone is kept; with the head it names the organization.
    /// The state as a whole (`правительство Китая`, `парламент Грузии`) is said of the
    /// country, and is kept as the country is: those heads are not in the list.
    mutating func findStateBodiesBeforeCountry(into finds: inout [Find]) {
        guard !rules.orgCountryBodies.isEmpty else { return }
        for t in tokens.indices.dropFirst() {
            guard let country = analyses[t], country.isCyrillic, country.flags.isCountry, isLowerCyrillicWord(t - 1),
                  gapIsSingleSpace(t - 1, t), rules.orgCountryBodies.contains(formOf: foldToken(t - 1)) else { continue }
            // The words that complete the name go on after the country (`сборную России по
            // футболу`), when the country is the whole word.
            let last = country.spanLength == Int(tokens[t].end - tokens[t].start) ? russianNameTail(after: t) : t
            let start = Int(tokens[t - 1].start), end = last > t ? Int(tokens[last].end) : Int(tokens[t].start) + country.spanLength
            if finds.contains(where: { $0.start < end && start < $0.end }) { continue }
            finds.append(Find(start: start, end: end, rule: organizationRule, keys: []))
        }
    }

    /// Whether word `t` has a stem ending of `org.nationality-stem-endings` (`японск|ого`,
    /// `немецк|ой`) before an ending of two or three letters: read on the units, so that
    /// only those words are folded and looked up. Without the list, every word passes.
    mutating func hasNationalityStem(_ t: Int) -> Bool {
        guard !rules.nationalityStemEndingUnits.isEmpty else { return true }
        let end = Int(tokens[t].end), start = Int(tokens[t].start)
        for ending in 2...3 {
            for stem in rules.nationalityStemEndingUnits where end - ending - stem.count > start {
                var k = end - ending - stem.count
                var same = true
                for u in stem {
                    if units[k] != u { same = false; break }
                    k += 1
                }
                if same { return true }
            }
        }
        return false
    }

    /// Word `t` is in lower-case Cyrillic letters (no capital, so no analysis).
    mutating func isLowerCyrillicWord(_ t: Int) -> Bool {
        guard analyses[t] == nil else { return false }
        let u = units[Int(tokens[t].start)]
        return (u >= 0x430 && u <= 0x44F) || u == 0x451
    }
}
