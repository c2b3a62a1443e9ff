import RedactRules

/// Speaker labels of transcripts: the name before the colon at the start of a line.
extension NameReading {
    /// A person's find for `run` when it is a speaker label: up to three capitalized words at
    /// the start of a line, right before a colon (`ELÇİN:`, `Elçin Hüseynov:`), that are not
    /// a role (`names.speaker-roles`: `INTERVIEWER:`, `Muhabir:`) and not all ordinary words
    /// (`Note:`). A transcript names its speakers here and nowhere else, so the label alone
    /// is evidence enough, unless its one word is a large town (a dateline). Two ordinary
    /// words or more that label two lines or more are an outlet's name (`Голос Америки:`),
    /// found as an organization.
    mutating func speakerLabel(_ run: Range<Int>) -> Find? {
        guard isLineStart(before: run.lowerBound), run.count <= 3, followedByColon(run.upperBound - 1) else { return nil }
        let words = run.map { analyses[$0] }
        // A role word with a country is a medium's name (`Голос Америки:`), no role.
        let isRole = run.contains { rules.speakerRoles.contains(foldToken($0)) } && !words.contains { $0?.flags.isCountry == true }
        // In a line that writes `ə`, an Azerbaijani word the lexicon has seen in lower case and
        // lists as no name (`Xəstə:`, `Diaqnoz:`, `Kirayəçi:`) labels a form's field, though the
        // common-word list lacks it or a village shares its spelling. Not in a Turkish line:
        // `MOLDOVAN:` is a surname there, whatever Azerbaijani writes in lower case.
        var ordinary = true
        for (t, a) in zip(run, words) {
            guard let a, !a.isName,
                  a.flags.isCommon || a.isExcluded
                    || (a.flags.isSeenInLowerCaseAz && !a.flags.isNameSpelling && lineWritesSchwa(t)) else {
                ordinary = false
                break
            }
        }
        guard !isRole else { return nil }
        let start = Int(tokens[run.lowerBound].start), end = Int(tokens[run.upperBound - 1].end)
        if ordinary {
            // Ordinary words that label a speaker at two line starts or more (`Голос Америки:`,
            // `Azadlıq Radiosu:`) are no heading: an outlet interviewing, named as a speaker.
            // A title among them makes it a role (`ГЛАВА РАЙОНА:`).
            guard run.count >= 2, !run.contains(where: { rules.titles.contains(foldToken($0)) }),
                  labelCount(start..<end) >= 2 else { return nil }
            return Find(start: start, end: end, rule: organizationRule, keys: [])
        }
        // One word that is a town of 100,000 people or more and no name of a person the lists
        // know: a dateline or a heading (`Ankara: …`, `BAKU: …`), found as the place; as a
        // speaker it would make every later mention of the town a person. A smaller place is
        // more often a surname (`DEMIRCI:`).
        if run.count == 1, let a = words[0], let entry = a.entry, entry.isPlace, entry.isLargePlace, !a.isName, !a.isPlaceBySound {
            return Find(start: start, end: end, rule: locationRule, keys: a.keys)
        }
        return Find(start: start, end: end, rule: personRule, keys: run.flatMap { analyses[$0]?.keys ?? [] })
    }

    /// Whether `run`, one or two words, labels a form's field: ordinary words (common, or seen in
    /// lower case in Azerbaijani), with up to two lower-case words of the label after them, right
    /// before a colon whose value opens with a figure (`Komissiya: 0.50 AZN`, `Etibarlıdır:
    /// 14.01.2025-dək`). A transcript's speaker speaks in words, and a given name stays a speaker
    /// however its line goes on (`Alan: 1990-cı ildə …`; `Cəmi`, a given name too, stays one).
    mutating func isFieldLabel(_ run: Range<Int>) -> Bool {
        guard run.count <= 2 else { return false }
        // Lower-case words of the label after it (`Cəmi ödənilməmiş:`).
        var last = run.upperBound - 1
        while last + 1 < min(run.upperBound + 2, tokens.count), gapIsSingleSpace(last, last + 1), !startsUpper(tokens[last + 1]),
              !holdsDigit(tokens[last + 1]), !followedByColon(last) {
            last += 1
        }
        guard followedByColon(last) else { return false }
        var p = Int(tokens[last].end)
        while p < units.count && units[p] != 0x3A { p += 1 }
        p += 1
        while p < units.count && (units[p] == 0x20 || units[p] == 0x09 || units[p] == 0xA0) { p += 1 }
        guard p < units.count, units[p] >= 0x30 && units[p] <= 0x39 else { return false }
        return run.allSatisfy { t in
            guard let a = analyses[t], a.entry?.isGiven != true else { return false }
            return a.flags.isCommon || a.isExcluded || (a.flags.isSeenInLowerCaseAz && !a.flags.isNameSpelling)
        }
    }

    /// How many lines of the text open with the units of `label` and a colon after up to two
    /// spaces.
    mutating func labelCount(_ label: Range<Int>) -> Int {
        let length = label.count
        var count = 0
        var lineStart = 0
        while lineStart < units.count {
            var p = lineStart
            while p < units.count && (units[p] == 0x20 || units[p] == 0x09 || units[p] == 0xFEFF) { p += 1 }
            if p + length < units.count, units[p..<(p + length)].elementsEqual(units[label]) {
                var q = p + length
                while q < units.count && units[q] == 0x20 && q - p - length < 2 { q += 1 }
                if q < units.count && units[q] == 0x3A { count += 1 }
            }
            guard let newline = units[lineStart...].firstIndex(of: 10) else { break }
            lineStart = newline + 1
        }
        return count
    }
}
