import Foundation
import RedactRules

/// Realistic stand-ins for people, places, organizations and addresses.
///
/// A person's stand-in is built word by word, so that every mention of one person gets the same
/// pieces: the given name's stand-in is chosen by the given name's phonetic key, the surname's by
/// the surname's stem (`Hüseynov` and `Hüseynova` share `Hüseynov`), each through the run's key,
/// so `Elçin Hüseynov`, `Elçin`, `Mr. Huseynov` and `Гусейнову` all come out as pieces of one
/// stand-in name. Each piece is
/// - of the same family (Azerbaijani, Russian, Turkish or English names, as the word lists say
///   the original is) and spelled in the original's script (the lists are aligned across
///   spellings, see ``Transliteration``);
/// - of the same gender, with the matching surname and patronymic endings;
/// - of the same ending class (last vowel, vowel or consonant at the end), so that a case suffix
///   kept from the original still fits (`Elçin|in` → `Rəşad|ın` is avoided by choosing among
///   names ending like `Elçin`), and a Russian case ending is moved onto it (`Гусейнову` → `Петрову`);
/// - never a name found in the same run, and never the stand-in of another name in the run.
///
/// A place becomes another place of the same country that has a Latin, an ASCII and a
/// Cyrillic name, spelled in the original's script, with the same ending class; a Russian
/// place, one that declines as it does, in its case (`в Казани` → `в Рязани`, ``RussianDeclension``).
final class NameStandIn {
    private let key: RedactionKey
    private let rules: NameRules
    /// How stand-ins are chosen (which tiers of the person lists are read).
    let scheme: StandInScheme
    /// Stand-in names per family and kind (`az` `given-m`), in the family's own script.
    private var lists: StandInLists { SharedStandIns.shared.lists }
    /// ``acronymCapitals(like:random:)``'s letters of each family, found once.
    private var acronymInitialsByFamily: [String: [Unicode.Scalar]] = [:]
    /// Which original each stand-in piece was given to in this run, so no two originals share
    /// one: by 64-bit hashes of (domain, stand-in key) and of the original's key. Hashes, not
    /// strings, keep these tables small (about 30 bytes an entry) when a run meets millions of
    /// people; a collision (about 1 in 10^7 at a million entries) can only make two people
    /// share a stand-in, never show an original.
    private var owners = OwnerTable()
    /// The stand-in each original was given in this run, by a hash of (domain, original key);
    /// the values are list entries, whose storage the lists already hold.
    private var chosen: [UInt64: String] = [:]
    /// Phonetic keys of names found in this run: a stand-in must not be one of them. A key
    /// once found stays found for the life of this value (a new document makes a new one).
    var isFoundName: (String) -> Bool = { _ in false }
    /// Per list, the entries already seen to be a name found in the run: such an entry is
    /// never chosen, so it stays free, and every later choice in a used-up list would ask
    /// about it again.
    private var foundEntries: [ObjectIdentifier: FoundEntries] = [:]

    private final class FoundEntries {
        /// Held so that its identifier cannot pass to another list.
        let list: ListTraits
        var found: [Bool]
        init(list: ListTraits) {
            self.list = list
            found = Array(repeating: false, count: list.entries.count)
        }
    }
    static let ownerLimit = 196_608

    /// Phonetic keys and word analyses already made: stand-in lists are searched for every new
    /// original, so each list entry is keyed once.
    private var phoneticMemo = BoundedMemo<UTF8Key, String>(limit: NameStandIn.memoLimit)
    private var analysisMemo = BoundedMemo<UTF8Key, WordAnalysis>(limit: NameStandIn.memoLimit)
    /// The most phonetic keys and analyses held; see ``BoundedMemo`` and, for the memory
    /// budget these are part of, `docs/Memory.md`.
    static let memoLimit = 49_152
    /// How Russian place names decline by this rule set's case endings.
    private lazy var declension = RussianDeclension(rules: rules)

    /// The key a stand-in is chosen and told apart by (``NameKey/standInKey(_:)``: `ё` read
    /// as `е`), as the lexicon compiler keys the stand-in lists.
    private func phonetic(_ text: some StringProtocol) -> String {
        let string = String(text)
        if let hit = phoneticMemo.value(for: UTF8Key(string)) { return hit }
        let key = NameKey.standInKey(string)
        phoneticMemo.store(key, for: UTF8Key(string))
        return key
    }

    /// What `word` is (``WordAnalysis/analyze(_:rules:languages:)`` in any language), once per
    /// word for the stand-ins and the pseudonymizer's identities.
    func analyze(_ word: String) -> WordAnalysis {
        if let hit = analysisMemo.value(for: UTF8Key(word)) { return hit }
        let analysis = WordAnalysis.analyze(word, rules: rules)
        analysisMemo.store(analysis, for: UTF8Key(word))
        return analysis
    }

    init(key: RedactionKey, rules: NameRules, scheme: StandInScheme = .current) {
        self.key = key
        self.rules = rules
        self.scheme = scheme
    }

    /// The stand-in lists, by `FAMILY<TAB>KIND` (`az\tsurname`, `az\tsurname.2`), read from
    /// the lexicon a list at a time when first asked for: the larger pools hold about 66,000
    /// names, and a run that never uses them up never reads them.
    struct StandInLists {
        /// The style (spelling) each family's lists are kept in; other spellings are made by
        /// ``Transliteration``, aligned with these.
        static let styles = ["az": "az-Latn", "ru": "ru-Cyrl", "tr": "tr-Latn", "en": "en-Latn"]

        subscript(_ listKey: String) -> [String]? { SharedStandIns.shared.list(listKey) }

        /// The entries of one list from the lexicon, in order, with the phonetic keys of each
        /// entry's forms (worked out when the lexicon was compiled); nil when it has none.
        static func load(_ listKey: String) -> (names: [String], keys: [[String]])? {
            let parts = listKey.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let style = styles[String(parts[0])] else { return nil }
            var names: [String] = [], keys: [[String]] = []
            for (_, payload) in Lexicon.standIns.lines(withPrefix: style + ":" + parts[1] + ":") {
                let fields = payload.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                names.append(String(fields[0]))
                keys.append(fields.count == 2 ? fields[1].split(separator: "|", omittingEmptySubsequences: false).map(String.init) : [])
            }
            return names.isEmpty ? nil : (names, keys)
        }
    }

    // MARK: People

    /// What the full names of the run say about their words, by each word's part key
    /// (``partKey(_:)``): its part in the name and the person's gender, so that a word met
    /// alone later gets the stand-in of that part (`Patricia Baker`, then `Baker` or `Mrs
    /// Baker`: the surname's stand-in, in the woman's form, not a given name); and for a
    /// surname, the stand-in given names of the people who bear it, by the initial of their
    /// original given name, so that `P. Baker` gets the initial of `Patricia`'s stand-in.
    /// The first full name to give a word its part keeps it: two people of one surname share
    /// the surname's stand-in whatever their given names.
    private var parts: [String: (role: String, female: Bool)] = [:]
    /// The list family a full name of the run gave each of its words' stand-ins (``PersonPlan/family``),
    /// by part key: a word met alone, or as an initial, takes its stand-in from the same family.
    private var partFamilies: [String: String] = [:]
    private var givenByInitial: [String: [String: (word: String, nominative: String, female: Bool)]] = [:]
    /// For a surname, the patronymics (or fathers' names) of its bearers by the initials of
    /// their given name and patronymic (`аи` for `Артём Игоревич`).
    private var patronymicByInitials: [String: [String: (word: String, nominative: String, female: Bool, role: String)]] = [:]
    /// The full names already learned, as written.
    private var learnedNames: Set<String> = []
    /// Past this many words the memory of parts stops growing.
    static let partLimit = 98_304

    /// The key a word's part is remembered by: its phonetic key, the family stem for a
    /// gendered surname (`Hüseynova` and `Гусейнову` as `Hüseynov`).
    private func partKey(_ nominative: String) -> String {
        self.phonetic(Self.femaleByEnding(nominative) == true ? Self.masculine(nominative) : nominative)
    }

    /// One person's name as written, read into its words' parts.
    private struct PersonPlan {
        var words: [(text: String, isWord: Bool)]
        var analyses: [WordAnalysis?]
        var nominatives: [String?]
        /// "given", "surname", "patronymic" or "father" (the father's given name before `oğlu`,
        /// `кызы`: a man's given name) per word; nil for other parts.
        var roles: [String?]
        var female: Bool
        /// Whether the gender was read from the name itself (a given name, an ending).
        var genderKnown: Bool
        var wordCount: Int
        /// The list family (`az`, `ru`, `tr`, `en`) most of the name's listed words share, from
        /// scheme 4: every part of one person's stand-in comes from it (`Ahmet Yılmaz` took a
        /// Russian given name for `Ahmet`, which the Russian lists hold too, and a Turkish
        /// surname). Nil for a word alone, or a name no list holds.
        var family: String? = nil
    }

    /// Plans made, by name as written: learning a full name and replacing it read it alike.
    /// Bounded, keeping the recently used (``BoundedMemo``): a limit of 100,000 emptied when full
    /// held about 20 MB on a 9 MB transcript corpus of many distinct names; the limits of the
    /// memos together are the memory budget `Benchmarks/README.md` measures (about 5% more time
    /// on that corpus, half the peak memory on text of distinct names).
    private var planMemo = BoundedMemo<UTF8Key, PersonPlan>(limit: NameStandIn.planMemoLimit)
    static let planMemoLimit = 12_288

    private func plan(_ value: String) -> PersonPlan {
        if let made = planMemo.value(for: UTF8Key(value)) { return made }
        let made = makePlan(value)
        planMemo.store(made, for: UTF8Key(value))
        return made
    }

    private func makePlan(_ value: String) -> PersonPlan {
        let words = Self.split(value)
        var analyses = words.map { $0.isWord ? self.analyze($0.text) : nil }
        for i in analyses.indices {
            // A woman's surname as written (`Покровская`) is her nominative, not the case form of
            // a place or name with another ending that the lists read it as (`Покровскай`).
            guard let a = analyses[i], a.surnameShape, a.inflection != nil, Self.femaleByEnding(a.fold) == true,
                  Self.femaleByEnding(nominativeFold(words[i].text, a)) != true else { continue }
            analyses[i]?.inflection = nil
        }
        // Each word's nominative fold, made once: the gender and the word's piece both read it.
        var folds = [String?](repeating: nil, count: words.count)
        func nominative(_ i: Int) -> String {
            if let made = folds[i] { return made }
            let made = nominativeFold(words[i].text, analyses[i])
            folds[i] = made
            return made
        }
        // Gender: the first given name's, else the surname's or patronymic's ending.
        // `notGiven`: a word read as a given name that is not one here (see below).
        func readGender(notGiven: Int? = nil) -> Bool? {
            var female: Bool? = nil
            for (i, word) in words.enumerated() where word.isWord && i != notGiven {
                guard let a = analyses[i] else { continue }
                if let entry = a.entry, entry.isGiven, !entry.isSurname || i == 0 {
                    if entry.isFemaleGiven != entry.isMaleGiven { female = entry.isFemaleGiven; break }
                    // A sound both men's and women's names have (`Anna`, keyed with men's `Ana…`):
                    // the spelling's own gender, from scheme 3 (before, a man's).
                    if scheme.version >= 3, a.flags.isFemaleSpelling != a.flags.isMaleSpelling { female = a.flags.isFemaleSpelling; break }
                }
            }
            if female == nil {
                for (i, word) in words.enumerated() where word.isWord {
                    if let f = Self.femaleByEnding(nominative(i)) { female = f; break }
                }
            }
            if female == nil, let i = words.firstIndex(where: \.isWord), i != notGiven, analyses[i]?.entry?.isGiven == true,
               Transliteration.script(of: words[i].text) == .cyrillic {
                // A Russian given name that both lists know: `-а`, `-я` are women's (`Анна`, `Мария`).
                let nominative = nominative(i)
                female = nominative.hasSuffix("а") || nominative.hasSuffix("я")
            }
            return female
        }
        var female = readGender()
        var roles = [String?](repeating: nil, count: words.count)
        var wordIndex = 0
        let wordCount = words.filter(\.isWord).count
        for (i, word) in words.enumerated() {
            guard word.isWord, let a = analyses[i] else { continue }
            defer { wordIndex += 1 }
            if rules.patronymicWords.contains(a.fold) || a.letterCount == 1 { continue }
            // A particle in lower case inside a name (`van der Berg`, `Anna de Vries`) is kept,
            // from scheme 3: it names no one, and a given name in its place (`sean duman
            // Aslan`) reads wrong.
            if scheme.version >= 3, wordIndex > 0 || wordCount > 1, rules.nameParticles.contains(a.fold),
               word.text.unicodeScalars.first.map({ !$0.properties.isUppercase }) == true { continue }
            if scheme.version >= 2, wordIndex > 0, let next = words[(i + 1)...].firstIndex(where: \.isWord),
               let b = analyses[next], rules.patronymicWords.contains(b.fold) {
                // The father's given name before `oğlu`, `qızı`, `оглы`, `кызы`: a man's, whoever bears it.
                roles[i] = "father"
            } else if a.patronymicShape && wordIndex > 0 {
                roles[i] = "patronymic"
            } else if let entry = a.entry, entry.isGiven, !(a.surnameShape && wordIndex > 0) {
                // A given name that is a surname too (`Вера`, `Роза`) is the given name after a
                // surname of a surname's shape or before a patronymic (`Сорокина Вера
                // Павловна`: a list's order, surname first).
                let afterSurname = roles[..<i].indices.contains { roles[$0] == "surname" && analyses[$0]?.surnameShape == true }
                let beforePatronymic = words[(i + 1)...].firstIndex(where: \.isWord).flatMap { analyses[$0] }?.patronymicShape == true
                roles[i] = (wordIndex == 0 || !entry.isSurname || afterSurname || beforePatronymic) ? "given" : "surname"
            } else if wordIndex == 0 && wordCount > 1 && !a.surnameShape && !(a.entry?.isSurname ?? false) {
                roles[i] = "given"
            } else {
                roles[i] = "surname"
            }
            _ = nominative(i)
        }
        // Two words read as two surnames (`Беньямин Нетаньяху`: `-ин` is a surname's ending
        // too): the first is the given name, as names are mostly written, unless the second is
        // one (`Тарвенов Иван`, as in a list).
        let named = roles.indices.filter { roles[$0] != nil }
        if named.count == 2, roles[named[0]] == "surname", roles[named[1]] == "surname", analyses[named[1]]?.entry?.isGiven != true {
            roles[named[0]] = "given"
        }
        // Words read as given names only (`Йенс Леман`: `Леман` is a Turkish woman's given name
        // too): the last is the surname, as a name of two words or more is written with one,
        // and it says nothing of the gender. From scheme 4 (before, two given names).
        if scheme.version >= 4, named.count >= 2, named.allSatisfy({ roles[$0] == "given" }), let last = named.last {
            roles[last] = "surname"
            female = readGender(notGiven: last)
        }
        // A name written surname first, then a comma and the given names (`SMITH, John Paul`,
        // `ПЕРЕВАЛОВ, Игорь Сергеевич`, as registers and court lists print it): the words before
        // the comma are the surname, those after it given names (a patronymic stays one). No
        // person's span held a comma before the name detector read this shape, so no earlier
        // stand-in changes.
        if let comma = words.firstIndex(where: { !$0.isWord && $0.text.contains(",") }) {
            let namedNow = roles.indices.filter { roles[$0] != nil }
            if namedNow.contains(where: { $0 < comma }), namedNow.contains(where: { $0 > comma }) {
                for i in namedNow where roles[i] != "patronymic" && roles[i] != "father" { roles[i] = i < comma ? "surname" : "given" }
                female = readGender()
            }
        }
        var family: String? = nil
        // Names in Latin letters only: a Cyrillic name's words are read as Russian unless the
        // run writes them in Latin letters too (``piece(for:analysis:nominative:role:female:spelledIn:family:)``),
        // and a case form's reading of a given name (`Юлии`) would move the vote between forms.
        if scheme.version >= 4, named.count >= 2, !named.contains(where: { Transliteration.script(of: words[$0].text) == .cyrillic }) {
            // One vote per list language per word; a tie goes as ``family(of:script:)`` orders them.
            let letters: [(Unicode.Scalar, String)] = [("a", "az"), ("r", "ru"), ("t", "tr"), ("e", "en")]
            var votes = [Int](repeating: 0, count: letters.count)
            for i in roles.indices where roles[i] != nil {
                guard let entry = analyses[i]?.entry, !entry.hasNoListLanguage else { continue }
                for (n, letter) in letters.enumerated() where entry.isListed(in: letter.0) { votes[n] += 1 }
            }
            if let best = votes.max(), best > 0, let n = votes.firstIndex(of: best) { family = letters[n].1 }
        }
        return PersonPlan(words: words.map { ($0.text, $0.isWord) }, analyses: analyses, nominatives: folds, roles: roles,
                          female: female ?? false, genderKnown: female != nil, wordCount: wordCount, family: family)
    }

    /// Learns the parts of a person's full name (two name words or more) found in the text,
    /// before any of its words is replaced alone: see ``parts``.
    func learn(person value: String) {
        // Once per distinct name as written: a name recurs far more often than it is new.
        guard learnedNames.count < Self.partLimit, learnedNames.insert(value).inserted else { return }
        let plan = plan(value)
        let named = plan.roles.indices.filter { plan.roles[$0] != nil }
        for i in named { noteForm(plan.words[i].text, plan.analyses[i]) }
        guard parts.count < Self.partLimit else { return }
        for i in named {
            guard let nominative = plan.nominatives[i] else { continue }
            if Transliteration.script(of: plan.words[i].text) == .cyrillic {
                if cyrillicSpellings.count < Self.partLimit { cyrillicSpellings.insert(partKey(nominative)) }
            } else if latinSpellings.count < Self.partLimit {
                latinSpellings.insert(partKey(nominative))
            }
        }
        if named.count == 1, let i = named.first {
            learnAlone(plan, at: i)
            return
        }
        guard named.count >= 2 else { return }
        // A man's name in a case form that only sounds like a woman's (`Виктора Бута`): his
        // words, learned as a man's, never as a woman's `Бута` of her own.
        if plan.female, scheme.version >= 2, let reading = mansCaseReading(plan, named: named) {
            for (i, form) in reading.sorted(by: { $0.key < $1.key }) {
                guard let role = plan.roles[i] else { continue }
                let key = partKey(form.nominative)
                if parts[key] == nil { parts[key] = (role, false) }
            }
            return
        }
        // A Russian man's full name in the nominative (`Александр Мишарин`) says what a woman's
        // reading of the same words learned earlier (`Александра Мишарина`, which is also his
        // genitive) more likely was: his case form. It takes the words over.
        let manInNominative = !plan.female && plan.genderKnown
            && named.allSatisfy { plan.analyses[$0]?.inflection == nil && Transliteration.script(of: plan.words[$0].text) == .cyrillic }
        // The given name is kept as written, its stand-in made only when an initial needs it:
        // made now, it would be chosen before the rest of the text's names are known.
        var given: (initial: String, word: String, nominative: String)? = nil
        var patronymic: (initial: String, word: String, nominative: String, role: String)? = nil
        for i in named {
            guard let role = plan.roles[i], let nominative = plan.nominatives[i] else { continue }
            let key = partKey(nominative)
            let takesOver = partsLearnedAlone.contains(key) || (manInNominative && parts[key]?.female == true)
            // A given name of unknown gender too, from scheme 6, read as the full name's
            // stand-in read it (a man's), until a full name that tells the gender takes it over.
            let genderless = !plan.genderKnown && role == "given"
            if parts[key] == nil || takesOver, !genderless || scheme.version >= 6 {
                parts[key] = role == "father" ? ("given", false) : (role, plan.female)
                if genderless { partsLearnedAlone.insert(key) } else { partsLearnedAlone.remove(key) }
                if let family = plan.family, partFamilies.count < Self.partLimit { partFamilies[key] = family }
            }
            if role == "given", given == nil, let first = nominative.unicodeScalars.first {
                given = (String(first), plan.words[i].text, nominative)
            }
            if role == "patronymic" || role == "father", patronymic == nil, let first = nominative.unicodeScalars.first {
                patronymic = (String(first), plan.words[i].text, nominative, role)
            }
        }
        // The patronymic (or father's name) by the initials of given name and patronymic, so
        // that `Бондаренко А. И.` gets the initials of `Артём Игоревич`'s stand-in.
        if scheme.version >= 2, let given, let patronymic, let surname = named.last(where: { plan.roles[$0] == "surname" }),
           let nominative = plan.nominatives[surname], patronymicByInitials.count < Self.partLimit {
            let key = partKey(nominative), initials = given.initial + patronymic.initial
            if patronymicByInitials[key]?[initials] == nil {
                patronymicByInitials[key, default: [:]][initials] = (patronymic.word, patronymic.nominative, plan.female, patronymic.role)
            }
        }
        if let given, let surname = named.last(where: { plan.roles[$0] == "surname" }), let nominative = plan.nominatives[surname] {
            let key = partKey(nominative)
            let known = givenByInitial[key]?[given.initial]
            if known == nil || (manInNominative && known?.female == true), givenByInitial.count < Self.partLimit {
                givenByInitial[key, default: [:]][given.initial] = (given.word, given.nominative, plan.female)
            }
        }
    }

    /// The Cyrillic name words of the run as written (folded), by the phonetic key of each
    /// stem they may be a case form of: the word itself, and the word less a case ending that
    /// only drops letters (`Цукерберга` under `Цукерберга` and `Цукерберг`). Two forms under
    /// one stem (`Цукерберга` and `Цукербергу`, or `Цукерберг`) say the stem is the name and
    /// the rest case endings (``stemReading(of:)``).
    private var formsByStem: [String: Set<String>] = [:]
    /// The words ``noteForm(_:_:)`` has seen, as written, each read once.
    private var notedForms: Set<String> = []

    /// Notes a Cyrillic name word read as written (no ending read off it by the lists) under
    /// its stems (``formsByStem``).
    private func noteForm(_ word: String, _ a: WordAnalysis?) {
        guard let a, notedForms.count < Self.partLimit, notedForms.insert(word).inserted, a.letterCount >= 3,
              Transliteration.script(of: word) == .cyrillic, readsAsWritten(word, a) else { return }
        let fold = NameKey.fold(word)
        formsByStem[self.phonetic(fold), default: []].insert(fold)
        for (base, _) in droppedEndings(of: fold) { formsByStem[self.phonetic(base), default: []].insert(fold) }
    }

    /// Whether `word` may be a case form the lists cannot tell: read with no ending, or with
    /// one that gives a nominative no list spells (`Вольфу` read as a `Вольфа` that only sounds
    /// like a listed name), not a name the lists spell in a case form (`Анну`, `Андрею`).
    private func readsAsWritten(_ word: String, _ a: WordAnalysis) -> Bool {
        guard a.inflection != nil else { return true }
        let flags = Lexicon.word(fold: nominativeFold(word, a))
        return !flags.isNameSpelling && !flags.isPlaceSpelling
    }

    /// Notes the Cyrillic words of a person's name found as a later mention of a name of the run
    /// (not learned as a full name), so its case forms count for ``stemReading(of:)``.
    func note(personMention value: String) {
        guard value.unicodeScalars.contains(where: { $0.value >= 0x400 && $0.value <= 0x4FF }) else { return }
        for part in Self.split(value) where part.isWord { noteForm(part.text, analyze(part.text)) }
    }

    /// `fold` as a stem of three letters or more and a case ending that only drops letters
    /// (`names.case-endings` with an empty nominative: `а`, `у`, `ом`, `е`, …), for each such ending.
    private func droppedEndings(of fold: String) -> [(base: String, ending: String)] {
        var out: [(String, String)] = []
        for entry in rules.caseEndings where entry.nominative.isEmpty {
            let end = String(scalars: entry.ending)
            guard fold.hasSuffix(end), fold.unicodeScalars.count >= end.unicodeScalars.count + 3 else { continue }
            out.append((String(fold.dropLast(end.count)), end))
        }
        return out
    }

    /// A Cyrillic name word the lists do not spell, read as a man's case form of a stem the run
    /// also writes in another form (`Цукерберга` beside `Цукербергу` or `Цукерберг`, `Барака`
    /// beside `Барак`): the word less its ending, the stem, the ending. Nil when the run has no
    /// other form under any of its stems, or the word is a listed name (`Анна` is no `Анн` + `а`).
    private func stemReading(of word: String) -> (word: String, nominative: String, ending: String)? {
        let fold = NameKey.fold(word)
        guard !Lexicon.word(fold: fold).isNameSpelling else { return nil }
        for (base, ending) in droppedEndings(of: fold) {
            guard let forms = formsByStem[self.phonetic(base)], forms.contains(where: { $0 != fold }) else { continue }
            return (String(word.dropLast(ending.count)), base, ending)
        }
        return nil
    }

    /// Names given beside a name in the other script (`Джошуа Вольфа (Joshua Wolf)`): by the
    /// phonetic key of each word of the gloss, the word of the name it spells, in its
    /// nominative. The gloss's word takes that word's stand-in, spelled in the gloss's script
    /// (`Никита Фомина (Nikita Fomin)`), so the reader sees one person, not two.
    private var glossOf: [String: (word: String, female: Bool)] = [:]

    /// Learns a person's name written in one script and, in brackets after it, in the other
    /// (`Джоэл Саймон (Joel Simon)`, `Elçin Hüseynov (Эльчин Гусейнов)`): each word of the
    /// gloss is the word of the name at its place, the two having as many words. Where the
    /// gloss ends in a consonant and the Cyrillic name in a case ending that only drops letters
    /// (`Вольфа` for `Wolf`), that ending is a case ending: the name's stem is `Вольф`, and its
    /// other forms (`Вольфу`) read so (``stemReading(of:)``).
    /// Returns whether the two were read as one name in two scripts word for word.
    @discardableResult
    func learn(gloss: String, of name: String) -> Bool {
        guard glossOf.count < Self.partLimit else { return false }
        func words(_ value: String) -> [String] {
            Self.split(value).filter { $0.isWord && !rules.patronymicWords.contains(NameKey.fold($0.text)) }.map(\.text)
        }
        let outer = words(name), inner = words(gloss)
        guard !outer.isEmpty, outer.count == inner.count else { return false }
        // The gloss is the same person: of the gender the name is read as.
        let female = plan(name).female
        let outerCyrillic = outer.allSatisfy { Transliteration.script(of: $0) == .cyrillic }
        let innerCyrillic = inner.allSatisfy { Transliteration.script(of: $0) == .cyrillic }
        guard outerCyrillic != innerCyrillic,
              (outerCyrillic ? inner : outer).allSatisfy({ Transliteration.script(of: $0) != .cyrillic }) else { return false }
        for (o, g) in zip(outer, inner) {
            var nominative = o
            if outerCyrillic, let last = NameKey.fold(g).unicodeScalars.last, !SuffixHarmony.isVowel(last), last != "y",
               readsAsWritten(o, analyze(o)), !Lexicon.word(fold: NameKey.fold(o)).isNameSpelling,
               let (base, ending) = droppedEndings(of: NameKey.fold(o)).first {
                nominative = String(o.dropLast(ending.count))
                if formsByStem.count < Self.partLimit {
                    formsByStem[self.phonetic(base), default: []].formUnion([base, NameKey.fold(o)])
                }
            }
            // A Latin name the lists hold as English has no Cyrillic spelling of its stand-in:
            // its Cyrillic gloss keeps a stand-in of its own.
            if !outerCyrillic, Self.family(of: analyze(o), script: Transliteration.script(of: o)) == "en" { continue }
            glossOf[self.phonetic(NameKey.fold(g))] = (nominative, female)
        }
        return true
    }

    /// The part keys of name words the run met in Cyrillic: an English name that is also
    /// written in Cyrillic in the run (`Joel Simon`, `Джоэл Саймон`) takes its stand-in from
    /// the Russian lists in both scripts (`Stepan Belov`, `Степан Белов`), one choice in two
    /// spellings, since the English lists have no Cyrillic spelling.
    private var cyrillicSpellings: Set<String> = []

    /// The part keys of name words the run met in Latin letters: a name the lists hold as both
    /// Azerbaijani (or Turkish) and Russian, written in Cyrillic, takes a Russian stand-in
    /// (`Анна`, `Евгений`) unless the run also writes it in Latin letters, where the Azerbaijani
    /// choice keeps its spellings one stand-in (`Elçin`, `Эльчин`). Scheme 2 and later.
    private var latinSpellings: Set<String> = []

    /// Words learned from a name of one word (``learnAlone(_:at:)``), which a full name's
    /// reading of the same word replaces.
    private var partsLearnedAlone: Set<String> = []

    /// Learns one name word met alone when its part and gender are plain from the word itself: a
    /// given name the lists hold only as a given name of one gender (`Марк`), or a surname in a
    /// man's nominative (`Илюмжинов`). Its case forms met alone or with a given name then read
    /// as his (`Марку` is Mark's dative, not Marka's accusative), see ``person(_:)``.
    private func learnAlone(_ plan: PersonPlan, at i: Int) {
        guard let a = plan.analyses[i], a.inflection == nil, let nominative = plan.nominatives[i],
              Transliteration.script(of: plan.words[i].text) == .cyrillic else { return }
        let key = partKey(nominative)
        if let entry = a.entry, entry.isGiven, !entry.isSurname, plan.genderKnown {
            guard parts[key] == nil else { return }
            parts[key] = ("given", plan.female)
        } else if a.surnameShape, !(a.entry?.isGiven ?? false), Self.femaleByEnding(nominative) == false {
            // A man's surname in the nominative also takes over the family's woman's reading
            // (`Кирсана Илюмжинова` before `Илюмжинов`: his genitive, most likely).
            guard parts[key] == nil || parts[key]?.female == true else { return }
            parts[key] = ("surname", false)
        } else {
            return
        }
        partsLearnedAlone.insert(key)
    }

    /// A Russian man's name in a case form that only sounds like a woman's name (`Виктору Буту`,
    /// `Виктора Бута`: the lists know `Viktorya`, whose phonetic key `Виктора` shares, but no list
    /// spells a name `Виктора`), read as his: each word is a written man's word and a case
    /// ending that drops nothing, the given name's base a man's given name the lists spell so
    /// (`Виктор`). Nil when any word does not read so, or the given name as written is a
    /// woman's name the lists spell (`Александра Дмитриева` stays ambiguous, and a woman's).
    /// Scheme 2 and later; the rest of this reading (`Александра Белова` of a `Александр Белов`
    /// met in full) is in ``person(_:)``.
    private func mansCaseReading(_ plan: PersonPlan, named: [Int]) -> [Int: (word: String, nominative: String, ending: String)]? {
        guard let given = named.first(where: { plan.roles[$0] == "given" }) else { return nil }
        var reading: [Int: (word: String, nominative: String, ending: String)] = [:]
        for i in named {
            guard Transliteration.script(of: plan.words[i].text) == .cyrillic, let role = plan.roles[i] else { return nil }
            if role == "patronymic" || role == "father" { continue }
            let fold = NameKey.fold(plan.words[i].text)
            var found: (word: String, nominative: String, ending: String)? = nil
            for entry in rules.caseEndings where entry.nominative.isEmpty {
                let end = String(scalars: entry.ending)
                guard fold.hasSuffix(end), fold.unicodeScalars.count >= end.unicodeScalars.count + 3 else { continue }
                let base = String(fold.dropLast(end.count))
                if i == given {
                    guard !Lexicon.word(fold: fold).isNameSpelling, Lexicon.word(fold: base).isNameSpelling,
                          analyze(base).entry?.isMaleGiven == true else { continue }
                } else {
                    // The surname's base must not itself read as a woman's (`Петрова` of `Петров`
                    // + `а` is his; `Ивановну` is no base at all).
                    guard Self.femaleByEnding(base) != true else { continue }
                }
                found = (String(plan.words[i].text.dropLast(end.count)), base, end)
                break
            }
            if found == nil, i != given, isIndeclinableSurname(plan, i, female: false) {
                // `Виктора Ющенко`: a surname that does not decline is his as it is.
                found = (plan.words[i].text, fold, "")
            }
            guard let found else { return nil }
            reading[i] = found
        }
        return reading.isEmpty ? nil : reading
    }

    /// `form` as `base` and a case ending that replaces nothing (`Марку` = `Марк` + `у`), when
    /// the rule set has that ending; nil otherwise.
    private func caseEnding(of form: String, after base: String) -> String? {
        guard form.count > base.count, form.hasPrefix(base) else { return nil }
        let rest = String(form.dropFirst(base.count))
        return rules.caseEndings.contains { $0.nominative.isEmpty && String(scalars: $0.ending) == rest } ? rest : nil
    }

    /// The stand-in for a person's name as written (`Elçin Hüseynov`, `Гусейнову`, `ELÇİN`).
    /// A word alone takes the part and gender a full name of the run gave it (``parts``), and
    /// initials before a known surname the initial of the given name's stand-in.
    func person(_ value: String) -> String {
        var plan = plan(value)
        let named = plan.roles.indices.filter { plan.roles[$0] != nil }
        if named.count == 1, let i = named.first, let nominative = plan.nominatives[i], let known = parts[partKey(nominative)] {
            // A word alone that a full name of the run reads as another part (`Леман`, a woman's
            // given name alone, his surname in `Йенс Леман`) takes that name's gender too, from
            // scheme 4.
            if !plan.genderKnown || (scheme.version >= 4 && known.role != plan.roles[i]) { plan.female = known.female }
            plan.roles[i] = known.role
        }
        // The surname these initials go with, and what the run knows of its bearers.
        var bearers: [String: (word: String, nominative: String, female: Bool)] = [:]
        var patronymicBearers: [String: (word: String, nominative: String, female: Bool, role: String)] = [:]
        if let surname = named.last(where: { plan.roles[$0] == "surname" }), let nominative = plan.nominatives[surname] {
            let key = partKey(nominative)
            bearers = givenByInitial[key] ?? [:]
            patronymicBearers = patronymicByInitials[key] ?? [:]
            if !plan.genderKnown, let known = parts[key] { plan.female = known.female }
        }
        // A Russian man's name in a case form that reads as a woman's (`Александра Белова`, of
        // `Александр Белов` met in full in the run): each word is the learned man's word and a
        // case ending that drops nothing, and its stand-in is his, with that ending.
        var caseOfMan: [Int: (word: String, nominative: String, ending: String)] = [:]
        if named.count == 1, let i = named.first, Transliteration.script(of: plan.words[i].text) == .cyrillic,
           let nominative = plan.nominatives[i], parts[partKey(nominative)] == nil {
            // A word alone that is a case form of a man's name word of the run (`Марку` of
            // `Марк`), not the woman's name it also reads as (`Марка`): his, in that case.
            let fold = NameKey.fold(plan.words[i].text)
            for entry in rules.caseEndings where entry.nominative.isEmpty {
                let end = String(scalars: entry.ending)
                guard fold.hasSuffix(end), fold.count >= end.count + 3 else { continue }
                let base = String(fold.dropLast(end.count))
                guard base != nominative, let known = parts[partKey(base)], !known.female else { continue }
                caseOfMan[i] = (String(plan.words[i].text.dropLast(end.count)), base, end)
                plan.roles[i] = known.role
                plan.female = false
                break
            }
        }
        if plan.female, let surname = named.last(where: { plan.roles[$0] == "surname" }), let nominative = plan.nominatives[surname],
           Transliteration.script(of: plan.words[surname].text) == .cyrillic, parts[partKey(nominative)]?.female == false {
            let masculine = Self.masculine(nominative)
            // The words as written (not their nominatives: `Сафарову` is `Сафаров` and `у`); a
            // surname that does not decline (`Ющенко`) as it is, its case the given name's.
            let indeclinable = isIndeclinableSurname(plan, surname, female: false) && NameKey.fold(plan.words[surname].text) == masculine
            if let end = caseEnding(of: NameKey.fold(plan.words[surname].text), after: masculine) ?? (indeclinable ? "" : nil) {
                caseOfMan[surname] = (String(plan.words[surname].text.dropLast(end.count)), masculine, end)
                for i in named where i != surname && plan.roles[i] == "given" {
                    let given = NameKey.fold(plan.words[i].text)
                    if let learned = givenByInitial[partKey(nominative)]?[String(given.prefix(1))], !learned.female {
                        guard let e = caseEnding(of: given, after: learned.nominative) else { caseOfMan = [:]; break }
                        caseOfMan[i] = (learned.word, learned.nominative, e)
                        continue
                    }
                    // No given name of his learned (or only this reading of it as a woman's):
                    // the given name in the surname's case (`Кирсана Илюмжинова`), unless it
                    // is a woman's name and no man's (`Анна Мишарина` is his wife).
                    let base = String(given.dropLast(end.count))
                    guard !end.isEmpty, given.hasSuffix(end), base.count >= 3 else { caseOfMan = [:]; break }
                    // A man's given name the lists spell so (`Егор` of `Егору`), not one the
                    // base only sounds like (`Анн` of `Анну` ~ some `Ani`).
                    let asWritten = plan.analyses[i]?.entry, asBase = analyze(base).entry
                    let baseIsMansName = asBase?.isMaleGiven == true && Lexicon.word(fold: base).isNameSpelling
                    if asWritten?.isFemaleGiven == true && !baseIsMansName { caseOfMan = [:]; break }
                    caseOfMan[i] = (String(plan.words[i].text.dropLast(end.count)), base, end)
                }
                if !caseOfMan.isEmpty, named.allSatisfy({ caseOfMan[$0] != nil || plan.roles[$0] == "patronymic" || plan.roles[$0] == "father" }) {
                    plan.female = false
                } else {
                    caseOfMan = [:]
                }
            }
        }
        if plan.female, caseOfMan.isEmpty, scheme.version >= 2, let reading = mansCaseReading(plan, named: named) {
            caseOfMan = reading
            plan.female = false
        }
        // Words the run also writes in another case form (`Цукерберга`, `Цукербергу`): a man's
        // stem and ending, so every form takes one stand-in in its case.
        // A name read as a woman's by its ending or a name it sounds like (`Чарльза Дарвина`)
        // is his only when each of its words is such a case form.
        var stemForms: [Int: (word: String, nominative: String, ending: String)] = [:]
        var unread = 0
        for i in named where caseOfMan[i] == nil && (plan.roles[i] == "given" || plan.roles[i] == "surname") {
            guard let a = plan.analyses[i], readsAsWritten(plan.words[i].text, a),
                  Transliteration.script(of: plan.words[i].text) == .cyrillic,
                  let reading = stemReading(of: plan.words[i].text),
                  // A case form whose nominative is a part of a full name of the run (`Ратманскому`
                  // of `Алексей Ратманский`) is that part's, unless the stem is one too
                  // (`Илюмжинову`: `Илюмжинов` and `Илюмжинова` both learned).
                  a.inflection == nil || parts[partKey(reading.nominative)] != nil
                    || parts[partKey(nominativeFold(plan.words[i].text, a))] == nil else {
                unread += 1
                continue
            }
            stemForms[i] = reading
        }
        if !stemForms.isEmpty, !(plan.female && plan.genderKnown) || unread == 0 {
            caseOfMan.merge(stemForms) { old, _ in old }
            plan.female = false
        }
        /// The stand-in of surname `i` in the case of the given name before it, when the surname
        /// does not decline (`Юлии Тимошенко` → `Тамары Смирновой`; ``isIndeclinableSurname``).
        func inGivenNamesCase(_ made: String, at i: Int) -> String {
            guard isIndeclinableSurname(plan, i, female: plan.female),
                  let g = named.first(where: { plan.roles[$0] == "given" }) else { return made }
            let key: String
            if let man = caseOfMan[g] {
                key = man.ending + ":"
            } else if let inflection = plan.analyses[g]?.inflection {
                key = inflection.ending + ":" + inflection.nominative
            } else {
                return made
            }
            guard let c = rules.indeclinableSurnameCases[key] else { return made }
            // Only a stand-in that declines as the table says: `-ов`, `-ова` and the like.
            let lower = made.lowercased()
            guard rules.possessiveSurnameFinals.contains(where: { lower.hasSuffix($0 + c.nominative) }) else { return made }
            return matchCase(inflect(made, ending: c.ending, nominative: c.nominative), like: plan.words[i].text)
        }
        // One name, one case (scheme 4): a surname read as an adjective's prepositional (`Каном`
        // as `Каний`'s) beside a given name in the instrumental (`Оливером`) is a noun's
        // instrumental, `Кан` and `ом`.
        if scheme.version >= 4, named.count >= 2,
           named.contains(where: { plan.roles[$0] == "given" && plan.analyses[$0]?.inflection.map { ["ом", "ем"].contains($0.ending) && $0.nominative.isEmpty } == true }) {
            for i in named where plan.roles[i] == "surname" && caseOfMan[i] == nil {
                guard let inflection = plan.analyses[i]?.inflection, inflection.ending == "ом" || inflection.ending == "ем",
                      !inflection.nominative.isEmpty, plan.analyses[i]?.surnameShape != true else { continue }
                let fold = NameKey.fold(plan.words[i].text)
                plan.analyses[i]?.inflection = (ending: inflection.ending, nominative: "")
                plan.nominatives[i] = String(fold.dropLast(inflection.ending.count))
            }
        }
        var out = ""
        var firstInitial: String? = nil
        for (i, word) in plan.words.enumerated() {
            guard word.isWord, let a = plan.analyses[i] else {
                out += word.text
                continue
            }
            if rules.patronymicWords.contains(a.fold) {
                out += word.text  // oğlu, qızı: kept as written
                continue
            }
            if let man = caseOfMan[i], let role = plan.roles[i] {
                let base = piece(for: man.word, analysis: analyze(man.word), nominative: man.nominative,
                                 role: role == "father" ? "given" : role, female: false, family: plan.family)
                out += inGivenNamesCase(matchCase(inflect(base, ending: man.ending, nominative: "", surname: role == "surname"),
                                                  like: word.text), at: i)
                continue
            }
            if a.letterCount == 1 {
                defer { if firstInitial == nil { firstInitial = a.fold } }
                if let first = firstInitial, let known = patronymicBearers[first + a.fold],
                   let letter = piece(for: known.word, analysis: analyze(known.word), nominative: known.nominative,
                                      role: known.role == "father" ? "given" : "patronymic",
                                      female: known.role == "father" ? false : known.female).unicodeScalars.first {
                    // The second initial: the patronymic's (or father's name's) stand-in's.
                    out += matchCase(String(letter), like: word.text)
                } else if firstInitial == nil || scheme.version < 2, let given = bearers[a.fold],
                   let first = piece(for: given.word, analysis: analyze(given.word), nominative: given.nominative, role: "given",
                                     female: given.female).unicodeScalars.first {
                    out += matchCase(String(first), like: word.text)
                } else {
                    out += initial(for: word.text)
                }
                continue
            }
            guard let role = plan.roles[i], let nominative = plan.nominatives[i] else {
                out += word.text
                continue
            }
            if !glossOf.isEmpty, let gloss = glossOf[self.phonetic(nominative)], gloss.word != word.text {
                // The gloss of a name in the other script: that name's word's stand-in, in this script.
                let b = analyze(gloss.word)
                let base = piece(for: gloss.word, analysis: b, nominative: nominativeFold(gloss.word, b),
                                 role: role == "father" ? "given" : role, female: role == "father" ? false : gloss.female,
                                 spelledIn: Transliteration.script(of: word.text))
                out += matchCase(base, like: word.text)
                continue
            }
            out += inGivenNamesCase(piece(for: word.text, analysis: a, nominative: nominative, role: role == "father" ? "given" : role,
                                          female: role == "father" ? false : plan.female, family: plan.family), at: i)
        }
        return out
    }

    /// Whether word `i` of `plan` is a Russian surname with no case ending read that does not
    /// decline (`standins.indeclinable-surname-finals`: `Тимошенко`, `Нетаньяху`, `Седых`; a
    /// woman's in a consonant, `Людмилы Шевчук`): its case is the given name's. Scheme 4 and
    /// later.
    private func isIndeclinableSurname(_ plan: PersonPlan, _ i: Int, female: Bool) -> Bool {
        guard scheme.version >= 4, plan.roles[i] == "surname", let a = plan.analyses[i], a.inflection == nil,
              Transliteration.script(of: plan.words[i].text) == .cyrillic else { return false }
        let fold = NameKey.fold(plan.words[i].text)
        if rules.indeclinableSurnameFinals.contains(where: { fold.hasSuffix($0) && fold.count > $0.count + 2 }) { return true }
        guard female, let last = fold.unicodeScalars.last else { return false }
        return last.properties.isAlphabetic && !rules.vowels.contains(last) && !rules.softFinals.contains(last)
    }

    /// The stand-in of one word of a person's name; `folded` is its ``nominativeFold(_:_:)``.
    /// `spelledIn`: the script to spell the stand-in in, when not the word's own (a gloss's).
    private func piece(for word: String, analysis a: WordAnalysis, nominative folded: String, role: String, female: Bool,
                       spelledIn: Transliteration.Script? = nil, family personFamily: String? = nil) -> String {
        let script = Transliteration.script(of: word)
        // The family the first full name of the run with the word gave it (so that every form
        // of one person's name takes one stand-in), else the person's (both scheme 4).
        var family = ((partFamilies.isEmpty ? nil : partFamilies[partKey(folded)]) ?? personFamily)
            .map { $0 == "en" && script == .cyrillic ? "ru" : $0 } ?? Self.family(of: a, script: script)
        if family == "en", script != .cyrillic, !cyrillicSpellings.isEmpty, cyrillicSpellings.contains(partKey(folded)) {
            family = "ru"
        }
        if scheme.version >= 2, family == "az" || family == "tr", script == .cyrillic, a.entry?.isListed(in: "r") == true,
           !latinSpellings.contains(partKey(folded)) {
            family = "ru"
        }
        var nominative = folded
        let foldedKey = self.phonetic(folded)
        var stemKey = foldedKey
        let femaleEnding = Self.femaleByEnding(folded)
        let kind: String
        switch role {
        case "given": kind = female ? "given-f" : "given-m"
        case "patronymic": kind = "patronymic"
        default: kind = "surname"
        }
        if kind == "surname" || kind == "patronymic", femaleEnding == true {
            // The family stem: `Hüseynova` links to `Hüseynov`, `Кузнецова` to `Кузнецов`.
            nominative = Self.masculine(nominative)
            stemKey = self.phonetic(nominative)
        }
        var listKey = lists[family + "\t" + kind] != nil ? family + "\t" + kind : "en\t" + kind
        if (lists[listKey] ?? []).isEmpty { listKey = family + "\tsurname" }
        guard personTraits(listKey) != nil else { return madeUp(word) }
        // A man's surname in a case form that also reads as a woman's (`Егору Петрову`:
        // `Петров` and `у`, not `Петрова` in the accusative): his, with the ending as written.
        let mansCaseEnding = kind == "surname" && !female && femaleEnding == true && script == .cyrillic
            ? caseEnding(of: NameKey.fold(word), after: nominative) : nil
        // A family's surname is fitted by its stem (`Покровская` as `Покровский`), so that a
        // woman and a man of one family get the two forms of one stand-in.
        let byStem = kind == "surname" && femaleEnding == true
        let ending = Ending(ofPhonetic: mansCaseEnding == nil && !byStem ? foldedKey : stemKey)
        // A surname with a gendered ending (`-ova`, `-ов`) gets one with gendered forms.
        let genderedOriginal = kind == "surname" && femaleEnding != nil
        let fit = Fit(female: female && !byStem, ending: ending, hasForms: kind == "surname" ? genderedOriginal : nil)
        var chosen = choose(fromTiersOf: listKey, domain: "person." + family + "." + kind, kind: kind, key: stemKey, fit: fit)
        chosen = gendered(chosen, female: female && kind != "given-f" && kind != "given-m")
        var spelled = spell(chosen, family: family, script: spelledIn ?? script)
        if spelledIn != nil && spelledIn != script {
            // A gloss in the other script takes no case ending of the word it spells.
        } else if let end = mansCaseEnding {
            spelled = inflect(spelled, ending: end, nominative: "", surname: kind == "surname")
        } else if let inflection = a.inflection {
            spelled = inflect(spelled, ending: inflection.ending, nominative: inflection.nominative, surname: kind == "surname")
        }
        return matchCase(spelled, like: word)
    }

    /// `MALE|FEMALE` pairs: the form for the gender.
    private func gendered(_ entry: String, female: Bool) -> String {
        let parts = entry.split(separator: "|")
        guard parts.count == 2 else { return entry }
        return String(female ? parts[1] : parts[0])
    }

    /// The fold of `word` cut to the analysed span (as many scalars as the span's UTF-16 units
    /// decode to), with a case ending replaced by its nominative.
    private func nominativeFold(_ word: String, _ a: WordAnalysis?) -> String {
        var scalars = NameKey.foldScalars(word.unicodeScalars)
        if let a {
            let spanScalars = Self.scalarCount(ofUTF16Prefix: a.spanLength, of: word)
            if spanScalars < scalars.count { scalars.removeLast(scalars.count - spanScalars) }
            if let inflection = a.inflection {
                let ending = inflection.ending.unicodeScalars.count
                if scalars.count > ending {
                    scalars.removeLast(ending)
                    scalars.append(contentsOf: inflection.nominative.unicodeScalars)
                }
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// How many scalars the first `length` UTF-16 units of `word` decode to, a surrogate pair cut
    /// in two counting as one (the replacement character that decoding gives it).
    private static func scalarCount(ofUTF16Prefix length: Int, of word: String) -> Int {
        var count = 0, taken = 0, afterLead = false
        for unit in word.utf16 {
            guard taken < length else { break }
            taken += 1
            if afterLead && UTF16.isTrailSurrogate(unit) {
                afterLead = false
                continue
            }
            afterLead = UTF16.isLeadSurrogate(unit)
            count += 1
        }
        return count
    }

    private static let femaleEndings = ["ova", "eva", "yeva", "ina", "ovna", "evna", "ichna", "qızı", "qizi", "kızı", "ова", "ева", "ина",
                                        "ская", "цкая", "овна", "евна", "ична", "кызы"]
    private static let maleEndings = ["ov", "ev", "yev", "in", "ovich", "evich", "oğlu", "oglu", "ов", "ев", "ин", "ский", "цкий", "ович",
                                      "евич", "оглы"]
    /// The endings as UTF-8 with their length in scalars (and characters: each is a letter).
    private static let femaleEndingBytes = femaleEndings.map { (bytes: Array($0.utf8), length: $0.unicodeScalars.count) }
    private static let maleEndingBytes = maleEndings.map { (bytes: Array($0.utf8), length: $0.unicodeScalars.count) }

    /// Whether a surname or patronymic ending says the bearer is a woman (true), a man
    /// (false), or neither (nil). The endings are matched as characters; for a name whose
    /// every scalar is a character of its own (``isOwnCharacter(_:)``), as bytes, which is
    /// the same and spares a walk over graphemes.
    private static func femaleByEnding(_ nominative: String) -> Bool? {
        var length = 0
        for scalar in nominative.unicodeScalars {
            guard isOwnCharacter(scalar) else { return femaleByEndingOfCharacters(nominative) }
            length += 1
        }
        var nominative = nominative
        return nominative.withUTF8 { bytes in
            func endsWith(_ ending: [UInt8]) -> Bool {
                bytes.count >= ending.count && bytes[(bytes.count - ending.count)...].elementsEqual(ending)
            }
            for ending in femaleEndingBytes where length > ending.length + 1 && endsWith(ending.bytes) { return true }
            for ending in maleEndingBytes where length > ending.length + 1 && endsWith(ending.bytes) { return false }
            return nil
        }
    }

    private static func femaleByEndingOfCharacters(_ nominative: String) -> Bool? {
        for ending in femaleEndings where nominative.hasSuffix(ending) && nominative.count > ending.count + 1 {
            return true
        }
        for ending in maleEndings where nominative.hasSuffix(ending) && nominative.count > ending.count + 1 {
            return false
        }
        return nil
    }

    /// A letter of Latin or Cyrillic that is a character on its own whatever its neighbours
    /// (no combining mark, no joiner) and is in normal form C: comparing such characters is
    /// comparing scalars. Also the apostrophes that may stand inside a name.
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2AF, 0x400...0x482, 0x48A...0x52F: return true
        default: return false
        }
    }

    private static func masculine(_ nominative: String) -> String {
        for (f, m) in [("yeva", "yev"), ("ova", "ov"), ("eva", "ev"), ("ina", "in"), ("ова", "ов"), ("ева", "ев"), ("ина", "ин"),
                       ("ская", "ский"), ("цкая", "цкий")] where nominative.hasSuffix(f) {
            return String(nominative.dropLast(f.count)) + m
        }
        return nominative
    }

    /// Which list family a word's stand-in comes from: the lists it was found in, else its script.
    private static func family(of a: WordAnalysis, script: Transliteration.Script) -> String {
        if let entry = a.entry, !entry.hasNoListLanguage {
            // The lists' languages, not the spelling, decide: every spelling of a name then
            // gets the same family (a name both Azerbaijani and Turkish gets Azerbaijani ones).
            if entry.isListed(in: "a") { return "az" }
            if entry.isListed(in: "r") { return "ru" }
            if entry.isListed(in: "t") { return "tr" }
            // An English name written in Cyrillic (`Джошуа`) gets a Russian one: the English
            // stand-ins have no Cyrillic spelling, and a stand-in is in the original's script.
            if entry.isListed(in: "e") { return script == .cyrillic ? "ru" : "en" }
        }
        switch script {
        case .cyrillic: return "ru"
        case .latin: return a.fold.unicodeScalars.contains { ["ə", "q", "x"].contains($0) } ? "az" : "tr"
        case .ascii: return a.surnameShape ? "az" : "en"
        }
    }

    /// A name of `family`'s list spelled in `script`.
    private func spell(_ name: String, family: String, script: Transliteration.Script) -> String {
        switch (family, script) {
        case ("az", .cyrillic): return Transliteration.azerbaijaniToCyrillic(name)
        case ("az", .ascii): return Transliteration.azerbaijaniToASCII(name)
        case ("tr", .ascii): return Transliteration.turkishToASCII(name)
        case ("tr", .cyrillic): return Transliteration.azerbaijaniToCyrillic(name)
        case ("ru", .ascii), ("ru", .latin): return Transliteration.russianToASCII(name)
        case ("en", .cyrillic): return name
        default: return name
        }
    }

    /// Moves a Russian case ending onto a stand-in in the nominative.
    /// `surname`: a surname's stand-in in `-ов`, `-ин` (`standins.possessive-surname-finals`)
    /// declines as such a surname does where a noun's ending differs (from scheme 4: `Шевчуком`
    /// → `Васильевым`, not `Васильевом`; `standins.possessive-case-endings`).
    private func inflect(_ name: String, ending: String, nominative: String, surname: Bool = false) -> String {
        var base = name
        let cyrillic = Transliteration.script(of: name) == .cyrillic
        guard cyrillic else { return name }
        let lower = base.lowercased()
        if !nominative.isEmpty {
            if lower.hasSuffix(nominative) {
                base = String(base.dropLast(nominative.count))
            } else if let nounEnding = rules.adjectiveCaseAsNoun[ending + ":" + nominative] {
                // An adjective surname's case (`Ратманскому`) on a stand-in in `-ов` (`Громову`);
                // a woman's stand-in drops its `-а` first (`Покровской` → `Семеновой`).
                let feminine = nominative.unicodeScalars.last == "я"
                let stem = feminine && lower.hasSuffix("а") ? String(lower.dropLast()) : lower
                guard !feminine || stem.count < lower.count,
                      rules.possessiveSurnameFinals.contains(where: { stem.hasSuffix($0) }) else { return name }
                return String(base.dropLast(lower.count - stem.count)) + nounEnding
            } else if let softNominative = rules.softCaseEndings[nominative], let softEnding = rules.softCaseEndings[ending],
                      lower.hasSuffix(softNominative) {
                // `Анну` for a stand-in `Зоя`: `Зою`.
                return String(base.dropLast(softNominative.count)) + softEnding
            } else if scheme.version >= 5, nominative.unicodeScalars.count == 1, let soft = nominative.unicodeScalars.first,
                      rules.softFinals.contains(soft) {
                // A man's name in `-ь` or `-й` in a case form (`Игоря`, `Игорем`, `Сергею`) for a
                // stand-in of the other kind of stem: in another soft final, that final's form
                // (`Сергея`); in a hard consonant, the hard ending (`Виктора`, `Виктором`), by
                // `standins.soft-case-endings` read backwards (scheme 5; before it the stand-in
                // kept its nominative: `Игоря` → `Виктор`). A stand-in in a vowel keeps its
                // nominative.
                guard let last = lower.unicodeScalars.last else { return name }
                if rules.softFinals.contains(last) { return String(scalars: base.unicodeScalars.dropLast()) + ending }
                guard !rules.vowels.contains(last),
                      let hard = rules.softCaseEndings.first(where: { $0.value == ending })?.key else { return name }
                return base + hard
            } else {
                return name
            }
        } else if let last = base.unicodeScalars.last {
            let lowerLast = lower.unicodeScalars.last ?? last
            if rules.softFinals.contains(lowerLast) {
                // `Егору` for a stand-in `Игорь`: `Игорю`; none for an ending no soft stem has.
                guard let softEnding = rules.softCaseEndings[ending] else { return name }
                return String(scalars: base.unicodeScalars.dropLast()) + softEnding
            }
            if "ая".unicodeScalars.contains(lowerLast) { return name }
            if surname, scheme.version >= 4, let own = rules.possessiveCaseEndings[ending],
               rules.possessiveSurnameFinals.contains(where: { lower.hasSuffix($0) }) {
                return base + own
            }
        }
        return base + ending
    }

    /// The traits of the person list `listKey` (`az\tsurname`), nil when it is empty.
    private func personTraits(_ listKey: String) -> ListTraits? {
        SharedStandIns.shared.traits(listKey) { makePersonTraits(listKey) }
    }

    private func makePersonTraits(_ listKey: String) -> ListTraits? {
        guard let (entries, keys) = SharedStandIns.shared.listWithKeys(listKey), !entries.isEmpty else { return nil }
        var forms: [[String]] = [], male: [Ending] = [], female: [Ending] = [], hasForms: [Bool] = []
        forms.reserveCapacity(entries.count)
        for (n, entry) in entries.enumerated() {
            let pair = entry.split(separator: "|")
            // The keys the lexicon compiler worked out: those of `phonetic` for each form.
            let formKeys = keys[n].count == pair.count ? keys[n] : pair.map { self.phonetic($0) }
            forms.append(formKeys)
            // A `MALE|FEMALE` pair's forms are its gendered stand-ins (``gendered(_:female:)``).
            male.append(Ending(ofPhonetic: formKeys[0]))
            female.append(Ending(ofPhonetic: formKeys.count == 2 ? formKeys[1] : formKeys[0]))
            hasForms.append(pair.count == 2 && pair[0] != pair[1])
        }
        return ListTraits(entries: entries, forms: forms, endings: [male, female], hasForms: hasForms)
    }

    /// The tiers of the person list `listKey` the scheme reads: `listKey` itself (the common
    /// names), then `listKey.2`, `listKey.3`, … (a tier the lists lack has no traits, and is
    /// passed over; none is read before a choice reaches it).
    private func tierKeys(_ listKey: String) -> [String] {
        if let hit = tierKeyMemo[listKey] { return hit }
        var keys = [listKey]
        if scheme.lastTier >= 2 { keys += (2...scheme.lastTier).map { listKey + "." + String($0) } }
        tierKeyMemo[listKey] = keys
        return keys
    }
    private var tierKeyMemo: [String: [String]] = [:]

    /// A keyed choice for a person's name piece from the tiers of `listKey` (``tierKeys(_:)``):
    /// the first free entry, in each tier's keyed order, among the real names (the common ones,
    /// then tier 2) that fits `fit` exactly, then one of them that fits less; then the same
    /// among the formed and made-up names (tiers 3 on); then any free entry; only when no tier
    /// has a free entry at all, the first owned one that fits best (two originals then share it).
    ///
    /// A tier's traits are made when a choice first reaches it, so a run that never uses up the
    /// common names never reads the larger pools. With one tier this is
    /// ``choose(from:domain:key:fit:excluding:)``.
    ///
    /// From scheme 2, ownership is counted per kind across families (`person.given-m`): the
    /// Azerbaijani lists spelled in Cyrillic and the Russian lists share names (`Яков`), and
    /// two people, one of each family, must not both get one.
    private func choose(fromTiersOf listKey: String, domain: String, kind: String, key originalKey: String, fit: Fit) -> String {
        let keys = tierKeys(listKey)
        guard keys.count > 1, let first = personTraits(listKey) else {
            return choose(from: personTraits(listKey)!, domain: domain, key: originalKey, fit: fit)
        }
        let memo = Self.hash(domain, originalKey)
        if let made = chosen[memo] { return made }
        let ownerDomain = "person." + kind
        // What fits is what the common names offer (as with one tier): a fit none of them has
        // is not looked for in the larger pools, so a run that does not use up the common
        // names gets the stand-ins it got before they existed.
        var filters: [Filter] = []
        for f in [fit, Fit(female: fit.female, ending: fit.ending, hasForms: nil)] where first.hasAny(.fit(f)) {
            if !filters.contains(.fit(f)) { filters.append(.fit(f)) }
        }
        filters.append(.any)
        func isUsedUp(_ traits: ListTraits) -> Bool {
            (taken[ListDomain(list: ObjectIdentifier(traits), domain: ownerDomain)] ?? 0) >= traits.entries.count
        }
        // Real names first (the common names and tier 2), each fit in turn, then the formed and
        // made-up ones (tiers 3 on): a real name that fits less reads better than a made-up one
        // that fits exactly. Any ending, in every tier, comes last.
        let real = Array(keys.prefix(2)), formed = Array(keys.dropFirst(2))
        var passes: [(filter: Filter, tiers: [String])] = []
        for group in [real, formed] where !group.isEmpty {
            for filter in filters.dropLast() { passes.append((filter, group)) }
        }
        passes.append((.any, keys))
        for (filter, tiers) in passes {
            for tierKey in tiers {
                guard let traits = tierKey == listKey ? first : personTraits(tierKey), traits.hasAny(filter) else { continue }
                if isUsedUp(traits) || exhausted.contains(Exhausted(list: ObjectIdentifier(traits), domain: ownerDomain, filter: filter)) {
                    continue
                }
                let (made, isOwn) = firstChoice(from: traits, domain: domain, key: originalKey, filter: filter, excluding: [],
                                                ownerDomain: ownerDomain, complete: true)
                if isOwn {
                    if chosen.count < Self.ownerLimit { chosen[memo] = made }
                    return made
                }
            }
        }
        // No tier has a free entry: share the common name that fits best (the first owned one
        // in the original's keyed order).
        let made = firstChoice(from: first, domain: domain, key: originalKey, filter: filters[0], excluding: [],
                               ownerDomain: ownerDomain).value
        if chosen.count < Self.ownerLimit { chosen[memo] = made }
        return made
    }

    /// A keyed choice from `candidates` for the original with phonetic key `key`: the first, in
    /// a keyed order, that fits `fit` (when any does), is not a name found in this run and has
    /// not been given to another original.
    ///
    /// When every entry that fits is another original's, an entry free of owners that fits
    /// less (any gendered forms, then any ending) is better than sharing one: two people of a
    /// run with one stand-in are one person to the reader. Only a list with no free entry left
    /// makes originals share, each the first owned entry that fits in its keyed order.
    ///
    /// `excluding`: phonetic keys of the original's own spellings, when `key` is not one of them
    /// (a place is keyed by its id): a stand-in equal to the original would leak it.
    private func choose(from candidates: ListTraits, domain: String, key originalKey: String, fit: Fit?,
                        excluding: Set<String> = []) -> String {
        let memo = Self.hash(domain, originalKey)
        if let made = chosen[memo] { return made }
        var filters: [Filter] = []
        if let fit {
            for f in [fit, Fit(female: fit.female, ending: fit.ending, hasForms: nil)] where candidates.hasAny(.fit(f)) {
                if !filters.contains(.fit(f)) { filters.append(.fit(f)) }
            }
        }
        filters.append(.any)
        let usedUp = (taken[ListDomain(list: ObjectIdentifier(candidates), domain: domain)] ?? 0) >= candidates.entries.count
        var shared: String? = nil
        for filter in usedUp ? [filters[0]] : filters {
            let (made, isOwn) = firstChoice(from: candidates, domain: domain, key: originalKey, filter: filter, excluding: excluding)
            if isOwn {
                if chosen.count < Self.ownerLimit { chosen[memo] = made }
                return made
            }
            if shared == nil { shared = made }
        }
        let made = shared!
        if chosen.count < Self.ownerLimit { chosen[memo] = made }
        return made
    }

    /// A keyed choice among the entries that pass `filter` (which some entry must pass).
    private func choose(from candidates: ListTraits, domain: String, key originalKey: String, filter: Filter,
                        excluding: Set<String>) -> String {
        // Once chosen, a stand-in stays the original's for the run, whatever is learned later.
        let memo = Self.hash(domain, originalKey)
        if let made = chosen[memo] { return made }
        let made = firstChoice(from: candidates, domain: domain, key: originalKey, filter: filter, excluding: excluding).value
        if chosen.count < Self.ownerLimit { chosen[memo] = made }
        return made
    }

    /// Lists with no free entry that passes a filter, per ownership domain (see
    /// ``firstChoice(from:domain:key:filter:excluding:ownerDomain:complete:)``).
    private var exhausted: Set<Exhausted> = []

    struct Exhausted: Hashable {
        let list: ObjectIdentifier
        let domain: String
        let filter: Filter
    }

    /// How many entries of a list choices in a domain have taken (``choose(from:domain:key:fit:excluding:)``):
    /// at the list's length it has no free entry left. Lists live as long as the process
    /// (``SharedStandIns`` never lets one go), so their identifiers stay theirs.
    private var taken: [ListDomain: Int] = [:]

    /// One stand-in list in one domain (`person.az.surname`): what ownership is counted by.
    struct ListDomain: Hashable {
        let list: ObjectIdentifier
        let domain: String
    }

    /// The keyed choice and whether the original owns it (taken now or before), rather than
    /// sharing another original's.
    ///
    /// `ownerDomain`: where ownership is counted, when not in `domain` (the keyed order's).
    /// `complete`: after the keyed steps, try every entry (the steps skip some when their size
    /// shares a factor with the list's length), and remember a list found to have no free entry
    /// that passes `filter` for anyone (``exhausted``): ownership and found names only grow, so
    /// it never has one again in this run, and later choices pass it over unread.
    private func firstChoice(from traits: ListTraits, domain: String, key originalKey: String, filter: Filter,
                             excluding: Set<String>, ownerDomain: String? = nil, complete: Bool = false) -> (value: String, isOwn: Bool) {
        let ownedIn = ownerDomain ?? domain
        let candidates = traits.entries
        let seed = key.digest(domain: "redact.stand-in." + domain, originalKey)
        var random = KeyedRandom(seed: seed)
        let start = random.next(below: candidates.count)
        let step = 1 + 2 * random.next(below: max(1, candidates.count / 2))  // odd, so it visits many
        let original = Self.hash("", originalKey)
        let ownerHash = SharedStandIns.shared.ownerHashes(of: traits, domain: ownedIn)
        // A `MALE|FEMALE` pair is one surname: neither form may be a name of the run.
        let found: FoundEntries
        if let known = foundEntries[ObjectIdentifier(traits)] {
            found = known
        } else {
            found = FoundEntries(list: traits)
            foundEntries[ObjectIdentifier(traits)] = found
        }
        // Whether an entry was passed over as this original's own spelling only: free for others.
        var spared = false
        func isExcluded(_ index: Int) -> Bool {
            if found.found[index] { return true }
            if traits.forms[index].contains(where: { $0 == originalKey || (!excluding.isEmpty && excluding.contains($0)) }) {
                spared = true
                return true
            }
            // From scheme 4, nor one whose sound is a letter away from the original's (`Унна`
            // for `Анна`, `Unna` keyed `una` beside `ana`): a reader would guess the original.
            if scheme.version >= 4, traits.forms[index].contains(where: { form in
                Self.isOneEditApart(form, originalKey) || excluding.contains { Self.isOneEditApart(form, $0) }
            }) {
                spared = true
                return true
            }
            if traits.foundNameKeys[index].contains(where: { isFoundName($0) }) {
                found.found[index] = true
                return true
            }
            return false
        }
        // Once the lists are used up (a run of thousands of people), every candidate is owned
        // by another original: the owner is looked up first, and the dearer exclusion tests
        // are made for an owned candidate only until a fallback is found. The choice is the
        // same as testing exclusion first: an excluded candidate is neither chosen nor a fallback.
        var fallback: Int? = nil
        /// Whether the candidate at `index` is free for the original, which then owns it.
        func takes(_ index: Int) -> Bool {
            if !traits.passes(index, filter) { return false }
            let owner = ownerHash[index]
            if let current = owners[owner], current != original {
                if fallback == nil && !isExcluded(index) { fallback = index }
                return false
            }
            if isExcluded(index) { return false }
            if owners.count < Self.ownerLimit, owners[owner] == nil {
                owners[owner] = original
                taken[ListDomain(list: ObjectIdentifier(traits), domain: ownedIn), default: 0] += 1
            }
            return true
        }
        for attempt in 0..<candidates.count {
            let index = (start + attempt * step) % candidates.count
            if takes(index) { return (candidates[index], true) }
        }
        var isParadigm = false
        if case .paradigm = filter { isParadigm = true }
        if isParadigm || complete {
            // A paradigm is narrow (a few towns of thousands), and the keyed steps above pass
            // over some of the list when their size shares a factor with its length.
            for offset in 0..<candidates.count where takes((start + offset) % candidates.count) {
                return (candidates[(start + offset) % candidates.count], true)
            }
        }
        if complete && !spared { exhausted.insert(Exhausted(list: ObjectIdentifier(traits), domain: ownedIn, filter: filter)) }
        if let fallback { return (candidates[fallback], false) }
        // Every candidate was excluded: any one but the original itself.
        for attempt in 0..<candidates.count {
            let index = (start + attempt * step) % candidates.count
            if !traits.forms[index].contains(where: { $0 == originalKey || excluding.contains($0) }) { return (candidates[index], false) }
        }
        return (candidates[start], false)
    }

    /// FNV-1a over the UTF-8 of `domain`, a tab and `key`: stable across runs and machines.
    static func hash(_ domain: String, _ key: String) -> UInt64 {
        hash(continuing: hash(domain: domain), key)
    }

    /// The FNV-1a state after `domain` and the tab, from which ``hash(continuing:_:)`` goes on.
    static func hash(domain: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in domain.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (h ^ 0x09) &* 0x100_0000_01b3
    }

    /// ``hash(_:_:)`` of a domain and `key`, from the domain's state (``hash(domain:)``).
    static func hash(continuing state: UInt64, _ key: String) -> UInt64 {
        var h = state
        for byte in key.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    private func initial(for word: String) -> String {
        let cyrillic = Transliteration.script(of: word) == .cyrillic
        let letters: [String] = cyrillic ? ["А", "Б", "В", "Г", "Д", "Е", "К", "Л", "М", "Н", "П", "Р", "С", "Т"]
            : ["A", "B", "D", "E", "F", "G", "K", "L", "M", "N", "R", "S", "T", "Z"]
        var random = KeyedRandom(seed: key.digest(domain: "redact.stand-in.initial", NameKey.fold(word)))
        return matchCase(random.element(of: letters), like: word)
    }

    /// A made-up name of as many words, for when the stand-in lists have nothing that fits (a
    /// rule set without `Rules/lexicon/`): never the original.
    private func madeUp(_ word: String) -> String {
        var random = KeyedRandom(seed: key.digest(domain: "redact.stand-in.made-up", self.phonetic(word)))
        return ContactStandIn.person(like: word[...], random: &random)
    }

    /// Whether phonetic keys `a` and `b`, three letters or more, differ by one letter changed,
    /// added or dropped.
    static func isOneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count >= 3, y.count >= 3, abs(x.count - y.count) <= 1, x != y else { return false }
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        var j = 0
        while j < x.count - i, j < y.count - i, x[x.count - 1 - j] == y[y.count - 1 - j] { j += 1 }
        // What is left between the common start and end: one letter at most on each side.
        return x.count - i - j <= 1 && y.count - i - j <= 1
    }

    /// `name` with the capitalization of `original`: all capitals, or as it is.
    private func matchCase(_ name: String, like original: String) -> String {
        let letters = original.unicodeScalars.filter { ScalarTraits.isAlphabetic($0) }
        if letters.count > 1 && letters.allSatisfy({ ScalarTraits.isUppercase($0) }) {
            return Self.upper(name, turkic: letters.contains { Self.turkicCapitals.contains($0) })
        }
        if let first = letters.first, ScalarTraits.isLowercase(first) { return Self.lower(name) }
        return name
    }

    /// Upper case; with the Turkic dotted capital İ (`turkic`) where the original, in capitals,
    /// is written with Azerbaijani or Turkish letters (`ƏLİYEV`), else plain (`WRIGHT`).
    static func upper(_ text: String, turkic: Bool) -> String {
        guard turkic else { return text.uppercased() }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "i" { out += "İ" } else if scalar == "ı" { out += "I" } else { out += String(scalar).uppercased() }
        }
        return out
    }

    /// The number of capitals of `word` when it is a short name in capitals: two to six
    /// capital letters, then nothing or up to two lower-case letters of a Russian case
    /// ending (`МИДа`); nil otherwise.
    static func acronymLength(_ word: String) -> Int? {
        let scalars = Array(word.unicodeScalars)
        let capitals = scalars.prefix { ScalarTraits.isUppercase($0) }.count
        guard (2...6).contains(capitals), scalars.count - capitals <= 2,
              scalars.dropFirst(capitals).allSatisfy({ ScalarTraits.isLowercase($0) && $0.value >= 0x430 && $0.value <= 0x44F })
        else { return nil }
        return capitals
    }

    /// Capitals only Azerbaijani or Turkish writes: İ Ə Ş Ğ Ç Ö Ü.
    static let turkicCapitals: Set<Unicode.Scalar> = ["İ", "Ə", "Ş", "Ğ", "Ç", "Ö", "Ü"]

    static func lower(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "I" { out += "ı" } else if scalar == "İ" { out += "i" } else { out += String(scalar).lowercased() }
        }
        return out
    }

    /// Words and the text between them.
    static func split(_ value: String) -> [(text: String, isWord: Bool)] {
        var parts: [(String, Bool)] = []
        var current = ""
        var inWord = false
        for scalar in value.unicodeScalars {
            let letter = ScalarTraits.isAlphabetic(scalar) || scalar.properties.isDefaultIgnorableCodePoint || scalar == "\u{00AD}"
                || (inWord && (scalar == "'" || scalar == "\u{2019}"))
            if letter != inWord && !current.isEmpty {
                parts.append((current, inWord))
                current = ""
            }
            inWord = letter
            current.unicodeScalars.append(scalar)
        }
        if !current.isEmpty { parts.append((current, inWord)) }
        return parts
    }

    // MARK: Places

    /// Another place of the same country, spelled in the original's script, with the same
    /// ending class. A Russian word takes a town that declines as it does, with its case ending
    /// (``RussianDeclension``).
    func place(_ value: String) -> String {
        let words = Self.split(value).filter(\.isWord)
        guard !words.isEmpty else { return value }
        if words.count > 1, scheme.version >= 7, let composed = placeByWords(value) { return composed }
        let last = analyze(words.last!.text)
        let whole = analyze(value)
        let lookedUp = Lexicon.name(phonetic: self.phonetic(value))
        let entry = lookedUp ?? whole.entry ?? last.entry
        let script = Transliteration.script(of: value)
        var placeID = entry?.places.first
        var nominative = NameKey.fold(value)
        // A Russian word is read as a case form of its place's own Cyrillic names where it is
        // one (`Казани` of `Казань`): the analysis' reading serves to find the place, but a
        // place's other spellings may give it another nominative (`Kazana`).
        var reading: RussianDeclension.Reading? = nil
        if script == .cyrillic, words.count == 1, !declension.isEmpty {
            if let found = russianPlace(value, among: [lookedUp, whole.entry]) {
                placeID = found.id
                reading = found.reading
            } else if let inflection = whole.inflection, nominative.count > inflection.ending.count {
                nominative = String(nominative.dropLast(inflection.ending.count)) + inflection.nominative
                reading = .init(nominative: nominative, ending: inflection.ending, nominativeEnding: inflection.nominative)
            } else {
                reading = .init(nominative: nominative, ending: "", nominativeEnding: "")
            }
            nominative = reading!.nominative
            // Every case form is the place its nominative names (`Крым`, `Крыму`, `Крыма`): the
            // one place, and so the one stand-in, in the form each mention needs.
            if let id = Lexicon.name(phonetic: self.phonetic(nominative))?.places.first {
                placeID = id
            }
        }
        let country = placeID.map { String($0.prefix(2)) } ?? {
            switch script {
            case .cyrillic: return "RU"
            case .latin: return value.unicodeScalars.contains { ["ə", "Ə", "q", "x"].contains($0) } ? "AZ" : "TR"
            case .ascii: return "GB"
            }
        }()
        // A place no list holds is keyed by its stem in Russian, so that its case forms are one
        // place (`Волги`, `Волгу`).
        let identity = placeID ?? (reading != nil ? self.phonetic(declension.stem(of: value)) : self.phonetic(value))
        guard let traits = placeTraits(country: country, declining: reading != nil) else { return madeUp(value) }
        let fit = Fit(female: false, ending: Ending(ofPhonetic: self.phonetic(nominative)), hasForms: nil)
        var filter: Filter = traits.hasAny(.fit(fit)) ? .fit(fit) : .any
        let excluded: Set<String> = [self.phonetic(value), self.phonetic(nominative)]
        if let reading {
            // A town that declines as the original, else one that does not decline, else one of
            // the same declension with another letter before the ending.
            let paradigm = declension.paradigm(of: reading.nominative)
            if let tier = paradigm.standIns.first(where: { traits.hasAny(.paradigm($0), besides: excluded) }) { filter = .paradigm(tier) }
        }
        let chosen = choose(from: traits, domain: "place", key: identity, filter: filter, excluding: excluded)
        let names = chosen.split(separator: "|").map(String.init)
        var spelled: String
        // In the original's script: a Latin word never gets a town of Russia in Cyrillic (a
        // place found by sound may be of any country), but its Latin name, or the Cyrillic
        // one transliterated.
        let latin = names.first { Transliteration.script(of: $0) != .cyrillic }
        switch script {
        case .latin: spelled = latin ?? Transliteration.russianToASCII(names[0])
        case .ascii:
            spelled = names.first { Transliteration.script(of: $0) == .ascii }
                ?? latin.map(Transliteration.latinToASCII) ?? Transliteration.russianToASCII(names[0])
        case .cyrillic: spelled = names.first { Transliteration.script(of: $0) == .cyrillic } ?? names[0]
        }
        if let reading { spelled = declension.inflect(spelled, like: reading) }
        return matchCase(spelled, like: value)
    }

    /// A place whose name holds a place type (`Свердловской области`, `Республики Татарстан`,
    /// `Topkapı Sarayı`), from scheme 7: the type words stay as written and each other
    /// capitalized word becomes a place by itself. The region keeps its type and its case
    /// (`Свердловской области` → `Ивовой области`, not a town in the nominative), every
    /// case form of it gets one stand-in (each word is keyed by its stem), and two regions of
    /// one type no longer share a stand-in found through the type word (`Пермским краем` and
    /// `Краснодарского края` both took the place the lists hold for `край`). Nil when no
    /// word is a type, or no capitalized word is left to replace, and the place is replaced
    /// whole.
    private func placeByWords(_ value: String) -> String? {
        var typed = false, replaced = false
        var out = ""
        for part in Self.split(value) {
            guard part.isWord else { out += part.text; continue }
            let fold = NameKey.fold(part.text)
            if rules.isPlaceNameType(fold) {
                typed = true
                out += part.text
            } else if rules.orgDesignatorWords.contains(fold) {
                // A body's word in a name read as a place (`Верховный Суд Республики …`) stays,
                // as in the body's stand-in: no town in its place.
                out += part.text
            } else if let first = part.text.unicodeScalars.first, ScalarTraits.isUppercase(first) {
                replaced = true
                if Transliteration.script(of: part.text) == .cyrillic, rules.hasAdjectiveEnding(fold, stem: 3),
                   let adjective = ordinaryWord(for: part.text, analysis: analyze(part.text), domain: "organization", language: "ru",
                                                beforeALowerCaseWord: true) {
                    // A region's adjective becomes an ordinary adjective in its case, as in an
                    // organization's name (`ГУФСИН России по Свердловской области`), so the
                    // region has one stand-in alone and inside a body's name: few towns of
                    // the lists are adjectives of every gender to draw one from.
                    out += adjective
                } else {
                    out += place(part.text)
                }
            } else {
                out += part.text
            }
        }
        return typed && replaced ? out : nil
    }

    /// The first place of `entries` (best first) that `word` names, and the word read as one of
    /// that place's Cyrillic names.
    private func russianPlace(_ word: String, among entries: [LexiconEntry?]) -> (id: String, reading: RussianDeclension.Reading)? {
        // The analysis takes the first case ending whose nominative the lists know, of any
        // place (`Смоленском` as Ukraine's `Смолянський`): the word's other nominatives follow.
        var ids: [String] = []
        for entry in entries + declension.nominatives(of: word).map({ Lexicon.name(phonetic: self.phonetic($0)) }) {
            for id in entry?.places ?? [] where !ids.contains(id) { ids.append(id) }
        }
        for id in ids {
            let number = id.dropFirst(2)
            let key = id.prefix(2) + ":" + String(repeating: "0", count: max(0, 9 - number.count)) + number
            guard let payload = Lexicon.places.payload(for: String(key)) else { continue }  // a subdivision
            let names = Self.placeNames(String(payload)).names.filter { Transliteration.script(of: $0) == .cyrillic }
            if let reading = declension.reading(of: word, among: names) { return (id, reading) }
        }
        return nil
    }

    /// The traits of the places of `country` (`placeCandidates`), nil when it has none: the
    /// ending class is the local name's.
    private static let worldCandidateLimit = 32

    /// `declining`: with the paradigm of each place's Cyrillic name, for a Russian original.
    private func placeTraits(country: String, declining: Bool) -> ListTraits? {
        guard declining else {
            return SharedStandIns.shared.traits("place\t" + country) { makePlaceTraits(country: country, declension: nil) }
        }
        let declension = self.declension
        return SharedStandIns.shared.traits("place\t" + country + "\t" + declension.signature) {
            makePlaceTraits(country: country, declension: declension)
        }
    }

    private func makePlaceTraits(country: String, declension: RussianDeclension?) -> ListTraits? {
        let candidates = placeCandidates(country: country)
        guard !candidates.isEmpty else { return nil }
        let paradigms = declension.map { declension in
            candidates.map { declension.paradigm(of: $0.names.first { Transliteration.script(of: $0) == .cyrillic } ?? $0.names[0]) }
        } ?? []
        // Keyed by NameKey itself, not through the memo of originals' keys: thousands of towns'
        // names, each keyed once per process, would only fill it.
        let forms = candidates.map(\.keys)
        let endings = forms.map { Ending(ofPhonetic: $0[0]) }
        return ListTraits(entries: candidates.map(\.joined), forms: forms, endings: [endings, endings],
                          hasForms: Array(repeating: false, count: candidates.count), paradigms: paradigms)
    }

    /// Places of `country` that have a name in each script, own language's first, as their
    /// names `|`-joined and one by one. For a
    /// country of the wider world (towns marked `~`) the first `worldCandidateLimit` do: a
    /// text names few towns of one foreign country, and the traits of each are worked out at
    /// run time, so a long list would cost every process that meets the country.
    /// The lines are read as UTF-8 (`~`, `|` and the space are single bytes), and a line is
    /// split only once.
    private func placeCandidates(country: String) -> [(joined: String, names: [Substring], keys: [String])] {
        var out: [(joined: String, names: [Substring], keys: [String])] = []
        for (_, payload) in Lexicon.places.lines(withPrefix: country + ":") {
            let (isWorld, names, keys) = Self.placeNames(payload)
            if isWorld && out.count >= Self.worldCandidateLimit { break }
            guard let local = names.first, Transliteration.script(of: local) != .cyrillic || country == "RU" else { continue }
            let hasASCII = names.contains { Transliteration.script(of: $0) == .ascii }
            let hasCyrillic = names.contains { Transliteration.script(of: $0) == .cyrillic }
            guard hasASCII && hasCyrillic, !local.utf8.contains(UInt8(ascii: " ")), local.count >= 3 else { continue }
            out.append((names.joined(separator: "|"), names, keys.count == names.count ? keys : names.map { NameKey.standInKey($0) }))
        }
        return out
    }

    /// A `places` payload read: whether it is a town of the wider world (`~`), its names, and
    /// their phonetic keys as the lexicon compiler wrote them.
    private static func placeNames(_ payload: String) -> (isWorld: Bool, names: [Substring], keys: [String]) {
        let isWorld = payload.utf8.first == UInt8(ascii: "~")
        let body = payload.utf8.dropFirst(isWorld ? 1 : 0)
        let parts = body.split(separator: UInt8(ascii: "\t"), maxSplits: 1, omittingEmptySubsequences: false)
        let names = parts[0].split(separator: UInt8(ascii: "|")).map { Substring($0) }
        let keys = parts.count == 2
            ? parts[1].split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { String(Substring($0)) } : []
        return (isWorld, names, keys)
    }

    // MARK: Organizations and addresses

    /// Designators and function words kept; place words become places, other words keyed words.
    func organization(_ value: String) -> String {
        acronym(value) ?? replaceNameWords(value, domain: "organization")
    }

    /// The stand-in of an acronym introduced with its organization's name in the run: the
    /// initials of the name's stand-in, whatever kind a mention of the acronym was read as
    /// (`Aİ` is a place by the lists, and the acronym of `Avropa İttifaqı` in the text); nil
    /// for any other value, or when the initials do not make an acronym of its length that
    /// differs from it.
    func acronym(_ value: String) -> String? {
        // The name's stand-in may hold an acronym again (its own, `TFF Kulübü` of `TFF`, or
        // another's): those words are replaced as any other, never through this again.
        guard !makingAcronym, !acronymNames.isEmpty || !namesByInitials.isEmpty else { return nil }
        makingAcronym = true
        defer { makingAcronym = false }
        // Most values are no acronym: told by their letters before anything is folded or looked up.
        if !namesByInitials.isEmpty, AcronymStandIn.isAcronym(value), acronymNames[NameKey.fold(value)] == nil,
           let name = namesByInitials[value.uppercased()] ?? nil {
            learn(acronym: value, of: name)
        }
        guard !acronymNames.isEmpty, let full = acronymNames[NameKey.fold(value)] else { return nil }
        let words = AcronymStandIn.words(of: organization(full.name))
        guard words.count == full.words else { return nil }
        let made = AcronymStandIn.initials(of: words, at: full.positions)
        let letters = value.unicodeScalars.filter { ScalarTraits.isAlphabetic($0) }.count
        guard made.unicodeScalars.count == letters, NameKey.fold(made) != NameKey.fold(value) else { return nil }
        return made
    }

    /// Whether ``acronym(_:)`` is making a stand-in (of the name it shortens).
    private var makingAcronym = false

    /// Acronyms introduced with their organization's name in the run (``AcronymStandIn``): the
    /// name, its number of words and which of them give the acronym, by the acronym's fold (`Aİ` written with a
    /// combining dot or without is one acronym).
    private var acronymNames: [String: (name: String, words: Int, positions: [Int])] = [:]

    /// Organizations of two words or more met in the run, by each reading of their initials
    /// (``AcronymStandIn``), so that an acronym met without its name in brackets still takes
    /// the initials of the name's stand-in (`Европейского союза` … `ЕС`); nil where two
    /// different names give the same initials (then the acronym is replaced as any other).
    /// Case forms of one name are one name: the first four letters of each word decide.
    private var namesByInitials: [String: String?] = [:]
    private var notedOrganizations: Set<String> = []
    private var stemsByInitials: [String: String] = [:]

    /// Notes an organization's name found in the run (``namesByInitials``).
    func note(organization name: String) {
        // A name recurs far more often than it is new: each is read once.
        guard namesByInitials.count < 100_000, notedOrganizations.count < 100_000, notedOrganizations.insert(name).inserted else { return }
        let words = AcronymStandIn.words(of: name)
        guard words.count >= 2 else { return }
        let stems = words.map { String(String.UnicodeScalarView($0.prefix(4))).lowercased() }.joined(separator: " ")
        for reading in AcronymStandIn.Reading.allCases {
            let initials = AcronymStandIn.initials(of: words, at: AcronymStandIn.positions(in: words, reading: reading,
                                                                                           skipping: acronymSkippedWords))
            guard (2...8).contains(initials.unicodeScalars.count) else { continue }
            if let known = stemsByInitials[initials] {
                if known != stems { namesByInitials[initials] = .some(nil) }
            } else {
                stemsByInitials[initials] = stems
                namesByInitials[initials] = name
            }
        }
    }

    /// The words an acronym's initials may leave out (``AcronymStandIn/Reading/contentWords``),
    /// from stand-in scheme 6; none before it, where that reading is every word's.
    private var acronymSkippedWords: WordSet { scheme.version >= 6 ? rules.acronymSkippedWords : [] }

    /// Learns that `acronym` shortens `name` (`name (acronym)` in the text), when its initials
    /// give it; the first name an acronym is met with stays its name for the run.
    func learn(acronym: String, of name: String) {
        let key = NameKey.fold(acronym)
        guard acronymNames[key] == nil, acronymNames.count < 100_000, AcronymStandIn.isAcronym(acronym),
              let reading = AcronymStandIn.reading(of: acronym, in: name, skipping: acronymSkippedWords) else { return }
        let words = AcronymStandIn.words(of: name)
        acronymNames[key] = (name, words.count, AcronymStandIn.positions(in: words, reading: reading, skipping: acronymSkippedWords))
    }

    /// Street types and house words kept; the street's name words and the numbers replaced.
    func address(_ value: String) -> String {
        var out = ""
        var random = KeyedRandom(seed: key.digest(domain: "redact.stand-in.address", NameKey.fold(value)))
        for scalar in replaceNameWords(value, domain: "address").unicodeScalars {
            if let digit = scalar.properties.numericType, digit == .decimal {
                out += String(out.last.map { $0.isNumber } == true ? random.digit() : random.next(in: 1...9))
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return Self.refittingOrdinals(out)
    }

    /// `text` with the ordinal endings after its numbers fitted to the new numbers: English
    /// `st`, `nd`, `rd`, `th` joined to the number (`42nd` made `14nd` → `14th`) and an
    /// Azerbaijani `-cı`, `-ci`, `-cu`, `-cü` after a hyphen (`9-cu` made `5-cu` → `5-ci`), by the
    /// rules the date stand-ins use (``DateStandIn/englishOrdinal(_:)``,
    /// ``DateStandIn/azOrdinalVowel(_:)``). The letters keep their case.
    static func refittingOrdinals(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            guard s[i].properties.numericType == .decimal else { out.append(s[i]); i += 1; continue }
            var n = 0, j = i
            while j < s.count, let v = s[j].properties.numericValue, s[j].properties.numericType == .decimal {
                n = n &* 10 &+ Int(v)
                out.append(s[j])
                j += 1
            }
            i = j
            let isLetter = { (k: Int) in k < s.count && ScalarTraits.isAlphabetic(s[k]) }
            if i + 1 < s.count, !isLetter(i + 2), ["st", "nd", "rd", "th"].contains(String(String.UnicodeScalarView(s[i...(i + 1)])).lowercased()) {
                let upper = ScalarTraits.isUppercase(s[i])
                let suffix = DateStandIn.englishOrdinal(n)
                out.append(contentsOf: (upper ? suffix.uppercased() : suffix).unicodeScalars)
                i += 2
            } else if i + 2 < s.count, s[i] == "-", s[i + 1] == "c" || s[i + 1] == "C", "ıiuüIİUÜ".unicodeScalars.contains(s[i + 2]), !isLetter(i + 3) {
                let vowel = DateStandIn.azOrdinalVowel(n)
                out.append("-")
                out.append(s[i + 1])
                out.append(contentsOf: (s[i + 1] == "C" ? Self.upper(String(vowel), turkic: true) : String(vowel)).unicodeScalars)
                i += 3
            }
        }
        return String(out)
    }

    /// Designators, street types and house words: kept in organization and address stand-ins.
    private lazy var keptWords: WordSet = rules.orgAfter.union(rules.orgBefore).union(rules.addressAfter)
        .union(rules.addressBefore).union(rules.houseWords)
    /// The first and last words of the kept phrases of several words (`police station`); from
    /// scheme 9 every word of them, so that a court's kind stays whole (`Ağır Ceza Mahkemesi`,
    /// `Asliye Hukuk Mahkemesi`: scheme 8 replaced `Ceza` and `Hukuk` as name words).
    private lazy var keptPhraseEnds: Set<String> = Set(keptWords.filter { $0.contains(" ") }.flatMap { phrase -> [String] in
        let words = phrase.split(separator: " ")
        return scheme.version >= 9 ? words.map(String.init) : [String(words.first!), String(words.last!)]
    })

    /// `word` before and from an apostrophe with letters after it (`Dorvale|'s`, `Bankı|'nın`);
    /// the whole word and no suffix otherwise.
    static func apostropheSplit(_ word: String) -> (stem: String, suffix: String) {
        let scalars = Array(word.unicodeScalars)
        guard let i = scalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" }), i >= 2,
              i < scalars.count - 1 else { return (word, "") }
        return (String(scalars: scalars[..<i]), String(scalars: scalars[i...]))
    }

    /// Whether a word of an organization's name is a Russian body's head (`org.heads` in any
    /// case form: `Управления`, `МВД`; `org.caps-heads` in capitals: `ГСУ`).
    /// Also a country, a nationality's word or capitals that name no body (`org.not-acronyms`:
    /// `РФ`), which say where, not which (`Верховного Суда РФ`, `Российской Федерации`).
    private func isBodyHead(_ a: WordAnalysis) -> Bool {
        guard a.isCyrillic else { return false }
        if a.flags.isCountry || a.flags.isNationality || (a.isAllCaps && rules.notAcronyms.contains(a.fold)) { return true }
        if a.isAllCaps && rules.orgCapsHeads.contains(a.fold) { return true }
        return !rules.orgNotHeads.contains(a.fold) && rules.orgHeads.contains(formOf: a.fold)
    }

    /// `text` with each run of digits replaced by as many keyed digits, from scheme 9: the
    /// number in an organization's name says which of a town's courts, jails, police
    /// departments or schools is meant (`İstanbul 26. Ağır Ceza Mahkemesi`, `судебного участка
    /// № 7`), where the words around it are generic; scheme 8 kept it as written. One number
    /// gets one stand-in through the run (keyed by the number alone), never itself, with no
    /// leading zero where the original has none.
    private func renumbered(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func flush() {
            guard !run.isEmpty else { return }
            let original = String(run)
            var random = KeyedRandom(seed: key.digest(domain: "redact.stand-in.organization-number", original))
            var made = original
            for _ in 0..<16 where made == original {
                var digits = String.UnicodeScalarView()
                for i in 0..<run.count {
                    let low = i == 0 && run.first != "0" ? 1 : 0
                    digits.append(Unicode.Scalar(UInt8(0x30 + random.next(in: low...9))))
                }
                made = String(digits)
            }
            out.append(contentsOf: made.unicodeScalars)
            run = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 { run.append(scalar) } else { flush(); out.append(scalar) }
        }
        flush()
        return String(out)
    }

    private func replaceNameWords(_ value: String, domain: String) -> String {
        var out = ""
        let parts = Self.split(value)
        // The language of the name's designator or street type, when only one language has it
        // (`Papatya Sok.` is Turkish): its words' stand-ins are that language's.
        let language = parts.lazy.filter(\.isWord).compactMap { self.rules.designatorLanguage[NameKey.fold($0.text)] }.first
        // A Russian name written in lower case (`турецкого внешнеполитического ведомства`): no
        // capitalized word to replace, so its adjectives are its name words, and become ordinary
        // adjectives in lower case (`елового клюквенного ведомства`).
        let lowerCaseName = !parts.contains { part in
            guard part.isWord, let first = part.text.unicodeScalars.first, ScalarTraits.isUppercase(first) else { return false }
            let fold = NameKey.fold(part.text)
            return !keptWords.contains(fold) && !keptPhraseEnds.contains(fold)
        }
        for (index, part) in parts.enumerated() {
            guard part.isWord else {
                out += domain == "organization" && scheme.version >= 9 ? renumbered(part.text) : part.text
                continue
            }
            let a = analyze(part.text)
            let startsUpper = part.text.unicodeScalars.first.map { ScalarTraits.isUppercase($0) } ?? false
            if lowerCaseName, !startsUpper, !keptWords.contains(a.fold), Transliteration.script(of: part.text) == .cyrillic,
               rules.hasAdjectiveEnding(a.fold, stem: 3),
               let word = ordinaryWord(for: part.text, analysis: a, domain: domain, language: "ru", beforeALowerCaseWord: true) {
                out += word
            } else if keptWords.contains(a.fold) || !startsUpper || a.letterCount <= 1 || keptPhraseEnds.contains(a.fold)
                        || (scheme.version >= 7 && a.isAllCaps && rules.acronymSkippedWords.contains(a.fold))
                        || (scheme.version >= 7 && rules.isPlaceNameType(a.fold) && !rules.hasAdjectiveEnding(a.fold, stem: 3))
                        || (scheme.version >= 8 && domain == "organization" && isBodyHead(a)) {
                // A preposition or conjunction of a name in capitals (`ГУФССП РОССИИ ПО Г.
                // МОСКВЕ`) stays as it does in lower case, and a place type that is a noun as
                // in a place's name (`Суд Республики Татарстан`; an adjective such as
                // `Федеральная` may be the name's only word to replace), from scheme 7; scheme
                // 6 made `ПО` an acronym and `Республики` an ordinary word. A Russian body's
                // head in any case form and its heads in capitals stay, from scheme 8
                // (`Управления МВД России по г. Уфе`, `ГСУ СК России`): they say what kind of
                // body it is, not which; scheme 7 replaced `Управления` by a word (`Старт`),
                // `ГСУ` and `ГИБДД` by capitals.
                out += part.text
            } else if parts.count > 1, let made = acronym(part.text) {
                // An acronym of an organization of the run inside a longer name (`комиссию ЕС`):
                // the initials of that organization's stand-in, as it gets alone.
                out += made
            } else if !a.flags.isPlaceSpelling, let capitals = Self.acronymLength(part.text),
                      scheme.version < 7 || capitals < 5 || !(a.isPlace && !a.isName) {
                // (From scheme 7 a place's case form in capitals, `МОСКВЕ`, is the place's.)
                // A short name in capitals (`RGGU`, `ФИДЕ`, `МИДа` with its case ending) becomes
                // capitals of its script and length, not a person's name in capitals.
                let letters = String(part.text.unicodeScalars.prefix(capitals).map(Character.init))
                var random = KeyedRandom(seed: key.digest(domain: "redact.stand-in.acronym", NameKey.fold(letters)))
                let made = scheme.version >= 7 ? acronymCapitals(like: letters, random: &random) : ShapeStandIn.make(like: letters[...], random: &random)
                out += made + String(part.text.unicodeScalars.dropFirst(capitals).map(Character.init))
            } else if a.isPlace && !a.isName {
                out += place(part.text)
            } else if let word = ordinaryWord(for: part.text, analysis: a, domain: domain, language: language,
                                              beforeALowerCaseWord: parts[(index + 1)...].first(where: \.isWord)
                                                .map { $0.text.unicodeScalars.first?.properties.isLowercase == true } ?? false) {
                out += word
            } else {
                let script = Transliteration.script(of: part.text)
                let family = Self.family(of: a, script: script)
                let poolKey = domain + "\t" + family
                let traits = SharedStandIns.shared.traits(poolKey) {
                    let list = lists[family + "\tsurname"].map { $0.map { String($0.split(separator: "|")[0]) } } ?? []
                    let given = lists[family + "\tgiven-m"] ?? []
                    let pool = domain == "address" ? given : (given + list)
                    return ListTraits(entries: pool, forms: pool.map { $0.split(separator: "|").map { self.phonetic($0) } },
                                      endings: [[], []], hasForms: [])
                }!
                guard !traits.entries.isEmpty else { out += madeUp(part.text); continue }
                // `Dorvale's`: chosen by the name before an apostrophe suffix, which stays, so
                // that `Dorvale` alone (linked to the organization) gets the same stand-in.
                let word = Self.apostropheSplit(part.text)
                // A Russian word by its stem, so that every case form of the name gets one
                // stand-in (`Голоса Тарвии`, `Голосу Тарвии`).
                let stem = script == .cyrillic && !declension.isEmpty ? declension.stem(of: word.stem) : word.stem
                let chosen = choose(from: traits, domain: domain, key: self.phonetic(stem), fit: nil)
                out += matchCase(spell(chosen, family: family, script: script), like: word.stem) + word.suffix
            }
        }
        return out
    }
}

extension NameStandIn {
    /// Capitals for an acronym's stand-in, one for each of `letters`, from scheme 7: a Cyrillic
    /// or basic Latin capital is drawn from the initials of the stand-in surnames of its script
    /// (`ru`, `en`), so that no letter comes that starts no word of the language (`ОП` became
    /// `ЬЯ`, `ГУФСИН` `ЛСЕШШЪ` in scheme 6, which drew from the whole alphabet); any other
    /// letter as ``ShapeStandIn`` draws it. Never the original itself.
    func acronymCapitals(like letters: String, random: inout KeyedRandom) -> String {
        let cyrillic = acronymInitials(family: "ru"), latin = acronymInitials(family: "en")
        func attempt() -> String {
            var scalars = String.UnicodeScalarView()
            for scalar in letters.unicodeScalars {
                let pool: [Unicode.Scalar]
                switch scalar.value {
                case 0x410...0x42F: pool = cyrillic
                case 0x41...0x5A: pool = latin
                default: pool = []
                }
                scalars.append(pool.isEmpty ? ShapeStandIn.replacement(for: scalar, random: &random) : pool[random.next(below: pool.count)])
            }
            return String(scalars)
        }
        var made = attempt()
        var tries = 0
        while made == letters && tries < 16 {
            made = attempt()
            tries += 1
        }
        return made
    }

    /// The capitals that start a stand-in surname of `family`, in code-point order (empty when
    /// the rule set has none).
    private func acronymInitials(family: String) -> [Unicode.Scalar] {
        if let known = acronymInitialsByFamily[family] { return known }
        var found = Set<Unicode.Scalar>()
        for entry in lists[family + "\tsurname"] ?? [] {
            guard let first = entry.unicodeScalars.first else { continue }
            for scalar in String(first).uppercased().unicodeScalars where ScalarTraits.isUppercase(scalar) { found.insert(scalar) }
        }
        let sorted = found.sorted { $0.value < $1.value }
        acronymInitialsByFamily[family] = sorted
        return sorted
    }

    /// The stand-in of one name word of an organization or a street: an ordinary word of the
    /// rule set's `standins.words` (an adjective of `standins.adjectives` for a Russian
    /// adjective), keyed by the word's stem so that every case form of it gets one word, in the
    /// original's script, capitals and case ending; nil when the rule set has no such words for
    /// the language. A person's name here would make the organization read as a person.
    /// A word in `-ом`, `-ем`, `-ой` is an adjective when its stem ends as an adjective's
    /// (`names.adjective-stem-endings`: `Православной`) or a lower-case word of the name follows
    /// it (`beforeALowerCaseWord`: `Тарвинском театре`); a noun's case form otherwise (`Евросоюзом`,
    /// `Вестником Тарвии`).
    func ordinaryWord(for text: String, analysis a: WordAnalysis, domain: String, language: String?,
                      beforeALowerCaseWord: Bool) -> String? {
        let script = Transliteration.script(of: text)
        let family: String
        if script == .cyrillic {
            family = "ru"
        } else if let language, language != "ru" {
            family = language
        } else {
            family = Self.family(of: a, script: script)
        }
        guard let words = rules.standInWords[family], !words.isEmpty else { return nil }
        let word = Self.apostropheSplit(text)
        let fold = NameKey.fold(word.stem)
        let letters = fold.unicodeScalars.count
        if script == .cyrillic, let adjectives = rules.standInAdjectives[family], !adjectives.isEmpty,
           let ending = rules.adjectiveEndings.first(where: { fold.hasSuffix($0) && letters - $0.unicodeScalars.count >= 3 }),
           !rules.nounCaseAdjectiveEndings.contains(ending) || beforeALowerCaseWord
            || rules.adjectiveStemEndings.contains(where: { fold.dropLast(ending.count).hasSuffix($0) }) {
            // `Большого` → `Янтарного`: a hard-stem adjective takes the original's ending, its
            // soft or stressed spelling made hard (`его` → `ого`, `ий` → `ый`).
            let stem = String(fold.unicodeScalars.dropLast(ending.unicodeScalars.count).map(Character.init))
            let traits = wordTraits("\(domain)\tadjective\t\(family)", adjectives)
            let chosen = choose(from: traits, domain: domain + ".adjective", key: phonetic(stem), fit: nil)
            let hard = rules.hardAdjectiveEndings[ending] ?? ending
            let made = String(chosen.dropLast(2)) + hard
            return matchCase(Self.capitalized(made, turkic: false), like: word.stem) + word.suffix
        }
        func suffixed(_ made: String) -> String {
            // A suffix after an apostrophe inside the name, fitted to the new word's sounds
            // (`Akkaya'nın` → `Kilim'in`), as the session fits one after a span.
            made + (word.suffix.isEmpty ? "" : SuffixHarmony.fit(word.suffix, after: made, azerbaijani: family == "az"))
        }
        let traits = wordTraits("\(domain)\tword\t\(family)", words)
        // A Russian word by its stem, so that every case form of the name gets one word
        // (`Голоса Тарвии`, `Голосу Тарвии`).
        let stem = script == .cyrillic && !declension.isEmpty ? declension.stem(of: word.stem) : word.stem
        var chosen = spell(choose(from: traits, domain: domain + ".word", key: phonetic(stem), fit: nil), family: family, script: script)
        if script == .cyrillic, let last = fold.unicodeScalars.last, !rules.nominativeFinals.contains(last) {
            // A case form the chosen word can take (`Тарвии` → `Ромашки`, `Тарвому` → `Вектору`);
            // a word that may be a nominative (it ends in a consonant or `а`, `я`, `о`, `ь`, `й`)
            // is taken as one.
            let chosenFold = NameKey.fold(chosen)
            for entry in rules.caseEndings where letters - entry.ending.count >= 3 {
                let ending = String(scalars: entry.ending)
                guard fold.hasSuffix(ending) else { continue }
                let fits = entry.nominative.isEmpty
                    ? chosenFold.unicodeScalars.last.map { !rules.nominativeFinals.contains($0) && !rules.vowels.contains($0) } ?? false
                    : chosenFold.hasSuffix(entry.nominative)
                guard fits else { continue }
                chosen = String(chosen.dropLast(entry.nominative.count)) + ending
                break
            }
        }
        return suffixed(matchCase(Self.capitalized(chosen, turkic: family == "az" || family == "tr"), like: word.stem))
    }

    /// `word` (the rule set's lists hold words folded) with a capital first letter.
    static func capitalized(_ word: String, turkic: Bool) -> String {
        guard let first = word.unicodeScalars.first else { return word }
        let rest = word.unicodeScalars.dropFirst()
        // A folded `İ` is `i` and a combining dot above (U+0307): the capital `İ` carries the
        // dot itself (`İstiridye`, not `İ̇stiridye`).
        if first == "i", rest.first == "\u{307}" { return "İ" + String(scalars: rest.dropFirst()) }
        return upper(String(first), turkic: turkic) + String(scalars: rest)
    }

    /// The traits of a list of stand-in words, made once per process.
    private func wordTraits(_ key: String, _ words: [String]) -> ListTraits {
        SharedStandIns.shared.traits(key) {
            ListTraits(entries: words, forms: words.map { [self.phonetic($0)] }, endings: [[], []], hasForms: [])
        }!
    }
}

/// The stand-in lists and what is worked out from them (``NameStandIn/ListTraits``): the same
/// for every session, so made once per process and shared. A session per document
/// (`--scope document`, `redact eval`) would otherwise work them out again for every document.
/// Traits are immutable once made; the table of them is behind a lock, and one made twice by
/// two threads at once is the same either way.
final class SharedStandIns: @unchecked Sendable {
    static let shared = SharedStandIns()
    let lists = NameStandIn.StandInLists()
    private var loaded: [String: (names: [String], keys: [[String]])?] = [:]

    /// One stand-in list (``NameStandIn/StandInLists``), read at its first use.
    func list(_ listKey: String) -> [String]? { listWithKeys(listKey)?.names }

    /// One stand-in list with the phonetic keys of each entry's forms.
    func listWithKeys(_ listKey: String) -> (names: [String], keys: [[String]])? {
        lock.lock()
        if let hit = loaded[listKey] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let made = NameStandIn.StandInLists.load(listKey)
        lock.lock()
        loaded[listKey] = made
        lock.unlock()
        return made
    }
    private let lock = NSLock()
    private var table: [String: NameStandIn.ListTraits?] = [:]

    /// The owner hash (``NameStandIn/hash(continuing:_:)``) of every entry of a list in a
    /// domain, made at the list's first choice in that domain: once a run has used a list up, a
    /// choice passes over hundreds of owned entries, and hashing each entry's key each time was
    /// most of its cost. The list is held with its hashes, so that its identifier cannot pass
    /// to another list.
    private var ownerHashes: [NameStandIn.ListDomain: (list: NameStandIn.ListTraits, hashes: [UInt64])] = [:]

    func ownerHashes(of traits: NameStandIn.ListTraits, domain: String) -> [UInt64] {
        let key = NameStandIn.ListDomain(list: ObjectIdentifier(traits), domain: domain)
        lock.lock()
        if let hit = ownerHashes[key] {
            lock.unlock()
            return hit.hashes
        }
        lock.unlock()
        let domainHash = NameStandIn.hash(domain: domain)
        let hashes = traits.ownerKeys.map { NameStandIn.hash(continuing: domainHash, $0) }
        lock.lock()
        ownerHashes[key] = (traits, hashes)
        lock.unlock()
        return hashes
    }

    /// The traits stored under `key`, made by `make` the first time.
    func traits(_ key: String, make: () -> NameStandIn.ListTraits?) -> NameStandIn.ListTraits? {
        lock.lock()
        if let hit = table[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let made = make()
        lock.lock()
        table[key] = made
        lock.unlock()
        return made
    }
}
