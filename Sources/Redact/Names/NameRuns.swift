import RedactRules

/// Runs of capitalized words and what they are: cut at ordinary words, each piece judged a
/// person, a place, or nothing, by lists, shapes, titles and cues.
extension NameReading {
    /// The end (exclusive) of the run of capitalized words, initials and patronymic words
    /// starting at `first`: words joined by one space, a hyphen, or an initial's dot, up to a word
    /// with a suffix after an apostrophe.
    mutating func extendRun(from first: Int) -> Int {
        var end = first + 1
        while end < tokens.count && end - first < 8 {
            // `Sorelov'un Timur Valdov'u`, `Pelvorst'taki Türk Kültür Derneği`: a case suffix
            // after an apostrophe ends a name, so it ends the run.
            if hasSuffixAfterApostrophe(end - 1) { break }
            // `Moscow's Central Clinical Hospital`, `Juventus's Zinedine Zidane`: an English
            // possessive after a name parts two names; after an ordinary word it is the name's
            // own (`Children's Hospital`, `People's Party`), and so before a designator (a
            // firm's name, `Dorvale's Bancshares Inc.`) and in a place the lists know whole
            // (`Cox's Bazar`).
            if isPossessiveOfAName(end - 1), analyses[end]?.isOrgDesignator != true,
               (placeMatch(at: end - 1, limit: min(tokens.count, end + 3)) ?? end) <= end { break }
            let gap = gapUnits(end - 1, end)
            let joinable: Bool
            if gap.count == 1 && (gap[0] == 0x20 || gap[0] == 0x2D || gap[0] == 0xA0) {
                joinable = true
            } else if gap.count == 2 && gap[0] == 0x2E && gap[1] == 0x20 && isInitial(end - 1) {
                joinable = true
            } else if gap.count == 1 && gap[0] == 0x2E && isInitial(end - 1) {
                joinable = true
            } else if gap.count == 2 && gap[0] == 0x2E && gap[1] == 0x20 && joinsFirmAbbreviations(end - 1, end) {
                joinable = true  // `Otomotiv Tic. A.Ş.`
            } else if gap.count == 2 && (gap[0] == 0x27 || gap[0] == 0x2019) && gap[1] == 0x20
                        && [0x73, 0x53].contains(units[Int(tokens[end - 1].end) - 1]) && analyses[end]?.isOrgDesignator == true {
                // A plural's possessive before a designator is the body's own word: `Barnsley
                // Magistrates' Court`, `Allied Workers' Union`.
                joinable = true
            } else {
                joinable = false
            }
            guard joinable else { break }
            if isOrdinalNumeral(end) { break }
            // One name is written in one script: `ИА Regnum Минченко` is a news agency and a
            // man, not a man with a Latin given name.
            if let a = analyses[end], let before = analyses[end - 1], a.isCyrillic != before.isCyrillic { break }
            if analyses[end] != nil {
                end += 1
            } else if rules.patronymicWords.contains(foldToken(end)) {
                end += 1
            } else if isParticle(end), end > first, analyses[end - 1] != nil || isParticle(end - 1) {
                end += 1  // `van` in `Lars van den Broek`: kept only if a capital follows
            } else if joinsFirmWords(end) {
                end += 1  // `ve` in `Ilgaz Tekstil Sanayi ve Ticaret A.Ş.`
            } else {
                break
            }
        }
        // A run never ends on a lower-case patronymic word's gap: trim trailing non-capitals.
        while end > first + 1 && analyses[end - 1] == nil && !rules.patronymicWords.contains(foldToken(end - 1)) { end -= 1 }
        return end
    }

    /// Whether word `t` is an organization's designator with a case suffix, in a line that may
    /// be Azerbaijani or Turkish (`Məhkəməsinin`, `Prokurorluğunda`, `İdarəsində`).
    mutating func isDesignatorWithCaseSuffix(_ t: Int) -> Bool {
        guard let a = analyses[t], !a.isCyrillic, !a.isAllCaps,
              !tokenLanguages[t].isDisjoint(with: [.azerbaijani, .turkish]) else { return false }
        return designatorStem(a.fold, at: t) != nil
    }

    /// Whether word `t` ends in an English possessive `'s` (`’s`) after a word that is no
    /// ordinary one: a name's, in a line that may be English (`Thatcher's`, `Moscow's`; not
    /// `Children's`, `King's`).
    mutating func isPossessiveOfAName(_ t: Int) -> Bool {
        guard let a = analyses[t], !a.flags.isCommon, !a.isExcluded, !a.isAllCaps, tokenLanguages[t].contains(.english) else { return false }
        let start = Int(tokens[t].start), end = Int(tokens[t].end)
        let apostrophe = start + a.spanLength
        return end - apostrophe == 2 && [0x27, 0x2019].contains(units[apostrophe]) && units[apostrophe + 1] == 0x73
    }

    /// Whether word `t` carries a suffix after an apostrophe other than an English possessive
    /// `s` (`Valdov'u`, `Pelvorst'taki`; not `Children's`).
    mutating func hasSuffixAfterApostrophe(_ t: Int) -> Bool {
        guard let a = analyses[t] else { return false }
        let start = Int(tokens[t].start), end = Int(tokens[t].end)
        let apostrophe = start + a.spanLength
        guard apostrophe < end, [0x27, 0x2019, 0x02BC].contains(units[apostrophe]) else { return false }
        return !(end - apostrophe == 2 && (units[apostrophe + 1] == 0x73 || units[apostrophe + 1] == 0x53))
    }

    mutating func judge(run: Range<Int>, into finds: inout [Find]) {
        // `XIII века`: a Roman numeral alone in a sentence is a number.
        if run.count == 1, isRomanNumeralInSentence(run.lowerBound) { return }
        // `Case No: 2:23-cv-04512`, `NINO AB 12 34 56 C`, `УИД 77RS…`: the identifier's cue.
        if isIdentifierCue(run) { return }
        // `Tarih: 25.06.2024`, `Komissiya: 0.50 AZN`: the label of a form's field.
        if isFieldLabel(run) { return }
        if let label = speakerLabel(run) {
            finds.append(label)
            return
        }
        if isEnglishTitleInRussianLine(run) {
            // `Как пишет The Tarvin Herald`: a title in English inside Russian text.
            emit(run, rule: organizationRule, into: &finds)
            return
        }
        if run.count >= 2, isOrdinaryAtSentenceStart(run.lowerBound) {
            // `Redaktorum Cəlal Əsgərov`, `Qərardan Şəki Apellyasiya Məhkəməsi`: the word that
            // opens the sentence is not the name's.
            judge(run: (run.lowerBound + 1)..<run.upperBound, into: &finds)
            return
        }
        if run.count >= 2, let k = run.dropFirst().first(where: { isPossessedTitle($0) }) {
            // `Bakı Dövlət Universitetinin Rektoru Elçin Babayev`, `Galatasaray Başkanı Dursun
            // Özbek`: the title of the body before it, with its possessive suffix, parts the
            // body from the person it names, and belongs to neither.
            let bodyEnd = titleStart(before: k, from: run.lowerBound)
            if run.lowerBound < bodyEnd { judge(run: run.lowerBound..<bodyEnd, into: &finds) }
            if k + 1 < run.upperBound { judge(run: (k + 1)..<run.upperBound, into: &finds) }
            return
        }
        if run.count >= 2, let k = run.dropLast().first(where: { isDesignatorWithCaseSuffix($0) }), k > run.lowerBound {
            // `Bakı Apellyasiya Məhkəməsinin Mülki Kollegiyası`, `Gəncə Şəhər Prokurorluğunda
            // Cinayət Məcəlləsinin`, `Bakı Şəhər Baş Polis İdarəsində P-7741`: an Azerbaijani or
            // Turkish designator with a case suffix ends the body's name; the words after it
            // are judged on their own (they were read with it as one name of no kind, or a
            // person).
            judge(run: run.lowerBound..<(k + 1), into: &finds)
            judge(run: (k + 1)..<run.upperBound, into: &finds)
            return
        }
        if opensRunBeforeAPerson(run) {
            // `ФИДЕ Кирсан Илюмжинов`, `Роскосмоса Анатолий Перминов`: an organization's short
            // name, or a word no list holds as a name, before a given name and a surname is not
            // the person's, when the rest alone is read as one person: each is judged on its own.
            var rest: [Find] = []
            judge(run: (run.lowerBound + 1)..<run.upperBound, into: &rest)
            if isOnePerson(rest, covering: (run.lowerBound + 1)..<run.upperBound) {
                judgeOpener(run.lowerBound, into: &finds)
                finds.append(contentsOf: rest)
                return
            }
        }
        if isInitialsAndSurname(run) {
            // A street named after a person, with a house number (`M. Ə. Tarvizadə küçəsi 41`)
            // or after a street type (`ул. Б. Полянка`), is the street; not a scorecard's
            // `D. Lehmann st Gillespie` (stumped).
            if hasStreetTypeWithHouse(after: run) || streetTypeBefore(run.lowerBound) != nil, judgeAddress(run: run, into: &finds) { return }
            emit(run, rule: personRule, into: &finds)
            return
        }
        if judgeAddress(run: run, into: &finds) { return }
        if isNameWithMiddleInitial(run) {
            emit(run, rule: personRule, into: &finds)
            return
        }
        if endsInOrganizationWord(run) {
            emit(run, rule: organizationRule, into: &finds)
            return
        }
        if judgeOrganization(run: run, into: &finds) { return }
        // `U.N.`, `E.U.`: letters joined by dots, alone (initials come before a name); an
        // article or a sentence's first word before them is not theirs (`The U.N. said`).
        let dotted = run.count >= 2 && analyses[run.lowerBound].map { rules.orgArticles.contains($0.fold) || $0.flags.isCommon } == true
            ? run.dropFirst() : run
        if isDottedAcronym(dotted) {
            finds.append(Find(start: Int(tokens[dotted.lowerBound].start), end: Int(tokens[dotted.upperBound - 1].end) + 1,
                              rule: organizationRule, keys: []))
            return
        }
        if run.count == 1, isInflectedAcronym(run.lowerBound) {
            // `турецкого МИДа`: the short name in a case form, the ending with it.
            emit(run, rule: organizationRule, into: &finds)
            return
        }
        if run.count == 1, isAcronym(run.lowerBound) {
            // `FSB`, `МВД`, `AzTV`-like capitals alone: an organization's short name; a suffix
            // after an apostrophe stays outside (`CHP'nin`, `PKK'ya`), as a name's does.
            let start = Int(tokens[run.lowerBound].start)
            finds.append(Find(start: start, end: start + (analyses[run.lowerBound]?.spanLength ?? 0), rule: organizationRule, keys: []))
            return
        }
        // An ordinary word that opens the sentence is not the place's (`Maç Kelvan Stadı …`).
        let placeRun = run.count >= 3 && isSentenceStart(run.lowerBound) && analyses[run.lowerBound]?.flags.isCommon == true
            ? (run.lowerBound + 1)..<run.upperBound : run
        if placeRun.count >= 2, endsInPlaceType(placeRun) {
            // `Qırmızı Qəsəbəsi`, `Yaşıl Vadisi`: a capitalized place type ends the run, so the
            // run is that place, its ordinary words included.
            emit(placeRun, rule: locationRule, into: &finds)
            return
        }
        // Cut the run into pieces at ordinary words; a place of several words the lists know
        // is kept whole even where a word of it is ordinary (`New Orleans`, `SALT LAKE CITY`).
        let breaks = run.map { t in analyses[t].map { isOrdinary($0, at: t, run: run) } ?? false }
        let hasBreak = run.count >= 2 && breaks.contains(true)
        var pieceStart = run.lowerBound
        var t = run.lowerBound
        while t <= run.upperBound {
            if hasBreak, t + 1 < run.upperBound, breaks[(t - run.lowerBound)..<min(t + 4, run.upperBound) - run.lowerBound].contains(true),
               let end = placeMatch(at: t, limit: run.upperBound), end - t >= 2,
               // A country's name is kept, though a town somewhere is called so (`Costa Rica`).
               !(t..<end).allSatisfy({ analyses[$0]?.flags.isCountry == true }) {
                if pieceStart < t { judgePiece(pieceStart..<t, into: &finds) }
                emit(t..<end, rule: locationRule, into: &finds)
                t = end
                pieceStart = end
                if t < run.upperBound, breaks[t - run.lowerBound] { pieceStart = t + 1; t += 1 }
                continue
            }
            let isBreak: Bool
            if t == run.upperBound {
                isBreak = true
            } else if analyses[t] != nil {
                isBreak = breaks[t - run.lowerBound]
            } else {
                isBreak = false  // a patronymic word
            }
            if isBreak {
                if pieceStart < t { judgePiece(pieceStart..<t, into: &finds) }
                pieceStart = t + 1
            }
            t += 1
        }
    }

    /// Whether the first word of `run` stands before a person's name without being part of it:
    /// capitals of an acronym before a word in lower case (`ФИДЕ Кирсан`, not a headline's
    /// `ФИДЕ КИРСАН`), or a word the lists know as no name and that has no surname's or
    /// patronymic's shape, before a given name the lists hold only as a given name, with more
    /// name words after it.
    mutating func opensRunBeforeAPerson(_ run: Range<Int>) -> Bool {
        let first = run.lowerBound
        guard run.count >= 2, let a = analyses[first], let next = analyses[first + 1], !next.isAllCaps, a.letterCount >= 2 else { return false }
        // `II Vilhelm`: a regnal number is the name's.
        if a.letterCount <= 4, (Int(tokens[first].start)..<Int(tokens[first].end)).allSatisfy({ [0x49, 0x56, 0x58].contains(units[$0]) }) {
            return false
        }
        // Capitals in a line of lower case are an acronym even where they sound like a name
        // (`ФИДЕ`), also in a case form (`глава японского МИДа Сэйдзи Маэхара`: no given name
        // `МИДа`).
        if isAcronym(first) || (a.isAllCaps && (2...6).contains(a.letterCount) && a.letterCount == a.spanLength)
            || isInflectedAcronym(first) {
            // Not `SSRİ Nazirlər Soveti`, where the rest is no person (see `judge(run:into:)`).
            return true
        }
        // A place's name is kept unless it is an ordinary word opening the sentence (`Потом`).
        guard run.count >= 3, !a.isAllCaps, !a.isName, !a.surnameShape, !a.patronymicShape,
              !a.isPlace || (a.flags.isCommon && isSentenceStart(first)),
              let given = next.entry, given.isGiven, !given.isSurname, !next.surnameShape,
              let third = analyses[first + 2], !third.isAllCaps else { return false }
        return third.surnameShape || third.patronymicShape || (third.entry?.isSurname ?? false)
    }

    /// The word that opens a run before a person (``opensRunBeforeAPerson(_:)``), judged as a
    /// run of its own; capitals that a title before them made a person (`президент РФ`,
    /// `глава NASA`) are the country, kept, or an organization.
    mutating func judgeOpener(_ t: Int, into finds: inout [Find]) {
        var own: [Find] = []
        judge(run: t..<(t + 1), into: &own)
        guard let a = analyses[t], a.isAllCaps else {
            finds.append(contentsOf: own)
            return
        }
        if own.isEmpty, rules.orgBefore.contains(a.fold) || isOrgHead(a.fold) {
            // `МВД` before a person (`генерала МВД Рамзана Кадырова`): the body's short name,
            // which alone in a run is read with the words after it.
            emit(t..<(t + 1), rule: organizationRule, into: &finds)
            return
        }
        for var find in own {
            if find.rule == personRule {
                if a.flags.isCountry || rules.notAcronyms.contains(a.fold) { continue }  // `РФ`, `СНГ`
                find.rule = organizationRule
            }
            finds.append(find)
        }
    }

    /// Whether the last word of `run` is a place type (`places.cues`) in an Azerbaijani,
    /// Turkish or Russian line, capitalized as part of the name (`Qəsəbəsindən`), after words
    /// that are no person's name, designator, country or nationality.
    mutating func endsInPlaceType(_ run: Range<Int>) -> Bool {
        let last = run.upperBound - 1
        guard tokenLanguages[last] != .english, let a = analyses[last], !a.isAllCaps, !a.isName, !a.isOrgDesignator,
              startsWithCue(a.fold, .placeCues, line: last) else { return false }
        // A form of state needs a word before it that is no ordinary word (`Karolinqlər
        // İmperiyası`; `Xalq Respublikası` alone is a kind of state, not one).
        let stateType = rules.placeStateTypes.contains(where: { a.fold.hasPrefix($0) })
        if stateType, run.dropLast().allSatisfy({ analyses[$0]?.flags.isCommon == true }) { return false }
        // Not a country's name (`Azərbaycan Respublikası`, `Çin Xalq Respublikası`): kept.
        // Before a form of state, a given name names the state, not a person (`Müqəddəs Roma
        // İmperiyası`, `Naxçıvan Muxtar Respublikası`): no one is called `… İmperiyası`. (A
        // given name that is the form of state's own word stays a name: `Dövlətinə` is read as
        // the man's name `Dövlət`, and `İslam Dövlətinə` as a person.)
        return run.dropLast().allSatisfy { t in
            guard let b = analyses[t] else { return false }
            return !b.isAllCaps && (stateType || b.entry?.isGiven != true) && !b.surnameShape && !b.patronymicShape && !b.isOrgDesignator
                && !b.flags.isCountry && !b.flags.isNationality
        }
    }

    /// Whether `finds` is one person covering the words `range`.
    func isOnePerson(_ finds: [Find], covering range: Range<Int>) -> Bool {
        finds.count == 1 && finds[0].rule == personRule && finds[0].start <= Int(tokens[range.lowerBound].start)
            && finds[0].end >= Int(tokens[range.upperBound - 1].end)
    }

    /// Initials and one capitalized word (`W. Sutton`, `А. Иванов`, `R. Thornby`): the word is a
    /// surname, whatever list it is in. The word must not be a country, month, nationality, a
    /// never-name or a capital run; when it is also an ordinary word (`N. Mason`, `P. Hope`),
    /// the initials must open a line or follow `(`, `,`, `;`, `:`, `/` or a number, so a
    /// sentence that ends in a letter (`Plan B. Officials said`) is not read as a name.
    mutating func isInitialsAndSurname(_ run: Range<Int>) -> Bool {
        guard run.count >= 2, run.dropLast().allSatisfy({ isInitial($0) }), let a = analyses[run.upperBound - 1],
              !a.isExcluded, !a.isAllCaps, a.letterCount >= 2, !rules.notNames.contains(a.fold),
              !rules.titles.contains(a.fold), !rules.orgArticles.contains(a.fold) else { return false }
        if !a.flags.isCommon || a.isName { return true }
        return initialsOpenAList(run.lowerBound)
    }

    /// Whether `run` is a given name, a middle initial and a surname (`Dorvena R. Hallowick`):
    /// two words no list holds as ordinary (or that the lists hold as names), no place alone,
    /// country, title or designator, with an initial between them. The shape is a person's
    /// wherever it stands, at a sentence's start and in a heading in capitals too, where a
    /// capital alone says nothing.
    mutating func isNameWithMiddleInitial(_ run: Range<Int>) -> Bool {
        guard run.count == 3, isInitial(run.lowerBound + 1), !isInitial(run.lowerBound),
              let first = analyses[run.lowerBound], let last = analyses[run.upperBound - 1] else { return false }
        func nameWord(_ a: WordAnalysis) -> Bool {
            a.letterCount >= 2 && !a.isExcluded && (!a.flags.isCommon || a.isName) && !(a.isPlace && !a.isName)
                && !a.flags.isCountry && !a.isOrgDesignator && !rules.notNames.contains(a.fold) && !rules.titles.contains(a.fold)
                && !rules.orgArticles.contains(a.fold)
        }
        return nameWord(first) && nameWord(last)
    }

    /// Whether the initials at word `t` open a line or follow `(`, `,`, `;`, `:`, `/` or a number.
    mutating func initialsOpenAList(_ t: Int) -> Bool {
        var p = Int(tokens[t].start) - 1
        while p >= 0 && (units[p] == 0x20 || units[p] == 0x09 || units[p] == 0xA0) { p -= 1 }
        guard p >= 0 else { return true }
        let u = units[p]
        return u == 10 || u == 13 || u == 0x28 || u == 0x2C || u == 0x3B || u == 0x3A || u == 0x2F || (u >= 0x30 && u <= 0x39)
    }

    /// An ordinary word inside a capitalized run: a month, nationality or country; a common word
    /// that the lists do not also know as a name; or a word the rule set says is never a name.
    mutating func isOrdinary(_ a: WordAnalysis, at t: Int, run: Range<Int>) -> Bool {
        // A nationality's adjective capitalized inside a sentence, right before a place type,
        // names a region (`Чеченской республики`, `Гагаузской автономии`): Russian writes such
        // an adjective in lower case everywhere else.
        if a.flags.isNationality, !a.flags.isCountry, a.isCyrillic, t + 1 == run.upperBound, !isSentenceStart(t),
           let next = nextWordFold(after: t), startsWithCue(next, .placeNameTypes, line: t) {
            return false
        }
        // A nationality's word that ends a run right after a given name is the surname (`Dursun
        // Özbek`, `Ahmet Türk`), not the nationality: left out, it would stay visible.
        if a.flags.isNationality, !a.flags.isCountry, !a.flags.isCalendar, t > run.lowerBound, t + 1 == run.upperBound,
           let given = analyses[t - 1], given.entry?.isGiven == true, !given.isExcluded, !a.isAllCaps,
           !(given.flags.isCommon && isSentenceStart(t - 1)), gapIsSingleSpace(t - 1, t) {
            return false
        }
        // A given name that is also a month or country stays a name after a title (`Ms. June
        // Carter`) or before a surname (`Jordan Henderson`): left out, it would stay visible, as
        // countries are kept. A Russian country stays a country (`Президент России`).
        if a.isExcluded && !(a.entry?.isGiven == true && !(a.isCyrillic && a.flags.isCountry)
                             && (hasTitleBefore(t) || opensNameBeforeSurname(a, at: t, run: run))) { return true }
        if rules.notNames.contains(a.fold) || rules.titles.contains(a.fold) || rules.cuesAfter.contains(a.fold) { return true }
        // So is such a word with a case suffix after an apostrophe: `Mesut Bey'e` is `Mesut`
        // and the honorific, as `Mesut Bey` is, not a given name and a surname.
        if t > run.lowerBound, let stem = foldBeforeSuffix(t), rules.titles.contains(stem) || rules.cuesAfter.contains(stem) { return true }
        // An ordinary word opening a sentence that is a place only as a case form (`Потом` as
        // the instrumental of Georgia's `Поти`) is the ordinary word.
        if a.flags.isCommon && !a.isName && a.isPlace && a.inflection != nil && isSentenceStart(t) { return true }
        // So is one that is a name only as a case form of another (`Ранее` as a dative of
        // `Рана`), before a word that is no surname or patronymic (`Ранее Клинсман заявлял`).
        // Before one it may be the name (`Вере Петровой`: the dative of `Вера`, and `вере`).
        if t == run.lowerBound, t + 1 < run.upperBound, isSentenceStart(t), isGivenOnlyAsCaseForm(t) { return true }
        // Likewise an ordinary word's case form that is also a name's (`Romanın`).
        if a.suffixedOrdinary && isSentenceStart(t) { return true }
        if a.flags.isCommon && !a.isName && !a.isPlace && !isEnglishWordInRussianLine(t) {
            // A capitalized ordinary word right after a given name is the surname (`Kemal Güzel`,
            // `Orhan Aydın Demir`, `Tom Baker`), unless it names a kind of place or organization
            // (`Fatih Köprüsü`); a headline's capitals (four or more words) prove nothing.
            if t > run.lowerBound, let given = analyses[t - 1], given.entry?.isGiven == true,
               !(given.flags.isCommon && isSentenceStart(t - 1)),  // `Will Congress act?`
               run.count < 4, !rules.orgDesignatorWords.contains(a.fold), !startsWithCue(a.fold, .placeCues, line: t) {
                return false
            }
            // Likewise after a foreign given name the lists know only as the sound of a town
            // (`Бессель Кок`: Basel's sound, and a surname that is a word).
            if t == run.lowerBound + 1, isPlaceOnlyBySound(t - 1), gapIsSingleSpace(t - 1, t), run.count == 2,
               analyses[t - 1]?.isCyrillic == a.isCyrillic, !rules.orgDesignatorWords.contains(a.fold),
               !startsWithCue(a.fold, .placeCues, line: t) {
                return false
            }
            // A capitalized ordinary word before a place type names the place: `Тверской области`.
            if t + 1 == run.upperBound, !isSentenceStart(t), let next = nextWordFold(after: t), startsWithCue(next, .placeCues, line: t) {
                return false
            }
            // An unknown capitalized word inside a name (`Elçin Qaraxanlı`) is kept by its neighbours.
            return true
        }
        return false
    }

    /// The lower-case Russian noun after `range` when `range` is one capitalized word with an
    /// adjective's ending that no list knows as a name, inside a sentence, with no title before
    /// it: the next word one space on, four letters or more, all lower-case Cyrillic, with no
    /// verb's ending (`org.verb-endings`: `Кремниевой сказали` is a woman and a verb), in the
    /// adjective's case (``nounAgrees(with:at:)``).
    mutating func nounAfterCapitalizedAdjective(_ range: Range<Int>) -> Int? {
        let t = range.lowerBound
        guard range.count == 1, t + 1 < tokens.count, let a = analyses[t], a.isCyrillic, a.entry == nil, !a.isAllCaps,
              analyses[t + 1] == nil, rules.hasAdjectiveEnding(a.fold, stem: 3), !isSentenceStart(t), !hasTitleBefore(t) else { return nil }
        let gap = gapUnits(t, t + 1)
        guard gap.count == 1, gap[0] == 0x20 || gap[0] == 0xA0 else { return nil }
        let next = tokens[t + 1]
        guard next.end - next.start >= 4,
              units[Int(next.start)..<Int(next.end)].allSatisfy({ $0 >= 0x430 && $0 <= 0x44F || $0 == 0x451 }) else { return nil }
        let word = foldToken(t + 1)
        if rules.russianVerbEndings.contains(where: { word.hasSuffix($0) }) { return nil }
        // In the adjective's case: `Ратманским связаны` is a surname and a participle.
        guard nounAgrees(with: a, at: t + 1) else { return nil }
        return t + 1
    }

    /// Whether `run` opens with an identifier rule's cue (`cues.*`: a phrase, or each word)
    /// with a digit within the next twelve units of its line; the words after the cue, if
    /// any, are the identifier's letters in capitals (`NINO AB 12 34 56 C`).
    mutating func isIdentifierCue(_ run: Range<Int>) -> Bool {
        guard !rules.identifierCues.isEmpty else { return false }
        var cueEnd: Int? = nil
        var phrase = ""
        for t in run.prefix(3) {
            phrase += (phrase.isEmpty ? "" : " ") + foldToken(t)
            if rules.identifierCues.contains(phrase) { cueEnd = t + 1 }
        }
        guard let cueEnd, (cueEnd..<run.upperBound).allSatisfy({ analyses[$0]?.isAllCaps == true && (analyses[$0]?.letterCount ?? 9) <= 3 })
        else { return false }
        var p = Int(tokens[cueEnd - 1].end)
        let limit = min(units.count, p + 12)
        while p < limit && units[p] != 10 {
            if units[p] >= 0x30 && units[p] <= 0x39 { return true }
            p += 1
        }
        return false
    }

    /// Whether `a`, a Latin given name that is no nationality, opens `run` right before a
    /// surname or a word no list holds (`Jordan Henderson`, `Chad Morrow`; not `Georgia Power`).
    mutating func opensNameBeforeSurname(_ a: WordAnalysis, at t: Int, run: Range<Int>) -> Bool {
        guard !a.isCyrillic, !a.flags.isNationality, t == run.lowerBound, t + 1 < run.upperBound,
              let next = analyses[t + 1], !next.isExcluded, !next.isAllCaps else { return false }
        if next.entry?.isSurname == true { return true }
        return next.entry == nil && !next.flags.isCommon && !next.isPlace
    }

    mutating func judgePiece(_ piece: Range<Int>, into finds: inout [Find]) {
        if opensRunBeforeAPerson(piece) {
            // As in `judge(run:into:)`: `Руководитель ФИДЕ Кирсан Илюмжинов`, cut after its
            // first word, leaves a piece that opens with the acronym.
            var rest: [Find] = []
            judgePiece((piece.lowerBound + 1)..<piece.upperBound, into: &rest)
            if isOnePerson(rest, covering: (piece.lowerBound + 1)..<piece.upperBound) {
                // The opener as a run of its own, where an acronym is told from a name.
                judgeOpener(piece.lowerBound, into: &finds)
                finds.append(contentsOf: rest)
                return
            }
        }
        // Places first: the longest run of words from the start that the place lists know.
        var t = piece.lowerBound
        var personStart: Int? = nil
        var pieces: [(Range<Int>, isPlace: Bool)] = []
        while t < piece.upperBound {
            if personStart != nil, isSurnameAfterGivenName(t, piece: piece) {
                t += 1
                continue
            }
            // Initials are a person's (`Петрова А.И.`: `А.И` is a town of the wider world's
            // list), and a designator in capitals a body's (`ПАО «…»`: `ПАО` is one too).
            if var placeEnd = placeMatch(at: t, limit: piece.upperBound), !isInitial(t),
               !(analyses[t].map { $0.isAllCaps && $0.isOrgDesignator } ?? false), !isPersonWord(t, piece: piece) {
                if let s = personStart { pieces.append((s..<t, false)); personStart = nil }
                // The place's type words in the piece are the place's (`Marmara Denizi`).
                if let type = placeTypeEnd(after: placeEnd - 1), type < piece.upperBound { placeEnd = type + 1 }
                pieces.append((t..<placeEnd, true))
                t = placeEnd
                continue
            }
            if personStart == nil { personStart = t }
            t += 1
        }
        if let s = personStart { pieces.append((s..<piece.upperBound, false)) }
        if isPlaceBySoundBeforeName(piece, pieces) {
            emit(piece, rule: personRule, into: &finds)
            return
        }
        if let rule = placeWithUnlistedWord(piece, pieces) {
            let before = finds.count
            emit(piece, rule: rule, into: &finds)
            // Linked by the other word alone: the place word, found elsewhere by itself, stays
            // a place there (`Ayvalık` is no person because `Kraliça Ayvalık` might be).
            if finds.count > before, let other = pieces.first(where: { !$0.isPlace }) {
                finds[before].keys = other.0.flatMap { analyses[$0]?.keys ?? [] }
            }
            return
        }
        for (range, isPlace) in pieces {
            if isPlace {
                emit(range, rule: locationRule, into: &finds)
            } else if hasPlaceCue(around: range) && (!hasTitleBefore(range.lowerBound) || isAdjectiveBeforePlaceType(range))
                        && !(range.count > 1 && !hasPlaceCueAfter(range) && isGivenNameAndSurname(range)) {
                // A place type next to the words outweighs a name list: `Beşiktaş ilçesinde`;
                // and a title before them where they are an adjective agreeing with the type
                // (`глава Тарвинской области`: the region's head, not Ms Tarvinskaya). A type
                // before a full name does not (`глава района Александр Хлопонин`: the
                // district's head; `район`, `округ` name the place before them, not after).
                emit(range, rule: locationRule, into: &finds)
            } else if isPerson(range) {
                // Where the rules' reading of a person is weak (a word both a name and a place,
                // an ending), the model's reading of a place or organization wins.
                var rule = personRule
                var noun: Int? = nil
                if let kind = modelKind(of: range) {
                    if !hasStrongPersonEvidence(range) {
                        rule = self.rule(for: kind)
                    } else if kind != .person, let n = nounAfterCapitalizedAdjective(range) {
                        // `Кремниевой долиной`, `Палестинское государство`: a surname's shape,
                        // but the model reads a place or organization, and a lower-case noun
                        // follows, as it does the adjective of a Russian name.
                        rule = self.rule(for: kind)
                        noun = n
                    }
                }
                emit(range, rule: rule, into: &finds)
                if let noun, let last = finds.indices.last, finds[last].start == Int(tokens[range.lowerBound].start) {
                    finds[last].end = max(finds[last].end, Int(tokens[noun].end))
                }
            } else if isLatinNameInCyrillicLine(range) {
                // `Facebook`, `Sun Microsystems` in a Russian sentence: a word in the other
                // script is a name, mostly a company's or a medium's.
                emit(range, rule: modelKind(of: range).map { detector.rule(for: $0) } ?? organizationRule, into: &finds)
            }
        }
    }

    /// Words in Latin letters, each capitalized, two letters or more and no ordinary, country,
    /// month or never-name word, in a line that reads as Russian: Russian text writes
    /// foreign companies, media and products in their own script.
    mutating func isLatinNameInCyrillicLine(_ range: Range<Int>) -> Bool {
        guard tokenLanguages[range.lowerBound] == [.russian] else { return false }
        return range.allSatisfy { t in
            guard let a = analyses[t], isUnlistedNameWord(a) || isEnglishWordInRussianLine(t), !a.isCyrillic else { return false }
            let first = units[Int(tokens[t].start)]
            return first >= 0x41 && first <= 0x5A
        }
    }

    /// An English article and capitalized words in Latin letters after it (`The Tarvin Herald`,
    /// `The Tarvin Herald`) in a line that reads as Russian: Russian writes a foreign medium,
    /// firm or band by its own name, article and all, and has no articles of its own.
    mutating func isEnglishTitleInRussianLine(_ run: Range<Int>) -> Bool {
        guard run.count >= 2, tokenLanguages[run.lowerBound].contains(.russian), let first = analyses[run.lowerBound], !first.isCyrillic,
              rules.orgArticles.contains(first.fold), first.letterCount >= 3 else { return false }
        return run.dropFirst().allSatisfy { t in
            guard let a = analyses[t], !a.isCyrillic, !a.isExcluded, !rules.orgArticles.contains(a.fold) else { return false }
            let u = units[Int(tokens[t].start)]
            return u >= 0x41 && u <= 0x5A
        }
    }

    /// A capitalized word in Latin letters that English uses as an ordinary word (`Apple`,
    /// `Sun`, `Five`), in a line that reads as Russian, between words that are not English
    /// words in lower case: Russian writes ordinary words in Cyrillic, so such a word is a
    /// foreign company's, product's or medium's name, not an ordinary one. An English phrase
    /// quoted in the line (`… the Sun rises …`) keeps its words ordinary.
    mutating func isEnglishWordInRussianLine(_ t: Int) -> Bool {
        guard tokenLanguages[t] == [.russian], let a = analyses[t], !a.isCyrillic, a.flags.isCommon, a.letterCount >= 2,
              !a.isExcluded, !rules.notNames.contains(a.fold), !rules.titles.contains(a.fold) else { return false }
        let first = units[Int(tokens[t].start)]
        guard first >= 0x41 && first <= 0x5A else { return false }
        for n in [t - 1, t + 1] where n >= 0 && n < tokens.count && analyses[n] == nil {
            let u = units[Int(tokens[n].start)]
            if u >= 0x61 && u <= 0x7A, !gapUnits(min(n, t), max(n, t)).contains(0x0A) { return false }
        }
        return true
    }

    /// Whether word `t` of `piece` reads as part of a person's name rather than a place: a known
    /// name with a name neighbour or a title, or a place that is also a given name with a cue.
    mutating func isPersonWord(_ t: Int, piece: Range<Int>) -> Bool {
        // A small town of the wider world, alone after a title and with no suffix
        // (`президент США Обама`): the title's holder, by his surname. A large town stays a
        // town (`мэр Парижа`).
        if piece.count == 1, let a = analyses[t], let entry = a.entry, entry.isPlace, entry.isWorldOnly, !entry.isLargePlace,
           !entry.isGiven, a.spanLength == Int(tokens[t].end - tokens[t].start), a.inflection == nil, !a.isAllCaps,
           hasTitleBefore(t) {
            return true
        }
        guard let a = analyses[t], a.isName else { return false }
        if hasTitleBefore(t) || hasCueAfter(t) { return true }
        // `Bakıda`, `Gəncədən`: a case suffix on a word that is a place and a name marks the place.
        if a.isPlace && a.spanLength < Int(tokens[t].end - tokens[t].start) {
            // Not a genitive, accusative or `with` after an apostrophe right after a given name,
            // on a word the lists hold as a surname or that is no large place (`Ayşe Kaya'nın`,
            // `Şener Şen'i`; `Ahmet İzmir'i` stays the city): a surname's far more often.
            guard t > piece.lowerBound, a.entry?.isSurname == true || a.entry?.isLargePlace != true,
                  analyses[t - 1]?.entry?.isGiven == true,
                  gapIsSingleSpace(t - 1, t), let suffix = suffixAfterApostrophe(t) else { return false }
            return rules.personCaseSuffixes.contains(suffix)
        }
        let neighbours = [t - 1, t + 1].filter { piece.contains($0) }
        if neighbours.contains(where: { analyses[$0]?.isName == true && analyses[$0]?.isPlace != true }) { return true }
        // A lone word both a place and a name: a place when a place cue or a case suffix follows.
        if a.isPlace {
            if let next = nextWordFold(after: t), rules.placeCues.contains(next) { return false }
            if t > 0, gapIsSpace(t - 1, t), rules.placePrepositions.contains(foldToken(t - 1)) { return false }
            // Otherwise a person: people are named far more often than the villages that share
            // their names (`Anna`, `Elena`), and both are replaced.
            return true
        }
        return true
    }

    /// Whether `range` opens with a listed given name (no place's) and ends in a word with a
    /// surname's or patronymic's shape, or a listed surname (`Александр Хлопонин`); a place
    /// after a cue rarely is (`Хилтон Хэд`, `Маунтин-Вью`).
    mutating func isGivenNameAndSurname(_ range: Range<Int>) -> Bool {
        guard range.count > 1, let first = analyses[range.lowerBound], let entry = first.entry, entry.isGiven, !entry.isPlace,
              let last = analyses[range.upperBound - 1] else { return false }
        if last.surnameShape || last.patronymicShape { return true }
        guard let surname = last.entry else { return false }
        return surname.isSurname && !surname.isPlace
    }

    /// A title or cue next to the words, a given name or surname that is no place, a surname
    /// or patronymic ending.
    mutating func hasStrongPersonEvidence(_ range: Range<Int>) -> Bool {
        if hasTitleBefore(range.lowerBound) || hasCueAfter(range.upperBound - 1) { return true }
        return range.contains { t in
            guard let a = analyses[t] else { return true }  // a patronymic word
            if a.surnameShape || a.patronymicShape { return true }
            guard let entry = a.entry, !entry.isPlace else { return false }
            return entry.isGiven || entry.isSurname || entry.isPatronymic
        }
    }

    mutating func isPerson(_ range: Range<Int>) -> Bool {
        let words = range.compactMap { analyses[$0] }
        let strong = words.contains { a in
            (a.entry?.isName == true || a.surnameShape || a.patronymicShape) && !a.flags.isCommon && !a.isExcluded
        }
        if strong { return true }
        if hasTitleBefore(range.lowerBound) || hasCueAfter(range.upperBound - 1) { return true }
        // Capitalized words joined by a name particle (`Lars van den Broek`, `Zia-ul-Karim`).
        if words.count >= 2, words.allSatisfy({ !$0.flags.isCommon && !$0.isExcluded }), range.contains(where: { isParticle($0) }) { return true }
        let nameWords = words.filter { $0.isName || $0.weakSurnameShape }.count
        let initials = range.filter { isInitial($0) }.count
        if nameWords >= 1 && (range.count >= 2 || initials > 0) { return true }
        if nameWords >= 1 && words.count == 1 && !isSentenceStart(range.lowerBound) && words[0].isAllCaps == false {
            // A known name that is also an ordinary word, capitalized inside a sentence: in
            // Azerbaijani, Russian and Turkish (and mostly English) ordinary words are not.
            return true
        }
        if words.count == 1, words[0].isAllCaps, let entry = words[0].entry, entry.isGiven, !words[0].isExcluded,
           words[0].letterCount >= 4, entry.isListed(inAnyOf: tokenLanguages[range.lowerBound]),
           !isSentenceStart(range.lowerBound), linesWordsAroundAreLowerCase(range.lowerBound),
           !rules.stressedOrdinaryWords.contains(words[0].fold) {
            // A given name of the line's language in capitals inside a sentence in lower case
            // (`and then JOHN spoke`): a transcript stressing a name, not a heading; left out,
            // it would stay visible. Not a name that is mostly a word stressed so
            // (`names.stressed-words`: `I WILL not`), nor one only another language's list holds,
            // which in capitals is mostly an acronym (`NATO` is a Georgian given name).
            return true
        }
        return false
    }

    /// Whether the words right before and after word `t` on its line, where there are any,
    /// start with a lower-case letter: `t` stands in a sentence written in lower case.
    mutating func linesWordsAroundAreLowerCase(_ t: Int) -> Bool {
        var seen = false
        for n in [t - 1, t + 1] where n >= 0 && n < tokens.count && !tokens[n].isNumber {
            let gap = n < t ? gapUnits(n, t) : gapUnits(t, n)
            guard !gap.contains(10) else { continue }
            let first = UInt32(units[Int(tokens[n].start)])
            guard let scalar = Unicode.Scalar(first), scalar.properties.isAlphabetic else { continue }
            if !scalar.properties.isLowercase { return false }
            seen = true
        }
        return seen
    }

    /// A capitalized word at the start of a sentence that no list knows as a name, with no
    /// name shape and no title before it, ending in one of `names.ordinary-endings` after a
    /// stem of four or more letters (`Redaktor|um`, `Qərar|dan`): an ordinary word. The
    /// endings are Azerbaijani and Turkish case and possessive endings, so only in a line that
    /// may be in one of those languages (`Metropolitan Police Service` is English).
    mutating func isOrdinaryAtSentenceStart(_ t: Int) -> Bool {
        guard !rules.ordinaryEndings.isEmpty, !tokenLanguages[t].isDisjoint(with: [.turkish, .azerbaijani]),
              let a = analyses[t], a.entry == nil, !a.isAllCaps,
              !(a.surnameShape || a.patronymicShape || a.weakSurnameShape), isSentenceStart(t) else { return false }
        let letters = a.fold.unicodeScalars.count
        guard rules.ordinaryEndings.contains(where: { letters - $0.unicodeScalars.count >= 4 && a.fold.hasSuffix($0) }) else { return false }
        return !hasTitleBefore(t)
    }

    /// A word of two to six capitals that no list knows, between words that are not all capitals
    /// (a headline in capitals is not a row of acronyms).
    /// A Roman numeral after a capitalized word that is not in capitals, one space apart
    /// (`Partiyasının VII qurultayı`, `Elizabeth II`): a number, not a word of the name.
    mutating func isOrdinalNumeral(_ t: Int) -> Bool {
        let token = tokens[t]
        guard t > 0, token.end - token.start <= 7,
              units[Int(token.start)..<Int(token.end)].allSatisfy({ [0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D].contains($0) }),
              let before = analyses[t - 1], !before.isAllCaps, gapIsSingleSpace(t - 1, t) else { return false }
        return true
    }

    mutating func isInitial(_ t: Int) -> Bool {
        let token = tokens[t]
        guard let a = analyses[t], token.end - token.start <= 5, (token.end - token.start) % 2 == 1 else { return false }
        let end = Int(token.end)
        guard end < units.count && units[end] == 0x2E else { return false }
        if token.end - token.start == 1 { return true }
        // `A.J`: letters at even offsets, dots between.
        for (i, u) in units[Int(token.start)..<end].enumerated() where (i % 2 == 1) != (u == 0x2E) { return false }
        return !a.isExcluded
    }
}
