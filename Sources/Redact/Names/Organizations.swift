import RedactRules

/// Organizations: designators before and after a name, connectors, Russian head phrases,
/// quoted names, clubs by their ending, and short names in capitals.
extension NameReading {
    /// Whether the run's last word, which no list holds, ends in one of `org.word-endings`
    /// after three letters or more (`Kartalspor`, `Ankara Demirspor'un`), and no word of the
    /// run is a country, month or never-name: the run is a club's name.
    mutating func endsInOrganizationWord(_ run: Range<Int>) -> Bool {
        guard run.count <= 3, let a = analyses[run.upperBound - 1], a.endsInOrgWord, a.entry == nil else { return false }
        return run.allSatisfy { t in analyses[t].map { !$0.isExcluded && !rules.notNames.contains($0.fold) } ?? false }
    }

    /// The last word of an organization's name that goes on past `run` through lower-case
    /// connectors (`org.connectors`: `of`, `for`, `and`, `in`, `the`) or `&` to further
    /// capitalized words, when `run` holds an organization designator (`org.after` or
    /// `org.before`, one word): `Council for Trade and Development in Europe`, `Norvale
    /// Board of Trade`, `News Agency of Nigeria`. A person or place before a designator further
    /// on (`Smith of the Bank of England`) is not drawn in: the designator must be in `run`.
    mutating func organizationAcrossConnectors(_ run: Range<Int>) -> Int? {
        guard !rules.orgConnectors.isEmpty,
              run.contains(where: { analyses[$0]?.isOrgDesignator ?? false }) else { return nil }
        var last = run.upperBound - 1
        var merged: Int? = nil
        var words = run.count
        while words < 14 {
            var k = last + 1
            var andAfterDesignator = false
            guard k < tokens.count else { break }
            let gap = gapUnits(last, k)
            let ampersand = gap.count == 3 && gap[0] == 0x20 && gap[1] == 0x26 && gap[2] == 0x20
            if !ampersand {
                // One or two connectors, each one space apart: `for`, `of the`.
                guard gap.count == 1, gap[0] == 0x20 else { break }
                var connectors = 0
                while k < tokens.count, analyses[k] == nil, connectors < 2, rules.orgConnectors.contains(foldToken(k)),
                      k + 1 < tokens.count, gapUnits(k, k + 1).count == 1, gapUnits(k, k + 1)[0] == 0x20 {
                    connectors += 1
                    k += 1
                }
                guard connectors > 0 else { break }
                andAfterDesignator = analyses[last]?.isOrgDesignator == true
                    && (last + 1..<k).contains(where: { rules.orgAndConnectors.contains(foldToken($0)) })
            }
            guard k < tokens.count, let a = analyses[k], !rules.orgArticles.contains(a.fold) else { break }
            let next = extendRun(from: k)
            // `Fenwick Rowe Solicitors and the Brightwater … Project`, `Norvale Holdings Inc and
            // Tarvex Corp.`: a name that ends in its designator is whole, and `and` joins it to
            // another body that has its own (`Tarvinian Federation and the Dorvic Republic`, with
            // none, stays one span).
            if andAfterDesignator, (k..<next).contains(where: { analyses[$0]?.isOrgDesignator ?? false }) { break }
            // `… Court on Thursday`, `… Court in Moscow`: a date or a town after the name is not
            // part of it (a country or continent may be: `… Cooperation in Europe`).
            if (k..<next).allSatisfy({ analyses[$0]?.flags.isCalendar ?? true }) { break }
            if next - k == 1, a.isPlace, !a.isExcluded, !rules.orgDesignatorWords.contains(a.fold) { break }
            // `the Ministry and Ali Hasanov`: a person after the connector is no part of the name.
            if hasStrongPersonEvidence(k..<next),
               !(k..<next).contains(where: { analyses[$0]?.isOrgDesignator ?? false }) { break }
            words += next - run.upperBound
            last = next - 1
            merged = last
        }
        return merged
    }

    /// The last word of a Turkish or Azerbaijani body's name whose designator comes after a
    /// connector (`org.joining-connectors`: `ve`, `və`) and further capitalized words:
    /// `Bankacılık Düzenleme ve Denetleme Kurumu`, `Şiddet Önleme ve İzleme Merkezi`. The words
    /// before the connector name the body with those after it, as `of` and `for` do after an
    /// English designator (``organizationAcrossConnectors(_:)``). Not when `run` holds a
    /// designator of its own (with a case suffix too: `Universitetinin və …`), a country, a place
    /// alone, a listed name or a person (`Türkiye ve Avrupa Birliği`, `Ahmet Yılmaz ve Ticaret
    /// Bakanlığı`), nor when the run after the connector has no designator at its end.
    mutating func organizationThroughConnector(_ run: Range<Int>) -> Int? {
        guard !rules.orgJoiningConnectors.isEmpty, run.upperBound + 1 < tokens.count,
              !run.contains(where: { analyses[$0]?.isOrgDesignator ?? false }) else { return nil }
        let k = run.upperBound
        guard analyses[k] == nil, rules.orgJoiningConnectors.contains(foldToken(k)), gapIsSingleSpace(k - 1, k),
              gapIsSingleSpace(k, k + 1), analyses[k + 1] != nil else { return nil }
        // A word of a person's name (`Prezidenti Tarvo Norvik və …`), or a designator that ends
        // the words before, with a case suffix or not (`Universitetinin və …`, `Aİ Şurasının və
        // …`): two things listed, not one name.
        if run.contains(where: { analyses[$0].map { $0.flags.isCountry || $0.isExcluded || $0.isName || $0.designatorSuffixLength > 0 } ?? true })
            || rules.orgAfterLastWords.contains(foldBeforeSuffix(k - 1) ?? phraseWord(k - 1))
            || run.contains(where: { isPossessedTitle($0) || rules.titles.contains(foldToken($0)) }) { return nil }
        if run.count == 1, let a = analyses[run.lowerBound], a.isPlace || a.isName { return nil }
        if hasStrongPersonEvidence(run) { return nil }
        let next = extendRun(from: k + 1)
        // A designator at the end of the words after it, a case suffix after its apostrophe
        // or not (`Kurumu'na`, `İdarəsinə`); ``judgeOrganization(run:into:)`` says whether they
        // make a name.
        let lastWord = foldBeforeSuffix(next - 1) ?? phraseWord(next - 1)
        guard (k + 1..<next).contains(where: { analyses[$0]?.isOrgDesignator ?? false })
                || rules.orgAfterLastWords.contains(lastWord) || analyses[next - 1].map({ $0.designatorSuffixLength > 0 }) == true
        else { return nil }
        return next - 1
    }

    /// The last word of a firm's name of capitalized words joined by ` & ` (`Dorvick &
    /// Pellmann`, `A.G. Tellwards & Sons`, `Hallmer Vost & Co`): two names
    /// so joined are one firm's. Not where either side is a country, month, nationality, title
    /// or never-name (`Mr & Mrs`), nor where the whole is a country (`Trinidad & Tobago`), nor
    /// where both are given names alone (`Elçin & Günel`: two people).
    mutating func ampersandName(_ run: Range<Int>) -> Int? {
        guard run.upperBound < tokens.count else { return nil }
        let gap = gapUnits(run.upperBound - 1, run.upperBound)
        guard gap.count == 3, gap[0] == 0x20, gap[1] == 0x26, gap[2] == 0x20, run.upperBound < tokens.count,
              analyses[run.upperBound] != nil else { return nil }
        let next = extendRun(from: run.upperBound)
        func plain(_ range: Range<Int>) -> Bool {
            range.allSatisfy { t in
                guard let a = analyses[t] else { return isInitial(t) }
                return !a.isExcluded && !rules.titles.contains(a.fold) && !rules.notNames.contains(a.fold)
            }
        }
        func givenNameAlone(_ range: Range<Int>) -> Bool {
            range.count == 1 && analyses[range.lowerBound].map { $0.entry?.isGiven == true } == true
        }
        guard plain(run), plain(run.upperBound..<next), !(givenNameAlone(run) && givenNameAlone(run.upperBound..<next)) else { return nil }
        // `Trinidad & Tobago`, `Bosnia & Herzegovina`: a country's name.
        let left = run.map { foldToken($0) }.joined(separator: " "), right = (run.upperBound..<next).map { foldToken($0) }.joined(separator: " ")
        if rules.countryJoiningWords.contains(where: { Lexicon.word(fold: left + " " + $0 + " " + right).isCountry }) { return nil }
        return next - 1
    }

    mutating func judgeOrganization(run: Range<Int>, into finds: inout [Find]) -> Bool {
        var start = run.lowerBound
        var end: Int? = nil
        var designator = run.upperBound  // first word of the designator
        // `Ministry of Internal Affairs`, `University of Leeds`: a designator, `of`, a capitalized run.
        let of = run.upperBound
        // A day or a month after the link is when, not what (`Norvale Crown Court on Monday`).
        if let k = run.first(where: { isOrgBefore(foldToken($0)) }),
           of + 1 < tokens.count, rules.orgBeforeLinks.contains(foldToken(of)), let a = analyses[of + 1], !a.flags.isCalendar,
           gapIsBlank(of - 1, of) {
            // Capitalized words before the designator belong to the name (`Baku Court of Appeal`),
            // an article or an ordinary word that starts the sentence does not.
            start = run.lowerBound
            while start < k, let a = analyses[start],
                  rules.orgArticles.contains(a.fold) || (a.flags.isCommon && !a.isName && !a.isPlace && isSentenceStart(start)) {
                start += 1
            }
            designator = start
            end = extendRun(from: of + 1) - 1
        }
        // A designator at the end of the run (`Yasamal Police Station`, `Kura TV`, `… Bakanlığı`)
        // or right after it.
        var designatorSuffix = 0  // UTF-16 units of a case suffix on the designator (`Universitetinin`)
        // The lists' phrases are kept without full stops (`a.ş` as `aş`, `ltd. şti.`), so are the
        // words looked up in them (`A.Ş`, one word with its inner stop).
        let lastWord = phraseWord(run.upperBound - 1)
        let lastStem: (word: String, suffixLength: Int)?
        if let a = analyses[run.upperBound - 1] {
            let n = Int(a.designatorSuffixLength)
            lastStem = n == 0 ? nil : (String(scalars: lastWord.unicodeScalars.dropLast(n)), n)
        } else {
            lastStem = designatorStem(lastWord, at: run.upperBound - 1)
        }
        if end == nil, rules.orgAfterLastWords.contains(lastWord) || lastStem != nil {
            for length in stride(from: min(rules.longestPhrase, run.count - 1), through: 1, by: -1) where length >= 1 {
                let words = (run.upperBound - length..<run.upperBound).map { phraseWord($0) }
                if rules.orgAfter.contains(words.joined(separator: " ")) {
                    end = run.upperBound - 1
                    designator = run.upperBound - length
                    break
                }
                if let stem = lastStem, rules.orgAfter.contains((words.dropLast() + [stem.word]).joined(separator: " ")) {
                    end = run.upperBound - 1
                    designator = run.upperBound - length
                    designatorSuffix = stem.suffixLength
                    break
                }
            }
        }
        if end == nil, run.upperBound < tokens.count, gapIsBlank(run.upperBound - 1, run.upperBound),
           rules.orgAfterFirstWords.contains(foldToken(run.upperBound)) {
            for length in stride(from: rules.longestPhrase, through: 1, by: -1) where run.upperBound + length <= tokens.count {
                let phrase = (run.upperBound..<run.upperBound + length).map { foldToken($0) }.joined(separator: " ")
                if rules.orgAfter.contains(phrase) {
                    end = run.upperBound + length - 1
                    designator = run.upperBound
                    break
                }
            }
        }
        if end == nil, let last = russianDesignatorEnd(after: run) {
            // `Тверской районный суд`, `Казанском федеральном университете`, `Городскую больницу`,
            // and the words that complete the name after it (`Северный совет ветеранов труда`).
            // The name is the run's last capitalized adjectives (`Иван Петров Северной службе`:
            // the person before is not the organization's); with none, a head word (`совет`)
            // makes no name of the run (`Доля правительства`), a designator does (`Кура банк`).
            var first = run.upperBound
            while first > run.lowerBound, let a = analyses[first - 1], a.isCyrillic,
                  !a.isExcluded || isCapitalizedNationality(first - 1),
                  isNameAdjective(a.fold) || (first == run.upperBound && compoundHalf(after: first - 1) != nil) {
                first -= 1
            }
            if first < run.upperBound {
                start = first
                // `Верх-Исетского районного суда`: the words hyphenated to the first are its own.
                while start > run.lowerBound, analyses[start - 1] != nil, gapUnits(start - 1, start).elementsEqual([0x2D]) { start -= 1 }
                end = russianNameTail(after: last)
                designator = last
                // `Правозащитные организации заявили`: an adjective that opens the sentence
                // before an everyday noun is an ordinary phrase, with nothing after to name it.
                if end == last, start + 1 == run.upperBound, isSentenceStart(start),
                   rules.orgOrdinaryHeads.contains(formOf: foldToken(last)) {
                    end = nil
                }
            } else if rules.russianDesignators.contains(formOf: foldToken(last)) {
                end = russianNameTail(after: last)
                designator = last
            }
            // `Немецкий пивной концерн «…»`: with the name quoted after the designator,
            // the words that open the sentence before it describe the firm (where `Русской
            // службе «…»`, capitalized inside the sentence, is a name of its own).
            if end == last, isSentenceStart(start), isFollowedByOpeningQuote(last) { end = nil }
        }
        if end == nil, let phrase = russianHeadPhrase(run: run) {
            // `Министерство внутренних дел`, `УМВД по Бакинской области`; short names in
            // capitals right before the head are the name's too (`СО ОМВД`, `ГУ МЧС`).
            start = phrase.head
            while start > run.lowerBound, analyses[start - 1]?.isAllCaps == true, analyses[start - 1]?.isExcluded == false { start -= 1 }
            // A name's capitalized adjectives before its head are its too (`Хамовнический ОСП`,
            // `Центральный РОВД`: the district that tells which office it is; `Верховного Суда`).
            if start == phrase.head {
                while start > run.lowerBound, let a = analyses[start - 1], a.isCyrillic, !a.isAllCaps, !a.isExcluded,
                      rules.hasAdjectiveEnding(a.fold, stem: 3), isNameAdjective(a.fold) {
                    start -= 1
                }
            }
            designator = phrase.head
            end = phrase.end
        }
        if end == nil, let k = run.first(where: { rules.orgBefore.contains(foldToken($0)) }), k + 1 < run.upperBound {
            if analyses[k]?.isAllCaps == true, run.upperBound - k >= 3 {
                // `Глава МВД Рамзан Кадыров`: a body's short name in capitals before a person's
                // name is the body's alone (see ``opensRunBeforeAPerson(_:)``), the words
                // before it a title that opens the sentence.
                var rest: [Find] = []
                judge(run: (k + 1)..<run.upperBound, into: &rest)
                if isOnePerson(rest, covering: (k + 1)..<run.upperBound) {
                    emit(k..<(k + 1), rule: organizationRule, into: &finds)
                    finds.append(contentsOf: rest)
                    return true
                }
            }
            start = k
            designator = k
            end = run.upperBound - 1
        }
        // A Russian name goes on after its designator (`… институт культурологии`).
        if let e = end, e == designator, e < tokens.count, analyses[e]?.isCyrillic ?? (units[Int(tokens[e].start)] >= 0x400 && units[Int(tokens[e].start)] <= 0x4FF) {
            end = russianNameTail(after: e)
        }
        guard let last = end else { return false }
        // `Thatcher's office`, `Petofi's board`, `Yeltsin's press office`: a designator in lower
        // case after a name's English possessive is that name's office, no name of its own.
        if designator < tokens.count, analyses[designator] == nil, designator > start, isPossessiveOfAName(designator - 1) {
            return false
        }
        // `The Police Department`: articles before the name are not part of it, nor is an
        // ordinary word that starts the sentence (`Yaralı Ankara Şehir Hastanesine …`).
        while start < last, rules.orgArticles.contains(foldToken(start)) { start += 1 }
        // A Russian country before the name's capitalized head is not its word (`в России
        // Комитет защиты …`): a country that completes a name comes after it (`МЧС России`).
        while start < designator, start < last, let a = analyses[start], a.isCyrillic, a.flags.isCountry { start += 1 }
        // `Tarvix Российский фонд`: a nationality's adjective opens a Russian name before its
        // lower-case designator; the words before it are not the name's.
        if designator < tokens.count, analyses[designator] == nil,
           let n = (start..<designator).last(where: { isCapitalizedNationality($0) }), n > start {
            start = n
        }
        // In Latin script, where the other words of the name are ordinary too, the name is an
        // ordinary phrase and the first word is its own (`Yeni Nəsil Partiyası`); so where the
        // context model reads the whole as one organization. A Russian sentence opens with a
        // capitalized noun before a name of ordinary words (`Студентка Казанского университета`).
        if start < designator, isSentenceStart(start), let a = analyses[start], a.flags.isCommon, !a.isPlace,
           units[Int(tokens[start].start)] >= 0x400 && units[Int(tokens[start].start)] <= 0x4FF  // `Студентка Казанского …`
            && !rules.hasAdjectiveEnding(a.fold, stem: 3)  // but `Ленинский районный суд` is the name
            || ((start + 1)..<designator).contains(where: { t in analyses[t].map { !$0.flags.isCommon || $0.isPlace } ?? false }),
           modelKind(of: start..<(last + 1)) != .organization, !isFirmAfterFieldLabel(start, designator: designator) {
            start += 1
        }
        // A name holds a capitalized word (`Начальнику отдела кадров`: with the sentence's
        // first word left out, no name is left).
        guard (start...max(start, min(last, tokens.count - 1))).contains(where: { analyses[$0] != nil }) else { return false }
        // The name part must hold a word: `The court`, `the ministry` are no names; with a
        // lower-case designator (`… qəzeti`) the name needs a word that is not an ordinary one.
        let nameWords = designator > start ? Array(start..<designator) : (designator < last ? Array((designator + 1)...last) : [])
        guard !nameWords.isEmpty else { return false }
        if analyses[designator] == nil || designator == start {
            // A capital inside a sentence counts too (`… Тверской районный суд`), unless the
            // rule set says the word is never a name (`the Police station`).
            let hasName = nameWords.contains { t in
                guard let a = analyses[t] else { return false }
                // `Турецкой службе`, `Чилийского бюро`: Russian writes a nationality's
                // adjective in lower case, so inside a sentence its capital names the body.
                if isCapitalizedNationality(t) { return true }
                // `Такой выгодный фонд`: an everyday adjective names nothing, capital or not.
                if rules.hasAdjectiveEnding(a.fold, stem: 3), !isNameAdjective(a.fold) { return false }
                if rules.notNames.contains(a.fold) || rules.orgArticles.contains(a.fold) || a.isExcluded { return false }
                return !a.flags.isCommon || a.isName || a.isPlace || !isSentenceStart(t)
            }
            // At a sentence's start, a Russian name of ordinary words is told from an ordinary
            // phrase (`Городская больница открылась`) by its length: two adjectives before the
            // designator (`Федеральное авиационное управление`), or words after it that complete
            // the name (`Президентский центр наследия`).
            let russianName = designator > start && analyses[designator] == nil && analyses[start]?.isCyrillic == true
                && (designator - start >= 2 || last > designator)
                && (start..<designator).allSatisfy { isNameAdjective(foldToken($0)) }
            if !hasName && !russianName && designator != start { return false }
        }
        // `Bakı şəhəri Yasamal Rayon Məhkəməsi`: a place and its town's or district's word
        // (`org.seat-words`) right before the name are the body's.
        if start >= 2, designator > start, analyses[start - 1] == nil, rules.orgSeatWords.contains(foldToken(start - 1)),
           gapIsSingleSpace(start - 2, start - 1), gapIsSingleSpace(start - 1, start), analyses[start - 2]?.isPlace == true {
            start -= 2
        }
        let lastToken = min(last, tokens.count - 1)
        let endUnit = withAbbreviationStop(Int(tokens[lastToken].end) - (lastToken == run.upperBound - 1 ? designatorSuffix : 0),
                                           last: lastToken)
        finds.append(Find(start: Int(tokens[start].start), end: endUnit, rule: organizationRule,
                          keys: organizationShortFormKeys(start...lastToken)))
        return true
    }

    /// Word `t` as the lists' phrases are keyed (``NameRules/phraseKey(_:)``): its exact key
    /// without full stops (`A.Ş` → `aş`).
    mutating func phraseWord(_ t: Int) -> String {
        let fold = foldToken(t)
        return fold.utf8.contains(0x2E) ? NameRules.phraseKey(fold) : fold
    }

    /// `end`, or one past it when it ends word `last`, that word is a designator written as an
    /// abbreviation (`org.abbreviations`: `Corp`, `Inc`) and a full stop follows: `Norvale
    /// Corp.` The stop is the abbreviation's own, so it is inside the organization's span.
    mutating func withAbbreviationStop(_ end: Int, last: Int) -> Int {
        guard end == Int(tokens[last].end), end < units.count, units[end] == 0x2E, let a = analyses[last],
              rules.orgAbbreviations.contains(a.fold) || rules.orgFirmAbbreviations.contains(phraseWord(last))
                || (a.fold.utf8.contains(0x2E) && rules.orgCompanyDesignators.contains(phraseWord(last))) else { return end }
        return end + 1
    }

    /// Whether a firm's name that ends in its legal form (`org.company-designators`: `A.Ş.`,
    /// `Ltd`) starts at word `start`, right after a form's field label and its colon
    /// (`DAVALI: Başkent Otomotiv Tic. A.Ş.`): the value of the field is the whole name, its
    /// first word too, ordinary or not.
    mutating func isFirmAfterFieldLabel(_ start: Int, designator: Int) -> Bool {
        var p = Int(tokens[start].start) - 1
        while p >= 0 && (units[p] == 0x20 || units[p] == 0x09) { p -= 1 }
        guard p >= 0, units[p] == 0x3A else { return false }
        return (designator..<tokens.count).prefix(4).contains { analyses[$0] != nil && rules.orgCompanyDesignators.contains(phraseWord($0)) }
    }

    /// Whether words `a` and `b`, parted by `. `, are one firm's name: an abbreviation of a
    /// firm's trade or form (`org.firm-abbreviations`: `San.`, `Tic.`, `Ltd.`) before another
    /// or before the firm's designator (`Başkent Otomotiv Tic. A.Ş.`, `Marmara Tekstil San.
    /// Ltd. Şti.`). Not before any other word: a sentence may end after `Ltd.`
    mutating func joinsFirmAbbreviations(_ a: Int, _ b: Int) -> Bool {
        guard !rules.orgFirmAbbreviations.isEmpty, analyses[a] != nil,
              rules.orgFirmAbbreviations.contains(phraseWord(a)) else { return false }
        if analyses[b] == nil { return joinsFirmWords(b) }  // `San. ve Tic.`
        let next = phraseWord(b)
        return rules.orgFirmAbbreviations.contains(next) || rules.orgCompanyDesignators.contains(next)
    }

    /// Whether lower-case word `t` joins two words of a firm's trade (`org.firm-connectors`:
    /// `ve` of `Sanayi ve Ticaret`, `San. ve Tic.`): the connector of a fixed phrase of firms'
    /// names, between words of `org.firm-words` or `org.firm-abbreviations`.
    mutating func joinsFirmWords(_ t: Int) -> Bool {
        guard !rules.orgFirmConnectors.isEmpty, t > 0, t + 1 < tokens.count, analyses[t] == nil,
              rules.orgFirmConnectors.contains(foldToken(t)), analyses[t - 1] != nil, analyses[t + 1] != nil,
              gapIsSingleSpace(t, t + 1) else { return false }
        func firmWord(_ k: Int) -> Bool {
            let word = phraseWord(k)
            return rules.orgFirmWords.contains(word) || rules.orgFirmAbbreviations.contains(word)
        }
        return firmWord(t - 1) && firmWord(t + 1)
    }

    /// `Свет Канады`, `Радио Турции`: in a Russian sentence, a capitalized ordinary word (not
    /// its first) right before a country in the genitive is the name of an organization or a
    /// medium, since Russian writes ordinary nouns in lower case. The country alone would be
    /// kept; with the word it names the organization.
    mutating func findOrganizationsBeforeCountry(into finds: inout [Find]) {
        for t in tokens.indices.dropLast() {
            guard let a = analyses[t], a.isCyrillic, a.flags.isCommon, !a.isName, !a.isPlace, !a.isExcluded,
                  !a.isAllCaps, !rules.notNames.contains(a.fold), !rules.titles.contains(a.fold),
                  let country = analyses[t + 1], country.isCyrillic, country.flags.isCountry, gapIsSingleSpace(t, t + 1),
                  !isSentenceStart(t), !hasTitleBefore(t) else { continue }
            let start = Int(tokens[t].start), end = Int(tokens[t + 1].start) + country.spanLength
            // A find of the word alone (`Света` read as a place) gives way to the whole name.
            let wordEnd = Int(tokens[t].end)
            if finds.contains(where: { $0.start < end && start < $0.end && !($0.start == start && $0.end == wordEnd) }) { continue }
            finds.removeAll { $0.start == start && $0.end == wordEnd }
            // Not linked by its word: `Свет` alone elsewhere is the ordinary word.
            finds.append(Find(start: start, end: end, rule: organizationRule, keys: []))
        }
    }

    /// Russian organizations widened through the country in the genitive right after them
    /// (`ФНС России`, `Федерация керлинга России`, `Верховный суд Перу`): a country alone is kept,
    /// but one that completes an organization's name is part of the name.
    mutating func extendOrganizationsThroughCountry(_ finds: inout [Find]) {
        for i in finds.indices where finds[i].rule == organizationRule {
            let lo = firstToken(startingAtOrAfter: finds[i].end)
            guard lo > 0, lo < tokens.count, Int(tokens[lo - 1].end) == finds[i].end, gapIsSingleSpace(lo - 1, lo),
                  let a = analyses[lo], a.isCyrillic, a.flags.isCountry, analyses[lo - 1]?.isCyrillic ?? true else { continue }
            let end = Int(tokens[lo].start) + a.spanLength
            if finds.contains(where: { $0.start < end && Int(tokens[lo].start) < $0.end && $0.rule != organizationRule }) { continue }
            finds[i].end = end
        }
    }

    /// Institutions named by the number after `№` (`судебного участка № 29`, `ИК № 5`, `школы
    /// № 5`; lists `org.sign-numbered-heads`, `org.sign-numbered-acronyms`), and an
    /// organization the text names with its number after it (`городская больница № 12`, `ККБ
    /// № 1`): the head or the organization, `№` and a number of up to five digits are one
    /// organization. A longer number after `№` is a document's (a writ's `ФС № 041234567`).
    mutating func findBodiesBySign(into finds: inout [Find]) {
        guard tokens.count >= 2 else { return }
        for t in 0..<(tokens.count - 1) where tokens[t + 1].isNumber && tokens[t + 1].end - tokens[t + 1].start <= 5 {
            let gap = gapUnits(t, t + 1)
            guard gap.count <= 3, gap.contains(0x2116), gap.allSatisfy({ $0 == 0x20 || $0 == 0xA0 || $0 == 0x2116 }) else { continue }
            let end = Int(tokens[t + 1].end)
            guard end >= units.count || !(units[end] == 0x2F || units[end] == 0x2D || units[end] == 0x2E && end + 1 < units.count
                                           && (0x30...0x39).contains(units[end + 1])) else { continue }
            if let i = finds.firstIndex(where: { $0.rule == organizationRule && $0.end == Int(tokens[t].end) }) {
                finds[i].end = end
                continue
            }
            let word = foldToken(t)
            let isHead = rules.orgSignNumberedHeads.contains(formOf: word)
                || (analyses[t].map { $0.isAllCaps && $0.isCyrillic } ?? false) && rules.orgSignNumberedAcronyms.contains(word)
            let start = Int(tokens[t].start)
            guard isHead, !finds.contains(where: { $0.start < end && start < $0.end }) else { continue }
            finds.append(Find(start: start, end: end, rule: organizationRule, keys: []))
        }
    }

    /// Turkish and Azerbaijani courts and offices numbered within their seat (`Kadıköy 3. Asliye
    /// Ceza Mahkemesi`, `İstanbul Anadolu 21. İcra Dairesi`, `Beşiktaş 11. Noterliği`): the
    /// organization widened back over the chamber's number and the one or two capitalized
    /// words of the seat before it, which name that court (there are twenty-odd in one city),
    /// not a place or a person of their own; finds of those words are dropped. An ordinary word
    /// that opens the sentence (`Dava Kadıköy 3. …`) is no part of the seat.
    mutating func extendOrganizationsOverNumberedSeat(_ finds: inout [Find]) {
        // A designator alone after the number is no find yet (`Beşiktaş 11. Noterliği`): one is
        // made to widen below, and dropped if it gains no seat.
        var made: Set<Int> = []
        for t in 2..<max(tokens.count, 2) where t < tokens.count {
            guard let a = analyses[t], !a.isCyrillic, tokens[t - 1].isNumber, gapUnits(t - 1, t).elementsEqual([0x2E, 0x20]),
                  rules.orgAfter.contains(a.fold) || rules.orgAfter.contains(NameKey.fold(String(decoding: UnsafeBufferPointer(
                      rebasing: units[Int(tokens[t].start)..<(Int(tokens[t].start) + a.spanLength)]), as: UTF16.self))),
                  !finds.contains(where: { $0.start <= Int(tokens[t].start) && $0.end > Int(tokens[t].start) })
            else { continue }
            made.insert(finds.count)
            finds.append(Find(start: Int(tokens[t].start), end: Int(tokens[t].start) + a.spanLength, rule: organizationRule, keys: []))
        }
        var dropped: Set<Int> = []
        for i in finds.indices where finds[i].rule == organizationRule {
            let first = firstToken(startingAtOrAfter: finds[i].start)
            guard first >= 2, first < tokens.count, Int(tokens[first].start) == finds[i].start,
                  tokens[first - 1].isNumber, tokens[first - 1].end - tokens[first - 1].start <= 3,
                  gapUnits(first - 1, first).elementsEqual([0x2E, 0x20]), gapIsSingleSpace(first - 2, first - 1),
                  !tokenLanguages[first].isDisjoint(with: [.turkish, .azerbaijani]),
                  let seat = analyses[first - 2], !seat.isCyrillic, !seat.flags.isCommon else { continue }
            var start = first - 2
            // A second word of the seat only when it is a place and no name (`İstanbul Anadolu`),
            // not a person's surname before the seat (`Selin Kaya Bakırköy 7. …`).
            if start > 0, gapIsSingleSpace(start - 1, start), let a = analyses[start - 1], !a.isCyrillic,
               !a.flags.isCommon, !a.isExcluded, a.isPlace, !a.isName, !rules.notNames.contains(a.fold) {
                start -= 1
            }
            let newStart = Int(tokens[start].start)
            for j in finds.indices where j != i && finds[j].start < finds[i].start && finds[j].end > newStart {
                // A find that began before the seat keeps its words before it, unless they are
                // ordinary ones (`Dava` of `Dava Kadıköy`, read as a person with the seat; a
                // name that is also a word counts inside a sentence: `Selin Kaya`), nor initials
                // alone (`T.C.` of `T.C. Ankara 12. İdare Mahkemesi`, read as a person's).
                let from = firstToken(startingAtOrAfter: finds[j].start)
                var keeps = false
                if finds[j].start < newStart, from < start {
                    for k in from..<start {
                        guard let a = analyses[k], !isInitial(k) else { continue }
                        let ordinary = a.flags.isCommon || a.isExcluded
                        if !ordinary || (a.isName && !isSentenceStart(k)) { keeps = true; break }
                    }
                }
                if keeps { finds[j].end = Int(tokens[start - 1].end) } else { dropped.insert(j) }
            }
            finds[i].start = newStart
            made.remove(i)
        }
        for j in dropped.union(made).sorted(by: >) { finds.remove(at: j) }
    }

    /// Russian organizations widened back over the lower-case relative adjectives right before
    /// them (`турецкого МИДа`, `государственной Комиссии по водным ресурсам`, `международной
    /// шахматной федерации ФИДЕ`, `бюджетно-налогового …`): Russian writes such adjectives in
    /// lower case, and they are part of what names the body (which ministry, which commission).
    /// Only relative adjectives (a stem ending in `names.adjective-stem-endings`: `н`, `ск`),
    /// six letters or more, not a noun in `-ние` (`org.not-adjective-endings`: `заседание`), not
    /// a participle (`org.participle-stem-endings`: `захваченным`), not one of
    /// `org.not-name-adjectives` (`данной`, `нынешнего`), and at most three.
    mutating func extendOrganizationsOverAdjectives(_ finds: inout [Find]) {
        guard !rules.adjectiveStemEndings.isEmpty else { return }
        for i in finds.indices where finds[i].rule == organizationRule {
            let first = firstToken(startingAtOrAfter: finds[i].start)
            guard first > 0, first < tokens.count, Int(tokens[first].start) == finds[i].start,
                  isLowerCyrillicWord(first - 1) else { continue }
            var start = first
            // `шахматной федерации ФИДЕ`, `совета ФИДЕ`, `кафедрой социальных коммуникаций
            // РГГУ`: a short name in capitals after a lower-case head and the words that
            // complete it names the head's body, whose name they all make.
            if let a = analyses[first], a.isAllCaps, finds[i].end <= Int(tokens[first].end) {
                var h = first - 1
                while h >= 0, first - h <= 6, isLowerCyrillicWord(h), gapIsSingleSpace(h, h + 1) {
                    let word = foldToken(h)
                    if !rules.orgNotHeads.contains(word), isOrgHead(word) || rules.russianDesignators.contains(formOf: word) {
                        if russianNameTail(after: h) >= first { start = h }
                        break
                    }
                    h -= 1
                }
            }
            // Adjectives before a name in Cyrillic (`HP` in Latin takes none).
            guard units[Int(tokens[start].start)] >= 0x400 && units[Int(tokens[start].start)] <= 0x4FF else { continue }
            var taken = 0
            while start > 0, taken < 3, isLowerCyrillicWord(start - 1), gapIsSingleSpace(start - 1, start),
                  isRelativeAdjective(foldToken(start - 1)), adjectivesAgree(foldToken(start - 1), foldToken(start)) {
                start -= 1
                taken += 1
                // `бюджетно-налогового`: the part before the hyphen is the adjective's.
                if start > 0, isLowerCyrillicWord(start - 1), gapUnits(start - 1, start).elementsEqual([0x2D]) { start -= 1 }
            }
            guard start < first else { continue }
            let newStart = Int(tokens[start].start)
            if finds.contains(where: { $0.start < finds[i].start && newStart < $0.end }) { continue }
            finds[i].start = newStart
        }
    }

    /// A Russian adjective in any case that can be a word of a name: an adjective's ending after
    /// three letters or more, not a noun in `-ние` (`Заявление`), not an everyday word that
    /// says nothing of which body is meant (`org.not-name-adjectives`: `Такой`, `данный`).
    mutating func isNameAdjective(_ word: String) -> Bool {
        guard rules.hasAdjectiveEnding(word, stem: 3), !rules.orgNotAdjectiveEndings.contains(where: { word.hasSuffix($0) }) else { return false }
        guard let stem = rules.adjectiveStem(word) else { return true }
        return !rules.orgNotNameAdjectiveStems.contains(stem)
    }

    /// Whether adjective `word` can agree with `next`, the word after it: where `next` is an
    /// adjective too, some case (`org.<case>-adjective-endings`) has both endings
    /// (`подконтрольный китайскому` does not agree); a noun after it is not checked.
    mutating func adjectivesAgree(_ word: String, _ next: String) -> Bool {
        guard rules.hasAdjectiveEnding(next, stem: 3), !rules.orgNotAdjectiveEndings.contains(where: { next.hasSuffix($0) }) else { return true }
        return NameRules.RussianCase.allCases.contains { c in
            let endings = rules.adjectiveEndings(of: c)
            return endings.contains(where: { word.hasSuffix($0) }) && endings.contains(where: { next.hasSuffix($0) })
        }
    }

    /// A Russian relative adjective in any case (`японского`, `государственной`): an adjective
    /// ending after a stem of three letters or more that ends in `names.adjective-stem-endings`.
    mutating func isRelativeAdjective(_ word: String) -> Bool {
        guard word.unicodeScalars.count >= 6, let stem = rules.adjectiveStem(word) else { return false }
        guard stem.unicodeScalars.count >= 3, rules.adjectiveStemEndings.contains(where: { stem.hasSuffix($0) }),
              !rules.orgNotAdjectiveEndings.contains(where: { word.hasSuffix($0) }) else { return false }
        // `захваченным`, `созданной`: a participle, said of the body, not its name's word;
        // `государственной` is an adjective (`org.relative-stem-endings`).
        if rules.orgParticipleStemEndings.contains(where: { stem.hasSuffix($0) }),
           !rules.orgRelativeStemEndings.contains(where: { stem.hasSuffix($0) }) { return false }
        return !rules.orgNotNameAdjectiveStems.contains(stem)
    }

    /// A Russian organization named by a head word (`org.heads`: `министерство`, `управление`,
    /// `прокуратура`, `УМВД`, in any case form) in the capitalized run, and the words after
    /// it that make the name: adjectives with the noun they go with, nouns in the genitive, and
    /// `по` before such words (`Министерство внутренних дел`, `Прокуратура Хатаинского района`,
    /// `УМВД по Бакинской области`). It stops at a word that looks like a verb
    /// (`Министерство опубликовало`), a function word or punctuation, and needs at least one
    /// word after the head: `Прокуратура` alone is not a name. A head that is also an
    /// everyday noun (`org.ordinary-heads`: `служба`, `совет`, `движение`) opening a sentence
    /// makes a name only with a capitalized word or short name after it: `Служба доставки
    /// работает` and `Совет директоров решил` are ordinary, `Совет при Президенте РФ` is not.
    mutating func russianHeadPhrase(run: Range<Int>) -> (head: Int, end: Int)? {
        guard !rules.orgHeads.isEmpty, run.contains(where: { analyses[$0]?.isCyrillic ?? true }),
              let head = run.first(where: { isOrgHead(foldToken($0)) || isCapsHead($0) }) else { return nil }
        let end = russianNameTail(after: head)
        guard end > head else { return nil }
        if isSentenceStart(head), rules.orgOrdinaryHeads.contains(formOf: foldToken(head)),
           !((head + 1)...end).contains(where: { analyses[$0] != nil }) {
            return nil
        }
        return (head, end)
    }

    /// The last word of the words after a Russian head or designator at `head` that make the
    /// organization's name (``russianHeadPhrase(run:)``): adjectives with their noun, nouns in
    /// the genitive, short names in capitals (`… торговли ТНР`, `… при Президенте РФ`), and
    /// prepositions (`org.head-prepositions`) before words in the case each governs (`по
    /// развитию гражданского общества`, `при главном архитекторе`, `против незаконной
    /// вырубки`); `head` itself when none do.
    mutating func russianNameTail(after head: Int) -> Int {
        func isCyrillicWord(_ w: String) -> Bool {
            !w.isEmpty && w.unicodeScalars.allSatisfy { ($0.value >= 0x400 && $0.value <= 0x4FF) || $0 == "-" }
        }
        // The last word of the Cyrillic words a hyphen joins to word `t`: one word, one name.
        func hyphenatedEnd(_ t: Int) -> Int {
            var last = t
            while last + 1 < tokens.count, gapUnits(last, last + 1).elementsEqual([0x2D]), isCyrillicWord(foldToken(last + 1)) { last += 1 }
            return last
        }
        let verbEndings = rules.russianVerbEndings, genitiveEndings = rules.russianGenitiveEndings
        let functionWords = rules.russianFunctionWords
        var end = head
        var k = head + 1
        var pendingNoun = false
        // The case a preposition just read governs, until its noun comes; the case of the part
        // being read, which a second part after `и` takes too.
        var governed: NameRules.RussianCase? = nil
        var partCase = NameRules.RussianCase.genitive
        var afterConjunction = false
        // The prepositions read since the last head in capitals: one comes again only after
        // another head (`СО по … району СУ СК России по … области`); otherwise it starts what
        // is said of the body (`ГСУ СК России по г. Москве по уголовному делу`).
        var prepositionsRead: [String] = []
        // One name: words one or two spaces apart, no comma (`… совет, позволяющий`).
        while k < tokens.count, k - head <= 14, (1...2).contains(gapUnits(k - 1, k).count),
              gapUnits(k - 1, k).allSatisfy({ $0 == 0x20 || $0 == 0xA0 }) {
            let w = foldToken(k)
            // `… лесного хозяйства и рыбной промышленности`: a second part after `и`, only
            // where a whole part has just ended (`end` is the word before).
            if rules.orgHeadConjunctions.contains(w), !pendingNoun, governed == nil, !afterConjunction, end > head, end == k - 1 {
                afterConjunction = true
                governed = partCase
                k += 1
                continue
            }
            // `… России по г. Москве`: a town's abbreviation after the preposition, and the town
            // in the case the preposition governs.
            // So after a part just read (`СО по Прикубанскому округу г. Краснодар`,
            // `Прокуратура Центрального района г. Новосибирска`), the town in its own case.
            if governed != nil || (end == k - 1 && end > head), !pendingNoun, rules.orgTownAbbreviations.contains(w), k + 1 < tokens.count,
               gapUnits(k, k + 1).elementsEqual([0x2E, 0x20]), let town = analyses[k + 1], town.isCyrillic,
               !town.isAllCaps || town.isPlace {  // a heading's `ПО Г. МОСКВЕ`
                governed = nil
                afterConjunction = false
                end = k + 1
                end = hyphenatedEnd(end)  // `г. Санкт-Петербурга`, `г. Ростова-на-Дону`
                k = end + 1
                continue
            }
            if let (grammaticalCase, length) = headPreposition(at: k) {
                guard governed == nil, !pendingNoun, !prepositionsRead.contains(w) else { break }
                prepositionsRead.append(w)
                governed = grammaticalCase
                partCase = grammaticalCase
                k += length
                continue
            }
            // `РФ`, `КНР`, `HP`: a short name in capitals completes the name, as a genitive does.
            // A designator that opens a firm's name (`ГУП`, `ООО`) starts another organization,
            // a body's head does not (`Управления МВД России`, `ОСП ГУФССП`); capitals before
            // a hyphen and a number are a model's (`Союз ТМА-11`), not a name's.
            if !pendingNoun, let a = analyses[k], a.isAllCaps, (2...6).contains(a.letterCount), a.spanLength == a.letterCount,
               Int(tokens[k].end - tokens[k].start) == a.letterCount, !a.flags.isCalendar,
               !rules.orgBefore.contains(a.fold) || isOrgHead(a.fold) || isCapsHead(k),
               !isModelNumber(after: k) {
                governed = nil
                afterConjunction = false
                prepositionsRead.removeAll()
                end = k
                k += 1
                continue
            }
            // `… общества глава РФ`: a title starts what is said of someone, not the name.
            guard isCyrillicWord(w), !functionWords.contains(w), !rules.titles.contains(w) else { break }
            // `крымско-тарвинского народа`: a compound adjective is read by its second half.
            if !pendingNoun, let half = compoundHalf(after: k) {
                let second = foldToken(half)
                let endings = rules.adjectiveEndings(of: governed ?? .genitive)
                guard endings.isEmpty || endings.contains(where: { second.hasSuffix($0) }) else { break }
                pendingNoun = true
                k = half + 1
                continue
            }
            // `Российской Федерации Дмитрий Орлов`: a given name after the head starts a person,
            // not the name's part, though it ends like a genitive.
            if let a = analyses[k], a.entry?.isGiven == true, !a.isPlace, !a.isExcluded { break }
            // `… по Нижегородской области Мартынова Е.Р.`: a capitalized word before initials is
            // a person's surname.
            if analyses[k]?.isAllCaps == false, k + 1 < tokens.count, gapIsSingleSpace(k, k + 1), isInitial(k + 1) { break }
            // `МВД Рамзана Кадырова`: after a short name in capitals, a capitalized word and a
            // word of a surname's shape are a person in the genitive, not the body's name (a
            // body named after someone writes its head as a word: `Фонд Владимира Потанина`).
            if k == head + 1, analyses[head]?.isAllCaps == true, let a = analyses[k], !a.isAllCaps, !a.isPlace,
               !a.flags.isCountry, k + 1 < tokens.count, let b = analyses[k + 1], !b.isAllCaps, b.surnameShape,
               gapIsSingleSpace(k, k + 1) {
                break
            }
            if pendingNoun {
                // The noun an adjective goes with (`внутренних дел`), whatever its ending.
                guard !verbEndings.contains(where: { w.hasSuffix($0) }) || w.unicodeScalars.count <= 3 else { break }
                pendingNoun = false
            } else if rules.hasAdjectiveEnding(w) && w.unicodeScalars.count >= 4 {
                // An adjective belongs to the name only with the noun after it, and only in the
                // case the name's words take: the genitive (`… внутренних дел`), or the case its
                // preposition governs (`по гражданскому обществу`, `при главном архитекторе`);
                // not `… дополнительную документацию`.
                let endings = rules.adjectiveEndings(of: governed ?? .genitive)
                guard endings.isEmpty || endings.contains(where: { w.hasSuffix($0) }) else { break }
                pendingNoun = true
                k += 1
                continue
            } else if governed == nil && genitiveEndings.contains(where: { w.hasSuffix($0) }) && w.unicodeScalars.count >= 4
                        && !verbEndings.contains(where: { w.hasSuffix($0) }) {
                // a noun in the genitive (`юстиции`, `обороны`, `Европы`)
            } else if governed != nil && w.unicodeScalars.count >= 4 && !verbEndings.contains(where: { w.hasSuffix($0) })
                        && !(afterConjunction && !rules.nounEndings(of: governed ?? .genitive).isEmpty
                             && !rules.nounEndings(of: governed ?? .genitive).contains(where: { w.hasSuffix($0) })) {
                // the noun after the preposition, in its case (`по развитию`, `при Президенте`);
                // after `и`, a noun with an ending of the part's case (`org.<case>-endings`: not
                // `… лесов и секретарь`, `… по водным ресурсам и секретарь`)
            } else {
                break
            }
            governed = nil
            afterConjunction = false
            end = k
            end = hyphenatedEnd(end)  // `… по Санкт-Петербургу`, `… по Ростову-на-Дону`
            k = end + 1
        }
        return end
    }

    /// The preposition of `org.head-prepositions` at word `k`, one word or two (`в защиту`),
    /// with the case it governs and its length in words.
    mutating func headPreposition(at k: Int) -> (NameRules.RussianCase, Int)? {
        guard !rules.orgHeadPrepositions.isEmpty else { return nil }
        let w = foldToken(k)
        if let c = rules.orgHeadPrepositions[w] { return (c, 1) }
        guard k + 1 < tokens.count, gapIsSingleSpace(k, k + 1), rules.russianFunctionWords.contains(w),
              let c = rules.orgHeadPrepositions[w + " " + foldToken(k + 1)] else { return nil }
        return (c, 2)
    }

    /// `word` is one of the `org.heads` words in one of its cases (and not one of the
    /// `org.not-heads` that look like one: `судья` is not a case of `суд`).
    /// A designator before a name (`ministry`), alone or with its word of (`ministry of`).
    mutating func isOrgBefore(_ fold: String) -> Bool {
        rules.orgBefore.contains(fold) || rules.ofWords.contains { rules.orgBefore.contains(fold + " " + $0) }
    }

    /// Token `t` is a head written as a short name in capitals (`org.caps-heads`: `ГСУ`).
    mutating func isCapsHead(_ t: Int) -> Bool {
        guard let a = analyses[t], a.isAllCaps, a.letterCount >= 2 else { return false }
        return rules.orgCapsHeads.contains(a.fold)
    }

    mutating func isOrgHead(_ word: String) -> Bool {
        !rules.orgNotHeads.contains(word) && rules.orgHeads.contains(formOf: word)
    }

    /// The keys by which a later mention of a firm's one name word alone is linked to it
    /// (`Dorvale Bancorp Inc.`, then `Dorvale said`): the keys of that word when the
    /// organization is one capitalized word and designators (articles aside), one of them a
    /// firm's (`org.company-designators`). A text shortens a firm so, not an institution
    /// (`World Bank` is never `World`). None when the word is a place (`Qarvend Bank`: the
    /// town alone stays a town), a person's name, shorter than four letters, a never-name
    /// (`National`), or an ordinary word that occurs in lower case in the same text (`First
    /// Holdings`, where `first` is also just a word): such a word alone says nothing of it.
    mutating func organizationShortFormKeys(_ range: ClosedRange<Int>) -> [String] {
        guard !rules.orgCompanyDesignators.isEmpty else { return [] }
        var nameWord = -1
        var firm = false
        for t in range {
            guard let a = analyses[t] else { continue }
            if a.isOrgDesignator || a.designatorSuffixLength > 0 {
                firm = firm || rules.orgCompanyDesignators.contains(a.fold)
                    || (a.designatorSuffixLength > 0
                        && rules.orgCompanyDesignators.contains(String(scalars: a.fold.unicodeScalars.dropLast(Int(a.designatorSuffixLength)))))
            } else if !rules.orgArticles.contains(a.fold) {
                guard nameWord < 0 else { return [] }
                nameWord = t
            }
        }
        guard firm, nameWord >= 0, let a = analyses[nameWord], !a.isExcluded, !a.isPlace, !a.isName,
              a.letterCount >= 4, !rules.notNames.contains(a.fold) else { return [] }
        if a.flags.isCommon && occursInLowerCase(nameWord) { return [] }
        return a.keys
    }

    /// Whether the word of token `t` also occurs in the text in lower case.
    mutating func occursInLowerCase(_ t: Int) -> Bool {
        guard let a = analyses[t] else { return true }
        let length = tokens[t].end - tokens[t].start
        for u in tokens.indices where analyses[u] == nil && tokens[u].end - tokens[u].start == length {
            if foldToken(u) == a.fold { return true }
        }
        return false
    }

    /// The token of a Russian designator or head (`org.heads`: `совет`, `служба`) in any case
    /// after a capitalized run, with at most two lower-case adjectives between (`районный`,
    /// `федеральном`), when there is one.
    mutating func russianDesignatorEnd(after run: Range<Int>) -> Int? {
        guard let first = analyses[run.lowerBound], first.fold.unicodeScalars.first.map({ $0.value >= 0x400 && $0.value <= 0x4FF }) == true
        else { return nil }
        var k = run.upperBound
        var adjectives = 0
        // `Научно-консультативного …`: the lower-case half of the run's last word.
        let lastHalf = compoundHalf(after: run.upperBound - 1)
        if let lastHalf { k = lastHalf + 1 }
        let lastWord = foldToken(lastHalf ?? run.upperBound - 1)
        // A comma ends the name: `Росприроднадзору, какому предприятию`.
        while k < tokens.count, gapIsBlank(k - 1, k), analyses[k] == nil {
            let word = foldToken(k)
            if !rules.orgNotHeads.contains(word), rules.russianDesignators.contains(formOf: word) || isOrgHead(word) { return k }
            let half = compoundHalf(after: k)
            let adjective = half.map { foldToken($0) } ?? word
            // A name's adjective (not `такие`), agreeing with the run's last word, itself an
            // adjective (`Хмельницкой атомной`; `Урале такие институты` is no name).
            guard adjectives < 2, isNameAdjective(adjective),
                  adjectives > 0 || (rules.hasAdjectiveEnding(lastWord, stem: 3) && adjectivesAgree(lastWord, adjective)) else { return nil }
            adjectives += 1
            k = (half ?? k) + 1
        }
        return nil
    }

    /// Whether a hyphen and a digit follow word `t` (`ТМА-11`, `Ту-154`).
    mutating func isModelNumber(after t: Int) -> Bool {
        let end = Int(tokens[t].end)
        guard end + 1 < units.count, units[end] == 0x2D else { return false }
        return units[end + 1] >= 0x30 && units[end + 1] <= 0x39
    }

    /// Whether an opening quotation mark follows word `t`, a space apart or none.
    mutating func isFollowedByOpeningQuote(_ t: Int) -> Bool {
        var q = Int(tokens[t].end)
        if q < units.count, units[q] == 0x20 { q += 1 }
        return q < units.count && [0xAB, 0x201E, 0x201C, 0x22].contains(units[q])
    }

    /// The second half of a Russian compound adjective written with a hyphen after word `t`
    /// (`крымско-тарвинского`, `Научно-консультативного`): a lower-case Cyrillic word with an
    /// adjective's ending right after the hyphen. Its ending is the compound's.
    mutating func compoundHalf(after t: Int) -> Int? {
        let k = t + 1
        guard k < tokens.count, analyses[k] == nil, gapUnits(t, k).elementsEqual([0x2D]) else { return nil }
        let u = units[Int(tokens[k].start)]
        guard (u >= 0x430 && u <= 0x44F) || u == 0x451, rules.hasAdjectiveEnding(foldToken(k), stem: 3) else { return nil }
        return k
    }

    /// A Russian nationality's adjective capitalized inside a sentence (`Турецкой службе`,
    /// `Чилийского бюро`): Russian writes it in lower case, so the capital makes it a word
    /// of a name.
    mutating func isCapitalizedNationality(_ t: Int) -> Bool {
        guard let a = analyses[t], a.isCyrillic, a.flags.isNationality, !a.flags.isCountry, !a.isAllCaps else { return false }
        return !isSentenceStart(t)
    }

    /// A designator with an Azerbaijani or Turkish case suffix (`universitetinin`,
    /// `hastanesine`): the designator and the suffix's length, when the rest is a known suffix.
    mutating func designatorStem(_ word: String, at t: Int) -> (word: String, suffixLength: Int)? {
        WordAnalysis.designatorStem(word, rules: rules, turkic: !tokenLanguages[t].isDisjoint(with: [.azerbaijani, .turkish]))
    }

    /// `ООО «Северный ветер»`, `«Azad Söz» qəzeti`: a quoted capitalized name after or before a designator.
    mutating func findQuotedOrganizations(into finds: inout [Find]) {
        let opening: Set<UInt16> = [0xAB, 0x201C, 0x201E, 0x22]
        for t in tokens.indices {
            let end = Int(tokens[t].end)
            guard end + 1 < units.count else { continue }
            var q = end
            while q < units.count && units[q] == 0x20 { q += 1 }
            guard q < units.count, opening.contains(units[q]), q - end <= 1 else { continue }
            let word = foldToken(t)
            // A Russian designator or head in any case (`фракции «…»`, `институт «…»`).
            let russian = units[Int(tokens[t].start)] >= 0x400 && units[Int(tokens[t].start)] <= 0x4FF
                && !rules.orgNotHeads.contains(word) && (rules.russianDesignators.contains(formOf: word) || isOrgHead(word))
            // `передаёт «Тарвинфо»`, `сообщает «Тарвинский вестник»`: a verb of reporting
            // before a quoted name makes it the medium that reports (`org.media-cues`).
            guard rules.orgBefore.contains(word) || russian || rules.orgMediaCues.contains(word) else { continue }
            if let span = quotedSpan(at: q) {
                // A company's legal form in capitals before the quotes is the name's (`ООО
                // «Северный ветер»`): one span, whose stand-in keeps the form and the quotes
                // (`ООО «…»`), as the name is written and annotated whole.
                let legalForm = analyses[t]?.isAllCaps == true && rules.orgCompanyDesignators.contains(word)
                let start = legalForm ? Int(tokens[t].start) : span.lowerBound
                let end = legalForm && span.upperBound < units.count ? span.upperBound + 1 : span.upperBound
                finds.append(Find(start: start, end: end, rule: organizationRule, keys: []))
            }
        }
        // A designator after the closing quote.
        for t in tokens.indices where t > 0 {
            let start = Int(tokens[t].start)
            var q = start - 1
            while q > 0 && units[q] == 0x20 { q -= 1 }
            guard q >= 0, [0xBB, 0x201D, 0x22].contains(units[q]), start - q <= 2 else { continue }
            guard rules.orgAfter.contains(foldToken(t)) else { continue }
            // Find the opening quote backwards, at most 60 units.
            var o = q - 1
            while o >= 0 && q - o < 60 && !opening.contains(units[o]) && units[o] != 10 { o -= 1 }
            guard o >= 0, opening.contains(units[o]), let span = quotedSpan(at: o) else { continue }
            finds.append(Find(start: span.lowerBound, end: span.upperBound, rule: organizationRule, keys: []))
        }
    }

    /// `«Тарвнадзор»`, `«Жилищная тарвинность»`, `«Тарвинский вестник»`: in Russian text a short
    /// capitalized name in guillemets, with no designator before it, is an organization's or a
    /// medium's, a band's or a product's; Russian quotes such names and writes them with a
    /// capital, where speech in guillemets runs longer or carries punctuation. Up to three
    /// words, no `, ; : ! ?`, no full stop before a space and no digit inside (`«Союз ТМА-11»`
    /// is a model's); not a country or listed place alone; not where another rule found
    /// something in it (a person's name quoted is that person). Titles of books and films
    /// are read so too: replacing them costs the reader a title, missing a small
    /// organization's name could cost a source.
    mutating func findQuotedNamesInRussianText(into finds: inout [Find]) {
        for t in tokens.indices where analyses[t] != nil && tokenLanguages[t].contains(.russian) {
            let q = Int(tokens[t].start) - 1
            guard q >= 0, units[q] == 0xAB || units[q] == 0x201E, let span = quotedSpan(at: q) else { continue }
            var words = 0
            var k = t
            while k < tokens.count, Int(tokens[k].start) < span.upperBound { words += 1; k += 1 }
            guard words <= 3 else { continue }
            var clean = true
            for c in span where [0x2C, 0x3B, 0x3A, 0x21, 0x3F].contains(units[c])
                || (units[c] == 0x2E && (c + 1 == span.upperBound || units[c + 1] == 0x20))
                || (units[c] >= 0x30 && units[c] <= 0x39) {
                clean = false
                break
            }
            // A country or a place the lists know, quoted alone, is no organization's name
            // (`«Колумбии»`, a ship's); nor a letter (`3 «Б» класса`), a never-name, or a
            // product's name that the rule set lists (`org.product-names`: `белую «Ниву»`).
            if words == 1, let a = analyses[t], a.flags.isCountry || a.isPlace || a.letterCount < 2 || rules.notNames.contains(a.fold)
                || rules.orgProductNames.contains(formOf: a.fold) { clean = false }
            // `на автомобиле «Тарва»`, `в статье «…»`, `сорт «…»`: a product's or a work's name.
            if t > 0, Int(tokens[t - 1].end) >= q - 1, rules.orgProductCues.contains(formOf: foldToken(t - 1)) { clean = false }
            guard clean else { continue }
            // A person read in the quotes only by the shape of an unknown word (`«Тарвнадзора»`
            // ends as a surname's case form) gives way; a person with a given name or a title
            // stays.
            let inside = finds.indices.filter { finds[$0].start < span.upperBound && span.lowerBound < finds[$0].end }
            if !inside.isEmpty {
                let weakPeople = inside.allSatisfy { i in
                    guard finds[i].rule == personRule, span.contains(finds[i].start), finds[i].end <= span.upperBound else { return false }
                    let first = firstToken(startingAtOrAfter: finds[i].start)
                    var last = first
                    while last + 1 < tokens.count, Int(tokens[last + 1].start) < finds[i].end { last += 1 }
                    return !(first...last).contains { analyses[$0]?.entry?.isGiven == true } && !hasTitleBefore(first)
                }
                guard weakPeople else { continue }
                for i in inside.reversed() { finds.remove(at: i) }
            }
            finds.append(Find(start: span.lowerBound, end: span.upperBound, rule: organizationRule, keys: []))
        }
    }

    /// The inside of the quotation starting at `q`, when it starts with a capital and is short.
    mutating func quotedSpan(at q: Int) -> Range<Int>? {
        let closing: UInt16 = units[q] == 0xAB ? 0xBB : units[q] == 0x22 ? 0x22 : 0x201D
        var c = q + 1
        while c < units.count && c - q < 80 && units[c] != closing && units[c] != 10 && !(units[q] == 0x201E && units[c] == 0x201C) { c += 1 }
        guard c < units.count, c > q + 1, units[c] != 10, c - q < 80 else { return nil }
        let first = units[q + 1]
        guard let scalar = Unicode.Scalar(first), ScalarTraits.isUppercase(scalar) || scalar.properties.numericType != nil else { return nil }
        return (q + 1)..<c
    }

    mutating func isAcronym(_ t: Int) -> Bool {
        guard !isOrdinalNumeral(t), !isRomanNumeralInSentence(t) else { return false }
        guard let a = analyses[t], a.isAllCaps, (2...6).contains(a.letterCount), a.letterCount == a.spanLength else { return false }
        // With a suffix after an apostrophe (`CHP'nin`), the letters before it are the word.
        let length = Int(tokens[t].end - tokens[t].start)
        let fold = a.spanLength == length ? a.fold
            : NameKey.fold(String(decoding: UnsafeBufferPointer(rebasing: units[Int(tokens[t].start)..<Int(tokens[t].start) + a.spanLength]), as: UTF16.self))
        let flags = a.spanLength == length ? a.flags : Lexicon.word(fold: fold, in: tokenLanguages[t])
        // A name or a place the lists spell so (`JONES`, `BAKU`) is that; a word of up to four
        // capitals that only sounds like a listed name or place (`ФИДЕ`, `РГГУ`, `NATO`) is
        // an acronym: in short capitals, sound says little. A longer one (`BOMBAY`) is the name.
        let bySoundOnly = a.letterCount <= 4 && !flags.isNameSpelling && !flags.isPlaceSpelling && !a.surnameShape && !a.patronymicShape
        let namedSo = (a.isName || a.isPlace) && !bySoundOnly
        guard !flags.isCommon, !flags.isCalendar, !flags.isCountry, !flags.isNationality, !a.isExcluded, !namedSo,
              !rules.notNames.contains(fold), !rules.speakerRoles.contains(fold), !rules.titles.contains(fold),
              !rules.orgBefore.contains(fold), !rules.orgAfter.contains(fold), !rules.notAcronyms.contains(fold) else { return false }
        for n in [t - 1, t + 1] where n >= 0 && n < tokens.count {
            if let b = analyses[n], b.isAllCaps { return false }
        }
        return true
    }

    /// A Roman numeral written as such (`XIII`, `XIX`; not `CDC`) next to a lower-case word
    /// (`XIII века`, `в XIX`), or numbering a section at a line's start (`II. OLAY`): a
    /// number, no short name.
    mutating func isRomanNumeralInSentence(_ t: Int) -> Bool {
        let word = units[Int(tokens[t].start)..<Int(tokens[t].end)]
        guard word.count >= 2, word.count <= 8 else { return false }
        var value = 0, previous = Int.max
        var canonical = ""
        for u in word {
            let v: Int
            switch u {
            case 0x49: v = 1
            case 0x56: v = 5
            case 0x58: v = 10
            case 0x4C: v = 50
            case 0x43: v = 100
            case 0x44: v = 500
            case 0x4D: v = 1000
            default: return false
            }
            value += v > previous ? v - 2 * previous : v
            previous = v
        }
        // Written back in canonical form, the numeral must read the same.
        var rest = value
        for (v, symbol) in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
            while rest >= v { canonical += symbol; rest -= v }
        }
        guard value > 0, value < 4000, Array(canonical.utf16).elementsEqual(word) else { return false }
        let before = t > 0 && analyses[t - 1] == nil && !tokens[t - 1].isNumber && gapIsSingleSpace(t - 1, t)
        let after = t + 1 < tokens.count && analyses[t + 1] == nil && !tokens[t + 1].isNumber && gapIsSingleSpace(t, t + 1)
        // `II. OLAY VE OLGULAR`, `IV) Findings`: a section's number at a line's start.
        let end = Int(tokens[t].end)
        let numbering = isLineStart(before: t) && end < units.count && (units[end] == 0x2E || units[end] == 0x29)
        return before || after || numbering
    }

    /// A Russian short name in capitals in a case form: two to six capitals, then a case ending
    /// that only drops letters from the nominative (`names.case-endings` with an empty
    /// nominative: `МИДа`, `ЦИКу`, `ВУЗом`, `МИДе`). Not a listed name or word.
    mutating func isInflectedAcronym(_ t: Int) -> Bool {
        guard let a = analyses[t], a.isCyrillic, !a.isAllCaps, !a.isExcluded, !a.flags.isCommon,
              !(a.isName && a.flags.isNameSpelling), !(a.isPlace && a.flags.isPlaceSpelling) else { return false }
        let scalars = Array(a.fold.unicodeScalars)
        let word = units[Int(tokens[t].start)..<Int(tokens[t].end)]
        var capitals = 0
        for u in word {
            guard u >= 0x410 && u <= 0x42F || u == 0x401 else { break }
            capitals += 1
        }
        let tail = scalars.count - capitals
        guard (2...6).contains(capitals), (1...2).contains(tail), word.count == scalars.count,
              word.dropFirst(capitals).allSatisfy({ $0 >= 0x430 && $0 <= 0x44F || $0 == 0x451 }) else { return false }
        let ending = Array(scalars.suffix(tail))
        return rules.caseEndings.contains { $0.nominative.isEmpty && $0.ending == ending }
    }

    /// A capital letter followed by a dot (`W.`), or letters joined by dots the segmenter keeps
    /// as one word (`A.J.`), that no list reads as a country (`U.S.`).
    /// Two or three capital letters joined by dots with a dot after the last (`U.N.`), no
    /// country (`U.S.`, `U.K.`), and no capitalized word right after it: a short name.
    mutating func isDottedAcronym(_ run: Range<Int>) -> Bool {
        // The segmenter gives `U.N.` as one word or as letters with dots between.
        let letters = run.map { Int(tokens[$0].end - tokens[$0].start) }
        let count = run.count == 1 ? (letters[0] + 1) / 2 : run.count
        guard (2...3).contains(count), run.allSatisfy({ isInitial($0) }), run.count == 1 || letters.allSatisfy({ $0 == 1 }),
              run.allSatisfy({ $0 == run.lowerBound || gapUnits($0 - 1, $0).count == 1 }) else { return false }
        let start = Int(tokens[run.lowerBound].start), end = Int(tokens[run.upperBound - 1].end) + 1
        let text = String(decoding: UnsafeBufferPointer(rebasing: units[start..<end]), as: UTF16.self)
        let flags = Lexicon.word(fold: NameKey.fold(text))
        let bare = NameKey.fold(text.filter { $0 != "." })
        guard !flags.excludes, !flags.isCommon, !rules.notAcronyms.contains(bare),
              !units[start..<end].contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return true
    }
}

extension WordAnalysis {
    /// A designator with an Azerbaijani or Turkish case suffix (`hastanesi|ne`) or a suffix
    /// after an apostrophe (`party|'s`): its stem and the suffix's length in letters. A case
    /// suffix without an apostrophe is read only where the word may be Azerbaijani or Turkish
    /// (`turkic`): `Presse` in `Agence France-Presse` is no `press|e`, and its `e` is no suffix
    /// to leave outside the name; and only on a designator of a language with case suffixes
    /// (``NameRules/orgAfterTakingSuffixes``), since an unknown line's language may be any.
    static func designatorStem(_ word: String, rules: NameRules, turkic: Bool) -> (word: String, suffixLength: Int)? {
        guard rules.orgAfterHeads.contains(String(scalars: word.unicodeScalars.prefix(3))) else { return nil }
        let scalars = Array(word.unicodeScalars)
        // After an apostrophe everything is a suffix, in English as in Turkish (`Party's`,
        // `Bakanlığı'nın`): the name ends before it.
        if let apostrophe = scalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" }), apostrophe >= 2,
           apostrophe < scalars.count - 1 {
            let stem = String(scalars: scalars[..<apostrophe])
            if rules.orgAfter.contains(stem) { return (stem, scalars.count - apostrophe) }
        }
        guard turkic else { return nil }
        for suffix in rules.suffixes where scalars.count - suffix.count >= 4 {
            guard Array(scalars.suffix(suffix.count)) == suffix else { continue }
            let stem = String(scalars: scalars.dropLast(suffix.count))
            if rules.orgAfterTakingSuffixes.contains(stem) { return (stem, suffix.count) }
            // `hastanesi|ne`, `universiteti|nin`: the buffer letter belongs to the suffix.
            if let last = stem.unicodeScalars.last, rules.bufferLetters.contains(last) {
                let shorter = String(stem.unicodeScalars.dropLast())
                if rules.orgAfterTakingSuffixes.contains(shorter) { return (shorter, suffix.count + 1) }
            }
        }
        return nil
    }
}

extension NameReading {
    /// `Движение против нелегальной иммиграции (ДПНИ)`, `Digital Sky Technologies (DST)`: a name
    /// followed by its acronym in parentheses, the acronym read from the name's initials as
    /// ``AcronymStandIn`` reads them (every word's, the long words', or the capitalized words').
    /// Both are one organization's: the name, where no find holds it already, and the acronym,
    /// with its key, so that its other mentions are linked (`В ОБСЕ сообщили`), when it has
    /// three letters or more and is no ordinary word. Where a find
    /// already holds the name, the acronym takes that find's kind. The name must begin with a
    /// capital, not at a sentence's start unless another of its words has one (`Валовой
    /// внутренний продукт (ВВП)` opening a sentence is a term), and not be a country
    /// (`United Arab Emirates (UAE)` is kept as countries are).
    mutating func findAcronymDefinitions(into finds: inout [Find]) {
        for a in tokens.indices where a > 0 {
            let start = Int(tokens[a].start), end = Int(tokens[a].end)
            guard start >= 2, units[start - 1] == 0x28, end < units.count, units[end] == 0x29,
                  let acronymAnalysis = analyses[a], acronymAnalysis.isAllCaps,
                  (2...8).contains(end - start) else { continue }
            let acronym = String(decoding: UnsafeBufferPointer(rebasing: units[start..<end]), as: UTF16.self)
            guard AcronymStandIn.isAcronym(acronym) else { continue }
            // The words before the bracket, back to a line break or a mark other than a hyphen.
            var words: [Int] = []
            var k = a - 1
            var gapEnd = start - 1
            while k >= 0, words.count < 16 {
                let gap = units[Int(tokens[k].end)..<gapEnd]
                guard gap.count <= 2, gap.allSatisfy({ $0 == 0x20 || $0 == 0x2D || $0 == 0xA0 }),
                      !(words.isEmpty && gap.isEmpty) else { break }
                words.append(k)
                gapEnd = Int(tokens[k].start)
                k -= 1
            }
            guard words.count >= 2 else { continue }
            words.reverse()  // in text order, the last right before the bracket
            // The shortest run of words ending at the bracket whose initials give the acronym.
            var name: ClosedRange<Int>? = nil
            for first in words.indices.reversed() where words.count - first >= 2 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: units[Int(tokens[words[first]].start)..<(start - 1)]), as: UTF16.self)
                    .trimmingTrailingSpaces()
                guard let initial = text.unicodeScalars.first, ScalarTraits.isUppercase(initial),
                      AcronymStandIn.reading(of: acronym, in: text, skipping: rules.acronymSkippedWords) != nil else { continue }
                name = words[first]...words[words.count - 1]
                break
            }
            guard let name else { continue }
            // The acronym's key links its other mentions, unless it is an ordinary word too
            // (`IN`, `OR`): then every `In` opening a sentence would be linked to it.
            let keys = end - start >= 3 && !Lexicon.word(fold: NameKey.fold(acronym)).isCommon ? [NameKey.phonetic(acronym)] : []
            // A case suffix of the last word stays outside, as in every name (`Kurulu|'nca`).
            let nameStart = Int(tokens[name.lowerBound].start)
            let nameEnd = Int(tokens[name.upperBound].start) + (analyses[name.upperBound]?.spanLength ?? Int(tokens[name.upperBound].end - tokens[name.upperBound].start))
            if let holder = finds.first(where: { $0.start <= nameStart && $0.end >= nameEnd }) {
                finds.append(Find(start: start, end: end, rule: holder.rule, keys: keys))
                continue
            }
            let capitals = name.filter { t in analyses[t] != nil }.count
            let nameText = String(decoding: UnsafeBufferPointer(rebasing: units[nameStart..<nameEnd]), as: UTF16.self)
            guard !isSentenceStart(name.lowerBound) || capitals >= 2,
                  !Lexicon.word(fold: NameKey.fold(nameText)).excludes else { continue }
            // Finds inside the name (a person's word read alone) give way to it.
            finds.removeAll { $0.start >= nameStart && $0.end <= nameEnd }
            finds.append(Find(start: nameStart, end: nameEnd, rule: organizationRule, keys: []))
            finds.append(Find(start: start, end: end, rule: organizationRule, keys: keys))
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " || s.last == "\u{A0}" || s.last == "-" { s.removeLast() }
        return s
    }
}
