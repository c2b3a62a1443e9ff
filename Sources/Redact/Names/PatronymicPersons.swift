import RedactRules

/// A person named with a patronymic (`Юлдашеву Шерзоду Бахтияровичу`, `Абдыкадыров Нурлан
/// Асанович`), read whole even where a place or country stands right before the name.
///
/// Russian official letters name a foreigner after the country (`Гражданину Республики
/// Узбекистан Юлдашеву Шерзоду Бахтияровичу`): one run of capitals, which other readings took
/// for a place and cut (the surname went with the country, given name and patronymic were
/// left in clear), or for a person with the country's word in it. A patronymic (by its
/// ending, `names.patronymic-endings`, in any case form) is a person's alone, so:
/// - the person is the patronymic and the one or two capitalized words right before it, one
///   space apart, that are names, or neither ordinary words nor places, and no country,
///   nationality, month, place type or designator (the surname and given name, or the given
///   name; not a town before a surname shaped as a patronymic, `г. Минска Ярошевич Т.Н.`);
/// - finds overlapping those words give way: a person's find is joined to it (a person
///   already read over all of them stays as read), another's is cut back to the words before
///   the person when some of them are not a country's, a place type's or ordinary words
///   (`Республики Узбекистан` is a country's name, kept as countries are).
extension NameReading {
    mutating func findPatronymicPersons(into finds: inout [Find]) {
        var t = 0
        while t < tokens.count {
            defer { t += 1 }
            guard let p = analyses[t], p.patronymicShape, p.isCyrillic, !p.isAllCaps, t > 0 else { continue }
            var first = t
            while first > 0, t - first < 2, gapIsSingleSpace(first - 1, first), let a = analyses[first - 1],
                  !a.isAllCaps, !a.flags.isCountry, !a.flags.isNationality, !a.flags.isCalendar, !a.isExcluded,
                  !a.isOrgDesignator, !rules.titles.contains(a.fold),
                  !startsWithCue(a.fold, .placeNameTypes, line: first - 1),
                  a.isName || (!a.flags.isCommon && !a.isPlace) {
                first -= 1
            }
            guard first < t else { continue }
            var start = Int(tokens[first].start)
            var end = Int(tokens[t].start) + p.spanLength
            var cut: [Find] = []
            // A patronymic is a person's by itself: the lists' reading agrees, or a person's
            // find over the words says how well its kind was supported.
            var support = KindSupport.agreed
            let personFirst = first
            finds.removeAll { find in
                guard find.start < end && start < find.end else { return false }
                if find.rule == personRule {
                    // A person read over these words and more stays as long (`Иван Петрович
                    // Сидоров`), but for a country or ordinary word before the name
                    // (`Кыргызстана Абдыкадыров …`).
                    end = max(end, find.end)
                    if find.kindSupport == .confirmed { support = .confirmed }
                    if find.start < start, let k = tokenIndex(startingAt: find.start),
                       (k..<personFirst).allSatisfy({ w in analyses[w].map { $0.isName && !$0.flags.isCountry && !$0.flags.isNationality } ?? false }) {
                        start = find.start
                    }
                } else if find.start < start, let rest = trimmed(find, before: first) {
                    cut.append(rest)
                }
                return true
            }
            finds.append(contentsOf: cut)
            // The keys of the words the span holds, not of a country a find before it held.
            var keys: [String] = []
            var w = tokenIndex(startingAt: start) ?? first
            while w < tokens.count, Int(tokens[w].start) < end {
                keys += analyses[w]?.keys ?? []
                w += 1
            }
            finds.append(Find(start: start, end: end, rule: personRule, keys: keys, kindSupport: support))
        }
    }

    /// `find` cut back to the words before word `first`, when some of them is no country, place
    /// type or ordinary word; nil otherwise.
    private mutating func trimmed(_ find: Find, before first: Int) -> Find? {
        guard let k = tokenIndex(startingAt: find.start), k < first else { return nil }
        let named = (k..<first).contains { w in
            guard let a = analyses[w] else { return false }
            return !a.flags.isCountry && !a.flags.isNationality && !startsWithCue(a.fold, .placeNameTypes, line: w)
                && (a.isName || a.isPlace || !a.flags.isCommon)
        }
        guard named else { return nil }
        var rest = find
        rest.end = Int(tokens[first - 1].end)
        return rest
    }
}
