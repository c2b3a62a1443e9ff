import RedactRules

/// Places: the gazetteers' multi-word names, place cues and types around a name, Russian
/// adjective-and-noun names, and the places that are a person's surname.
extension NameReading {
    /// The label for the whole of `piece` when it is one place word and one word no list
    /// holds, one space apart (`Yoelvis Quesada`, `Luca Pavanello`, `Ganja Agrotrans`):
    /// read as a place and nothing, the other word would be left visible. It is one name: the
    /// context model's kind where it reads one, else a person, or a place when the place
    /// word is a city of 100,000 or more and comes first. Nil when the piece is anything else
    /// or the other word is a person by the rules. Two words only: where ordinary words are
    /// missing from the lists (Azerbaijani), `Antalya Həvəskar Çempionatı` would be one name.
    mutating func placeWithUnlistedWord(_ piece: Range<Int>, _ pieces: [(Range<Int>, isPlace: Bool)]) -> Int? {
        guard piece.count == 2, pieces.count == 2,
              let place = pieces.first(where: \.isPlace), place.0.count == 1,
              let other = pieces.first(where: { !$0.isPlace }), !isPerson(other.0),
              other.0.allSatisfy({ analyses[$0].map { isUnlistedNameWord($0) && $0.entry == nil && !$0.isAllCaps } ?? false }),
              !hasTitleBefore(piece.lowerBound), !hasPlaceCue(around: other.0),
              // A sentence of a line that is not English may open with ordinary words the lists
              // lack (Azerbaijani `Çoxunu Lənkəran istixanalarından`).
              !(other.0.lowerBound == piece.lowerBound && isSentenceStart(piece.lowerBound)
                && !tokenLanguages[piece.lowerBound].contains(.english)),
              // A case suffix ends a name (`Patrikhane'nin Atina'da`, `Kasım'da Swiss`), also
              // one no list reads off a word of an Azerbaijani or Turkish line (`Şirkətinin Xəzər`).
              piece.dropLast().allSatisfy({ t in analyses[t].map { $0.spanLength == Int(tokens[t].end - tokens[t].start) } ?? false }),
              !(other.0.lowerBound == piece.lowerBound && !tokenLanguages[piece.lowerBound].contains(.english)
                && endsInTurkicSuffix(piece.lowerBound)),
              (piece.lowerBound + 1..<piece.upperBound).allSatisfy({ gapIsSingleSpace($0 - 1, $0) }) else { return nil }
        if let kind = modelKind(of: piece) { return rule(for: kind) }
        let isCity = analyses[place.0.lowerBound]?.entry?.isLargePlace == true
        return isCity && place.0.lowerBound == piece.lowerBound ? locationRule : personRule
    }

    /// Whether `piece` is two words, the first a place only by the sound of a town of the wider
    /// world that no list spells so (`Бессель` for Basel, `Йенс` for Ans), the second a
    /// capitalized word of the same script that is no place (`Бессель Кок`, `Йенс Леман`): a
    /// foreign given name and a surname. Read as a place and a word, the surname was left
    /// visible where it is an ordinary word (`Кок`) or got a stand-in of its own.
    mutating func isPlaceBySoundBeforeName(_ piece: Range<Int>, _ pieces: [(Range<Int>, isPlace: Bool)]) -> Bool {
        let t = piece.lowerBound
        // The place word may have been read as a place, or not (at a sentence's start).
        let split = pieces.count == 2 && pieces[0].isPlace && pieces[0].0 == t..<(t + 1)
        guard piece.count == 2, split || (pieces.count == 1 && !pieces[0].isPlace), isPlaceOnlyBySound(t),
              let a = analyses[t], let b = analyses[t + 1], b.isCyrillic == a.isCyrillic, !b.isAllCaps, !b.isExcluded, !b.isOrgDesignator,
              b.letterCount >= 3, b.entry?.isPlace != true, !b.flags.isCountry, !b.flags.isNationality, !b.flags.isCalendar,
              !rules.titles.contains(b.fold), !rules.notNames.contains(b.fold),
              gapIsSingleSpace(t, t + 1), !hasPlaceCue(around: piece) else { return false }
        return true
    }

    /// Whether word `t` is a place only by the sound of a town of the wider world that no list
    /// spells so and no list holds as a name (`Бессель` for Basel), written as it stands (no
    /// suffix, not in capitals).
    mutating func isPlaceOnlyBySound(_ t: Int) -> Bool {
        guard let a = analyses[t], let entry = a.entry else { return false }
        return entry.isPlace && entry.isWorldOnly && !entry.isGiven && !entry.isSurname && a.isPlaceBySound
            && !a.flags.isPlaceSpelling && !a.isAllCaps && !a.isExcluded && a.spanLength == Int(tokens[t].end - tokens[t].start)
    }

    /// Whether word `t` ends in an Azerbaijani or Turkish case suffix of two letters or more
    /// (`names.suffixes`) after three letters, whatever its stem: `Şirkəti|nin`, `Katibi|ni`.
    mutating func endsInTurkicSuffix(_ t: Int) -> Bool {
        guard let a = analyses[t] else { return false }
        let scalars = Array(a.fold.unicodeScalars)
        return rules.suffixes.contains { suffix in
            suffix.count >= 2 && scalars.count - suffix.count >= 3 && scalars[(scalars.count - suffix.count)...].elementsEqual(suffix)
        }
    }

    /// Whether word `t`, a town or village the lists know, is the surname of the given name
    /// right before it (`Sevda Ilıcak`, `Tural Sadıqlı`): surnames are often the names of small
    /// places, and a person named by given name and place is far likelier than a given name
    /// followed by a village. A place of 100,000 people or more, a place cue after the word,
    /// or a context model that reads the two words as anything but a person (`Cihan Batman'a
    /// taşındı`, where the suffix says where he moved) keeps the place, except a town of the
    /// wider world that the model knows only from the same lists.
    mutating func isSurnameAfterGivenName(_ t: Int, piece: Range<Int>) -> Bool {
        // A word the lists hold only as another spelling of a town of the wider world, reached
        // by its sound (`Брод` for India's Erode), is weak evidence of a place, however large.
        guard t > piece.lowerBound, let a = analyses[t], let entry = a.entry, entry.isPlace, !entry.isGiven,
              !entry.isLargePlace || (entry.isWorldOnly && !a.flags.isPlaceSpelling),
              // A given name that is also a place the lists do not spell so (`Мария`, `Алла`) is the given name.
              // Or a word no list holds as a name that a title makes one (`президент США Барак
              // Обама`: `Барак` is a word, `Обама` a town of the wider world by its sound).
              let given = analyses[t - 1], given.entry?.isGiven == true || (given.entry == nil && !given.isAllCaps && hasTitleBefore(t - 1)),
              given.entry?.isPlace != true || !given.flags.isPlaceSpelling,
              !(given.flags.isCommon && isSentenceStart(t - 1)), gapIsSingleSpace(t - 1, t), !a.isExcluded,
              placeMatch(at: t, limit: piece.upperBound) == t + 1 else { return false }
        if let next = nextWordFold(after: t), startsWithCue(next, .placeCues, line: t) { return false }
        let reading = modelKind(of: (t - 1)..<(t + 1))
        let hasSuffix = a.spanLength < Int(tokens[t].end - tokens[t].start)
        // A small town of the wider world that no list of the text's countries holds (`Бут`,
        // `Брод`: other spellings of towns in Congo and India) is a surname here whatever the
        // model reads: its reading of a place rests on the same list.
        if entry.isWorldOnly && !hasSuffix && reading != .organization { return true }
        // `Ayşe Kaya'nın`, `Şener Şen'i`: a genitive, accusative or `with` after an apostrophe
        // is a surname's far more often than a small place's (`Ahmet Kaya'da` stays open).
        if hasSuffix, reading != .organization, let suffix = suffixAfterApostrophe(t), rules.personCaseSuffixes.contains(suffix) {
            return true
        }
        return reading == .person || (reading == nil && !hasSuffix)
    }

    /// The folded letters after the apostrophe of word `t` (`nın` of `Kaya'nın`), nil when the
    /// word has no suffix after an apostrophe.
    mutating func suffixAfterApostrophe(_ t: Int) -> String? {
        guard let a = analyses[t] else { return nil }
        let start = Int(tokens[t].start) + a.spanLength, end = Int(tokens[t].end)
        guard start + 1 < end, [0x27, 0x2019, 0x02BC].contains(units[start]) else { return nil }
        return NameKey.fold(String(decoding: UnsafeBufferPointer(rebasing: units[(start + 1)..<end]), as: UTF16.self))
    }

    /// A place type right after the words (`… kəndi`, `… rayonunda`, `… ilçesi`, `… district`)
    /// or right before them (`село …`, `г. …`, `village of …`); inflected forms count.
    mutating func hasPlaceCue(around range: Range<Int>) -> Bool {
        if hasPlaceCueAfter(range) { return true }
        if let before = wordBefore(range.lowerBound, maxGap: 2) {
            let word = foldToken(before)
            if rules.placeCuesBefore.contains(word) { return true }
            if rules.ofWords.contains(word), before > 0, rules.placeCuesBefore.contains(foldToken(before - 1) + " " + word) { return true }
        }
        return false
    }

    /// A place type right after the words (`… kəndi`, `… rayonunda`), inflected forms count.
    mutating func hasPlaceCueAfter(_ range: Range<Int>) -> Bool {
        guard let next = nextWordFold(after: range.upperBound - 1) else { return false }
        return startsWithCue(next, .placeCues, line: range.upperBound - 1)
    }

    /// Whether `range` is one Cyrillic word with an adjective's ending (`names.adjective-endings`)
    /// right before a place type that is part of the name (`Тарвинской области`,
    /// `Велеградскому бульвару`): a place, whatever title stands before it.
    mutating func isAdjectiveBeforePlaceType(_ range: Range<Int>) -> Bool {
        guard range.count == 1, !rules.adjectiveEndings.isEmpty, let a = analyses[range.lowerBound], a.isCyrillic, !a.isAllCaps,
              rules.hasAdjectiveEnding(a.fold, stem: 3) else { return false }
        return placeTypeEnd(after: range.lowerBound) != nil
    }

    /// The lower-case Russian word after word `t` of a place or organization when `t` is a
    /// capitalized adjective with no surname shape (`names.adjective-endings`): a Russian name of the form adjective and noun
    /// capitalizes the adjective alone (`Белом доме`, `Старом городе`, `Кремниевой долиной`),
    /// and the adjective needs its noun. The noun must have four letters or more (no `и`, `в`).
    mutating func russianNounAfterAdjective(_ t: Int) -> Int? {
        guard !rules.adjectiveEndings.isEmpty, t + 1 < tokens.count, let a = analyses[t],
              !a.surnameShape, !a.patronymicShape, !a.isAllCaps, analyses[t + 1] == nil else { return nil }
        let first = units[Int(tokens[t].start)]
        guard first >= 0x400 && first <= 0x4FF else { return nil }
        let gap = gapUnits(t, t + 1)
        guard gap.count == 1, gap[0] == 0x20 || gap[0] == 0xA0 else { return nil }
        let next = tokens[t + 1]
        guard next.end - next.start >= 4,
              units[Int(next.start)..<Int(next.end)].allSatisfy({ $0 >= 0x430 && $0 <= 0x44F || $0 == 0x451 }) else { return nil }
        guard rules.hasAdjectiveEnding(a.fold, stem: 3) else { return nil }
        // A verb is no noun (`С Каном говорили`: a surname and a verb): the endings of
        // `org.verb-endings` of three letters or more, as the shorter ones end nouns too
        // (`Первого канала`, `Государственного комитета`'s `комитет`).
        let word = foldToken(t + 1)
        if rules.russianVerbEndings.contains(where: { $0.unicodeScalars.count >= 3 && word.hasSuffix($0) }) { return nil }
        // The noun in the adjective's case (`Красном море`; `Рейсманом летел` is a surname and a verb).
        guard nounAgrees(with: a, at: t + 1) else { return nil }
        // A noun that only ends like an adjective takes no noun: a country (`Китая резко`), or
        // a name no ordinary word spells so, as it is (`Иерусалим получил`) or with an ending
        // that only drops letters (`Вашингтон|ом самолет`); `Старом`, `Белом` are ordinary
        // adjectives too.
        if a.isExcluded || (a.entry != nil && !a.flags.isCommon && (a.inflection == nil || a.inflection?.nominative.isEmpty == true)) {
            return nil
        }
        return t + 1
    }

    /// Whether the last letter of word `t` may end a noun in the case of adjective `a`
    /// (`places.adjective-noun-finals`: `Красном море`, not `Ратманским связаны`); true for an
    /// adjective ending the list does not hold.
    mutating func nounAgrees(with a: WordAnalysis, at t: Int) -> Bool {
        guard let agreement = rules.adjectiveNounFinals.first(where: { a.fold.hasSuffix($0.ending) }),
              let last = Unicode.Scalar(UInt32(units[Int(tokens[t].end) - 1])).map({ NameKey.fold(String($0)).unicodeScalars.first ?? $0 })
        else { return true }
        return agreement.finals.contains(last)
    }

    /// The end of place-type word `t` in a span: the word, without a suffix after an apostrophe.
    mutating func typeWordEnd(_ t: Int) -> Int {
        let end = Int(tokens[t].end)
        return (Int(tokens[t].start)..<end).first { units[$0] == 0x27 || units[$0] == 0x2019 } ?? end
    }

    /// The last of up to two place-type words (`places.name-types`, any inflected form) right after
    /// word `t`, one space apart: `округе` in `Дальневосточном федеральном округе` is reached
    /// through `федеральном` only when that is a type word too.
    /// The last word of a place's name that goes on after word `t` through a lower-case word
    /// of `places.infixes` to a capitalized word (`Newcastle upon Tyne`, `Frankfurt am Main`):
    /// not to a month, weekday, country or nationality.
    mutating func placeInfixEnd(after t: Int) -> Int? {
        guard !rules.placeInfixes.isEmpty, t + 2 < tokens.count, analyses[t + 1] == nil,
              rules.placeInfixes.contains(foldToken(t + 1)), gapIsSingleSpace(t, t + 1), gapIsSingleSpace(t + 1, t + 2),
              let a = analyses[t + 2], a.letterCount >= 2, !a.isExcluded, !a.isAllCaps || analyses[t]?.isAllCaps == true
        else { return nil }
        return t + 2
    }

    mutating func placeTypeEnd(after t: Int) -> Int? {
        var result: Int? = nil
        var k = t
        while k + 1 < tokens.count, k - t < 2 {
            let gap = gapUnits(k, k + 1)
            guard gap.count == 1, gap[0] == 0x20 || gap[0] == 0xA0 else { break }
            // A next name, not a type, unless the word is a type word as it stands (`Denizi`
            // in `Marmara Denizi` is not `Deniz`'s accusative there).
            if let a = analyses[k + 1], a.isName || a.isPlace,
               !rules.placeNameTypes.contains(String(a.fold.prefix { $0 != "'" && $0 != "\u{2019}" })) { break }
            // In Latin script a type word is the name's only when written with a capital
            // (`Marmara Denizi`, `Hudson River`, but `Xəzər dənizi`); Russian writes the type
            // of an adjectival name in lower case (`Свердловской области`).
            let first = units[Int(tokens[k + 1].start)]
            guard startsUpper(tokens[k + 1]) || (first >= 0x400 && first <= 0x4FF) else { break }
            guard startsWithCue(foldToken(k + 1), .placeNameTypes, line: k + 1) else { break }
            k += 1
            result = k
        }
        return result
    }

    /// The end of the longest phrase of up to four words from `t` that the place lists know.
    mutating func placeMatch(at t: Int, limit: Int) -> Int? {
        var best: Int? = nil
        var phrase = ""
        var end = t
        while end < limit && end - t < 4 {
            guard let a = analyses[end] else { break }
            let word = tokenString(end)
            phrase += (phrase.isEmpty ? "" : " ") + word
            if end == t {
                // A place that is also an ordinary word (`Ganja`, `Van`, `Ordu`) needs a capital
                // inside a sentence, a place cue or a case suffix; a large one only when the word
                // is its name as written, not a case form of it (`Потом` is no `Поти`).
                if a.isPlace && !a.isExcluded
                    && !(a.flags.isCommon && isSentenceStart(t) && !hasPlaceContext(t)
                         && (a.entry?.isLargePlace != true || a.inflection != nil))
                    && !(a.isPlaceBySound && isSentenceStart(t) && !hasPlaceContext(t)) {
                    best = end + 1
                }
            } else if let entry = Lexicon.name(phonetic: NameKey.phonetic(phrase)), entry.isPlace {
                best = end + 1
            }
            end += 1
        }
        return best
    }

    /// A place cue after the word or a case suffix on it: `Van ilinde`, `Vanda`.
    mutating func hasPlaceContext(_ t: Int) -> Bool {
        if let a = analyses[t], a.spanLength < Int(tokens[t].end - tokens[t].start) { return true }
        if let next = nextWordFold(after: t), rules.placeCues.contains(next) { return true }
        return false
    }

    /// Marks the words of a country name of two to four capitalized words in Latin letters as
    /// the country (`South Africa`, `Sri Lanka`, `United States`, `Güney Afrika`): kept, as a
    /// country of one word is. Read word by word, they were places of their own (`South` a
    /// town, `Sri` and `Lanka` two), and each got a town's stand-in beside the words kept.
    mutating func markLatinCountryPhrases() {
        var t = 0
        while t + 1 < tokens.count {
            defer { t += 1 }
            guard let first = analyses[t], !first.isCyrillic, !first.flags.isCountry, analyses[t + 1] != nil,
                  gapIsSingleSpace(t, t + 1) else { continue }
            for length in [4, 3, 2] where t + length <= tokens.count {
                let words = t..<(t + length)
                guard words.allSatisfy({ analyses[$0] != nil && analyses[$0]?.isCyrillic == false }),
                      (t + 1..<t + length).allSatisfy({ gapIsSingleSpace($0 - 1, $0) }) else { continue }
                let phrase = words.map { foldToken($0) }.joined(separator: " ")
                // The last word without a suffix after an apostrophe (`Güney Afrika'da`).
                let last = words.upperBound - 1, span = analyses[last]!.spanLength
                let stemmed = span < Int(tokens[last].end - tokens[last].start)
                    ? words.dropLast().map { foldToken($0) + " " }.joined()
                        + NameKey.fold(String(decoding: UnsafeBufferPointer(rebasing: units[Int(tokens[last].start)..<Int(tokens[last].start) + span]), as: UTF16.self))
                    : nil
                guard Lexicon.word(fold: phrase).isCountry || stemmed.map({ Lexicon.word(fold: $0).isCountry }) == true else { continue }
                for k in words { analyses[k]!.flags.isCountry = true }
                t += length - 1
                break
            }
        }
    }

    /// Marks the words of a Russian country name of several words, in any case, as the
    /// country (`Российской Федерации`): kept, as a country of one word is. Tried where a
    /// capitalized word with an adjective's ending comes before another capitalized word (a
    /// nationality's adjective too: `Российской`), with each word's case ending turned back into
    /// the nominative by `names.case-endings`; a plural the list does not turn back
    /// (`Соединённых Штатов`: no `ых>ые`) or a name the country list lacks is not found.
    mutating func markCountryPhrases() {
        markLatinCountryPhrases()
        guard !rules.caseEndings.isEmpty else { return }
        var t = 0
        while t + 1 < tokens.count {
            defer { t += 1 }
            guard let first = analyses[t], first.isCyrillic, !first.flags.isCountry, analyses[t + 1] != nil,
                  gapIsSingleSpace(t, t + 1), rules.hasAdjectiveEnding(first.fold) else { continue }
            for length in [3, 2] where t + length <= tokens.count {
                let words = t..<(t + length)
                guard words.dropFirst().allSatisfy({ analyses[$0] != nil }),
                      (t + 1..<t + length).allSatisfy({ gapIsSingleSpace($0 - 1, $0) }) else { continue }
                var phrases = [""]
                for k in words {
                    let forms = nominativeForms(analyses[k]!.fold)
                    phrases = phrases.flatMap { p in forms.map { p.isEmpty ? $0 : p + " " + $0 } }
                }
                guard phrases.contains(where: { Lexicon.word(fold: $0).isCountry }) else { continue }
                for k in words { analyses[k]!.flags.isCountry = true }
                t += length - 1
                break
            }
        }
    }

    /// A Russian word as written and with each case ending turned back into a nominative one.
    mutating func nominativeForms(_ fold: String) -> [String] {
        // The lists write `е` for `ё` (`Соединённые Штаты`).
        let fold = fold.unicodeScalars.contains("ё") ? fold.replacingOccurrences(of: "ё", with: "е") : fold
        var forms = [fold]
        let scalars = Array(fold.unicodeScalars)
        for (ending, nominative) in rules.caseEndings where scalars.count - ending.count >= 2
            && scalars[(scalars.count - ending.count)...].elementsEqual(ending) {
            let form = String(scalars: scalars.dropLast(ending.count)) + nominative
            if !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// Adds as places the capitalized words no list holds that stand inside an Azerbaijani or
    /// Turkish sentence with a locative suffix their vowels allow (`Varnelkada`,
    /// `Surtavidəki`, `Pelvorst'taki`): the suffix says "in", "at" or "of the one in", which
    /// a place takes and a person's name seldom does. The suffix stays outside the span. Words
    /// that a find already covers, that the lists know, ordinary words and words at a
    /// sentence's start are left alone.
    mutating func findPlacesByLocativeSuffix(into finds: inout [Find]) {
        guard !rules.locativeSuffixes.isEmpty else { return }
        // The finds' ranges, merged and sorted, made when a first word asks.
        var covered: [Range<Int>]? = nil
        for t in tokens.indices {
            guard let a = analyses[t], a.entry == nil, !a.flags.isCommon, !a.isExcluded, !a.isAllCaps, !a.isCyrillic,
                  !tokenLanguages[t].isDisjoint(with: [.azerbaijani, .turkish]), tokenLanguages[t] != .english,
                  !rules.notNames.contains(a.fold), !rules.titles.contains(a.fold) else { continue }
            let start = Int(tokens[t].start), end = Int(tokens[t].end)
            if covered == nil {
                var merged: [Range<Int>] = []
                Self.merge(finds, into: &merged)
                covered = merged
            }
            guard !Self.isCovered(start, covered!), !Self.isCovered(end - 1, covered!), !isSentenceStart(t),
                  !hasTitleBefore(t) else { continue }
            let word = String(decoding: UnsafeBufferPointer(rebasing: units[start..<end]), as: UTF16.self)
            var scalars = Array(word.unicodeScalars)
            var stemCut = 0  // scalars of the suffix, apostrophe included
            // The suffix lists are kept folded (`dakı` as `daki`): matched on the folded word,
            // their vowels checked on the word as written.
            if let apostrophe = scalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }), apostrophe >= 3 {
                let suffix = NameKey.fold(String(scalars: scalars[(apostrophe + 1)...]))
                guard rules.locativeSuffixes.contains(suffix) else { continue }
                stemCut = scalars.count - apostrophe
                scalars = Array(scalars[..<apostrophe])
            } else {
                let folded = NameKey.foldScalars(scalars)
                guard folded.count == scalars.count else { continue }
                let foldedWord = String(scalars: folded)
                // A possessive before the suffix (`Respublika|sı|nda`, `Tərkib|i|ndə`) makes the
                // word an ordinary noun of a longer name.
                if rules.possessiveOnlySuffixes.contains(where: { foldedWord.hasSuffix($0) }) { continue }
                guard let suffix = rules.locativeSuffixes.first(where: { foldedWord.hasSuffix($0) && folded.count - $0.unicodeScalars.count >= 3 })
                else { continue }
                let count = suffix.unicodeScalars.count
                let ending = WordAnalysis.turkicLowercased(scalars.suffix(count))
                let stem = WordAnalysis.turkicLowercased(scalars.dropLast(count))
                guard SuffixHarmony.fit(ending, after: stem, azerbaijani: true) == ending
                        || SuffixHarmony.fit(ending, after: stem, azerbaijani: false) == ending else { continue }
                stemCut = count
                scalars = Array(scalars.dropLast(count))
            }
            guard scalars.count >= 3, stemCut > 0 else { continue }
            // A month, country or ordinary word with its suffix (`Ağustos'ta`, `Avropada`) is that word.
            let stemFlags = Lexicon.word(fold: NameKey.fold(String(scalars: scalars)), in: tokenLanguages[t])
            if stemFlags.excludes || stemFlags.isCommon { continue }
            let stemUnits = String(scalars: scalars).utf16.count
            finds.append(Find(start: start, end: start + stemUnits, rule: locationRule, keys: [NameKey.phonetic(String(scalars: scalars))]))
        }
    }

    /// Adds as places the capitalized words no list holds that stand in one list with a place
    /// found already (`Hirkan, Altıağac, Şahdağ`, `Mati, Vyosa və Semani kimi çayları`,
    /// `Tarvel, Bristol and Leeds`): the items of a list are of one kind, and a word no list
    /// knows has nothing else to say what it is. Items are joined by `, `, by one of
    /// `countries.joining-words` between single spaces, or by a slash (`Bakırköy / İstanbul`);
    /// the kind spreads item to item, both ways.
    /// Words that a find covers, listed names, ordinary words, capitals and a sentence's first
    /// word are left alone.
    mutating func findPlacesListedWithPlaces(into finds: inout [Find]) {
        // The last item of a list before `kimi çayları` (`places.list-cues`, `places.plural-types`)
        // is a place too, whatever the other items are.
        var typedListEnds: [Int] = []
        if !rules.placeListCues.isEmpty {
            // A word of a cue's length after a capitalized word, before any word is folded.
            for k in tokens.indices.dropFirst().dropLast() where analyses[k] == nil && analyses[k - 1] != nil
                && rules.placeListCueLengths.contains(Int(tokens[k].end - tokens[k].start))
                && rules.placeListCues.contains(foldToken(k))
                && analyses[k + 1] == nil && rules.placePluralTypes.contains(foldToken(k + 1))
                && gapIsSingleSpace(k - 1, k) && gapIsSingleSpace(k, k + 1) {
                typedListEnds.append(k - 1)
            }
        }
        guard !typedListEnds.isEmpty || finds.contains(where: { $0.rule == locationRule }) else { return }
        // Per word: covered by any find, and by a place.
        var covered = [Bool](repeating: false, count: tokens.count)
        var place = covered
        for find in finds {
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(tokens[mid].end) <= find.start { lo = mid + 1 } else { hi = mid }
            }
            var t = lo
            while t < tokens.count, Int(tokens[t].start) < find.end {
                covered[t] = true
                if find.rule == locationRule { place[t] = true }
                t += 1
            }
        }
        func isCandidate(_ t: Int) -> Bool {
            guard !covered[t], let a = analyses[t], a.entry == nil, !a.flags.isCommon, !a.isExcluded, !a.isAllCaps,
                  a.letterCount >= 3, !rules.notNames.contains(a.fold), !rules.titles.contains(a.fold) else { return false }
            return !isSentenceStart(t)
        }
        // The word of the item next to word `t` on side `step` (-1 or +1), if a list joins them.
        func neighbour(_ t: Int, _ step: Int) -> Int? {
            let (a, b) = step < 0 ? (t - 1, t) : (t, t + 1)
            guard a >= 0, b < tokens.count else { return nil }
            let gap = gapUnits(a, b)
            if gap.count == 2 && gap[0] == 0x2C && gap[1] == 0x20 { return t + step }
            // A district and its province parted by a slash (`Bakırköy / İstanbul`, `İl / İlçe:
            // Trabzon / Ortahisar`), as addresses write them.
            if gap.elementsEqual([0x2F]) || gap.elementsEqual([0x20, 0x2F, 0x20]) { return t + step }
            let k = t + step
            guard gap.count == 1, gap[0] == 0x20, k > 0, k + 1 < tokens.count, analyses[k] == nil,
                  rules.countryJoiningWords.contains(foldToken(k)) else { return nil }
            let (c, d) = step < 0 ? (k - 1, k) : (k, k + 1)
            let other = gapUnits(c, d)
            return other.count == 1 && other[0] == 0x20 ? k + step : nil
        }
        var added: [Int] = []
        // A typed list's items are places: each item of one word, from the last back to the
        // first, taken as a place, or turned into one where it was read as a person
        // (`Drevan, Kolvira və Semalo kimi çayları`).
        for end in typedListEnds {
            var t = end
            while true {
                let start = Int(tokens[t].start), wordEnd = Int(tokens[t].end)
                if let i = finds.firstIndex(where: { $0.rule == personRule && $0.start == start && $0.end <= wordEnd }) {
                    finds[i].rule = locationRule
                    place[t] = true
                } else if isCandidate(t) {
                    place[t] = true
                    covered[t] = true
                    added.append(t)
                } else if !place[t] {
                    break
                }
                guard let n = neighbour(t, -1) else { break }
                t = n
            }
        }
        for direction in [1, -1] {
            var t = direction > 0 ? 0 : tokens.count - 1
            while t >= 0 && t < tokens.count {
                defer { t += direction }
                guard isCandidate(t), let n = neighbour(t, -direction), place[n] else { continue }
                place[t] = true
                covered[t] = true
                added.append(t)
            }
        }
        for t in added {
            let start = Int(tokens[t].start), length = analyses[t]!.spanLength
            let stem = String(decoding: UnsafeBufferPointer(rebasing: units[start..<(start + length)]), as: UTF16.self)
            finds.append(Find(start: start, end: start + length, rule: locationRule, keys: [NameKey.phonetic(stem)]))
        }
    }

    /// Widens each place that ends in a Russian place type taking genitive words
    /// (`places.genitive-heads`: `Дворце`, `доме`) through those words, as an organization's
    /// head is (``russianNameTail(after:)``): `Дворце молодёжи`, `Центральном доме литераторов`.
    /// Not into another find.
    mutating func extendPlacesThroughGenitive(_ finds: inout [Find]) {
        guard !rules.placeGenitiveHeads.isEmpty else { return }
        for i in finds.indices where finds[i].rule == locationRule {
            let lo = firstToken(startingAtOrAfter: finds[i].end)
            let last = lo - 1
            guard last >= 0, Int(tokens[last].end) == finds[i].end, rules.placeGenitiveHeads.contains(foldToken(last)) else { continue }
            let tail = russianNameTail(after: last)
            guard tail > last else { continue }
            let end = Int(tokens[tail].end)
            if finds.contains(where: { $0.start < end && finds[i].end <= $0.start }) { continue }
            finds[i].end = end
        }
    }

    /// Adds as places the capitalized words inside an Azerbaijani or Turkish sentence right
    /// before a lower-case type of natural place (`places.natural-types`, any suffixed form): the
    /// ordinary word names the place (`Şimal dənizi`, `Qara dənizdə`): a compass word, a colour
    /// (a word no list holds is read by the other passes; `Telegram kanalında` is a channel). The lower-case type stays outside, as after a listed place (`Xəzər
    /// dənizində`). Words a find covers, countries, nationalities and a sentence's first word
    /// are left alone.
    mutating func findPlacesBeforeNameTypes(into finds: inout [Find]) {
        var covered: [Range<Int>]? = nil
        for t in tokens.indices where t + 1 < tokens.count {
            guard let a = analyses[t], analyses[t + 1] == nil, !a.isAllCaps, a.letterCount >= 3, !a.flags.isCountry,
                  a.flags.isCommon || rules.notNames.contains(a.fold),
                  !a.flags.isNationality, !a.flags.isCalendar, !tokenLanguages[t].isDisjoint(with: [.azerbaijani, .turkish]),
                  tokenLanguages[t] != .english, gapIsSingleSpace(t, t + 1), !isSentenceStart(t),
                  isNaturalPlaceType(foldToken(t + 1)) else { continue }
            if covered == nil {
                covered = finds.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
            }
            let start = Int(tokens[t].start)
            guard !covered!.contains(where: { $0.overlaps(start..<Int(tokens[t].end)) }) else { continue }
            let stem = String(decoding: UnsafeBufferPointer(rebasing: units[start..<(start + a.spanLength)]), as: UTF16.self)
            finds.append(Find(start: start, end: start + a.spanLength, rule: locationRule, keys: [NameKey.phonetic(stem)]))
        }
    }

    /// Whether `fold` is a type of natural place (`places.natural-types`: `dəniz`, `gölü`) with
    /// up to five letters of suffix after it (`dənizindən`).
    mutating func isNaturalPlaceType(_ fold: String) -> Bool {
        let count = fold.unicodeScalars.count
        return rules.placeNaturalTypes.contains { fold.hasPrefix($0) && count - $0.unicodeScalars.count <= 5 }
    }
}
