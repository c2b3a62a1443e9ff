import RedactRules

/// A given name right before a person found without it (`DC Jordan Pike`, where `Jordan` is
/// a country too): the given name is the person's, whatever else the word is.
///
/// A word the lists hold as a given name may also be a place, a country or a month: read
/// alone, the run was cut there or the word left, and the given name stayed in clear beside
/// a replaced surname. It joins the person when:
/// - the person's find starts right after it, one space apart;
/// - it is capitalized, no word in capitals, no title, designator or never-name, and no other
///   find covers it;
/// - the lists hold it as a given name as written (no case form, no suffix), and it is no
///   ordinary word of its line's languages opening a sentence (Turkish `Ben Ahmet'i gördüm`:
///   `ben` is "I"; Russian `Ранее Клинсман заявлял`), unless it is a month as well;
/// - the person's first word is a surname by the lists or by its ending, or no given name
///   itself (two given names in a row are two people or a double name the rules already read).
/// A place found where a surname is becomes the person's surname the same way, when the word
/// is a surname by the lists or by its ending.
extension NameReading {
    mutating func joinGivenNamesBefore(_ finds: inout [Find]) {
        guard !finds.isEmpty else { return }
        // Joins are rare (the guards below turn almost every find away first), so a linear
        // look at the other finds costs nothing that matters.
        var covered = finds.map { $0.start..<$0.end }
        for i in finds.indices {
            let find = finds[i]
            guard find.rule == personRule || find.rule == locationRule,
                  let first = tokenIndex(startingAt: find.start), first > 0 else { continue }
            let t = first - 1
            guard let given = analyses[t], given.entry?.isGiven == true, !given.isAllCaps, given.letterCount >= 2,
                  gapIsSingleSpace(t, first), !isInitial(t),
                  !rules.titles.contains(given.fold), !rules.notNames.contains(given.fold),
                  !rules.orgDesignatorWords.contains(given.fold),
                  given.inflection == nil, given.spanLength == Int(tokens[t].end - tokens[t].start),
                  given.flags.isCalendar || !Lexicon.word(fold: given.fold, in: tokenLanguages[t]).isCommon || !isSentenceStart(t),
                  let person = analyses[first], !person.isAllCaps else { continue }
            let surnameLike = person.entry?.isSurname == true || person.surnameShape
            if find.rule == locationRule {
                // A place only where the word is a surname too, alone in its find.
                guard surnameLike, find.end == Int(tokens[first].start) + person.spanLength else { continue }
            } else {
                guard surnameLike || person.entry?.isGiven != true else { continue }
            }
            let range = Int(tokens[t].start)..<Int(tokens[t].end)
            guard !covered.contains(where: { $0.overlaps(range) }) else { continue }
            finds[i].start = range.lowerBound
            finds[i].rule = personRule
            finds[i].keys = given.keys + find.keys
            covered.append(range)
        }
    }

    /// The word that starts at UTF-16 offset `start`, by binary search; nil when none does.
    mutating func tokenIndex(startingAt start: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if Int(tokens[mid].start) < start { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && Int(tokens[low].start) == start ? low : nil
    }
}
