import RedactRules

/// One run of redaction: consistent replacements across every text it is given.
///
/// Made by ``RedactionEngine/makeSession()``. Tag numbers are shared by every text the
/// session redacts, including streams written through it with ``StreamingRedactor``.
///
/// Not thread-safe: a session holds ICU matchers and the run's numbering. Use one per thread
/// (they are cheap) or one per run fed in order.
public final class RedactionSession {
    let engine: RedactionEngine
    private let scanner: Scanner
    var scannerForChecks: Scanner { scanner }
    private var pseudonymizer: Pseudonymizer

    /// How many spans of each label this session has replaced so far (counts only, never values).
    public private(set) var replacedCounts: [String: Int] = [:]
    /// The rules whose search hit its step limit (catastrophic backtracking), by rule id, with
    /// how many times. Each time, the whole region that rule was searching was replaced by
    /// `[LABEL]`: the engine fails closed, and the caller names the rule to whoever can fix it.
    public private(set) var exhaustedRules: [String: Int] = [:]
    /// Phonetic keys of the name words found so far, with the rule (label) they were found by:
    /// later mentions in any spelling, script or inflection are replaced too.
    private var knownNames: [String: Int] = [:]
    /// Per known word, the mentions found as an organization less those found as a person,
    /// each weighed by ``voteWeight(_:)``: the word's kind in ``knownNames`` (see
    /// `linkNames`). Protected names and speakers are people whatever the votes.
    private var kindVotes: [String: Int] = [:]
    /// Per known word, how often it was found alone as a place, each mention weighed by
    /// ``voteWeight(_:)`` (see `linkNames`): a word the run finds alone as a place more often
    /// than as a person's or organization's, and never in a person's full name, is a place in
    /// every mention (`Иерусалим` read once as a person).
    private var placeVotes: [String: Int] = [:]
    /// The keys of the words of people's full names found in the run (two words or more), of
    /// protected names and of speakers: such a word found alone is that person, also where a
    /// list or the model read it as a place once (`Рейсмана` after `Гаррета Рейсмана`).
    private var fullNameWords: Set<String> = []
    /// The last words (``NameKey/fold(_:)``) of people's full names found in the run that are
    /// a nationality's word (`Dorin Moldovan`): such a word met alone links to its person only
    /// as that surname. A nationality's word elsewhere in a person's name (`German Titov`, a
    /// span `Korean Kim` taken in) would otherwise make every `German` and `Korean` of the run
    /// a person.
    private var nationalitySurnames: Set<String> = []
    /// The exact keys (``NameKey/fold(_:)``) of the places of one word found in the run (in
    /// ``knownNames`` with the location rule): a word with a case
    /// suffix links only to a place spelled so (`knownPlaceStemEnd`).
    private var knownFolds: Set<String> = []
    /// The initials of the organizations of two words or more found in the run (every
    /// reading of ``AcronymStandIn``, three to eight letters): an acronym that gives them,
    /// met later without its name (`Комитет защиты журналистов` … `КЗЖ`), is that organization.
    private var organizationInitials: Set<String> = []
    /// The organizations whose initials are in ``organizationInitials``, as written.
    private var notedOrganizations: Set<String> = []
    /// Places of one word found in the run, as written, already judged as places to link or
    /// not (an ordinary word): each is judged once, not again in every block.
    private var judgedPlaces: Set<String> = []
    /// Capitalized words found to be ordinary ones (the lists say so, or the text writes them in
    /// lower case): as a sentence's first word they are no mention of a known place.
    private var ordinaryWords: Set<String> = []
    /// The first four bytes of those places as written: a word that starts otherwise is no
    /// case form of one, without decoding it.
    private var knownPlacePrefixes: Set<UInt32> = []

    /// The first four bytes at `start` (fewer at the end, padded with zeros).
    private static func prefix4(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<4 where start + k < bytes.count { value |= UInt32(bytes[start + k]) << (8 * UInt32(k)) }
        return value
    }
    private static let pinnedPerson = -1_000_000_000
    /// Past this many known name words the session stops learning new ones (what it knows
    /// stays): memory stays bounded on any input. Three quarters of a power of two, the most a
    /// table of that size holds (the tables keyed by name words are about 6 MB each when full). Names found by a rule are still replaced
    /// past it; only linking later mentions of names first seen past it stops.
    public static let knownNameLimit = 196_608
    /// This session's limit on known name words, ``knownNameLimit`` unless set lower (tests).
    public var knownNameCap = RedactionSession.knownNameLimit

    /// The month tables of date stand-ins, made once for the session's documents.
    private let dates: DateStandIn

    init(engine: RedactionEngine) {
        self.engine = engine
        scanner = Scanner(rules: engine.compiled)
        dates = DateStandIn(monthLists: engine.compiled.monthLists, weekdayLists: engine.compiled.weekdayLists, dayLists: engine.compiled.dayLists)
        pseudonymizer = Self.makePseudonymizer(engine, dates: dates)
        startKnowing()
    }

    private static func makePseudonymizer(_ engine: RedactionEngine, dates: DateStandIn) -> Pseudonymizer {
        Pseudonymizer(key: engine.configuration.key, operators: engine.configuration.operators, dates: dates,
                      nameRules: engine.compiled.nameRules, repertoire: engine.configuration.outputRepertoire,
                      numberWords: engine.compiled.numberWords, scheme: engine.configuration.standInScheme)
    }

    /// Protected names are known names from the start, so their other spellings are caught too.
    private func startKnowing() {
        if let person = engine.compiled.nameRuleIndices?.person {
            for name in engine.configuration.allProtectedNames {
                for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) where word.unicodeScalars.count >= 3 {
                    knownNames[NameKey.phonetic(word)] = person
                    kindVotes[NameKey.phonetic(word)] = Self.pinnedPerson
                    fullNameWords.insert(NameKey.phonetic(word))
                }
            }
        }
        pseudonymizer.names.isFoundName = { [unowned self] key in self.knownNames[key] != nil }
    }

    /// The document whose date offset moves the dates that follow, nil for the key's one
    /// offset (the default).
    ///
    /// With one offset per key, a reader who knows one true date of one document can undo
    /// the shift of every document redacted with the key. With an id per document (the
    /// filter's `--date-scope document`), each document's dates move by an offset keyed by
    /// its id: a true date then reveals only its own document's. Intervals between the dates
    /// of one document stay true either way, and the same id under the same key gives the
    /// same offset on every machine. It survives ``startDocument()``.
    public var dateDocument: String? {
        didSet { pseudonymizer.moveDates(asDocument: dateDocument) }
    }

    /// Starts a new document: forgets the names learned so far, the stand-ins chosen to avoid
    /// them and the tag numbers, as a new session would (``replacedCounts`` go on counting).
    ///
    /// Keyed stand-ins make the same name the same stand-in in every document anyway; what a
    /// document no longer shares with the others is linking (a name found in one document is
    /// not looked for in the next) and tag numbers, which restart at 1. That makes each
    /// document's output depend on that document alone, which is what a sharded run needs:
    /// every machine holding the key writes the same bytes for it (`--scope document`).
    public func startDocument() {
        knownNames.removeAll(keepingCapacity: true)
        kindVotes.removeAll(keepingCapacity: true)
        placeVotes.removeAll(keepingCapacity: true)
        fullNameWords.removeAll(keepingCapacity: true)
        knownFolds.removeAll(keepingCapacity: true)
        judgedPlaces.removeAll(keepingCapacity: true)
        ordinaryWords.removeAll(keepingCapacity: true)
        knownPlacePrefixes.removeAll(keepingCapacity: true)
        knownValues.removeAll(keepingCapacity: true)
        knownValueCount = 0
        knownValueFilter = [UInt64](repeating: 0, count: 1024)
        pseudonymizer = Self.makePseudonymizer(engine, dates: dates)
        if dateDocument != nil { pseudonymizer.moveDates(asDocument: dateDocument) }
        startKnowing()
    }

    /// Learns the words of `name`, a person's name written as a whole (a WebVTT voice), as
    /// known names: their mentions in the text are then replaced too.
    func learnSpeaker(_ name: String) {
        guard let person = engine.compiled.nameRuleIndices?.person, !isAllowedSpeaker(name) else { return }
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) where word.unicodeScalars.count >= 3 {
            if knownNames.count < knownNameCap {
                knownNames[NameKey.phonetic(word)] = person
                kindVotes[NameKey.phonetic(word)] = Self.pinnedPerson
                fullNameWords.insert(NameKey.phonetic(word))
            }
        }
    }

    /// The replacement of `name`, a person's name written as a whole (a WebVTT voice): the
    /// stand-in the same name gets in the text. Learns it first (``learnSpeaker(_:)``). An
    /// allowed name stays; without name rules the name becomes `[PERSON]`.
    func replaceSpeaker(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { ScalarTraits.isAlphabetic($0) }) else { return name }
        learnSpeaker(name)
        if isAllowedSpeaker(name) { return name }
        replacedCounts["PERSON", default: 0] += 1
        guard let person = engine.compiled.nameRuleIndices?.person else { return "[PERSON]" }
        return pseudonymizer.replacement(for: name, rule: engine.compiled.rules[person])
    }

    private func isAllowedSpeaker(_ name: String) -> Bool {
        let rules = engine.compiled.nameRules
        return rules.allowed.contains(NameRules.phraseKey(name)) || rules.allowedPhonetic.contains(NameKey.phonetic(name))
    }

    /// The number of name words this session has learned (for tests and statistics).
    var knownNameCount: Int { knownNames.count }

    /// The number of days this run moves dates by (30 to 365, either way), derived from the key.
    public var dateShiftDays: Int { pseudonymizer.dateShiftDays }

    /// Redacts a whole text, numbering tags on from the session's earlier texts.
    ///
    /// The text is one document: names found anywhere in it are replaced everywhere in it, so it
    /// is read twice (first to learn its names, then to replace).
    public func redact(_ text: String) -> RedactionResult {
        var input = Array(text.utf8)
        var output: [UInt8] = []
        var spans: [DetectedSpan] = []
        // A Swift String is always valid UTF-8, so this cannot throw.
        // Detected once: the first reading learns from the names-only view of what the second writes.
        try? input.withUnsafeMutableBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(buffer)
            let found = try Self.detectForKeeping(bytes, base: 0, scanner: scanner)
            if engine.compiled.nameRuleIndices != nil { _ = link(found.learned, in: bytes) }
            apply(found.all, to: bytes, base: TextPosition(), into: &output, spans: &spans, collect: true)
        }
        return RedactionResult(output: String(decoding: output, as: UTF8.self), spans: spans)
    }

    /// Redacts `bytes`, a text that ends where a line ends (or at the end of the input),
    /// appending the result to `output` and, when `collect` is set, the replaced spans to `spans`.
    /// `base` is the offset of `bytes` in the whole stream, for span offsets and error messages.
    /// - Throws: `InvalidUTF8` before anything is appended.
    func process(_ bytes: UnsafeBufferPointer<UInt8>, base: TextPosition, into output: inout [UInt8],
                 spans: inout [DetectedSpan], collect: Bool = true) throws(InvalidUTF8) {
        let detected = try Self.detect(bytes, base: base.utf8, scanner: scanner)
        apply(detected, to: bytes, base: base, into: &output, spans: &spans, collect: collect)
    }

    /// Learns the names of `bytes` without writing anything: the first reading of a document
    /// that is read twice, so that names found late are replaced early too. With `kept` (while
    /// it keeps), everything is detected and kept there for the second reading, which then
    /// does not detect again; what is learned is the same.
    func learn(_ bytes: UnsafeBufferPointer<UInt8>, base: Int = 0, keepingIn kept: KeptDetections? = nil) throws(InvalidUTF8) {
        if let kept, kept.isKeeping {
            let found = try Self.detectForKeeping(bytes, base: base, scanner: scanner)
            if engine.compiled.nameRuleIndices != nil { _ = link(found.learned, in: bytes) }
            kept.keep(found.all, start: base, bytes: bytes)
            return
        }
        guard engine.compiled.nameRuleIndices != nil else {
            _ = try Self.detect(bytes, base: base, scanner: scanner, namesOnly: true)  // still validates
            return
        }
        let detected = try Self.detect(bytes, base: base, scanner: scanner, namesOnly: true)
        _ = link(detected, in: bytes)
    }

    /// Learns `detected`'s names and returns its spans with every later mention of a known
    /// name added (mentions in other spellings, scripts and inflections, and words no rule
    /// would take alone). Runs in input order, with the spans of earlier texts known.
    func link(_ detected: DetectedText, in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        linkValues(linkNames(detected, in: bytes), in: bytes)
    }

    private func linkNames(_ detected: DetectedText, in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        guard let indices = engine.compiled.nameRuleIndices else { return detected.winners }
        let rules = engine.compiled.rules
        learnAcronyms(detected.winners, organization: indices.organization, in: bytes)
        var byRangeOfWinners: [Int: NameMention] = [:]
        var byRangeOfLocations: [Int: NameMention] = [:]
        for mention in detected.mentions where mention.rule == indices.location {
            byRangeOfLocations[mention.start << 32 | mention.end] = mention
        }
        if !detected.mentions.isEmpty {
            var byRange: [Int: NameMention] = [:]
            for mention in detected.mentions where mention.rule == indices.person || mention.rule == indices.organization {
                byRange[mention.start << 32 | mention.end] = mention
            }
            // A person's name words, and an organization's one name word (its mention carries
            // keys only then: `NameReading.organizationShortFormKeys`), link later mentions.
            // A word known as a person's stays a person's.
            for winner in detected.winners where winner.rule == indices.person || winner.rule == indices.organization
                || rules[winner.rule].mustCover {
                guard let mention = byRange[winner.start << 32 | winner.end] else { continue }
                byRangeOfWinners[winner.start << 32 | winner.end] = mention
                let rule = mention.rule == indices.organization ? indices.organization : indices.person
                if rule == indices.person, learnsNameParts {
                    // A full name: its words' parts, for their stand-ins when met alone; a word
                    // alone, when its part is plain (``NameStandIn/learn(person:)``).
                    pseudonymizer.names.learn(person: UTF16Buffer.visibleText(UnsafeBufferPointer(rebasing: bytes[winner.start..<winner.end])))
                }
                // An organization's word found alone votes for its kind without making it a
                // known name (it links nothing by itself, see `organizationShortFormKeys`).
                var keys = mention.keys
                var inserts = true
                if keys.isEmpty, rule == indices.organization, !bytes[winner.start..<winner.end].contains(0x20),
                   let tokenKeys = Self.keys(of: detected.nameTokens, at: winner.start) {
                    keys = tokenKeys
                    inserts = false
                }
                if rule == indices.person, fullNameWords.count < knownNameCap, bytes[winner.start..<winner.end].contains(0x20) {
                    fullNameWords.formUnion(keys)
                    if nationalitySurnames.count < knownNameCap, let space = bytes[winner.start..<winner.end].lastIndex(of: 0x20) {
                        let last = NameKey.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[(space + 1)..<winner.end]), as: UTF8.self))
                        if Lexicon.word(fold: last).isNationality { nationalitySurnames.insert(last) }
                    }
                }
                let weight = Self.voteWeight(winner)
                for key in keys where key.unicodeScalars.count >= 3 && knownNames.count < knownNameCap && kindVotes.count < knownNameCap {
                    // One kind per word, by the mentions' votes (a tie is a person's): `Vestas`
                    // found once as a person and three times as a company is the company, in
                    // every mention, with one stand-in.
                    let vote = (kindVotes[key] ?? 0) + (rule == indices.person ? -weight : weight)
                    kindVotes[key] = vote
                    if inserts || knownNames[key].map({ $0 != indices.location }) == true {
                        knownNames[key] = vote > 0 ? indices.organization : indices.person
                    }
                }
            }
        }
        if learnsNameParts {
            for winner in detected.winners where winner.rule == indices.organization {
                let name = UTF16Buffer.visibleText(UnsafeBufferPointer(rebasing: bytes[winner.start..<winner.end]))
                pseudonymizer.names.note(organization: name)
                guard notedOrganizations.count < knownNameCap, notedOrganizations.insert(name).inserted else { continue }
                let words = AcronymStandIn.words(of: name)
                guard words.count >= 3 || (words.count == 2 && words.allSatisfy { $0.count >= 3 }),
                      organizationInitials.count < knownNameCap else { continue }
                for reading in AcronymStandIn.Reading.allCases {
                    let initials = AcronymStandIn.initials(of: words, at: AcronymStandIn.positions(
                        in: words, reading: reading, skipping: engine.compiled.nameRules.acronymSkippedWords))
                    if (3...8).contains(initials.unicodeScalars.count) { organizationInitials.insert(initials) }
                }
            }
            learnGlosses(detected.winners, names: [indices.person, indices.location, indices.organization], person: indices.person, in: bytes)
        }
        // A place of one word found in the run (by its lists, a cue, a suffix or the model)
        // links its other mentions too: `Nyufaundlenddə`, then `Nyufaundlendi`. Not an ordinary
        // word (`Böyük`, `Ölkə` read as places once would spread to every sentence they open).
        var wordStarts: Set<UInt64>? = nil  // made when first needed
        for winner in detected.winners where winner.rule == indices.location && knownNames.count < knownNameCap {
            guard let mention = byRangeOfLocations[winner.start << 32 | winner.end], winner.end - winner.start >= 4,
                  !bytes[winner.start..<winner.end].contains(where: { $0 == 0x20 || $0 == 0x2D }) else { continue }
            for key in mention.keys where key.unicodeScalars.count >= 4 && placeVotes.count < knownNameCap {
                placeVotes[key, default: 0] += Self.voteWeight(winner)
            }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[winner.start..<winner.end]), as: UTF8.self)
            // Each word is judged once in the run.
            if judgedPlaces.count >= knownNameCap { judgedPlaces.removeAll(keepingCapacity: true) }
            guard judgedPlaces.insert(word).inserted else { continue }
            guard !Lexicon.word(fold: NameKey.fold(word)).isCommon else { continue }
            // Nor, when the lists hold no such place, a word the text also writes in lower case
            // at the start of a word (`şimalda`, `fəaliyyəti`): an ordinary word that a suffix or
            // a cue made a place once (`Fəaliyyət Planı`, `"Multikulturalizm ili"`), which the
            // ordinary-word lists are too small to know.
            if !mention.keys.contains(where: { Lexicon.name(phonetic: $0)?.isPlace == true }) {
                if wordStarts == nil { wordStarts = Self.wordPrefixes(bytes) }
                guard !Self.containsLowerCase(word, in: bytes, starts: wordStarts) else { continue }
            }
            // A person's or an organization's word stays theirs.
            for key in mention.keys where key.unicodeScalars.count >= 4 && knownNames[key] == nil { knownNames[key] = indices.location }
            knownFolds.insert(NameKey.fold(word))
            knownPlacePrefixes.insert(Self.prefix4(bytes, at: winner.start))
        }
        guard !knownNames.isEmpty || !organizationInitials.isEmpty else { return detected.winners }
        var winners = detected.winners
        for i in winners.indices where winners[i].rule == indices.person || winners[i].rule == indices.organization {
            // A word found alone takes its word's kind (a name of several words keeps its own).
            let w = winners[i]
            guard !bytes[w.start..<w.end].contains(where: { $0 == 0x20 }),
                  let mention = byRangeOfWinners[w.start << 32 | w.end],
                  let keys = mention.keys.isEmpty ? Self.keys(of: detected.nameTokens, at: w.start) : mention.keys,
                  let (key, known) = keys.lazy.compactMap({ key in self.knownNames[key].map { (key, $0) } }).first else { continue }
            if placeOutvotes(key) {
                winners[i].rule = indices.location
            } else if known != w.rule, known != indices.location {
                winners[i].rule = known
            }
        }
        if !fullNameWords.isEmpty {
            // A word found alone as a place that a full name of the run holds is that person.
            for i in winners.indices where winners[i].rule == indices.location {
                let w = winners[i]
                guard !bytes[w.start..<w.end].contains(where: { $0 == 0x20 || $0 == 0x2D }),
                      let mention = byRangeOfLocations[w.start << 32 | w.end],
                      mention.keys.contains(where: { fullNameWords.contains($0) && knownNames[$0] == indices.person }) else { continue }
                winners[i].rule = indices.person
            }
        }
        guard !detected.nameTokens.isEmpty else { return winners }
        let allowed = engine.compiled.nameRules.allowedPhonetic
        let placePriority = rules[indices.location].spec.priority
        var extra: [Candidate] = []
        var covering = 0  // the first winner that ends after the token starts
        var openers: [String: Bool] = [:]
        for token in detected.nameTokens where !token.keys.contains(where: allowed.contains) {
            while covering < winners.count && winners[covering].end <= token.start { covering += 1 }
            // A place link only fills a gap: a word some winner covers is left to it.
            let isCovered = covering < winners.count && winners[covering].start <= token.start
            if !isCovered, !organizationInitials.isEmpty, token.end - token.start <= 16, Self.endsInCapital(bytes, token.end),
               let acronym = Optional(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)),
               acronym.unicodeScalars.count >= 3, AcronymStandIn.isAcronym(acronym), organizationInitials.contains(acronym),
               !Lexicon.word(fold: NameKey.fold(acronym)).excludes {
                // An acronym of an organization of the run, met without it.
                extra.append(Candidate(start: token.start, end: token.end, rule: indices.organization, validated: false, priority: 42,
                                       evidence: .linked))
            } else if let (key, known) = token.keys.lazy.compactMap({ key in self.knownNames[key].map { (key, $0) } }).first {
                let rule = known != indices.location && placeOutvotes(key) ? indices.location : known
                if rule == indices.person, isNationalityNotSurname(token, in: bytes) {
                    // Kept, as a nationality's word is: no person of the run has it for a surname.
                    continue
                }
                if rule != indices.location {
                    extra.append(Candidate(start: token.start, end: token.end, rule: rule, validated: false, priority: 42, evidence: .linked))  // a known name outranks a place reading of the same word
                } else if !isCovered, !isOrdinaryOpener(token, in: bytes, openers: &openers, starts: &wordStarts) {
                    // A known place, at a place's own priority: it fills a gap, it outranks nothing.
                    extra.append(Candidate(start: token.start, end: token.end, rule: rule, validated: false,
                                           priority: placePriority, evidence: .linked))
                }
            } else if !isCovered, let end = knownPlaceStemEnd(of: token, in: bytes, location: indices.location),
                      !isOrdinaryOpener(token, in: bytes, openers: &openers, starts: &wordStarts) {
                extra.append(Candidate(start: token.start, end: end, rule: indices.location, validated: false,
                                       priority: placePriority, evidence: .linked))
            }
        }
        guard !extra.isEmpty else { return winners }
        if learnsNameParts {
            // Their case forms tell a stem from its endings (``NameStandIn/note(personMention:)``).
            for e in extra where e.rule == indices.person {
                pseudonymizer.names.note(personMention: String(decoding: UnsafeBufferPointer(rebasing: bytes[e.start..<e.end]), as: UTF8.self))
            }
        }
        return Resolver.resolve(winners + extra, in: bytes)
    }

    /// Whether `token` is a nationality's word (`German`, `Korean`) that no person's full name
    /// of the run ends in (``nationalitySurnames``).
    private func isNationalityNotSurname(_ token: NameMention, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let fold = NameKey.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self))
        return !nationalitySurnames.contains(fold) && Lexicon.word(fold: fold).isNationality
    }

    /// What one mention's reading weighs in the votes on its word's kind (``kindVotes``,
    /// ``placeVotes``): two where the context model and the lists both read its kind
    /// (`KindSupport.confirmed`), else one. A place the lists and the model agree on (`reached
    /// Houston`) then outweighs a reading of the word as an organization by a rule alone (a
    /// results table's `HOUSTON 3`), and every mention takes the place's kind.
    static func voteWeight(_ winner: Candidate) -> Int { winner.kindSupport >= 2 ? 2 : 1 }

    /// Whether the run found the word of `key` alone as a place more often than as a person's or
    /// an organization's (by the margin between those two), and never in a person's full name:
    /// its person or organization readings then yield to the place (a tie keeps each reading).
    private func placeOutvotes(_ key: String) -> Bool {
        guard let place = placeVotes[key], !fullNameWords.contains(key) else { return false }
        return place > abs(kindVotes[key] ?? 0)
    }

    /// Whether the word ending at byte `end` may end in a capital letter: not when it ends in
    /// an ASCII letter or digit that is no capital, nor in a lower-case Russian letter (`а`–`я`,
    /// `ё`). Read on the bytes, so that most words (a capital, then lower case) are passed over
    /// as acronyms without decoding them; any other letter (`Ü` of `ODTÜ`) is decoded and judged.
    static func endsInCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end >= 1 else { return false }
        let last = bytes[end - 1]
        if last < 0x80 { return last >= 0x41 && last <= 0x5A }
        guard end >= 2 else { return true }
        let lead = bytes[end - 2]
        if lead == 0xD0 { return !(last >= 0xB0 && last <= 0xBF) }
        if lead == 0xD1 { return !((last >= 0x80 && last <= 0x8F) || last == 0x91) }
        return true
    }

    /// A name followed by the same name in the other script in brackets (`Джоэл Саймон (Joel
    /// Simon)`, `Фольксваген (Volkswagen)`): the bracketed one's stand-in spells the first's,
    /// word by word for two people's names of as many words (``NameStandIn/learn(gloss:of:)``),
    /// else as a whole (``Pseudonymizer/learn(gloss:of:rule:)``).
    private func learnGlosses(_ winners: [Candidate], names: Set<Int>, person: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let rules = engine.compiled.rules
        for (i, winner) in winners.enumerated().dropLast() where names.contains(winner.rule) {
            let next = winners[i + 1]
            guard names.contains(next.rule), next.end < bytes.count, bytes[next.end] == 0x29 else { continue }  // )
            var p = Self.afterClosingQuote(winner.end, in: bytes)  // «Фольксваген» (Volkswagen)
            if p < next.start && bytes[p] == 0x20 { p += 1 }
            guard p + 1 == next.start, bytes[p] == 0x28 else { continue }  // (
            let name = UTF16Buffer.visibleText(UnsafeBufferPointer(rebasing: bytes[winner.start..<winner.end]))
            let gloss = UTF16Buffer.visibleText(UnsafeBufferPointer(rebasing: bytes[next.start..<next.end]))
            if winner.rule == person, next.rule == person, pseudonymizer.names.learn(gloss: gloss, of: name) { continue }
            pseudonymizer.learn(gloss: gloss, of: name, rule: rules[winner.rule])
        }
    }

    /// The position after one closing quotation mark at `p` (`"`, `'`, `»`, `”`, `’`, `“`), or `p`:
    /// a name in quotes is glossed after them (`«Фольксваген» (Volkswagen)`, `"Тарвисстрой" (Tarvisstroy)`).
    static func afterClosingQuote(_ p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard p < bytes.count else { return p }
        if bytes[p] == 0x22 || bytes[p] == 0x27 { return p + 1 }
        if p + 1 < bytes.count, bytes[p] == 0xC2, bytes[p + 1] == 0xBB { return p + 2 }  // »
        if p + 2 < bytes.count, bytes[p] == 0xE2, bytes[p + 1] == 0x80, [0x9D, 0x99, 0x9C].contains(bytes[p + 2]) { return p + 3 }
        return p
    }

    /// An organization followed by an acronym in parentheses that its initials give
    /// (`Движение против нелегальной иммиграции (ДПНИ)`): the acronym's stand-in will be the
    /// initials of the name's (``AcronymStandIn``).
    private func learnAcronyms(_ winners: [Candidate], organization: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        for winner in winners where winner.rule == organization {
            var p = Self.afterClosingQuote(winner.end, in: bytes)
            if p < bytes.count && bytes[p] == 0x20 { p += 1 }
            guard p < bytes.count, bytes[p] == 0x28 else { continue }  // (
            let start = p + 1
            var end = start
            while end < bytes.count, end - start <= 32, bytes[end] != 0x29, bytes[end] != 0x0A { end += 1 }
            guard end < bytes.count, bytes[end] == 0x29, end > start else { continue }
            let acronym = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            guard AcronymStandIn.isAcronym(acronym) else { continue }
            let name = UTF16Buffer.visibleText(UnsafeBufferPointer(rebasing: bytes[winner.start..<winner.end]))
            pseudonymizer.names.learn(acronym: acronym, of: name)
        }
    }

    /// A Latin word that is a place of one word found in the run with an Azerbaijani or Turkish
    /// case suffix its vowels allow (`Nyufaundlend|dən`, `Hudzon|un`, as
    /// ``WordAnalysis/caseSuffixLengths(_:rules:)`` reads suffixes): where the stem ends. The analysis takes such a suffix off only a stem the lists know; a place
    /// found in the run is known as well. (People are left out: a person's span holds more
    /// stray words, `Klub`, `Dünya`, than a place of one word.)
    private func knownPlaceStemEnd(of token: NameMention, in bytes: UnsafeBufferPointer<UInt8>, location: Int) -> Int? {
        let length = token.end - token.start
        guard length >= 5, bytes[token.start] < 0xD0,  // Latin script (Cyrillic leads from 0xD0)
              knownPlacePrefixes.contains(Self.prefix4(bytes, at: token.start)) else { return nil }
        let scalars = Array(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).unicodeScalars)
        for suffix in WordAnalysis.caseSuffixLengths(scalars, rules: engine.compiled.nameRules) {
            let stem = String(scalars: scalars.dropLast(suffix))
            // Spelled as found, not only alike in sound: `Ölkə|nin` is not `Olga`.
            guard knownFolds.contains(NameKey.fold(stem)) else { continue }
            guard knownNames[NameKey.phonetic(stem)] == location else { continue }
            return token.start + stem.utf8.count
        }
        return nil
    }

    /// Whether `token` opens a sentence and is an ordinary word there (the lists say so, or the
    /// text writes it in lower case too): `Mine`, `Bəlkə` are no mentions of a place `Mine`.
    /// `openers`: the answers given for this text so far, by word.
    private func isOrdinaryOpener(_ token: NameMention, in bytes: UnsafeBufferPointer<UInt8>, openers: inout [String: Bool],
                                  starts: inout Set<UInt64>?) -> Bool {
        guard Self.opensSentence(token.start, in: bytes) else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
        if let known = openers[word] { return known }
        if ordinaryWords.contains(word) { return true }
        // A place the lists hold is ordinary only by the lists (`Mine`); one they do not hold
        // also when the text writes it in lower case.
        let ordinary = Lexicon.word(fold: NameKey.fold(word)).isCommon
            || (!token.keys.contains(where: { Lexicon.name(phonetic: $0)?.isPlace == true }) && {
                if starts == nil { starts = Self.wordPrefixes(bytes) }
                return Self.containsLowerCase(word, in: bytes, starts: starts)
            }())
        if ordinary, ordinaryWords.count < knownNameCap { ordinaryWords.insert(word) }
        openers[word] = ordinary
        return ordinary
    }

    /// Whether `word`, its first letter in lower case (`I` as `ı`, `İ` as `i`), starts a word
    /// of `bytes`. One scan of the text per question: few words are asked about (places of one
    /// word new to the run that no list holds, and known places that open a sentence).
    /// `starts`, when given, holds the first eight bytes of every word of `bytes`
    /// (``wordPrefixes(_:)``): a word whose prefix is not there is answered without a scan.
    static func containsLowerCase(_ word: String, in bytes: UnsafeBufferPointer<UInt8>, starts: Set<UInt64>? = nil) -> Bool {
        guard let first = word.unicodeScalars.first, ScalarTraits.isUppercase(first) else { return false }
        let lowerFirst: String
        switch first {
        case "I": lowerFirst = "ı"
        case "İ": lowerFirst = "i"
        default: lowerFirst = first.properties.lowercaseMapping
        }
        let needle = Array((lowerFirst + String(scalars: word.unicodeScalars.dropFirst())).utf8)
        guard needle.count >= 2, needle.count <= bytes.count else { return false }
        if let starts, needle.count >= 8 {
            var prefix: UInt64 = 0
            for k in 0..<8 { prefix |= UInt64(needle[k]) << (8 * UInt64(k)) }
            if !starts.contains(prefix) { return false }
        }
        let head = needle[0], second = needle[1]
        var p = 0
        let last = bytes.count - needle.count
        while p <= last {
            if bytes[p] == head, bytes[p + 1] == second, p == 0 || !isWordByte(bytes[p - 1]) {
                var k = 2
                while k < needle.count && bytes[p + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            p += 1
        }
        return false
    }

    /// The first eight bytes of every word of `bytes` (see ``containsLowerCase(_:in:starts:)``):
    /// four letters of Cyrillic, eight of ASCII.
    static func wordPrefixes(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<UInt64> {
        var prefixes = Set<UInt64>(minimumCapacity: bytes.count / 6)
        var previousIsWord = false
        for p in 0..<bytes.count {
            let isWord = isWordByte(bytes[p])
            if isWord, !previousIsWord, p + 8 <= bytes.count {
                var prefix: UInt64 = 0
                for k in 0..<8 { prefix |= UInt64(bytes[p + k]) << (8 * UInt64(k)) }
                prefixes.insert(prefix)
            }
            previousIsWord = isWord
        }
        return prefixes
    }

    /// Whether `byte` may belong to a word: an ASCII letter or digit, or any byte of a
    /// multi-byte character (letters of other scripts).
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// Whether the word at byte `start` opens a sentence or a line (only spaces, quotes and
    /// brackets after a full stop, `!`, `?`, `:`, a line break or the start): its capital then
    /// proves nothing.
    static func opensSentence(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = start - 1
        while p >= 0 {
            switch bytes[p] {
            case 0x20, 0x09, 0x22, 0x27, 0x28, 0x5B, 0xAB, 0xC2: p -= 1  // space, quotes, brackets, « (C2 AB)
            case 0x2E, 0x21, 0x3F, 0x3A, 0x0A, 0x0D: return true
            default: return false
            }
        }
        return true
    }

    /// The keys of the capitalized word of `tokens` (in text order) that starts at `start`.
    private static func keys(of tokens: [NameMention], at start: Int) -> [String]? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < start { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].start == start ? tokens[low].keys : nil
    }

    /// Learns the identifiers among `winners` (a phone, an e-mail, an account, an ID: a span of
    /// at least 8 bytes whose stand-in is not a name, a date or an age, which inflect and so
    /// recur in other forms) and adds every other occurrence of an identifier
    /// learned so far in the run: a value found once is replaced wherever it recurs, also where
    /// no rule would take it (glued to a word, `example.az192.168.10.25`, after text extraction
    /// lost a space). One probe of a 2-byte filter per byte, and a table probe only on a hit.
    private func linkValues(_ winners: [Candidate], in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        let rules = engine.compiled.rules
        for w in winners where !w.exhausted && w.length >= 8 && knownValueCount < Self.knownValueLimit {
            switch rules[w.rule].standIn {
            case .person, .place, .organization, .address, .date, .age: continue
            default: break
            }
            let value = Array(bytes[w.start..<w.end])
            let prefix = UInt32(value[0]) | UInt32(value[1]) << 8 | UInt32(value[2]) << 16 | UInt32(value[3]) << 24
            if knownValues[prefix, default: []].contains(where: { $0.bytes == value }) { continue }
            knownValues[prefix, default: []].append((value, w.rule))
            knownValueCount += 1
            let pair = Int(value[0]) | Int(value[1]) << 8
            knownValueFilter[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        guard knownValueCount > 0, bytes.count >= 8 else { return winners }
        var extra: [Candidate] = []
        var next = 0  // first winner that ends after p
        var p = 0
        let n = bytes.count
        while p + 8 <= n {
            let pair = Int(bytes[p]) | Int(bytes[p + 1]) << 8
            guard knownValueFilter[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { p += 1; continue }
            while next < winners.count && winners[next].end <= p { next += 1 }
            if next < winners.count && winners[next].start <= p { p = winners[next].end; continue }
            let prefix = UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24
            var matched = 0
            for (value, rule) in knownValues[prefix] ?? [] where value.count > matched && p + value.count <= n {
                if (0..<value.count).allSatisfy({ bytes[p + $0] == value[$0] }) {
                    extra.append(Candidate(start: p, end: p + value.count, rule: rule, validated: true, priority: 50, evidence: .linked))
                    matched = value.count
                }
            }
            p += max(1, matched)
        }
        guard !extra.isEmpty else { return winners }
        return Resolver.resolve(winners + extra, in: bytes)
    }

    /// Whether person stand-ins are made here, so that full names' parts are worth learning.
    private lazy var learnsNameParts: Bool = {
        guard let person = engine.compiled.nameRuleIndices?.person else { return false }
        return engine.configuration.operators.operator(for: engine.compiled.rules[person].label) == .pseudonym
    }()

    /// Identifier values learned in this run, by their first four bytes, with the rule that found
    /// each (see `linkValues`), and a filter of their first two bytes.
    private var knownValues: [UInt32: [(bytes: [UInt8], rule: Int)]] = [:]
    private var knownValueCount = 0
    private var knownValueFilter = [UInt64](repeating: 0, count: 1024)
    /// Past this many identifier values the session stops learning new ones.
    static let knownValueLimit = 200_000

    /// Writes `bytes` with the spans of `detected` replaced. Linking and replacement are the
    /// part of a run that must follow input order (names learned earlier, tag numbers given in
    /// order of appearance), so they stay here while detection may run on other threads
    /// (`StreamingRedactor.jobs`).
    func apply(_ detected: DetectedText, to bytes: UnsafeBufferPointer<UInt8>, base: TextPosition, into output: inout [UInt8],
               spans: inout [DetectedSpan], collect: Bool) {
        let winners = link(detected, in: bytes)
        var copied = 0
        var position = base  // at `copied`, in all units; advanced only when collecting
        for (i, span) in winners.enumerated() {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<span.start]))
            let spanBytes = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
            let value = String(decoding: spanBytes, as: UTF8.self)
            let rule = engine.compiled.rules[span.rule]
            let replacement: String
            if span.exhausted {
                replacement = "[\(rule.label)]"
                exhaustedRules[rule.id, default: 0] += 1
            } else {
                // The stand-in is made from what the rules saw, without invisible characters.
                let visible = UTF16Buffer.visibleText(spanBytes)
                let made = pseudonymizer.replacement(for: visible, rule: rule)
                // Last line of defence: a stand-in that happens to be the original would leak it.
                replacement = made == visible || made == value ? "[\(rule.label)]" : made
            }
            replacedCounts[rule.label, default: 0] += 1
            output.append(contentsOf: replacement.utf8)
            var copiedTo = span.end
            // The suffix stops where the next span starts: a value glued to a place
            // (`İzmir'anna@example.com`, the address learned earlier) is that span's.
            let limit = i + 1 < winners.count ? winners[i + 1].start : bytes.count
            if !span.exhausted, let (suffix, length) = caseSuffix(after: span, before: limit, in: bytes, rule: rule),
               replacement != value {
                // `Şəki|də` → `Quba|da`: the suffix kept, refitted to the stand-in.
                let azerbaijani = (value + suffix).unicodeScalars.contains { ["ə", "Ə", "q", "Q", "x", "X"].contains($0) }
                output.append(contentsOf: SuffixHarmony.fit(suffix, after: replacement, azerbaijani: azerbaijani).utf8)
                copiedTo += length
            }
            if collect {
                let start = position.advanced(over: UnsafeBufferPointer(rebasing: bytes[copied..<span.start]))
                let end = start.advanced(over: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]))
                spans.append(DetectedSpan(label: rule.label, ruleID: rule.id, utf8Range: start.utf8..<end.utf8,
                                          utf16Range: start.utf16..<end.utf16, codePointRange: start.codePoints..<end.codePoints,
                                          text: value, replacement: replacement,
                                          evidence: span.evidence.name, confidence: span.confidence))
                if span.alternativeRule >= 0 { spans[spans.count - 1].alternativeLabel = engine.compiled.rules[span.alternativeRule].label }
                position = end.advanced(over: UnsafeBufferPointer(rebasing: bytes[span.end..<copiedTo]))
            }
            copied = copiedTo
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }

    /// The Latin case suffix right after a person's or place's stand-in (letters, possibly after
    /// an apostrophe, up to the end of the word and never at or past `limit`, where the next
    /// span starts), when the operator writes stand-ins.
    private func caseSuffix(after span: Candidate, before limit: Int, in bytes: UnsafeBufferPointer<UInt8>,
                            rule: CompiledRule) -> (String, Int)? {
        let limit = min(limit, bytes.count)
        // A clock hour written as a word takes a suffix as a name does (`saat altı|da` → `saat
        // üç|te`, not `üçda`); an hour in digits (`9-da`) is left as written.
        var hourWord = false
        if rule.standIn == .time, span.end > span.start {
            var start = span.end - 1
            while start > span.start, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let last = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<span.end]), as: UTF8.self).unicodeScalars.last
            hourWord = last.map { ScalarTraits.isAlphabetic($0) } ?? false
        }
        guard rule.standIn == .person || rule.standIn == .place || hourWord,
              engine.configuration.operators.operator(for: rule.label) == .pseudonym, span.end < limit else { return nil }
        var p = span.end
        if bytes[p] == 0x27 { p += 1 } else if p + 2 < limit, bytes[p] == 0xE2, bytes[p + 1] == 0x80, bytes[p + 2] == 0x99 { p += 3 }
        let lettersStart = p
        while p < limit {
            let b = bytes[p]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard p + length <= limit else { break }
            let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<p + length]), as: UTF8.self).unicodeScalars.first!
            guard ScalarTraits.isAlphabetic(scalar), scalar.value < 0x250 || scalar == "ə" else { break }
            p += length
        }
        guard p > lettersStart, p - span.end <= 16 else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[span.end..<p]), as: UTF8.self), p - span.end)
    }

    /// The resolved spans of `bytes`, offsets relative to `bytes`.
    func resolvedSpans(_ bytes: UnsafeBufferPointer<UInt8>, base: Int) throws(InvalidUTF8) -> [Candidate] {
        try Self.detect(bytes, base: base, scanner: scanner).winners
    }

    /// What `scanner` (one per thread) finds in `bytes`: the resolved spans, and the names and
    /// capitalized words the session links in input order.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, scanner: Scanner,
                       namesOnly: Bool = false) throws(InvalidUTF8) -> DetectedText {
        let candidates: [Candidate]
        do {
            candidates = try scanner.scan(bytes, namesOnly: namesOnly)
        } catch {
            throw InvalidUTF8(offset: base + error.offset)
        }
        return DetectedText(winners: Resolver.resolve(candidates, in: bytes), mentions: scanner.mentions,
                            nameTokens: scanner.nameTokens)
    }
}

extension RedactionSession {
    /// What the first reading of a document finds in `bytes` when it keeps its findings: `all`,
    /// what the second reading would detect (kept for it), and `learned`, what the first reading
    /// has always learned from: the name detector's finds alone, resolved among themselves,
    /// exactly what a `namesOnly` detection returns (name detection does not look at the
    /// pattern rules' finds). One scan instead of two.
    static func detectForKeeping(_ bytes: UnsafeBufferPointer<UInt8>, base: Int,
                                 scanner: Scanner) throws(InvalidUTF8) -> (learned: DetectedText, all: DetectedText) {
        let candidates: [Candidate]
        do {
            candidates = try scanner.scan(bytes)
        } catch {
            throw InvalidUTF8(offset: base + error.offset)
        }
        let names = Array(candidates[scanner.nameCandidatesStart...])
        let learned = DetectedText(winners: Resolver.resolve(names, in: bytes), mentions: scanner.mentions,
                                   nameTokens: scanner.nameTokens)
        var all = learned
        all.winners = Resolver.resolve(candidates, in: bytes)
        return (learned, all)
    }
}

/// What detection found in one text, before linking: resolved spans, the names among them with
/// their keys, and the text's capitalized words.
struct DetectedText: Sendable {
    var winners: [Candidate]
    var mentions: [NameMention]
    var nameTokens: [NameMention]
}
