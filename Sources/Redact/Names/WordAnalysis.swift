import RedactRules

/// A capitalized word as the name detector sees it, computed once per distinct word.
struct WordAnalysis: Sendable {
    /// Exact key of the whole word.
    var fold: String
    var flags: WordFlags
    /// What the lists say about the word's name form (after suffixes and endings), if anything.
    var entry: LexiconEntry?
    /// UTF-16 length of the part a span covers: the whole word, or the stem before an
    /// Azerbaijani or Turkish case suffix (`Şəki|də`, `İzmir|'de`).
    var spanLength: Int
    /// Phonetic keys of the word's name forms: its stem, and its nominative for a Russian
    /// inflected form. Later mentions are linked by these.
    var keys: [String]
    var surnameShape = false
    var weakSurnameShape = false
    var patronymicShape = false
    var isAllCaps = false
    var letterCount = 0
    /// A Russian case ending the word was read with, and the nominative ending it replaces
    /// (`Анной`: `ой` for `а`): a stand-in takes the same ending.
    var inflection: (ending: String, nominative: String)? = nil
    /// The entry is only towns of the wider world or subdivisions, reached by the phonetic key,
    /// not by a spelling of the lists.
    var isPlaceBySound = false
    /// The word is a one-word organization designator (`NameRules.orgDesignatorWords`), looked
    /// up once per distinct word rather than per run.
    var isOrgDesignator = false
    /// The word has a Cyrillic letter: only such words start a Russian organization phrase.
    var isCyrillic = false
    /// The word ends in one of `org.word-endings` after three letters or more (`Kartalspor`).
    var endsInOrgWord = false
    /// When the word is a designator with an Azerbaijani or Turkish case suffix
    /// (``WordAnalysis/designatorStem(_:rules:turkic:)``), the suffix's length in letters; else 0.
    /// Worked out once per word; a length, not the stem, keeps the cached analyses small.
    var designatorSuffixLength: Int8 = 0
    /// What the word itself tells the context model (``evidence(of:wordLength:rules:)``).
    var evidence: UInt32 = 0
    /// The whole word is an ordinary word's case form and also a listed name or place with an
    /// Azerbaijani or Turkish case suffix (`Romanın`): the name inside a sentence, the
    /// ordinary word at a sentence's start (``NameReading/isOrdinary(_:at:run:)``).
    var suffixedOrdinary = false

    /// Ordinary text that is never a name by itself.
    var isExcluded: Bool { flags.excludes }
    var isName: Bool { entry?.isName == true || surnameShape || patronymicShape }
    var isPlace: Bool { entry?.isPlace == true }
}

extension NameReading {
    /// What word `t` is, worked out once per distinct word and line languages for every text
    /// the detector reads (``WordAnalysis/analyze(_:rules:languages:)``).
    mutating func analyze(_ t: Int) -> WordAnalysis {
        let token = tokens[t]
        let slice = UnsafeBufferPointer(rebasing: units[Int(token.start)..<Int(token.end)])
        var key: [UInt16] = []
        key.reserveCapacity(slice.count + 1)
        key.append(contentsOf: slice)
        key.append(UInt16(languages.rawValue))  // one analysis per word and line languages
        let wordKey = NameDetector.WordKey(units: key)
        if let hit = detector.cache.value(for: wordKey) { return hit }
        let analysis = WordAnalysis.analyze(String(decoding: slice, as: UTF16.self), rules: rules, languages: languages)
        detector.cache.store(analysis, for: wordKey)
        return analysis
    }
}

/// Word analysis, the service the detector, the linker and the stand-ins share: what the lists,
/// suffixes, endings and shapes say about one capitalized word.
extension WordAnalysis {

    /// What a capitalized word is: looked up whole, then without an apostrophe suffix, an
    /// Azerbaijani/Turkish case suffix, or with a Russian case ending turned back to the nominative.
    static func analyze(_ word: String, rules: NameRules, languages: TextLanguages = .all) -> WordAnalysis {
        let fold = NameKey.fold(word)
        var scalars = Array(word.unicodeScalars)
        var stemUTF16 = word.utf16.count
        // `İzmir'de`, `Ayşe’nin`: the suffix after an apostrophe is not part of the name.
        if let apostrophe = scalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" }), apostrophe >= 2 {
            scalars = Array(scalars[..<apostrophe])
            stemUTF16 = String(scalars: scalars).utf16.count
        }
        let stem = String(scalars: scalars)
        // The case suffixes the stem's vowels allow, worked out at most once per word: three
        // tests below read them.
        var knownSuffixLengths: [Int]? = nil
        func suffixLengths() -> [Int] {
            if let knownSuffixLengths { return knownSuffixLengths }
            let lengths = Self.caseSuffixLengths(scalars, rules: rules)
            knownSuffixLengths = lengths
            return lengths
        }
        var analysis = WordAnalysis(fold: fold, flags: Lexicon.word(fold: fold, in: languages), entry: nil, spanLength: stemUTF16, keys: [])
        // An abbreviation with dots inside (`U.S`, `U.K`: the word ends before its last dot,
        // which the text may use to end a sentence too) is looked up with that dot, as the
        // lists write it: `U.S.` is a country, kept, not a town (`VESOUL`) or the initials of a
        // person (`U.S. Treasury` as `Z.A. Perry`).
        if !analysis.flags.excludes, fold.unicodeScalars.count >= 3, fold.unicodeScalars.contains("."), !fold.hasSuffix(".") {
            let dotted = Lexicon.word(fold: fold + ".", in: languages)
            if dotted.excludes { analysis.flags = dotted }
        }
        // A country, month or nationality before an apostrophe suffix (`Almanya'da`, `Ekim'de`)
        // is that word: never a name, and kept.
        if stemUTF16 < word.utf16.count {
            let stemFlags = Lexicon.word(fold: NameKey.fold(stem), in: languages)
            if stemFlags.excludes {
                analysis.flags.isCalendar = stemFlags.isCalendar
                analysis.flags.isCountry = stemFlags.isCountry
                analysis.flags.isNationality = stemFlags.isNationality
            }
        }
        analysis.letterCount = scalars.filter { ScalarTraits.isAlphabetic($0) }.count
        analysis.isAllCaps = analysis.letterCount > 1 && scalars.allSatisfy { !ScalarTraits.isLowercase($0) }
        // A country, month or nationality with an Azerbaijani or Turkish case suffix and no
        // apostrophe (`Kanadanın`, `İyunda`, `Almaniyada`) is that word: never a name, and kept.
        if !analysis.flags.excludes, stemUTF16 == word.utf16.count, !languages.isDisjoint(with: [.azerbaijani, .turkish]),
           !scalars.contains(where: { $0.value >= 0x400 && $0.value <= 0x4FF }) {
            // The suffix must fit the stem's vowels (`Kanada|nın`; an English line's `Indiana`
            // is no `India|na`).
            let lengths = suffixLengths()
            for length in lengths {
                let flags = Lexicon.word(fold: NameKey.fold(String(scalars: scalars.dropLast(length))), in: languages)
                guard flags.excludes else { continue }
                analysis.flags.isCalendar = flags.isCalendar
                analysis.flags.isCountry = flags.isCountry
                analysis.flags.isNationality = flags.isNationality
                break
            }
            // A country's demonym, alone or with a plural or case suffix (`Kanadalı`,
            // `Danimarkalılar`, `Hollandalıya`): a nationality, no surname in `-lı`.
            if !analysis.flags.excludes, isCountryDemonym(scalars, suffixLengths: lengths, rules: rules, languages: languages) {
                analysis.flags.isNationality = true
            }
        }
        let stemKey = NameKey.phonetic(stem)
        let isCyrillic = scalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF }
        // A Russian country or month in a case form (`России`, `Францию`, `марта`) is that word:
        // never a name, and kept. Its case ending turned back into the nominative one finds it.
        if isCyrillic, !analysis.flags.excludes, stemUTF16 == word.utf16.count {
            let lower = NameKey.foldScalars(scalars)
            for (ending, nominative) in rules.caseEndings where lower.count - ending.count >= 3
                && lower[(lower.count - ending.count)...].elementsEqual(ending) {
                let base = String(scalars: lower.dropLast(ending.count)) + nominative
                let flags = Lexicon.word(fold: base, in: languages)
                guard flags.isCountry || flags.isCalendar else { continue }
                analysis.flags.isCountry = flags.isCountry
                analysis.flags.isCalendar = flags.isCalendar
                break
            }
        }
        // A town of the wider world (`w`) found by its key alone, not as the lists spell it
        // (`Praqa`, but also `Более`, `Hesab`): `placeMatch` wants more than a sentence's first
        // capital for it.
        var placeBySound = false
        func acceptable(_ entry: LexiconEntry, _ form: String) -> Bool {
            placeBySound = entry.isWorldOnly && !entry.isName && !Lexicon.word(fold: NameKey.fold(form)).isPlaceSpelling
            return true
        }
        // Whether the word, which the lists do not spell so, is a place they spell exactly (four
        // letters or more) and an Azerbaijani or Turkish case suffix the stem's vowels allow,
        // in a line that may be either: then the word is that place and suffix (`Şəki|də`),
        // though the whole word sounds like some listed name (`Sakida`). Not in capitals
        // (`NASA` is no `NAS|A`), and not for a name's stem, which would cut names that
        // merely end like a suffix (`Popeye`).
        func isSuffixedSpelling() -> Bool {
            guard !analysis.flags.isNameSpelling, !analysis.flags.isPlaceSpelling, !analysis.isAllCaps,
                  stemUTF16 == word.utf16.count, !languages.isDisjoint(with: [.azerbaijani, .turkish]) else { return false }
            for length in suffixLengths() {
                let base = String(scalars: scalars.dropLast(length))
                let flags = Lexicon.word(fold: NameKey.fold(base), in: languages)
                if flags.isPlaceSpelling, base.unicodeScalars.count >= 4, Lexicon.name(phonetic: NameKey.phonetic(base)) != nil { return true }
            }
            return false
        }
        // The forms tried, with the Russian case ending each was read with, for the shape checks.
        var nominatives: [(form: String, inflection: (ending: String, nominative: String)?)] = [(NameKey.fold(stem), nil)]
        if isCyrillic {
            // Russian: an oblique case ending that turns back into a nominative one (`Анной` →
            // `Анна`, `Москве` → `Москва`, `Казани` → `Казань`) is tried before the word as it
            // is, because the phonetic key alone would take `Москве` for `Москва` and lose the
            // ending its stand-in must take; endings that only drop letters (`Петровым` →
            // `Петров`) come after it.
            let lower = NameKey.foldScalars(scalars)
            func tryEndings(replacing: Bool) -> Bool {
                // A nominative the lists spell first (`Андрею`: `Андрей` + `ю`, not `Андря` +
                // `ею`, which only sounds like a listed `Andrea`), then one that sounds listed.
                for spelledOnly in replacing ? [true, false] : [false] {
                    for (ending, nominative) in rules.caseEndings where lower.count - ending.count >= 2 && nominative.isEmpty != replacing {
                        guard lower.count >= ending.count, lower[(lower.count - ending.count)...].elementsEqual(ending) else { continue }
                        let base = String(scalars: lower.dropLast(ending.count)) + nominative
                        if spelledOnly {
                            let flags = Lexicon.word(fold: base)
                            guard flags.isNameSpelling || flags.isPlaceSpelling else { continue }
                        }
                        let inflection = (ending: String(scalars: ending), nominative: nominative)
                        if !nominatives.contains(where: { $0.form == base }) { nominatives.append((base, inflection)) }
                        let key = NameKey.phonetic(base)
                        if let entry = Lexicon.name(phonetic: key), acceptable(entry, base) {
                            analysis.entry = entry
                            analysis.keys = [key]
                            analysis.inflection = inflection
                            return true
                        }
                    }
                }
                return false
            }
            /// A given name or surname the word is a case form of by an ending that only drops
            /// letters, spelled so by the name lists (`Егора` → `Егор`).
            func nameByDroppedEnding() -> (base: String, key: String, entry: LexiconEntry, ending: String)? {
                for (ending, nominative) in rules.caseEndings where nominative.isEmpty && lower.count - ending.count >= 2 {
                    guard lower[(lower.count - ending.count)...].elementsEqual(ending) else { continue }
                    let base = String(scalars: lower.dropLast(ending.count))
                    guard Lexicon.word(fold: base).isNameSpelling else { continue }
                    let key = NameKey.phonetic(base)
                    if let entry = Lexicon.name(phonetic: key), entry.isName { return (base, key, entry, String(scalars: ending)) }
                }
                return nil
            }
            /// A place no list spells as `form`, which the word only sounds like, gives way to a
            /// name the lists spell that the word is a case form of (`Егора`, the genitive of
            /// `Егор`, sounds like a town `Akora`; `Егору` read as a dative of `Егора` too).
            /// A given name only the wider world's list holds (`W`) counts for nothing here: it
            /// takes no case form from a name the lists spell (`Виктором` is `Виктор`, not a
            /// `Викторий` that sounds like a listed one).
            func takeNameOverPlace(_ entry: LexiconEntry, spelled form: String) -> Bool {
                let isName = entry.isSurname || entry.isPatronymic || (entry.isGiven && !entry.isWorldGiven)
                guard !isName, !Lexicon.word(fold: form).isPlaceSpelling, let name = nameByDroppedEnding() else { return false }
                nominatives.append((name.base, (ending: name.ending, nominative: "")))
                analysis.entry = name.entry
                analysis.keys = [name.key]
                analysis.inflection = (ending: name.ending, nominative: "")
                placeBySound = false
                return true
            }
            // A name the lists spell exactly as written is in its nominative: `Андрей` and
            // `Сергей` are no instrumental of a `Андря` or `Сергя` that only sounds like a
            // listed `Andrea` (and would link them to women's names).
            // The word as written: looked up once, for both readings.
            let stemFold = nominatives[0].form
            let asWritten = Lexicon.name(phonetic: stemKey).flatMap { acceptable($0, stem) ? $0 : nil }
            let spelledName = asWritten?.isName == true && Lexicon.word(fold: stemFold).isNameSpelling
            if !spelledName, tryEndings(replacing: true) {
                if let entry = analysis.entry, let form = nominatives.last?.form { _ = takeNameOverPlace(entry, spelled: form) }
            } else {
                // `acceptable` again: it sets `placeBySound` for this entry, which an ending
                // tried in between may have set for another.
                if let entry = asWritten, acceptable(entry, stem) {
                    if !takeNameOverPlace(entry, spelled: stemFold) {
                        analysis.entry = entry
                        analysis.keys = [stemKey]
                    }
                } else {
                    _ = tryEndings(replacing: false)
                }
            }
        } else if let entry = Lexicon.name(phonetic: stemKey), !isSuffixedSpelling(), acceptable(entry, stem) {
            analysis.entry = entry
            analysis.keys = [stemKey]
        } else {
            // A stem the lists spell exactly so wins over a longer suffix whose stem only sounds
            // like a name (`Brüssel|ə`, not `Brüsse|lə`); then the phonetic key.
            var bases: [(base: String, key: String)] = []
            // Turkic case suffixes only in a line that may be Azerbaijani or Turkish: an English
            // line's `Sabatini` is no `Sabatin|i`.
            let turkicLine = !languages.isDisjoint(with: [.azerbaijani, .turkish])
            for length in turkicLine ? suffixLengths() : [] {
                let base = String(scalars: scalars.dropLast(length))
                nominatives.append((NameKey.fold(base), nil))
                bases.append((base, NameKey.phonetic(base)))
            }
            let spelled = bases.first { base in
                let flags = Lexicon.word(fold: NameKey.fold(base.base), in: languages)
                return (flags.isPlaceSpelling || flags.isNameSpelling) && Lexicon.name(phonetic: base.key) != nil
            }
            for (base, key) in spelled.map({ [$0] }) ?? bases {
                // A stem that only sounds like a place is no place (`Zerbek|i`, `Tarlan|ı` are
                // surnames): places are taken by a suffix only as the lists spell them.
                if let entry = Lexicon.name(phonetic: key), spelled != nil || entry.isName, acceptable(entry, base) {
                    analysis.entry = entry
                    analysis.keys = [key]
                    analysis.spanLength = base.utf16.count
                    break
                }
            }
        }
        analysis.isPlaceBySound = analysis.entry != nil && placeBySound
        analysis.isOrgDesignator = rules.orgDesignatorWords.contains(fold)
        analysis.isCyrillic = isCyrillic
        if !rules.orgWordEndings.isEmpty {
            let stemFold = NameKey.foldScalars(scalars)
            analysis.endsInOrgWord = rules.orgWordEndings.contains { ending in
                stemFold.count - ending.count >= 3 && stemFold[(stemFold.count - ending.count)...].elementsEqual(ending)
            }
        }
        analysis.designatorSuffixLength = Int8(clamping: WordAnalysis.designatorStem(fold, rules: rules, turkic: !languages.isDisjoint(with: [.azerbaijani, .turkish]))?.suffixLength ?? 0)
        if analysis.keys.isEmpty { analysis.keys = [stemKey] }
        // Shapes: surname and patronymic endings on any of the forms tried.
        for (form, inflection) in nominatives {
            let formScalars = Array(form.unicodeScalars)
            let count = formScalars.count
            func ends(_ endings: [[Unicode.Scalar]], stem: Int) -> Bool {
                endings.contains { count >= $0.count + stem && formScalars[(count - $0.count)...].elementsEqual($0) }
            }
            if ends(rules.patronymicEndings, stem: 2) {
                analysis.patronymicShape = true
            } else if ends(rules.surnameEndings, stem: 3) {
                analysis.surnameShape = true
            } else if ends(rules.weakSurnameEndings, stem: 3) {
                analysis.weakSurnameShape = true
            }
            if (analysis.surnameShape || analysis.patronymicShape) && analysis.entry == nil && form != nominatives[0].form {
                analysis.keys = [NameKey.phonetic(form)]
                if isCyrillic {
                    // An unknown surname in a case form: the stand-in takes the same ending.
                    analysis.inflection = inflection
                } else {
                    // An unknown surname with a case suffix: the span stops before the suffix.
                    analysis.spanLength = stemUTF16 - (nominatives[0].form.unicodeScalars.count - count)
                }
                break
            }
            if analysis.surnameShape || analysis.patronymicShape { break }
        }
        // An ordinary word with a suffix (`Pulu`: money) is no name because its stem sounds like
        // one: a stem found only by its phonetic key must be spelled as the lists spell it.
        if analysis.entry != nil, analysis.spanLength < stemUTF16, !isCyrillic {
            let stem = String(decoding: Array(word.utf16.prefix(analysis.spanLength)), as: UTF16.self)
            let stemFlags = Lexicon.word(fold: NameKey.fold(stem), in: languages)
            let stemIsSpelled = stemFlags.isNameSpelling || stemFlags.isPlaceSpelling
            var wholeIsWord = analysis.flags.isCommon && !analysis.flags.isNameSpelling && !analysis.flags.isPlaceSpelling
            // Azerbaijani writes a name's case suffix with no apostrophe, so in a line that
            // writes `ə` a word both an ordinary word's case form and a listed name's with a
            // suffix its vowels allow (`Romanın`: a novel's, and Rome's) keeps the name:
            // capitalized inside a sentence it is the name, and at a sentence's start
            // `isOrdinary` reads it as the word (`suffixedOrdinary`). Turkish writes the
            // apostrophe (`Roma'nın`), and its capitalized ordinary words (`Dünyanın`, `Kadını`
            // in titles and at the starts of unpunctuated sentences) stay words.
            // Its key stays the whole word's: a mention of the name elsewhere links no sentence
            // this ordinary word opens (`Dünyanın` after a `Dünya` read as a person).
            if wholeIsWord, stemIsSpelled, languages.contains(.schwa) {
                wholeIsWord = false
                analysis.suffixedOrdinary = true
                analysis.keys = [stemKey]
            }
            if wholeIsWord || (stemFlags.isCommon && !stemIsSpelled) {
                analysis.entry = nil
                analysis.spanLength = stemUTF16
                analysis.keys = [stemKey]
            }
        }
        // An ordinary word that only sounds like a name (`Then` like `Tan`) is no name: the
        // phonetic key links spellings of names, it does not make words into names.
        if analysis.flags.isCommon, var entry = analysis.entry, analysis.spanLength == word.utf16.count, analysis.inflection == nil {
            if !analysis.flags.isNameSpelling {
                entry.isGiven = false; entry.isMaleGiven = false; entry.isFemaleGiven = false
                entry.isSurname = false; entry.isPatronymic = false
            }
            if !analysis.flags.isPlaceSpelling { entry.isPlace = false; entry.isLargePlace = false }
            analysis.entry = entry.isName || entry.isPlace ? entry : nil
        }
        // A given name only the wider world's list holds is one only as that list spells it,
        // or in Cyrillic letters, which it never spells (`Вольфганг`): its key alone would make
        // names of `Magna` (`Magne`) and `U.N.` (`Unn`). Never a country's, month's or
        // nationality's word in a case form, nor an ordinary word (`Франции` sounds like `Fränzi`),
        // nor through a case ending that replaces the nominative's (`Виктором` is no `Викторий`):
        // only as written or less an ending that drops letters (`Вольфганга`).
        if var entry = analysis.entry, entry.isWorldGiven,
           (!isCyrillic && !analysis.flags.isNameSpelling) || analysis.flags.excludes || analysis.flags.isCommon
            || analysis.inflection.map({ !$0.nominative.isEmpty }) == true {
            entry.isGiven = false; entry.isMaleGiven = false; entry.isFemaleGiven = false
            analysis.entry = entry.isName || entry.isPlace ? entry : nil
        }
        // A word the rule set says is never a name (`The`, `Police`) is an ordinary word.
        if rules.notNames.contains(fold) || rules.orgArticles.contains(fold) {
            analysis.entry = nil
            analysis.flags.isCommon = true
        }
        // So is an identifier's, a currency's or a code of law's abbreviation written in capitals
        // (`IBAN`, `SWIFT`, `VIN`, `TCK`: `org.not-acronyms`), whatever name it spells, and it
        // links no mention of one (`VIN` is not `Vin Harlow`): `Swift` and `Vin` written so stay
        // names. Only as the list's word in capitals: `Aİ` (the EU in Azerbaijani) folds to the
        // `ai` of English lists but is not `AI`.
        if analysis.isAllCaps, rules.notAcronyms.contains(fold), word == fold.uppercased() {
            analysis.entry = nil
            analysis.flags.isCommon = true
            analysis.keys = []
        }
        // An ordinary word that only looks like a surname (`Готов`, `Районов`) is not one.
        if analysis.flags.isCommon && analysis.entry == nil {
            analysis.surnameShape = false
            analysis.patronymicShape = false
        }
        if isCyrillic { analysis.keys += caseStemKeys(analysis, forms: nominatives) }
        if isCyrillic, let first = analysis.keys.first, analysis.fold.unicodeScalars.contains("ё") {
            // Russian writes `ё` as `е` as often as not: `Фёдоров` links `Федоров` by the key
            // it would have so written (the lists' keys keep the two apart).
            let plain = NameKey.standInKey(analysis.fold)
            if plain != first, !analysis.keys.contains(plain) { analysis.keys.append(plain) }
        }
        analysis.evidence = WordAnalysis.evidence(of: analysis, wordLength: word.utf16.count, rules: rules)
        return analysis
    }

    /// The keys of an unlisted Cyrillic word less a case ending that only drops letters
    /// (`Цукерберга`, `Цукербергу`: `Цукерберг`), after the word's own key: a foreign surname
    /// no list holds, met first in a case form, then links its other forms, so its later
    /// `Цукерберг` and `Цукербергу` are found and hidden too. Only for a word read as written
    /// (no ending was read off it), that no list spells and that is no ordinary word, and only
    /// stems of four letters or more that are no ordinary word either (`Слова` gives no `Слов`).
    private static func caseStemKeys(_ analysis: WordAnalysis,
                                     forms: [(form: String, inflection: (ending: String, nominative: String)?)]) -> [String] {
        guard analysis.inflection == nil, !analysis.surnameShape, !analysis.patronymicShape,
              !analysis.flags.isCommon, !analysis.flags.excludes,
              !analysis.flags.isNameSpelling, !analysis.flags.isPlaceSpelling else { return [] }
        var keys: [String] = []
        for (form, inflection) in forms.dropFirst() {
            guard let inflection, inflection.nominative.isEmpty, form.unicodeScalars.count >= 4 else { continue }
            let flags = Lexicon.word(fold: form)
            guard !flags.isCommon, !flags.excludes else { continue }
            let key = NameKey.phonetic(form)
            if !analysis.keys.contains(key), !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// `scalars` in lower case with the Turkic dotted and dotless i (`I` → `ı`, `İ` → `i`).
    /// The lengths, longest first, of the Azerbaijani and Turkish case suffixes `scalars` ends
    /// in (`names.suffixes`) that leave a stem of three letters or more, are no possessive-only
    /// suffix, and that the stem's vowels and last sound allow (`Şəki|də`, `Elçin|in`; never
    /// `Morgan|in`, `Emil|ya`, `Jakar|ta`), compared as written, not folded (`ı` stays `ı`), in
    /// lower case (`BAKIDA`, but not `OSC|E`). None for a word the folding changes in length.
    /// Whether `scalars`, less a case or plural suffix, is a country's name with one of
    /// `names.demonym-suffixes` (`Kanada|lı`, `Danimarka|lı|lar`); `suffixLengths` are the
    /// word's case suffixes (``caseSuffixLengths(_:rules:)``), worked out once by the caller.
    static func isCountryDemonym(_ scalars: [Unicode.Scalar], suffixLengths: [Int], rules: NameRules,
                                 languages: TextLanguages) -> Bool {
        guard !rules.demonymSuffixes.isEmpty else { return false }
        let lower = NameKey.foldScalars(scalars)
        guard lower.count == scalars.count else { return false }
        // Most words hold no demonym suffix in their last letters: passed over before any
        // suffix is cut or looked up.
        let tail = lower.suffix(12)
        guard rules.demonymSuffixes.contains(where: { suffix in
            tail.indices.contains { i in tail[i...].starts(with: suffix) }
        }) else { return false }
        for length in [0] + suffixLengths {
            let rest = lower.dropLast(length)
            for suffix in rules.demonymSuffixes where rest.count - suffix.count >= 3 && rest.suffix(suffix.count).elementsEqual(suffix) {
                let base = String(scalars: rest.dropLast(suffix.count))
                if Lexicon.word(fold: base, in: languages).isCountry { return true }
            }
        }
        return false
    }

    static func caseSuffixLengths(_ scalars: [Unicode.Scalar], rules: NameRules) -> [Int] {
        let lower = NameKey.foldScalars(scalars)
        guard lower.count == scalars.count else { return [] }
        var lengths: [Int] = []
        // The word in Turkic lower case, letter for letter, made at the first suffix that
        // matches; nil when a letter lowercases to more than one.
        var turkic: [Unicode.Scalar]? = nil
        var lowered = false
        for suffix in rules.suffixes where lower.count - suffix.count >= 3 && lower[(lower.count - suffix.count)...].elementsEqual(suffix) {
            if rules.possessiveOnlySuffixes.contains(String(scalars: suffix)) { continue }
            if !lowered { turkic = turkicLowercasedLetters(scalars); lowered = true }
            let ending: String, stem: String
            if let turkic {
                // The harmony reads only the stem's last vowel and last letter: the stem from
                // its last vowel on fits a suffix exactly as the whole stem does.
                let stemEnd = turkic.count - suffix.count
                var tail = stemEnd
                while tail > 0 && !SuffixHarmony.isVowel(turkic[tail - 1]) { tail -= 1 }
                ending = String(scalars: turkic[stemEnd...])
                stem = String(scalars: turkic[max(0, tail - 1)..<stemEnd])
            } else {
                ending = turkicLowercased(scalars.suffix(suffix.count))
                stem = turkicLowercased(scalars.dropLast(suffix.count))
            }
            guard SuffixHarmony.fit(ending, after: stem, azerbaijani: true) == ending
                    || SuffixHarmony.fit(ending, after: stem, azerbaijani: false) == ending else { continue }
            lengths.append(suffix.count)
        }
        return lengths
    }

    /// `scalars` in Turkic lower case, one letter for each, or nil when some letter lowercases
    /// to more than one (then ``turkicLowercased(_:)`` is the way).
    static func turkicLowercasedLetters(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for scalar in scalars {
            switch scalar {
            case "I": out.append("ı")
            case "İ": out.append("i")
            case "A"..."H", "J"..."Z": out.append(Unicode.Scalar(scalar.value + 0x20)!)
            case _ where scalar.isASCII: out.append(scalar)
            default:
                var mapped = scalar.properties.lowercaseMapping.unicodeScalars.makeIterator()
                guard let first = mapped.next(), mapped.next() == nil else { return nil }
                out.append(first)
            }
        }
        return out
    }

    static func turkicLowercased<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar {
            case "I": out.append("ı")
            case "İ": out.append("i")
            default: out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}
