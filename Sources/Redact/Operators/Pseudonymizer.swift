import RedactRules
/// Chooses the replacement of each detected value, the same one every time the value recurs.
///
/// Stand-ins are computed from an HMAC of the value under the run's key, so they can be
/// recomputed at any time: the cache only saves work and can be emptied without changing the
/// output. Tag numbers are the exception, being assigned in order of first appearance; they
/// are kept for the whole run (one entry per distinct value).
final class Pseudonymizer {
    private let key: RedactionKey
    private let operators: OperatorTable
    private let dates: DateStandIn
    private var dateOffset: Int
    /// The years every age of the run (or of the date document) moves by: see ``AgeStandIn``.
    private var ageDelta: Int
    private let timeOffset: Int
    private let numberWords: NumberWords
    private var cache: [String: String] = [:]
    private var tagNumbers: [String: Int] = [:]
    private var tagCounts: [String: Int] = [:]
    private var people = EntityLinker()
    private var personTags: [Int: Int] = [:]
    private let nameRules: NameRules
    /// Stand-ins for people, places, organizations and addresses.
    let names: NameStandIn
    /// Past this many cached stand-ins the cache starts over (stand-ins are recomputable).
    static let cacheLimit = 100_000

    /// What the output charset can hold (nil: anything).
    private let repertoire: CharacterRepertoire?

    convenience init(key: RedactionKey, operators: OperatorTable, monthLists: [String: [String]], nameRules: NameRules = NameRules(),
                     repertoire: CharacterRepertoire? = nil) {
        self.init(key: key, operators: operators, dates: DateStandIn(monthLists: monthLists), nameRules: nameRules, repertoire: repertoire)
    }

    /// With `dates` made once for a session, so that a new document (a new pseudonymizer) does
    /// not build the month tables again.
    init(key: RedactionKey, operators: OperatorTable, dates: DateStandIn, nameRules: NameRules = NameRules(),
         repertoire: CharacterRepertoire? = nil, numberWords: NumberWords = NumberWords(lists: [:]),
         scheme: StandInScheme = .current) {
        self.numberWords = numberWords
        self.key = key
        self.repertoire = repertoire
        self.operators = operators
        self.nameRules = nameRules
        names = NameStandIn(key: key, rules: nameRules, scheme: scheme)
        self.dates = dates
        // One offset for the run (per key): intervals between dates stay true, and the same
        // date is always moved to the same stand-in date.
        dateOffset = Self.dateOffset(key: key, document: nil)
        ageDelta = Self.ageDelta(key: key, document: nil)
        // Likewise one offset for every clock time of the run: see TimeStandIn.
        timeOffset = TimeStandIn.offsetMinutes(digest: key.digest(domain: "redact.time-offset", ""))
    }

    /// The number of days every date is moved by in this run.
    var dateShiftDays: Int { dateOffset }

    /// The days every date is moved by: 30 to 365, forwards or backwards, from a digest under
    /// the key, of nothing (one offset per key) or of a document's id (one per document).
    static func dateOffset(key: RedactionKey, document: String?) -> Int {
        let d = document.map { key.digest(domain: "redact.date-offset.document", $0) } ?? key.digest(domain: "redact.date-offset", "")
        let raw = Int(d[0]) | Int(d[1]) << 8
        let magnitude = 30 + raw % 336  // 30...365 days
        return d[2] & 1 == 0 ? magnitude : -magnitude
    }

    /// The years every age moves by, one of ``AgeStandIn/deltas``, from a digest under the
    /// key of nothing or of a document's id, as for dates.
    static func ageDelta(key: RedactionKey, document: String?) -> Int {
        let d = document.map { key.digest(domain: "redact.age-offset.document", $0) } ?? key.digest(domain: "redact.age-offset", "")
        return AgeStandIn.deltas[Int(d[0]) % AgeStandIn.deltas.count]
    }

    /// Moves the dates and ages that follow by the offsets of document `id` (nil: the key's
    /// offsets). Stand-ins already made stay in the cache only when the offsets are the same.
    func moveDates(asDocument id: String?) {
        let offset = Self.dateOffset(key: key, document: id), delta = Self.ageDelta(key: key, document: id)
        guard offset != dateOffset || delta != ageDelta else { return }
        dateOffset = offset
        ageDelta = delta
        cache.removeAll(keepingCapacity: true)
    }

    /// Names written in Latin letters in brackets after the same name in Cyrillic
    /// (`Фольксваген (Volkswagen)`, `Аль Аин (Al Ain)`), by the gloss's matching key: the
    /// Cyrillic name and its rule. The gloss's stand-in is the name's, in Latin letters, so a
    /// reader sees one firm or place, not two. (People's names of as many words are glossed
    /// word by word by ``NameStandIn``; places the lists know in both spellings are one place
    /// already.)
    private var glosses: [String: (name: String, rule: CompiledRule)] = [:]

    /// Learns that `gloss` is `name` in the other script (see ``glosses``); only a Latin gloss
    /// of a Cyrillic name, since a stand-in in Latin letters has no Cyrillic spelling to give.
    /// An acronym glossing a name of words (`Бюро США по патентам и товарным знакам (USPTO)`)
    /// is no spelling of it: spelled as the name's stand-in it would become a phrase in Latin
    /// letters; it keeps a stand-in of its own, an acronym (``AcronymStandIn``), from stand-in
    /// scheme 6.
    func learn(gloss: String, of name: String, rule: CompiledRule) {
        guard glosses.count < Self.cacheLimit, Transliteration.script(of: name) == .cyrillic,
              Transliteration.script(of: gloss) != .cyrillic,
              !AcronymStandIn.isAcronym(gloss) || AcronymStandIn.isAcronym(name) || names.scheme.version < 6 else { return }
        glosses[MatchKey.of(gloss)] = (name, rule)
    }

    /// The replacement for `value` found by `rule`.
    func replacement(for value: String, rule: CompiledRule) -> String {
        let label = rule.label
        switch operators.operator(for: label) {
        case .redact:
            return "[\(label)]"
        case .mask:
            var out = ""
            for scalar in value.unicodeScalars {
                out.unicodeScalars.append(scalar.properties.isWhitespace ? scalar : "*")
            }
            return out
        case .tag:
            if rule.standIn == .person {
                // Numbered per person, not per spelling: see EntityLinker.
                let (entity, _) = people.entity(for: EntityLinker.keys(ofPerson: value, rules: nameRules))
                if let n = personTags[entity] { return "[\(label)-\(n)]" }
                let n = (tagCounts[label] ?? 0) + 1
                tagCounts[label] = n
                if entity < EntityLinker.entityLimit { personTags[entity] = n }
                return "[\(label)-\(n)]"
            }
            let identity = label + "\u{1}" + identity(of: value, rule: rule)
            if let n = tagNumbers[identity] { return "[\(label)-\(n)]" }
            let n = (tagCounts[label] ?? 0) + 1
            tagCounts[label] = n
            tagNumbers[identity] = n
            return "[\(label)-\(n)]"
        case .pseudonym:
            let cacheKey = label + "\u{1}" + value
            if let hit = cache[cacheKey] { return hit }
            let made: String
            if !glosses.isEmpty, rule.standIn == .person || rule.standIn == .place || rule.standIn == .organization,
               let gloss = glosses[MatchKey.of(value)], gloss.name != value,
               !(rule.standIn == .place && gloss.rule.standIn == .place && identity(of: value, rule: rule) == identity(of: gloss.name, rule: gloss.rule)) {
                made = fitted(Transliteration.russianToASCII(replacement(for: gloss.name, rule: gloss.rule)), label: label)
            } else {
                made = fitted(standIn(for: value, rule: rule), label: label)
            }
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[cacheKey] = made
            return made
        }
    }

    /// `made` spelled so that the output charset can hold it (see
    /// ``RedactionConfiguration/outputRepertoire``): as it is, with `ə` as `e`, in ASCII, or
    /// failing all of these `[LABEL]`.
    private func fitted(_ made: String, label: String) -> String {
        guard let repertoire, !repertoire.contains(made) else { return made }
        let withE = String(scalars: made.unicodeScalars.map { $0 == "ə" ? "e" : $0 == "Ə" ? "E" : $0 })
        if repertoire.contains(withE) { return withE }
        let ascii = Transliteration.script(of: made) == .cyrillic ? Transliteration.russianToASCII(made) : Transliteration.latinToASCII(made)
        if repertoire.contains(ascii) { return ascii }
        return "[\(label)]"
    }

    private func standIn(for value: String, rule: CompiledRule) -> String {
        let kind = rule.standIn
        // Names make their own keyed choices (``NameStandIn``): no seed of the value's identity,
        // which for a place would read the word a second time.
        switch kind {
        case .person where !(rule.id == RedactionConfiguration.protectedNamesRuleID && !nameRules.isEnabled):
            return names.acronym(value) ?? names.person(value)
        case .place: return names.acronym(value) ?? names.place(value)
        case .organization: return names.organization(value)
        case .address: return names.address(value)
        default: break
        }
        let seed = key.digest(domain: "redact.stand-in." + kind.rawValue, identity(of: value, rule: rule))
        var random = KeyedRandom(seed: seed)
        let original = value[...]
        switch kind {
        case .phone:
            let regions: [PhoneRegion]
            if case .phone(let r) = rule.validator { regions = r } else { regions = [] }
            return PhoneStandIn.make(like: original, regions: regions, random: &random)
        case .email: return ContactStandIn.email(like: original, random: &random)
        case .url: return ContactStandIn.url(like: original, random: &random)
        case .profile: return ContactStandIn.profile(like: original, random: &random)
        case .handle: return ContactStandIn.handle(like: original, random: &random)
        case .ipv4: return NetworkStandIn.ipv4(like: original, random: &random)
        case .ipv6: return NetworkStandIn.ipv6(like: original, random: &random)
        case .iban: return ChecksumStandIn.iban(like: original, random: &random)
        case .card: return ChecksumStandIn.card(like: original, random: &random)
        case .tckn: return ChecksumStandIn.tckn(like: original, random: &random)
        case .inn: return ChecksumStandIn.inn(like: original, random: &random)
        case .snils: return ChecksumStandIn.snils(like: original, random: &random)
        case .ssn: return DocumentStandIn.ssn(like: original, random: &random)
        case .nino: return DocumentStandIn.nino(like: original, random: &random)
        case .bsn: return DocumentStandIn.bsn(like: original, random: &random)
        case .aba: return DocumentStandIn.aba(like: original, random: &random)
        case .mrz: return DocumentStandIn.mrz(like: original, random: &random)
        case .plate: return PlateStandIn.make(like: original, random: &random)
        case .caseNumber: return DocumentStandIn.caseNumber(like: original, random: &random)
        case .account: return DocumentStandIn.account(like: original, random: &random)
        case .date:
            if let shifted = dates.shift(original, byDays: dateOffset) { return shifted }
            if let parts = DateStandIn.isoDateTime(original), let shifted = dates.shift(parts.date, byDays: dateOffset) {
                let clock = TimeStandIn.make(like: parts.clock, offsetMinutes: timeOffset, words: numberWords, random: &random)
                return shifted + parts.separator + clock + parts.rest
            }
            if let moved = DateStandIn.partial(original, byDays: dateOffset) { return moved }
            return ShapeStandIn.make(like: original, random: &random)
        case .age: return AgeStandIn.make(like: original, delta: ageDelta)
        case .money: return MoneyStandIn.make(like: original, words: numberWords, random: &random)
        case .time: return TimeStandIn.make(like: original, offsetMinutes: timeOffset, words: numberWords, random: &random)
        case .coordinates: return CoordinateStandIn.make(like: original, random: &random)
        case .postcode: return PostcodeStandIn.make(like: original, random: &random)
        case .shape: return ShapeStandIn.make(like: original, random: &random)
        case .person:
            // Only a protected name when the name rules are off: the rest returned above.
            return ContactStandIn.person(like: original, random: &random)
        case .place, .organization, .address:
            preconditionFailure("names are chosen above")
        }
    }

    /// What makes two written values the same value: for a phone, its country and national
    /// number (`+994 50 123 45 67` and `050 123 45 67` are one phone, so they get one stand-in
    /// subscriber and one tag); for other numbers, their letters and digits; for the rest,
    /// the matching key.
    func identity(of value: String, rule: CompiledRule) -> String {
        switch rule.standIn {
        case .place:
            // Every spelling of one place is one place: `Gəncə`, `Ganja`, `Гянджа`. The word
            // analyses are those the place's stand-in reads too (one memo).
            let a = names.analyze(value)
            if let id = (Lexicon.name(phonetic: NameKey.phonetic(value)) ?? a.entry)?.places.first { return id }
            return a.keys.first ?? MatchKey.of(value)
        case .phone:
            var regions: [PhoneRegion] = []
            if case .phone(let r) = rule.validator { regions = r }
            if let reading = PhoneNumberPlan.read(value[...], regions: regions) {
                return reading.region.rawValue + ":" + String(decoding: reading.nationalNumber, as: UTF8.self)
            }
            return Self.alphanumerics(of: value)
        case .iban, .card, .tckn, .inn, .snils, .shape, .postcode, .ssn, .nino, .bsn, .aba, .mrz, .plate, .caseNumber, .account:
            return Self.alphanumerics(of: value)
        default:
            return MatchKey.of(value)
        }
    }

    private static func alphanumerics(of value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars where ScalarTraits.isAlphabetic(scalar) || ("0"..."9").contains(scalar) {
            out.unicodeScalars.append(scalar)
        }
        return MatchKey.of(out)
    }
}

/// Which operator each label gets: one default and per-label exceptions.
///
/// ```swift
/// // Like `redact --operator tag --operator DATE=redact`.
/// let operators = OperatorTable(defaultOperator: .tag, byLabel: ["DATE": .redact])
/// ```
public struct OperatorTable: Sendable, Hashable {
    /// The operator for labels not listed in `byLabel`.
    public var defaultOperator: RedactionOperator
    /// Per-label choices, by upper-case label (`PHONE`, `DATE`); keys are matched exactly.
    public var byLabel: [String: RedactionOperator]

    /// A table giving `defaultOperator` to every label not in `byLabel`; `pseudonym` for all
    /// by default.
    public init(defaultOperator: RedactionOperator = .pseudonym, byLabel: [String: RedactionOperator] = [:]) {
        self.defaultOperator = defaultOperator
        self.byLabel = byLabel
    }

    /// The operator for `label`: its entry in ``byLabel``, else ``defaultOperator``.
    public func `operator`(for label: String) -> RedactionOperator { byLabel[label] ?? defaultOperator }
}
