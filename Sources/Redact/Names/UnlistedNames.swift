import RedactRules

/// Names no list holds, found by their capital alone where a capital says the most: inside a
/// sentence of Azerbaijani, Turkish or Russian.
///
/// These languages write in lower case every word that is not a name: nationalities, months,
/// days, titles, the ordinary words of a heading inside a sentence. So a word capitalized in
/// the middle of such a sentence that the lists know neither as an ordinary word nor as a
/// name is a name the lists lack: a river (`Drin`), a foreign place (`Berinq`), an agency
/// (`Интерполу`), a surname of a shape no rule knows. English capitalizes much more
/// (`Minister`, `Budget`, headings in title case), so a line that may be English stays out.
///
/// The kind is the context model's: the kind of a name it read over the word even below its
/// threshold, else the kind it leans to there (``ContextDecoder/leaning(emissions:at:)``).
/// Such a find has no support from lists or cues, so `detect` reports it with low confidence.
extension NameReading {
    /// `Минсельхоз`, `Росводресурсы`: a Russian word no list holds that opens with a state
    /// body's short prefix (`org.head-prefixes`: `мин` for a ministry, `рос` for a federal
    /// agency) and four letters or more after it is that body, at a sentence's start too.
    /// A word the lists know (`Минск`, `Ростов`) is theirs, and an adjective (`Минувшая`) is
    /// no short name.
    mutating func findPrefixedBodies(into finds: inout [Find]) {
        guard !rules.orgHeadPrefixes.isEmpty else { return }
        for t in tokens.indices {
            guard let a = analyses[t], a.isCyrillic, !a.isAllCaps, tokenLanguages[t].contains(.russian), a.entry == nil,
                  !a.isName, !a.isPlace, !a.flags.isCommon, !a.isExcluded, !rules.notNames.contains(a.fold),
                  // Short names are nouns: `Минувшая неделя` is no ministry.
                  !rules.hasAdjectiveEnding(a.fold, stem: 3),
                  rules.orgHeadPrefixes.contains(where: { a.fold.hasPrefix($0) && a.fold.unicodeScalars.count - $0.unicodeScalars.count >= 4 })
            else { continue }
            let start = Int(tokens[t].start), end = Int(tokens[t].end)
            if let i = finds.firstIndex(where: { $0.start == start && $0.end == end }) {
                finds[i].rule = organizationRule
                continue
            }
            if finds.contains(where: { $0.start < end && start < $0.end }) { continue }
            emit(t..<(t + 1), rule: organizationRule, into: &finds)
        }
    }

    /// Adds each unlisted capitalized word inside a sentence (see the type's comment) that no
    /// find covers, as a name of the model's kind.
    mutating func findUnlistedWordsInSentences(into finds: inout [Find]) {
        var covered: [Range<Int>] = []
        Self.merge(finds, into: &covered)
        // A form of a name found elsewhere in the text (`Tarvislanı` after `Tarvislan
        // şəhərində`) is that name, with its kind and its suffix outside: the linking finds it.
        var foundWords: Set<String>? = nil
        for t in tokens.indices where analyses[t] != nil {
            guard !Self.isCovered(Int(tokens[t].start), covered), isUnlistedWordInSentence(t) else { continue }
            if foundWords == nil {
                foundWords = Set(finds.filter { $0.end - $0.start <= 64 }.map { find in
                    NameKey.fold(String(decoding: UnsafeBufferPointer(rebasing: units[find.start..<find.end]), as: UTF16.self))
                })
            }
            if isFormOfFound(t, foundWords!) { continue }
            let kind = modelSpans.first(where: { $0.start <= t && t < $0.end })?.kind
                ?? (modelLeanings.isEmpty ? nil : modelLeanings[t]) ?? .location
            let before = finds.count
            emit(t..<(t + 1), rule: rule(for: kind), into: &finds)
            if finds.count > before {
                finds[before].kindSupport = .unsupported
                // A capital alone is too little to learn a name by: its other mentions are
                // not linked to it (`Başkanlığı` must not make every `Başkanı` a name).
                finds[before].keys = []
            }
        }
    }

    /// Whether word `t` is a word of `found` (folded texts of finds), or one with a case suffix.
    mutating func isFormOfFound(_ t: Int, _ found: Set<String>) -> Bool {
        guard let a = analyses[t], !found.isEmpty else { return false }
        if found.contains(a.fold) { return true }
        let scalars = Array(String(decoding: UnsafeBufferPointer(rebasing: units[Int(tokens[t].start)..<Int(tokens[t].end)]),
                                   as: UTF16.self).unicodeScalars)
        return WordAnalysis.caseSuffixLengths(scalars, rules: rules).contains { length in
            found.contains(NameKey.fold(String(scalars: scalars.dropLast(length))))
        }
    }

    /// Whether word `t` is capitalized inside a sentence of a line that cannot be English, is
    /// not in capitals, has three letters or more, and is no word the lists know: no ordinary
    /// word, name, place, country, nationality, month, title, cue, designator or never-name.
    /// A lower-case word must stand next to it in the line (within two words), so a heading
    /// of capitalized words is no sentence.
    mutating func isUnlistedWordInSentence(_ t: Int) -> Bool {
        guard let a = analyses[t], !tokenLanguages[t].contains(.english), !tokenLanguages[t].isEmpty,
              !a.isAllCaps, a.letterCount >= 3, a.entry == nil, !a.isName, !a.isPlace, !a.isPlaceBySound,
              !a.flags.isCommon, !a.isExcluded, !a.flags.isCountry, !a.flags.isNationality, !a.flags.isCalendar,
              !a.isOrgDesignator, !rules.notNames.contains(a.fold), !rules.titles.contains(a.fold),
              !rules.notAcronyms.contains(a.fold), !rules.cuesAfter.contains(a.fold),
              !rules.orgBefore.contains(a.fold), !rules.orgAfter.contains(a.fold),
              !isSentenceStart(t) else { return false }
        // A word of a run (`Dünya Kupası`) is judged with the run.
        if t > 0, analyses[t - 1] != nil, gapIsSingleSpace(t - 1, t) { return false }
        if t + 1 < tokens.count, analyses[t + 1] != nil, gapIsSingleSpace(t, t + 1) { return false }
        guard hasLowerCaseNeighbour(t), !isRomanNumeralInSentence(t), !isOrdinaryWithSuffixes(t) else { return false }
        // A quoted word: alone in its quotes it is a name (`"Vimy" döyüşü`), left to the
        // quoted-name rules in Russian; the first word of a quoted title is capitalized as the
        // title's (`"Tərkibində zəif …" mövzusunda`).
        if let open = quoteBefore(t) {
            guard !tokenLanguages[t].contains(.russian), closesQuote(after: t, opening: open) else { return false }
        }
        // A plural (`Frankofonlar`, `Səfəvilər`) names a people or a dynasty, not one person
        // or place; a short word with a capital inside (`PhD`) is an abbreviation.
        if isTurkicPlural(t) { return false }
        if a.letterCount <= 4, units[(Int(tokens[t].start) + 1)..<Int(tokens[t].end)].contains(where: { u in
            Unicode.Scalar(u).map { ScalarTraits.isUppercase($0) } ?? false
        }) { return false }
        // Part of a compound or of a list with slashes (`Paleo-Hind`, `Mikro / Makroiqtisadiyyat`).
        if let before = characterBefore(t), before == 0x2F || before == 0x2D { return false }
        if Int(tokens[t].end) < units.count, units[Int(tokens[t].end)] == 0x2D { return false }
        return true
    }

    /// Whether a capitalized Azerbaijani or Turkish word is an ordinary word, or one with one or
    /// two suffixes (`Komitə|nin`, `Forum|u|nda`, `Bəyannamə|ni`), or before an apostrophe
    /// (`Başbakan'ın`): the lists hold ordinary words mostly in their plain form, and these
    /// languages stack case and possessive suffixes on them. In a line that writes `ə` a word
    /// that Azerbaijani web text writes in lower case counts too (`lowercase-words-az.tsv`):
    /// the project's own list of Azerbaijani ordinary words is short.
    mutating func isOrdinaryWithSuffixes(_ t: Int) -> Bool {
        guard let a = analyses[t], !a.isCyrillic else { return false }
        let languages = tokenLanguages[t].intersection([.azerbaijani, .turkish])
        guard !languages.isEmpty else { return false }
        let lowerCaseAz = lineWritesSchwa(t)
        var word = Array(a.fold.unicodeScalars)
        if isOrdinary(word, in: languages, lowerCaseAz: lowerCaseAz) { return true }
        if a.spanLength < Int(tokens[t].end - tokens[t].start) {
            // `Başbakan'ın`, `Anayasası'nın`: the word before the apostrophe.
            let start = Int(tokens[t].start)
            word = NameKey.foldScalars(String(decoding: UnsafeBufferPointer(rebasing: units[start..<(start + a.spanLength)]),
                                              as: UTF16.self).unicodeScalars)
            if isOrdinary(word, in: languages, lowerCaseAz: lowerCaseAz) { return true }
        }
        for first in rules.suffixes where word.count - first.count >= 3 && word.suffix(first.count).elementsEqual(first) {
            let stem = Array(word.dropLast(first.count))
            if isOrdinary(stem, in: languages, lowerCaseAz: lowerCaseAz) { return true }
            for second in rules.suffixes where stem.count - second.count >= 3 && stem.suffix(second.count).elementsEqual(second) {
                if isOrdinary(Array(stem.dropLast(second.count)), in: languages, lowerCaseAz: lowerCaseAz) { return true }
            }
        }
        return false
    }

    /// Whether word `t`, in an Azerbaijani line, is no listed name or place and is written in
    /// lower case in web text, whole or with case suffixes (`lowercase-words-az.tsv`).
    mutating func isOrdinaryInLowerCaseAz(_ t: Int) -> Bool {
        guard let a = analyses[t], tokenLanguages[t].contains(.azerbaijani), a.entry == nil, !a.isName, !a.isPlace,
              !a.weakSurnameShape, !a.isAllCaps, lineWritesSchwa(t),
              // A suffix after an apostrophe (`Turkuaz'da`) is written after a name only.
              a.spanLength == Int(tokens[t].end - tokens[t].start) else { return false }
        return isOrdinaryWithSuffixes(t)
    }

    /// Whether the line of word `t` writes `ə`, which Azerbaijani writes and Turkish does not:
    /// the line-language test takes the two together, as they share most words.
    mutating func lineWritesSchwa(_ t: Int) -> Bool {
        let p = Int(tokens[t].start)
        if schwaLine.range.contains(p) { return schwaLine.hasSchwa }
        var start = p, end = p
        while start > 0 && units[start - 1] != 10 { start -= 1 }
        while end < units.count && units[end] != 10 { end += 1 }
        let hasSchwa = units[start..<end].contains { $0 == 0x259 || $0 == 0x18F }
        schwaLine = (start..<max(end, p + 1), hasSchwa)
        return hasSchwa
    }

    private func isOrdinary(_ scalars: [Unicode.Scalar], in languages: TextLanguages, lowerCaseAz: Bool) -> Bool {
        let flags = Lexicon.word(fold: String(scalars: scalars), in: languages)
        // A listed spelling typed in lower case on the web (`qax`, `bakı`) is still the name.
        return flags.isCommon || flags.excludes
            || (flags.isSeenInLowerCaseAz && lowerCaseAz && !flags.isNameSpelling && !flags.isPlaceSpelling)
    }

    /// Whether word `t`, in Latin letters, ends in an Azerbaijani or Turkish plural suffix
    /// (`names.plural-suffixes`), alone or before a case suffix (`Frankofonlar`, `Frankofonlardır`, `Vikinqlərin`).
    mutating func isTurkicPlural(_ t: Int) -> Bool {
        guard let a = analyses[t], !a.isCyrillic, !tokenLanguages[t].isDisjoint(with: [.azerbaijani, .turkish]) else { return false }
        let word = Array(a.fold.unicodeScalars)
        for plural in rules.pluralSuffixes {
            if word.count - plural.count >= 3, word.suffix(plural.count).elementsEqual(plural) { return true }
            for suffix in rules.suffixes where word.count - suffix.count - plural.count >= 3
                && word.suffix(suffix.count).elementsEqual(suffix) {
                if word.dropLast(suffix.count).suffix(plural.count).elementsEqual(plural) { return true }
            }
        }
        return false
    }

    /// Whether words `range` stand alone between quotes (`«Şəhər Nəbzi»`): a quoted title.
    mutating func isQuoted(_ range: ClosedRange<Int>) -> Bool {
        guard let open = quoteBefore(range.lowerBound) else { return false }
        return closesQuote(after: range.upperBound, opening: open)
    }

    /// The character before word `t`, spaces skipped.
    mutating func characterBefore(_ t: Int) -> UInt16? {
        var p = Int(tokens[t].start) - 1
        while p >= 0 && units[p] == 0x20 { p -= 1 }
        return p >= 0 ? units[p] : nil
    }

    /// The opening quote right before word `t` (a space or none between), if any.
    mutating func quoteBefore(_ t: Int) -> UInt16? {
        var p = Int(tokens[t].start) - 1
        while p >= 0 && units[p] == 0x20 { p -= 1 }
        guard p >= 0, [0x22, 0xAB, 0x201C, 0x201E, 0x2018, 0x27].contains(units[p]) else { return nil }
        return units[p]
    }

    /// Whether a closing quote that matches `opening` comes right after word `t`.
    mutating func closesQuote(after t: Int, opening: UInt16) -> Bool {
        var p = Int(tokens[t].end)
        while p < units.count && units[p] == 0x20 { p += 1 }
        guard p < units.count else { return false }
        switch opening {
        case 0xAB: return units[p] == 0xBB
        case 0x201C, 0x201E: return units[p] == 0x201D || units[p] == 0x201C
        case 0x2018: return units[p] == 0x2019
        default: return units[p] == opening
        }
    }

    /// Whether a word in lower case stands within two words of word `t` on its line.
    mutating func hasLowerCaseNeighbour(_ t: Int) -> Bool {
        for n in [t - 1, t + 1, t - 2, t + 2] where n >= 0 && n < tokens.count && analyses[n] == nil {
            guard !gapUnits(min(n, t), max(n, t)).contains(0x0A) else { continue }
            guard let scalar = Unicode.Scalar(units[Int(tokens[n].start)]), ScalarTraits.isLowercase(scalar) else { continue }
            return true
        }
        return false
    }
}
