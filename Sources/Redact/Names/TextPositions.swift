import RedactRules

/// Where a word stands in the text: the gaps between tokens, the words before and after,
/// sentence and line starts, titles and cues next to it.
extension NameReading {
    /// The cue lists whose inflected forms ``startsWithCue(_:_:line:)`` finds.
    enum CueList { case placeCues, placeNameTypes }

    /// Whether `word` is one of the words of `list` or an inflected form of one (a cue of four or more letters
    /// followed by at most five more): `kəndində` for `kəndi`, `района` for `район`. Word `t`'s
    /// line, when given, must be one that may be in a language that inflects so: in an English
    /// line `stated` is no form of `state`.
    mutating func startsWithCue(_ word: String, _ list: CueList, line t: Int? = nil) -> Bool {
        let cues = list == .placeCues ? rules.placeCues : rules.placeNameTypes
        if cues.contains(word) { return true }
        if let t, tokenLanguages[t] == .english { return false }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 5 else { return false }
        // One lookup of the first four letters rules out most words.
        let heads = list == .placeCues ? rules.placeCueHeads : rules.placeNameTypeHeads
        if !heads.contains(String(scalars: scalars.prefix(4))) { return false }
        for length in stride(from: scalars.count - 1, through: max(4, scalars.count - 5), by: -1) {
            if cues.contains(String(scalars: scalars[..<length])) { return true }
        }
        return false
    }

    mutating func startsUpper(_ token: WordToken) -> Bool {
        let u = units[Int(token.start)]
        if u >= 0x41 && u <= 0x5A { return true }
        if u < 0x80 { return false }
        guard let scalar = Unicode.Scalar(u) else { return false }
        return ScalarTraits.isUppercase(scalar) || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// Whether `token` holds an ASCII digit.
    mutating func holdsDigit(_ token: WordToken) -> Bool {
        for i in Int(token.start)..<Int(token.end) where units[i] >= 0x30 && units[i] <= 0x39 { return true }
        return false
    }

    mutating func tokenString(_ t: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: units[Int(tokens[t].start)..<Int(tokens[t].end)]), as: UTF16.self)
    }

    /// The exact key of word `t` without the case suffix after its apostrophe (`bey` of
    /// `Bey'e`), nil for a word with no such suffix.
    mutating func foldBeforeSuffix(_ t: Int) -> String? {
        guard let a = analyses[t], a.spanLength > 0, a.spanLength < Int(tokens[t].end - tokens[t].start) else { return nil }
        let start = Int(tokens[t].start)
        // Only where an apostrophe parts it: a suffix read off without one (`Nazir|lər`) is
        // no sign the word is used as a title.
        guard [0x27, 0x2019, 0x02BC].contains(units[start + a.spanLength]) else { return nil }
        return NameKey.fold(String(decoding: UnsafeBufferPointer(rebasing: units[start..<(start + a.spanLength)]), as: UTF16.self))
    }

    /// Whether word `t` is a title of `names.titles` with an Azerbaijani or Turkish possessive
    /// suffix (`names.title-possessive-suffixes`: `Rektörü`, `Başkanı`, `Sədri`), in a line that
    /// may be in one of those languages: the title of the body before it (`İstanbul
    /// Üniversitesi Rektörü`), no word of that body's name or of a person's. Not before a
    /// designator, where it names the body (`Patrul Polisi Departamenti`: its police), nor in
    /// capitals (a heading's words are all alike).
    mutating func isPossessedTitle(_ t: Int) -> Bool {
        guard !rules.titlePossessiveSuffixes.isEmpty, let a = analyses[t], !a.isCyrillic, !a.isAllCaps,
              !tokenLanguages[t].isDisjoint(with: [.azerbaijani, .turkish]) else { return false }
        if t + 1 < tokens.count, let next = analyses[t + 1], next.isOrgDesignator || next.endsInOrgWord { return false }
        let scalars = Array(a.fold.unicodeScalars)
        for suffix in rules.titlePossessiveSuffixes {
            let ending = suffix.unicodeScalars
            guard scalars.count >= ending.count + 3, scalars[(scalars.count - ending.count)...].elementsEqual(ending) else { continue }
            if rules.titles.contains(String(scalars: scalars.dropLast(ending.count))) { return true }
        }
        return false
    }

    /// Where the title at word `title` (``isPossessedTitle(_:)``) begins, no earlier than
    /// `lowerBound`: the ordinary words right before it are its own (`NATO Baş Katibi`,
    /// `Galatasaray Teknik Direktörü`, `Genel Müdürü`), no part of the body's name.
    mutating func titleStart(before title: Int, from lowerBound: Int) -> Int {
        var start = title
        while start > lowerBound, let a = analyses[start - 1], a.flags.isCommon, !a.isName, !a.isPlace, !a.isOrgDesignator, !a.isAllCaps {
            start -= 1
        }
        return start
    }

    /// Whether word `t`, an ordinary word the lists do not spell as a name, reads as a given
    /// name only as a case form of another (`Ранее` as a dative of `Рана`), and the word after
    /// it is no surname or patronymic: at a sentence's start it is then the ordinary word
    /// (`Ранее Клинсман заявлял`), while `Вере Петровой` stays the dative of `Вера`.
    mutating func isGivenOnlyAsCaseForm(_ t: Int) -> Bool {
        guard let a = analyses[t], a.flags.isCommon, !a.flags.isNameSpelling, !a.flags.isPlaceSpelling, a.isName,
              a.inflection != nil, t + 1 < tokens.count, let next = analyses[t + 1] else { return false }
        return !next.surnameShape && !next.patronymicShape && next.entry?.isSurname != true && next.entry?.isPatronymic != true
    }

    /// The exact key of word `t`, computed once per word of the text.
    mutating func foldToken(_ t: Int) -> String {
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

    /// The first word that starts at UTF-16 offset `offset` or after it (`tokens.count` if none).
    mutating func firstToken(startingAtOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    mutating func gapUnits(_ a: Int, _ b: Int) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(rebasing: units[Int(tokens[a].end)..<Int(tokens[b].start)])
    }

    /// Whether a word of the line from word `t` to UTF-16 offset `lineEnd` is a short English
    /// function word (`names.language-markers`), read as ASCII bytes without building a String.
    mutating func hasEnglishMarker(from t: Int, to lineEnd: Int) -> Bool {
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
    mutating func isParticle(_ t: Int) -> Bool {
        !rules.nameParticles.isEmpty && analyses[t] == nil && rules.nameParticles.contains(foldToken(t))
    }

    mutating func gapIsSingleSpace(_ a: Int, _ b: Int) -> Bool {
        let gap = gapUnits(a, b)
        return gap.count == 1 && (gap[0] == 0x20 || gap[0] == 0xA0)
    }

    /// One or two spaces, no punctuation: words of one name. (``gapIsSpace(_:_:)`` lets a
    /// comma through, for lists and addresses.)
    mutating func gapIsBlank(_ a: Int, _ b: Int) -> Bool {
        let gap = gapUnits(a, b)
        return gap.count >= 1 && gap.count <= 2 && gap.allSatisfy { $0 == 0x20 || $0 == 0xA0 }
    }

    mutating func gapIsSpace(_ a: Int, _ b: Int) -> Bool {
        let gap = gapUnits(a, b)
        return gap.count >= 1 && gap.count <= 2 && gap.allSatisfy { $0 == 0x20 || $0 == 0xA0 || $0 == 0x2C }
    }

    /// The token before `t` when only spaces and dots (at most `maxGap` units) lie between.
    mutating func wordBefore(_ t: Int, maxGap: Int) -> Int? {
        guard t > 0 else { return nil }
        let gap = gapUnits(t - 1, t)
        guard gap.count >= 1, gap.count <= maxGap, gap.allSatisfy({ $0 == 0x20 || $0 == 0x2E || $0 == 0xA0 }) else { return nil }
        return t - 1
    }

    mutating func nextWordFold(after t: Int) -> String? {
        guard t + 1 < tokens.count, gapIsSpace(t, t + 1) else { return nil }
        return foldToken(t + 1)
    }

    /// A title or cue right before word `t`: `Mr.`, `Dr`, `г-н`, `named`, `по имени`.
    mutating func hasTitleBefore(_ t: Int) -> Bool {
        guard t > 0 else { return false }
        if titleBefore[t] >= 0 { return titleBefore[t] == 1 }
        var found = findTitleBefore(t)
        // A title of a country or a body named in between (`Президент США Барак Обама`,
        // `президент Франции Эмманюэль Макрон`, `глава МИД Сергей Лавров`): the country or
        // the short name in capitals is the title's, the name after it the person's.
        if !found, t > 1, let between = analyses[t - 1], between.flags.isCountry || (between.isAllCaps && between.letterCount <= 5),
           gapIsSingleSpace(t - 1, t) {
            found = findTitleBefore(t - 1, titlesOnly: true)
        }
        titleBefore[t] = found ? 1 : 0
        return found
    }

    /// Whether a title (or, unless `titlesOnly`, a cue such as `said`) ends right before word `t`.
    private mutating func findTitleBefore(_ t: Int, titlesOnly: Bool = false) -> Bool {
        var phrase = ""
        // Whether some title or cue ends with `phrase`: once none does, no longer phrase can
        // be one, and building it is skipped (`rules.titlePhraseSuffixes`).
        var phraseCanMatch = true
        var k = t
        var words = 0
        // Across a full stop only an abbreviated title reaches the name (`Dr. Vance`); a cue or
        // a title that ends a sentence does not (`… they called. Later Baker said`).
        var acrossStop = false
        while k > 0 && words < rules.longestPhrase {
            let gap = gapUnits(k - 1, k)
            guard gap.count <= 3, !gap.contains(10), gap.allSatisfy({ $0 == 0x20 || $0 == 0x2E || $0 == 0x2D || $0 == 0xA0 || $0 == 0x2C }) else { break }
            if k == t && gap.contains(0x2E) { acrossStop = true }
            let hyphen = gap.contains(0x2D) && gap.count == 1
            if phraseCanMatch {
                phrase = foldToken(k - 1) + (phrase.isEmpty ? "" : (hyphen ? "-" : " ")) + phrase
                if acrossStop {
                    if rules.titles.contains(phrase) && phrase.unicodeScalars.count <= 4 { return true }
                } else if rules.titles.contains(phrase) || (!titlesOnly && rules.cuesBefore.contains(phrase)) { return true }
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
    mutating func hasCueAfter(_ t: Int) -> Bool {
        guard t + 1 < tokens.count else { return false }
        if cueAfter[t] >= 0 { return cueAfter[t] == 1 }
        let found = findCueAfter(t)
        cueAfter[t] = found ? 1 : 0
        return found
    }

    private mutating func findCueAfter(_ t: Int) -> Bool {
        let gap = gapUnits(t, t + 1)
        guard gap.count <= 2, !gap.contains(10), gap.allSatisfy({ $0 == 0x20 || $0 == 0x2C || $0 == 0xA0 }) else { return false }
        return rules.cuesAfter.contains(foldToken(t + 1))
    }

    mutating func isLineStart(before t: Int) -> Bool {
        var p = Int(tokens[t].start) - 1
        while p >= 0 && (units[p] == 0x20 || units[p] == 0x09 || units[p] == 0x2D || units[p] == 0x2014 || units[p] == 0x3E
                         || units[p] == 0xFEFF) { p -= 1 }
        return p < 0 || units[p] == 10 || units[p] == 13
    }

    mutating func followedByColon(_ t: Int) -> Bool {
        let end = Int(tokens[t].end)
        var p = end
        while p < units.count && units[p] == 0x20 && p - end < 2 { p += 1 }
        return p < units.count && units[p] == 0x3A
    }

    mutating func isSentenceStart(_ t: Int) -> Bool {
        // A word of a line in capitals: its capital says no more than a first word's.
        if !detector.capitalsTokens.isEmpty, detector.capitalsTokens[t] { return true }
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
