import RedactRules

/// Names written surname first, in capitals, then a comma and the given names, as registers,
/// court lists, police reports and forms print them (`ADEBAYO, Temitope`, `GUTIERREZ LOPEZ, Ana
/// Maribel`, `DELACROIX, Jean-Baptiste R.`, `O'SHEA, Niamh`): one person, surname, comma and
/// given names in one span.
///
/// Read elsewhere in pieces, the surname in capitals was taken for a place or an acronym, or
/// left (no list holds `ADEBAYO`), and the given name alone was found or not. The shape needs:
/// - one to three words in capitals, two letters or more, joined by a space or a hyphen, none
///   an ordinary, calendar or nationality word, a never-name, a title, a speaker role or a
///   body's designator;
/// - then exactly a comma and one space, and a capitalized word (not in capitals, no word the
///   lists know only as a place), with up to three more of them or initials joined by one
///   space or a hyphen;
/// - no given name right before the surname and no word in capitals right after the given
///   names (`Yusuf ÖZKAN, Enis YILDIRIM`: two people, each given name first);
/// - and one of: a given name the lists hold among those words, with surname words that are
///   surnames by themselves (no country, no word the lists know as a place, no acronym no
///   name list holds: not `BAKU, Elçin Hüseynov said`, a dateline); a listed given name in
///   the shape of a field (the surname opens a line or follows `:`, `|`, `(`, `;`, a tab or two
///   spaces, and the given names end the line or come before `|`, `,`, `;`, `)`, a tab or two
///   spaces: `SUSPECT: TRAN, Kevin,`); or surname words that are surnames by themselves, in a
///   field, with given names that are no ordinary words (`| ADEBAYO, Temitope |`).
extension NameReading {
    mutating func findInvertedNames(into finds: inout [Find]) {
        var t = 0
        while t < tokens.count {
            guard let span = invertedName(at: t) else { t += 1; continue }
            let start = Int(tokens[span.lowerBound].start)
            var end = Int(tokens[span.upperBound - 1].end)
            if isInitial(span.upperBound - 1), end < units.count, units[end] == 0x2E { end += 1 }
            // The pieces other passes read (the surname as a place, the given name alone) give
            // way to the whole.
            finds.removeAll { $0.start < end && start < $0.end }
            finds.append(Find(start: start, end: end, rule: personRule, keys: span.flatMap { analyses[$0]?.keys ?? [] }))
            t = span.upperBound
        }
    }

    /// The words of an inverted name starting at word `t` (see the type's note), or nil.
    private mutating func invertedName(at t: Int) -> Range<Int>? {
        // A hyphenated surname is read from its first part (`HOLLAND-PIRES`), whatever that
        // part is alone (`HOLLAND`, a country).
        if t > 0, hyphenJoins(t - 1, t), isCapitals(t - 1) { return nil }
        // `Yusuf ÖZKAN, Enis YILDIRIM`: a list of names written given name first, surname in
        // capitals (as Turkish news writes them), not one name written surname first.
        if t > 0, gapIsSingleSpace(t - 1, t), let before = analyses[t - 1], !isCapitals(t - 1),
           before.entry?.isGiven == true, !before.flags.isCommon { return nil }
        let hyphenated = t + 1 < tokens.count && hyphenJoins(t, t + 1) && isCapitals(t + 1)
        guard hyphenated ? isCapitals(t) : capitalWord(t) else { return nil }
        var last = t
        while last + 1 < tokens.count, last - t < 2 {
            let gap = gapUnits(last, last + 1)
            guard gap.count == 1, gap[0] == 0x20 || gap[0] == 0x2D else { break }
            // A part after a hyphen is the surname's whatever it is alone.
            guard gap[0] == 0x2D ? isCapitals(last + 1) : capitalWord(last + 1) else { break }
            last += 1
        }
        guard last + 1 < tokens.count else { return nil }
        let comma = gapUnits(last, last + 1)
        guard comma.count == 2, comma[0] == 0x2C, comma[1] == 0x20 else { return nil }
        var given = last + 1
        guard givenNameWord(given) else { return nil }
        var listed = analyses[given]?.entry?.isGiven == true
        while given + 1 < tokens.count, given - last < 4, gapIsSingleSpace(given, given + 1) || hyphenJoins(given, given + 1),
              middleNameWord(given + 1) || isInitial(given + 1) {
            given += 1
            if analyses[given]?.entry?.isGiven == true { listed = true }
        }
        if given + 1 < tokens.count, gapIsSingleSpace(given, given + 1) {
            // A word in capitals next is another person's surname; a designator next makes the
            // words a body's name (`Adalet Bakanlığı`).
            if isCapitals(given + 1) { return nil }
            if let next = analyses[given + 1], next.isOrgDesignator || next.designatorSuffixLength > 0 { return nil }
        }
        // Surname words that are surnames by nothing but their place here: each part of a
        // hyphenated one (`HOLLAND-`) or a word the lists know only as a place or that reads
        // as an acronym.
        var plain = true
        for k in t...last {
            let hyphenated = (k > t && hyphenJoins(k - 1, k)) || (k < last && hyphenJoins(k, k + 1))
            if !hyphenated && !surnameWord(k) { plain = false }
        }
        let field = opensField(t) && closesField(given)
        let ordinaryGiven = (last + 1...given).contains { !isInitial($0) && analyses[$0]?.flags.isCommon != false }
        guard (listed && (plain || field)) || (plain && field && !ordinaryGiven) else { return nil }
        return t..<(given + 1)
    }

    /// A word in capitals that may be a part of a surname: two letters or more, no ordinary,
    /// calendar or nationality word, never-name, title, speaker role or designator.
    private mutating func capitalWord(_ t: Int) -> Bool {
        guard let a = analyses[t], isCapitals(t), !a.flags.isCommon || a.isName, !a.flags.isCalendar,
              !a.flags.isNationality, !a.isOrgDesignator else { return false }
        return !rules.notNames.contains(a.fold) && !rules.titles.contains(a.fold) && !rules.speakerRoles.contains(a.fold)
            && !rules.orgBefore.contains(a.fold) && !rules.orgAfter.contains(a.fold)
    }

    /// A word in capitals that is a surname by itself: no country, no word the lists know as a
    /// place (`LONDON, Emily Carter reports`: a dateline), no acronym that no name list holds
    /// (`FBI`).
    private mutating func surnameWord(_ t: Int) -> Bool {
        guard let a = analyses[t] else { return false }
        return !a.isExcluded && !a.isPlace && (a.isName || !isAcronym(t))
    }

    /// A capitalized word after the first given name (`Sorie` of `KAMARA, Ibrahim Sorie`): not
    /// in capitals, two letters or more, no country, calendar or nationality word, no body's
    /// designator (`YARGITAY, Adalet Bakanlığı'nın`: a court, then a ministry whose first word
    /// is also a given name), and a listed given name if it is a title too (`Anne`, Turkish
    /// "mother").
    private mutating func middleNameWord(_ t: Int) -> Bool {
        guard let a = analyses[t], !isCapitals(t), a.letterCount >= 2, !a.isExcluded, !a.isOrgDesignator,
              a.designatorSuffixLength == 0 else { return false }
        return a.entry?.isGiven == true || !rules.titles.contains(a.fold)
    }

    /// A capitalized word, not in capitals, of two letters or more, that may be a given name.
    private mutating func givenNameWord(_ t: Int) -> Bool {
        guard let a = analyses[t], !isCapitals(t), a.letterCount >= 2, !a.isExcluded, !a.isOrgDesignator,
              !(a.isPlace && !a.isName) else { return false }
        // A listed given name that is also a title or a never-name word of some language
        // (`Ana`: Turkish "mother") is the name in this shape.
        return a.entry?.isGiven == true || (!rules.notNames.contains(a.fold) && !rules.titles.contains(a.fold))
    }

    /// Word `t` is written in capitals, two letters or more, read from its letters as the text
    /// writes them (a line's capitals are read through a view in title case, see
    /// `CapitalsView.swift`).
    private mutating func isCapitals(_ t: Int) -> Bool {
        var letters = 0
        let written = detector.writtenUnits ?? units
        for u in written[Int(tokens[t].start)..<Int(tokens[t].end)] {
            guard let scalar = Unicode.Scalar(u) else { continue }
            if ScalarTraits.isLowercase(scalar) { return false }
            if ScalarTraits.isAlphabetic(scalar) { letters += 1 }
        }
        return letters >= 2
    }

    /// Words `a` and `b` are one hyphenated given name (`Jean-Baptiste`).
    private mutating func hyphenJoins(_ a: Int, _ b: Int) -> Bool {
        let gap = gapUnits(a, b)
        return gap.count == 1 && gap[0] == 0x2D
    }

    /// Word `t` opens a line, or follows `:`, `|`, `(`, `;`, a tab or two spaces.
    private mutating func opensField(_ t: Int) -> Bool {
        var k = Int(tokens[t].start) - 1
        var spaces = 0
        while k >= 0, units[k] == 0x20 { spaces += 1; k -= 1 }
        guard k >= 0 else { return true }
        return spaces >= 2 || [0x0A, 0x09, 0x3A, 0x7C, 0x28, 0x3B].contains(units[k])
    }

    /// Word `t` (or its initial's dot) ends a line, or comes before `|`, `,`, `;`, `)`, a tab
    /// or two spaces.
    private mutating func closesField(_ t: Int) -> Bool {
        var k = Int(tokens[t].end)
        if k < units.count, units[k] == 0x2E, isInitial(t) { k += 1 }
        var spaces = 0
        while k < units.count, units[k] == 0x20 { spaces += 1; k += 1 }
        guard k < units.count else { return true }
        return spaces >= 2 || [0x0A, 0x0D, 0x09, 0x7C, 0x2C, 0x3B, 0x29].contains(units[k])
    }
}
