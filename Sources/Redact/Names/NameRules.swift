import Foundation
import RedactRules

/// The word lists that steer name, place, organization and address detection, read from a rule
/// set's `names.*`, `places.*`, `org.*` and `address.*` lists (documented in Rules/README.md).
///
/// Every entry is kept by its exact key (``NameKey/fold(_:)``); phrases are words joined by one
/// space, and a title written with a hyphen or a dot (`г-н`, `Mr.`) is kept as written without
/// the dot.
struct NameRules: Sendable {
    var titles: WordSet = []
    /// Azerbaijani and Turkish possessive suffixes a title takes after the body it belongs to
    /// (`Üniversitesi Rektör|ü`, `Galatasaray Başkan|ı`), longest first
    /// (`names.title-possessive-suffixes`): the word is then the title, outside the names.
    var titlePossessiveSuffixes: [String] = []
    var cuesBefore: WordSet = []
    var cuesAfter: WordSet = []
    var patronymicWords: WordSet = []
    /// Lower-case particles inside a person's name (`van`, `der`, `de`, `al`, `ul`): they join
    /// the capitalized words on both sides into one run (`Lars van den Broek`,
    /// `Zia-ul-Karim`), and one right before a person's name is part of it (`de Vries`).
    var nameParticles: WordSet = []
    /// Words between a designator before a name and the name (`org.before-links`: `of`, `for`,
    /// `on`).
    var orgBeforeLinks: WordSet = []
    /// The `of` of `village of …` (`names.of-words`).
    var ofWords: WordSet = []
    /// Prepositions inside a Russian organization's name after its head, each with the case it
    /// governs (`org.head-prepositions`: `по>dative`, `при>locative`, `против>genitive`): the
    /// adjectives after one must take that case (`при главном архитекторе`, `против незаконной
    /// вырубки`), not another (`по … дополнительную`).
    var orgHeadPrepositions: [String: RussianCase] = [:]
    /// Words between two parts of an organization's name after its head (`и`).
    var orgHeadConjunctions: WordSet = []
    /// Short English function words (`the`, `and`, `was`), packed as ASCII bytes: one in a line
    /// makes English one of the line's languages (`TextLanguages`), whatever its letters.
    var englishMarkers: Set<UInt32> = []
    /// Suffixes that follow a possessive ending only (`Universiteti|nə`, `Hastanesi|nde`),
    /// never a name's stem: a name or place is not read with one (`Kavanda|na` is `Kavandana`).
    var possessiveOnlySuffixes: WordSet = []
    var speakerRoles: WordSet = []
    /// Given names that, in capitals inside a sentence in lower case, are more often an
    /// ordinary word stressed (`names.stressed-words`: `I WILL not`, `MAY`) than a name.
    var stressedOrdinaryWords: WordSet = []
    var notNames: WordSet = []
    /// Endings as Unicode scalars (NFC), longest first: compared scalar by scalar with a word's
    /// exact key, not with `String.hasSuffix`, whose canonical equivalence costs a
    /// normalization check per call on non-ASCII words (the exact keys are already composed).
    var surnameEndings: [[Unicode.Scalar]] = []
    var weakSurnameEndings: [[Unicode.Scalar]] = []
    /// Azerbaijani and Turkish suffixes that make a country's name its people's
    /// (`names.demonym-suffixes`: `Kanada|lı`): such a word is a nationality, never a surname.
    var demonymSuffixes: [[Unicode.Scalar]] = []
    /// Azerbaijani and Turkish plural suffixes (`names.plural-suffixes`: `lar`, `lər`): a
    /// plural names a people or a dynasty, not a person or a place.
    var pluralSuffixes: [[Unicode.Scalar]] = []
    var patronymicEndings: [[Unicode.Scalar]] = []
    /// Azerbaijani and Turkish case suffixes, longest first: they stay outside the span.
    var suffixes: [[Unicode.Scalar]] = []
    /// Russian case endings with the nominative endings they replace, longest first.
    var caseEndings: [(ending: [Unicode.Scalar], nominative: String)] = []
    /// Azerbaijani and Turkish locative suffixes, longest first: an unknown capitalized word
    /// inside a sentence with one is a place (`Varnelkada`, `Surtavidəki`).
    var locativeSuffixes: [String] = []
    /// Suffixes after an apostrophe that mark a surname rather than a small place after a
    /// given name (`names.person-case-suffixes`: `Ayşe Kaya'nın`).
    var personCaseSuffixes: WordSet = []
    var placeCues: WordSet = []
    /// The first four letters of each `placeCues` word of four letters or more: a word whose
    /// first four are none of these is no inflected cue, found with one lookup.
    var placeCueHeads: WordSet = []
    /// Lower-case words inside an organization's name between capitalized words (`of`, `for`,
    /// `and`, `in`, `the`): `Council for Trade and Development in Europe`.
    var orgConnectors: WordSet = []
    /// The connectors of `orgConnectors` that join two things (`and`): after a name that already
    /// ends in its designator they join two bodies, not one name's words.
    var orgAndConnectors: WordSet = []
    /// Russian abbreviations of a town's type (`г.`) that a body's name takes after `по` with
    /// the town (`ГУФССП России по г. Москве`).
    var orgTownAbbreviations: WordSet = []
    /// Words a title writes in lower case (`names.caps-lower-words`: `of`, `по`, `üzrə`, `ve`),
    /// written so in the view of a line in capitals (`CapitalsView.swift`).
    var capsLowerWords: WordSet = []
    /// Codes and units written in capitals in any text (`org.not-acronyms`: `SWIFT`, `VIN`,
    /// `USD`), left so in that view; `notAcronyms` adds the cues, which are ordinary words.
    var capsCodes: WordSet = []
    /// One-word organization designators (`org.after` and `org.before` words of one word):
    /// a run that holds one may go on through `orgConnectors`.
    var orgDesignatorWords: WordSet = []
    /// Designators written as abbreviations with a full stop (`Corp.`, `Inc.`, `Bros.`): the
    /// stop is part of the name's span, as the word's own.
    var orgAbbreviations: WordSet = []
    /// Designators of firms (`Corp`, `Inc`, `MMC`): a firm's one name word alone, later in the
    /// text, is linked to it (`NameReading.organizationShortFormKeys`).
    var orgCompanyDesignators: WordSet = []
    /// Abbreviations of a firm's trade or form written with a full stop inside its name
    /// (`org.firm-abbreviations`: `San.`, `Tic.`, `Ltd.`, `Şti.`), the words of a firm's trade
    /// (`org.firm-words`: `sanayi`, `ticaret`) and the connector between them
    /// (`org.firm-connectors`: `ve`): `Körfez Metal Döküm San. ve Tic. A.Ş.` is one name.
    var orgFirmAbbreviations: WordSet = []
    var orgFirmWords: WordSet = []
    var orgFirmConnectors: WordSet = []
    /// Connectors between the words of a Turkish or Azerbaijani body's name before its
    /// designator (`org.joining-connectors`: `ve`, `və`): `Bankacılık Düzenleme ve Denetleme Kurumu`.
    var orgJoiningConnectors: WordSet = []
    /// The word for a town or district between its name and a body of it (`org.seat-words`:
    /// `şəhəri`): `Bakı şəhəri Yasamal Rayon Məhkəməsi` is one name.
    var orgSeatWords: WordSet = []
    /// Names of schemes and systems made like a body's (`org.not-bodies`: `National Insurance`):
    /// no organization.
    var orgNotBodies: WordSet = []
    /// Lower-case words inside a place's name between two capitalized words
    /// (`places.infixes`: `upon`, `am`: `Newcastle upon Tyne`, `Frankfurt am Main`).
    var placeInfixes: WordSet = []
    /// Lower-case words that part the two sides of a case's caption (`names.parting-words`:
    /// `v`, `vs`): no name runs across them.
    var partingWords: WordSet = []
    /// Place types that are part of a place's name when they follow it, so a place's span
    /// takes them (`Свердловской области`, `Topkapı Sarayı`, `Lake Falls` no: `Kariba Lake`);
    /// a type after a noun name stays outside (`Nəsimi rayonunda`, `Beşiktaş ilçesi`).
    /// Matched in any inflected form, as `placeCues` are.
    var placeNameTypes: WordSet = []
    /// Russian place types, in every case form, that take the genitive words after them into
    /// the place's name (`Дворце молодёжи`, `Центральном доме литераторов`).
    var placeGenitiveHeads: WordSet = []
    /// Azerbaijani and Turkish types of natural place (seas, lakes, rivers, mountains): an
    /// ordinary capitalized word right before one names the place (`Şimal dənizi`).
    var placeNaturalTypes: WordSet = []
    /// The identifier rules' cue words and phrases (every `cues.*` list: `case no`, `nino`,
    /// `уид`): before a number they name the identifier, not a person or an organization.
    var identifierCues: WordSet = []
    /// As `placeCueHeads`, of `placeNameTypes`.
    var placeNameTypeHeads: WordSet = []
    /// Russian adjective endings: a place or organization that ends in a capitalized adjective
    /// takes the lower-case noun after it (`Белом доме`).
    var adjectiveEndings: [String] = []
    /// Russian: an oblique adjective ending and the last letters a noun in the same case can have
    /// (`places.adjective-noun-finals`, `ом>еио`), longest ending first: `Красном море`, never
    /// `Рейсманом летел`, whose `-ом` is a noun's and whose next word is a verb.
    var adjectiveNounFinals: [(ending: String, finals: Set<Unicode.Scalar>)] = []
    /// `adjectiveEndings` as UTF-8 with their length in scalars, for ``hasAdjectiveEnding(_:stem:)``.
    var adjectiveEndingBytes: [(bytes: [UInt8], scalars: Int)] = []

    /// Whether `word` (a fold, NFC) ends in one of `adjectiveEndings` after at least `stem`
    /// scalars; compared as UTF-8, which for these letters is comparing characters without
    /// walking graphemes.
    func hasAdjectiveEnding(_ word: String, stem: Int = 0) -> Bool {
        let letters = stem > 0 ? word.unicodeScalars.count : 0
        var word = word
        return word.withUTF8 { bytes in
            adjectiveEndingBytes.contains { ending in
                (stem == 0 || letters - ending.scalars >= stem) && bytes.count >= ending.bytes.count
                    && bytes[(bytes.count - ending.bytes.count)...].elementsEqual(ending.bytes)
            }
        }
    }
    /// Whether `fold` (a folded word) is a place type of `placeNameTypes` in a case form:
    /// listed as it is, or a listed stem of four letters or more with up to three letters of an
    /// ending (`области` of `област`, `автономного` of `автономн`). Stricter than the
    /// detector's match (five letters): a stand-in keeps such a word as written, and a surname
    /// made on a type's stem (`Островского` of `остров`) must not be kept.
    func isPlaceNameType(_ fold: String) -> Bool {
        if placeNameTypes.contains(fold) { return true }
        let scalars = Array(fold.unicodeScalars)
        guard scalars.count >= 5, placeNameTypeHeads.contains(String(scalars: scalars.prefix(4))) else { return false }
        for length in stride(from: scalars.count - 1, through: max(4, scalars.count - 3), by: -1)
        where placeNameTypes.contains(String(scalars: scalars[..<length])) {
            return true
        }
        return false
    }

    /// `word` without its longest adjective ending (`японского` → `японск`); nil when it has
    /// none.
    func adjectiveStem(_ word: String) -> String? {
        guard let ending = adjectiveEndings.first(where: { word.hasSuffix($0) }) else { return nil }
        return String(scalars: word.unicodeScalars.dropLast(ending.unicodeScalars.count))
    }
    /// Russian endings of verbs, of nouns in the genitive, and function words: the lower-case
    /// words an organization's head takes after it (`Министерство внутренних дел`) stop at a
    /// verb or a function word and go on through genitives.
    var russianVerbEndings: [String] = []
    var russianGenitiveEndings: [String] = []
    var russianFunctionWords: WordSet = []
    /// The prepositions, conjunctions and articles an acronym's initials leave out
    /// (`org.acronym-skipped-words`, every language): ``AcronymStandIn/Reading/contentWords``.
    var acronymSkippedWords: WordSet = []
    /// Adjective endings of the genitive, and of the dative and prepositional after `по`: the
    /// cases an adjective takes inside an organization's name after its head.
    var russianGenitiveAdjectiveEndings: [String] = []
    var russianDativeAdjectiveEndings: [String] = []
    var russianLocativeAdjectiveEndings: [String] = []
    var russianAccusativeAdjectiveEndings: [String] = []
    var russianNominativeAdjectiveEndings: [String] = []
    var russianInstrumentalAdjectiveEndings: [String] = []

    /// The cases a preposition inside an organization's name governs.
    enum RussianCase: String, Sendable, CaseIterable { case nominative, genitive, dative, accusative, instrumental, locative }

    /// The noun endings of `grammaticalCase` (`org.genitive-endings`, `org.dative-endings`,
    /// `org.locative-endings`); none for the other cases.
    func nounEndings(of grammaticalCase: RussianCase) -> [String] {
        switch grammaticalCase {
        case .genitive: russianGenitiveEndings
        case .dative: russianDativeEndings
        case .locative: russianLocativeEndings
        default: []
        }
    }
    var russianDativeEndings: [String] = []
    var russianLocativeEndings: [String] = []

    /// The adjective endings of `grammaticalCase` (`org.<case>-adjective-endings`).
    func adjectiveEndings(of grammaticalCase: RussianCase) -> [String] {
        switch grammaticalCase {
        case .genitive: russianGenitiveAdjectiveEndings
        case .dative: russianDativeAdjectiveEndings
        case .accusative: russianAccusativeAdjectiveEndings
        case .locative: russianLocativeAdjectiveEndings
        case .nominative: russianNominativeAdjectiveEndings
        case .instrumental: russianInstrumentalAdjectiveEndings
        }
    }
    /// Endings that make one capitalized word an organization's name (`org.word-endings`:
    /// Turkish clubs, `Trabzon|spor`).
    var orgWordEndings: [[Unicode.Scalar]] = []
    /// Endings of ordinary Azerbaijani and Turkish words that names do not take (possessive
    /// `Redaktorum`, `Aşpazımız`; ablative `Qərardan`; plural `Meteoroloqlar`): such a word
    /// that no list knows, capitalized at the start of a sentence, is not part of the name
    /// after it.
    var ordinaryEndings: [String] = []
    /// Prepositions that put a word that is both a name and a place on the place side (`in`, `в`).
    var placePrepositions: WordSet = []
    /// Place types before a place's name (`село`, `г`, `village of`).
    var placeCuesBefore: WordSet = []
    var orgAfter: WordSet = []
    /// The first and the last words of `orgAfter`'s phrases, to rule most runs out at once.
    var orgAfterFirstWords: WordSet = []
    var orgAfterLastWords: WordSet = []
    /// The first three letters of every one-word `orgAfter` designator: a word that starts
    /// otherwise cannot be a designator with a case suffix (`WordAnalysis.designatorStem`).
    var orgAfterHeads: WordSet = []
    /// The `orgAfter` designators of the languages that have case suffixes (`org.after.az`,
    /// `org.after.tr`: those with a `names.suffixes` list of the same language): only these
    /// take a case suffix without an apostrophe (`hastanesi|ne`; `Presse` is no `press|e`).
    var orgAfterTakingSuffixes: WordSet = []
    /// Words that start an organization's name and take the words after them in the genitive
    /// (`Министерство внутренних дел`): `org.heads` lists, matched in any case form.
    var orgHeads = RussianNounForms([], finalLetters: [])
    var orgNotHeads: WordSet = []
    /// The stems of everyday adjectives that say nothing of which body is meant
    /// (`org.not-name-adjectives`, written in the nominative: `данный` → `данн`).
    var orgNotNameAdjectiveStems: WordSet = []
    /// Endings of nouns that look like adjectives (`org.not-adjective-endings`: `заседание`),
    /// stem endings of participles (`org.participle-stem-endings`: `захвачен|н`), and the
    /// relative adjectives' stem endings among them (`org.relative-stem-endings`: `ственн`).
    var orgNotAdjectiveEndings: [String] = []
    var orgParticipleStemEndings: [String] = []
    var orgRelativeStemEndings: [String] = []
    /// Heads that are everyday nouns too (`org.ordinary-heads`), in any case form: at a
    /// sentence's start they need a capitalized word after them to make a name.
    var orgOrdinaryHeads = RussianNounForms([], finalLetters: [])
    /// Heads that are short names in capitals and head a body's name only so written
    /// (`org.caps-heads`: `СО`, `СУ`, `ГСУ`, `СК`): in lower case they are ordinary words (`со`).
    var orgCapsHeads: WordSet = []
    /// State bodies among the heads (`org.state-bodies`: `министерство`, `мид`), in any case
    /// form: named in lower case before a country, or with a nationality's adjective alone.
    var orgStateBodies = RussianNounForms([], finalLetters: [])
    /// The bodies of a state named by their head before the country (`org.country-bodies`:
    /// `администрации Перу`), in any case form.
    var orgCountryBodies = RussianNounForms([], finalLetters: [])
    /// Words of reporting before a quoted name of the medium that reports (`org.media-cues`:
    /// `передаёт «…»`, `по данным «…»`).
    var orgMediaCues: WordSet = []
    /// Nouns before a quoted name that make it a product's or a work's, not an organization's
    /// (`org.product-cues`: `автомобиль`, `статья`), in any case form.
    var orgProductCues = RussianNounForms([], finalLetters: [])
    /// Nouns that make an event's or an award's name after a capitalized adjective
    /// (`org.event-nouns`: `премия`, `война`), in any case form.
    var orgEventNouns = RussianNounForms([], finalLetters: [])
    /// Bodies named by their number (`org.numbered-heads`: `экспедиция`, `экипаж`), in any
    /// case form: `13-й долговременной экспедиции` names one crew.
    var orgNumberedHeads = RussianNounForms([], finalLetters: [])
    /// Institutions named by the number after `№` (`org.sign-numbered-heads`: `участок`,
    /// `школа`, `колония`), in any case form: `судебного участка № 29`, `ИК № 5`.
    var orgSignNumberedHeads = RussianNounForms([], finalLetters: [])
    /// Short names in capitals numbered the same way (`org.sign-numbered-acronyms`: `оп`, `ик`,
    /// `сизо`).
    var orgSignNumberedAcronyms: WordSet = []
    /// Short prefixes of Russian state bodies' names (`org.head-prefixes`: `мин`, `рос`): an
    /// unlisted word that opens with one is that body (`Минсельхоз`).
    var orgHeadPrefixes: [String] = []
    /// Stems of Russian ordinal numbers (`org.ordinal-stems`: `перв`, `семнадцат`): with an
    /// adjective's ending they number a body of `org.numbered-heads`.
    var orgOrdinalStems: [String] = []
    /// Products' names, quoted alone, that are no organization's (`org.product-names`: cars'
    /// models, `«Ниву»`), in any case form.
    var orgProductNames = RussianNounForms([], finalLetters: [])
    /// The last UTF-16 units of `names.adjective-endings`: a word that ends in none of them is
    /// no adjective, without folding it.
    var adjectiveEndingFinalUnits: Set<UInt16> = []
    /// `org.nationality-stem-endings` as UTF-16 (`ск`, `цк`): the stems a nationality's
    /// adjective ends in, read before any lookup.
    var nationalityStemEndingUnits: [[UInt16]] = []
    /// The one-word Cyrillic designators of `orgAfter` (`суд`, `университет`), found in any case.
    var russianDesignators = RussianNounForms([], finalLetters: [])
    /// Letters between a possessive ending and a case suffix (`Hastanesi|ne`): the suffix's.
    var bufferLetters: Set<Unicode.Scalar> = []
    /// Words that join the countries of a list or the parts of one name (`and`, `of`, `və`).
    var countryJoiningWords: WordSet = []
    var orgBefore: WordSet = []
    /// Articles that a capitalized run may start with but a name does not (`The`).
    var orgArticles: WordSet = []
    /// Capitals that are not organizations: currencies, document and identifier names, cue words.
    var notAcronyms: WordSet = []
    var addressAfter: WordSet = []
    /// Street types that make an address only with a house number before the street's name
    /// (`3 Marlow Hill`, `1180 Tarrant Dr`); alone they name a place or a title (`Capitol Hill`).
    var addressAfterWithHouse: WordSet = []
    /// Lower-case words inside a street's name (`Cavad xan küç.`, `address.name-infixes`).
    var addressNameInfixes: WordSet = []
    var addressBefore: WordSet = []
    var houseWords: WordSet = []
    /// Words after their number or letter in an address (`3. kat`, `B Blok`, `10th Floor`).
    var houseAfterWords: WordSet = []
    /// Street and quarter types written uninflected after an ordinal number (`17-ci məhəllə`,
    /// `address.numbered-types`): an address only with a house word and number after them
    /// (`17-ci məhəllə, ev 4`), since the words alone are ordinary (`Bu küçə`).
    var addressNumberedTypes: WordSet = []
    /// Words between a house and the street type after it (`д. 18 по ул. Горького`).
    var addressLinks: WordSet = []
    /// Lower-case words between a street type and the street's name (`наб. реки Фонтанки`).
    var addressNameOpeners: WordSet = []
    /// Endings of ordinals written after a number and a hyphen (`2-я`, `9-cu`).
    var addressOrdinalEndings: WordSet = []
    /// Neighbourhood types that are part of the street run after them (`Fevzi Çakmak Mah.`).
    var addressNeighbourhoods: WordSet = []
    /// Compass points after a street's type word (`Pennsylvania Avenue NW`).
    var addressDirections: WordSet = []
    /// Names that must stay (the allow-list), by exact and by phonetic key.
    var allowed: WordSet = []
    var allowedPhonetic: WordSet = []
    /// The phonetic keys of each allowed name's words: `Mr. Hüseynov` stays when
    /// `Elçin Hüseynov` is allowed (a given name alone does not: it may be someone else's).
    var allowedWords: [WordSet] = []
    /// Longest phrase, in words, of the phrase lists.
    var longestPhrase = 1
    /// Every title and cue-before phrase and each of its ends that starts after a space or a
    /// hyphen (`a man named`, `man named`, `named`; `г-н`, `н`): a phrase that is none of these
    /// cannot grow leftwards into a title.
    var titlePhraseSuffixes: WordSet = []

    /// Whether the rule set asks for name detection at all (it has a `names.titles` list).
    var isEnabled = false

    /// Ordinary words that stand in for the name words of organizations and streets, by
    /// language (`standins.words.en` → `en`): `Kavkaz TV` → `Ametist TV`, never a person's name.
    var standInWords: [String: [String]] = [:]
    /// Adjectives (masculine nominative in `-ый`) that stand in for an organization's or a
    /// street's adjective, by language (`standins.adjectives.ru`): `Тарвинского театра` →
    /// `Янтарного театра`.
    var standInAdjectives: [String: [String]] = [:]
    /// Words after a list of places and before their type in the plural (`places.list-cues`:
    /// `kimi`, `gibi`), and those types (`places.plural-types`: `çayları`, `şehirleri`).
    var placeListCues: WordSet = []
    var placePluralTypes: WordSet = []
    /// The lengths of `placeListCues` in UTF-16 units, to rule words out before folding them.
    var placeListCueLengths: Set<Int> = []
    /// Forms of state (`places.state-types`: `respublikası`, `cumhuriyeti`), any case form.
    var placeStateTypes: WordSet = []
    /// For stand-ins of organizations and streets (``NameStandIn/ordinaryWord(for:analysis:domain:language:beforeALowerCaseWord:)``):
    /// an adjective's ending as a hard stem writes it (`standins.hard-adjective-endings`:
    /// `его>ого`); adjective endings a noun's case forms have too (`names.noun-case-adjective-endings`:
    /// `ом`); last letters a nominative may end in (`names.nominative-finals`); the vowels
    /// (`names.vowels`), to tell a consonant.
    var hardAdjectiveEndings: [String: String] = [:]
    /// A person's stand-in in a case: the ending a soft stem writes for a hard one's
    /// (`standins.soft-case-endings`: `у>ю`), and the finals that make a stem soft
    /// (`standins.soft-finals`: `ь`, `й`), which such an ending replaces.
    var softCaseEndings: [String: String] = [:]
    var softFinals: Set<Unicode.Scalar> = []
    /// A surname declined as an adjective, in a case form, to the ending a surname in `-ов`
    /// (`standins.possessive-surname-finals`) takes in that case: keyed `ending:nominative`
    /// (`standins.adjective-case-as-noun`: `ому:ий>у`, `Ратманскому` → `Громову`).
    var adjectiveCaseAsNoun: [String: String] = [:]
    var possessiveSurnameFinals: [String] = []
    /// A surname that does not decline (`standins.indeclinable-surname-finals`: `Тимошенко`,
    /// `Нетаньяху`, `Седых`) after a given name in a case form: the case ending its stand-in in
    /// `-ов` or `-ова` takes, as `ending:nominative`, keyed by the given name's
    /// `ending:nominative` (`standins.indeclinable-surname-cases`: `ы:а>ой:а`, so `Юлии
    /// Тимошенко` → `Тамары Смирновой`, not `Тамары Смирнова`).
    /// A noun's case ending that a surname in `-ов`, `-ин` writes otherwise
    /// (`standins.possessive-case-endings`: `ом>ым`, `Шевчуком` → `Васильевым`).
    var possessiveCaseEndings: [String: String] = [:]
    var indeclinableSurnameFinals: [String] = []
    var indeclinableSurnameCases: [String: (ending: String, nominative: String)] = [:]
    var nounCaseAdjectiveEndings: WordSet = []
    var nominativeFinals: Set<Unicode.Scalar> = []
    var vowels: Set<Unicode.Scalar> = []
    /// Stem endings of relative adjectives (`names.adjective-stem-endings`: `н`, `ск`), which
    /// tell an adjective in `-ом`, `-ой` from a noun's case form.
    var adjectiveStemEndings: [String] = []
    /// The language of each designator, street type and house word that only one language's
    /// lists hold (`sok` → `tr`, `küçəsi` → `az`): the language of the stand-in words of a
    /// name that has it.
    var designatorLanguage: [String: String] = [:]

    init() {}

    init(lists: [String: [String]], allow: [String]) {
        func set(_ prefix: String) -> WordSet {
            var out: WordSet = []
            for (name, words) in lists where name == prefix || name.hasPrefix(prefix + ".") {
                for word in words { out.insert(Self.phraseKey(word)) }
            }
            return out
        }
        func sortedLongestFirst(_ prefix: String) -> [String] {
            Array(set(prefix)).sorted { $0.unicodeScalars.count != $1.unicodeScalars.count ? $0.unicodeScalars.count > $1.unicodeScalars.count : $0 < $1 }
        }
        isEnabled = lists.keys.contains { $0 == "names.titles" || $0.hasPrefix("names.titles.") }
        adjectiveNounFinals = set("places.adjective-noun-finals").compactMap { entry in
            let parts = entry.split(separator: ">", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return (String(parts[0]), Set(parts[1].unicodeScalars))
        }.sorted { $0.ending.unicodeScalars.count > $1.ending.unicodeScalars.count }
        titles = set("names.titles")
        titlePossessiveSuffixes = sortedLongestFirst("names.title-possessive-suffixes")
        cuesBefore = set("names.cues-before")
        cuesAfter = set("names.cues-after")
        patronymicWords = set("names.patronymic-words")
        nameParticles = set("names.particles")
        orgBeforeLinks = set("org.before-links")
        ofWords = set("names.of-words")
        for (name, entries) in lists where name == "org.head-prepositions" || name.hasPrefix("org.head-prepositions.") {
            for entry in entries {
                // `по>dative`, split before folding (a case's Latin name would fold the Cyrillic
                // look-alikes of the preposition to Latin). Without a case, the dative, as `по`;
                // the rule reader refuses an unknown case.
                let parts = entry.split(separator: ">", maxSplits: 1)
                guard let word = parts.first else { continue }
                orgHeadPrepositions[Self.phraseKey(word)] = parts.count > 1 ? RussianCase(rawValue: String(parts[1])) ?? .dative : .dative
            }
        }
        placeGenitiveHeads = set("places.genitive-heads")
        placeNaturalTypes = set("places.natural-types")
        identifierCues = set("cues")
        orgHeadConjunctions = set("org.head-conjunctions")
        englishMarkers = Set(set("names.language-markers").compactMap(Self.packASCII))
        possessiveOnlySuffixes = set("names.possessive-only-suffixes")
        speakerRoles = set("names.speaker-roles")
        stressedOrdinaryWords = set("names.stressed-words")
        notNames = set("names.not-names")
        func scalars(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.precomposedStringWithCanonicalMapping.unicodeScalars) } }
        surnameEndings = scalars(sortedLongestFirst("names.surname-endings"))
        weakSurnameEndings = scalars(sortedLongestFirst("names.weak-surname-endings"))
        demonymSuffixes = scalars(sortedLongestFirst("names.demonym-suffixes"))
        pluralSuffixes = scalars(sortedLongestFirst("names.plural-suffixes"))
        patronymicEndings = scalars(sortedLongestFirst("names.patronymic-endings"))
        suffixes = sortedLongestFirst("names.suffixes").map { Array($0.unicodeScalars) }
        // Longest ending first; for one ending, the shortest nominative first (`Анной` is
        // `Анна` before it is `Анная`).
        caseEndings = set("names.case-endings").map { entry -> (ending: [Unicode.Scalar], nominative: String) in
            let parts = entry.split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false)
            return (Array(String(parts[0]).unicodeScalars), parts.count > 1 ? String(parts[1]) : "")
        }.sorted { a, b in
            if a.ending.count != b.ending.count { return a.ending.count > b.ending.count }
            if a.nominative.count != b.nominative.count { return a.nominative.count < b.nominative.count }
            return String(scalars: a.ending) + a.nominative < String(scalars: b.ending) + b.nominative
        }
        placeCues = set("places.cues")
        locativeSuffixes = sortedLongestFirst("places.locative-suffixes")
        personCaseSuffixes = set("names.person-case-suffixes")
        placeNameTypes = set("places.name-types")
        func heads(_ words: WordSet) -> WordSet {
            WordSet(words.compactMap { $0.unicodeScalars.count >= 4 ? String(scalars: $0.unicodeScalars.prefix(4)) : nil })
        }
        placeCueHeads = heads(placeCues)
        placeNameTypeHeads = heads(placeNameTypes)
        adjectiveEndings = sortedLongestFirst("names.adjective-endings")
        adjectiveEndingBytes = adjectiveEndings.map { (Array($0.utf8), $0.unicodeScalars.count) }
        russianVerbEndings = sortedLongestFirst("org.verb-endings")
        russianGenitiveEndings = sortedLongestFirst("org.genitive-endings")
        russianFunctionWords = set("org.function-words")
        acronymSkippedWords = set("org.acronym-skipped-words")
        russianGenitiveAdjectiveEndings = sortedLongestFirst("org.genitive-adjective-endings")
        russianDativeAdjectiveEndings = sortedLongestFirst("org.dative-adjective-endings")
        russianLocativeAdjectiveEndings = sortedLongestFirst("org.locative-adjective-endings")
        russianDativeEndings = sortedLongestFirst("org.dative-endings")
        russianLocativeEndings = sortedLongestFirst("org.locative-endings")
        russianAccusativeAdjectiveEndings = sortedLongestFirst("org.accusative-adjective-endings")
        russianNominativeAdjectiveEndings = sortedLongestFirst("org.nominative-adjective-endings")
        russianInstrumentalAdjectiveEndings = sortedLongestFirst("org.instrumental-adjective-endings")
        orgWordEndings = scalars(sortedLongestFirst("org.word-endings"))
        ordinaryEndings = sortedLongestFirst("names.ordinary-endings")
        placePrepositions = set("places.prepositions")
        placeCuesBefore = set("places.cues-before")
        orgAfter = set("org.after")
        for (name, words) in lists where name == "org.after" || name.hasPrefix("org.after.") {
            let language = name.dropFirst("org.after".count)
            guard lists["names.suffixes" + language] != nil else { continue }
            for word in words { orgAfterTakingSuffixes.insert(Self.phraseKey(word)) }
        }
        let nounFinalLetters = Set(set("org.noun-final-letters").compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
        // The empty ending (`министерств`, a genitive plural) is written `-` in the list.
        let nounEndings = Set(set("org.noun-endings").map { $0 == "-" ? "" : $0 })
        bufferLetters = Set(set("names.buffer-letters").compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
        countryJoiningWords = set("countries.joining-words")
        orgAfterFirstWords = WordSet(orgAfter.compactMap { $0.split(separator: " ").first.map(String.init) })
        orgAfterLastWords = WordSet(orgAfter.compactMap { $0.split(separator: " ").last.map(String.init) })
        russianDesignators = RussianNounForms(orgAfter.filter {
            !$0.contains(" ") && $0.unicodeScalars.first.map { $0.value >= 0x400 && $0.value <= 0x4FF } == true
        }.sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        orgAfterHeads = WordSet(orgAfter.filter { !$0.contains(" ") }.map { String(scalars: $0.unicodeScalars.prefix(3)) })
        orgHeads = RussianNounForms(set("org.heads").sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        orgNotHeads = set("org.not-heads")
        orgNotAdjectiveEndings = sortedLongestFirst("org.not-adjective-endings")
        orgParticipleStemEndings = sortedLongestFirst("org.participle-stem-endings")
        orgRelativeStemEndings = sortedLongestFirst("org.relative-stem-endings")
        orgNotNameAdjectiveStems = WordSet(set("org.not-name-adjectives").map { adjectiveStem($0) ?? $0 })
        orgOrdinaryHeads = RussianNounForms(set("org.ordinary-heads").sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        orgCapsHeads = set("org.caps-heads")
        orgStateBodies = RussianNounForms(set("org.state-bodies").sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        orgMediaCues = set("org.media-cues")
        orgProductCues = RussianNounForms(set("org.product-cues").sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        orgEventNouns = RussianNounForms(set("org.event-nouns").sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        orgProductNames = RussianNounForms(set("org.product-names").sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        orgNumberedHeads = RussianNounForms(set("org.numbered-heads").sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        orgOrdinalStems = sortedLongestFirst("org.ordinal-stems")
        orgSignNumberedHeads = RussianNounForms(set("org.sign-numbered-heads").sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        orgSignNumberedAcronyms = set("org.sign-numbered-acronyms")
        orgHeadPrefixes = sortedLongestFirst("org.head-prefixes")
        orgCountryBodies = RussianNounForms(set("org.country-bodies").sorted(), finalLetters: nounFinalLetters, endings: nounEndings)
        adjectiveEndingFinalUnits = Set(adjectiveEndings.compactMap { $0.utf16.last })
        nationalityStemEndingUnits = set("org.nationality-stem-endings").map { Array($0.utf16) }.sorted { $0.lexicographicallyPrecedes($1) }
        orgBefore = set("org.before")
        orgConnectors = set("org.connectors")
        orgAndConnectors = set("org.and-connectors")
        orgTownAbbreviations = set("org.town-abbreviations")
        capsLowerWords = set("names.caps-lower-words")
        capsCodes = set("org.not-acronyms")
        orgDesignatorWords = WordSet(orgAfter.union(orgBefore).filter { !$0.contains(" ") })
        orgArticles = set("org.articles")
        orgAbbreviations = set("org.abbreviations")
        orgCompanyDesignators = set("org.company-designators")
        orgFirmAbbreviations = set("org.firm-abbreviations")
        orgFirmWords = set("org.firm-words")
        orgFirmConnectors = set("org.firm-connectors")
        orgJoiningConnectors = set("org.joining-connectors")
        orgSeatWords = set("org.seat-words")
        orgNotBodies = set("org.not-bodies")
        placeInfixes = set("places.infixes")
        partingWords = set("names.parting-words")
        notAcronyms = set("org.not-acronyms").union(set("cues"))
        addressAfter = set("address.after")
        addressBefore = set("address.before")
        addressAfterWithHouse = set("address.after-with-house")
        addressNameInfixes = set("address.name-infixes")
        houseWords = set("address.house")
        houseAfterWords = set("address.house-after")
        addressNumberedTypes = set("address.numbered-types")
        addressLinks = set("address.links")
        addressNameOpeners = set("address.name-openers")
        addressDirections = set("address.directions")
        addressNeighbourhoods = set("address.neighbourhoods")
        addressOrdinalEndings = set("address.ordinal-endings")
        adjectiveStemEndings = sortedLongestFirst("names.adjective-stem-endings")
        for entry in set("standins.hard-adjective-endings") {
            let parts = entry.split(separator: ">", maxSplits: 1)
            if parts.count == 2 { hardAdjectiveEndings[String(parts[0])] = String(parts[1]) }
        }
        nounCaseAdjectiveEndings = set("names.noun-case-adjective-endings")
        func letters(_ name: String) -> Set<Unicode.Scalar> {
            Set(set(name).compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
        }
        nominativeFinals = letters("names.nominative-finals")
        for entry in set("standins.soft-case-endings") {
            let parts = entry.split(separator: ">", maxSplits: 1)
            if parts.count == 2 { softCaseEndings[String(parts[0])] = String(parts[1]) }
        }
        softFinals = letters("standins.soft-finals")
        for entry in set("standins.adjective-case-as-noun") {
            let parts = entry.split(separator: ">", maxSplits: 1)
            if parts.count == 2 { adjectiveCaseAsNoun[String(parts[0])] = String(parts[1]) }
        }
        possessiveSurnameFinals = set("standins.possessive-surname-finals").sorted()
        indeclinableSurnameFinals = set("standins.indeclinable-surname-finals").sorted()
        for entry in set("standins.possessive-case-endings") {
            let parts = entry.split(separator: ">", maxSplits: 1)
            if parts.count == 2 { possessiveCaseEndings[String(parts[0])] = String(parts[1]) }
        }
        for entry in set("standins.indeclinable-surname-cases") {
            let parts = entry.split(separator: ">", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let value = parts[1].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            indeclinableSurnameCases[String(parts[0])] = (String(value[0]), value.count > 1 ? String(value[1]) : "")
        }
        vowels = letters("names.vowels")
        placeListCues = set("places.list-cues")
        placePluralTypes = set("places.plural-types")
        placeListCueLengths = Set(placeListCues.map { $0.utf16.count })
        placeStateTypes = set("places.state-types")
        for (name, words) in lists {
            guard let dot = name.lastIndex(of: ".") else { continue }
            let language = String(name[name.index(after: dot)...])
            let list = String(name[..<dot])
            switch list {
            case "standins.words": standInWords[language, default: []].append(contentsOf: words)
            case "standins.adjectives": standInAdjectives[language, default: []].append(contentsOf: words)
            case "org.after", "org.before", "address.after", "address.before", "address.house":
                for word in words {
                    let key = Self.phraseKey(word)
                    if let known = designatorLanguage[key], known != language {
                        designatorLanguage[key] = ""  // more than one language's
                    } else {
                        designatorLanguage[key] = language
                    }
                }
            default: break
            }
        }
        designatorLanguage = designatorLanguage.filter { !$0.value.isEmpty }
        for language in standInWords.keys { standInWords[language]?.sort() }
        for language in standInAdjectives.keys { standInAdjectives[language]?.sort() }
        let allowEntries = (lists.filter { $0.key == "names.allow" || $0.key.hasPrefix("names.allow.") }.flatMap(\.value)) + allow
        for name in allowEntries {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            allowed.insert(Self.phraseKey(trimmed))
            allowedPhonetic.insert(NameKey.phonetic(trimmed))
            let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "-" }).map { NameKey.phonetic($0) }
            allowedWords.append(WordSet(words))
        }
        for phrase in titles.union(cuesBefore) {
            titlePhraseSuffixes.insert(phrase)
            var index = phrase.startIndex
            while let separator = phrase[index...].firstIndex(where: { $0 == " " || $0 == "-" }) {
                index = phrase.index(after: separator)
                titlePhraseSuffixes.insert(String(phrase[index...]))
            }
        }
        for phrase in titles.union(cuesBefore).union(cuesAfter).union(orgAfter).union(orgBefore).union(addressAfter)
            .union(addressBefore) {
            longestPhrase = max(longestPhrase, phrase.split(separator: " ").count)
        }
    }

    /// The key of a list entry or of the words of a text run: folded, dots dropped, runs of
    /// spaces as one.
    /// Up to four ASCII letters packed into one number (`the` → 0x746865), nil otherwise.
    static func packASCII(_ word: String) -> UInt32? {
        let bytes = Array(word.utf8)
        guard (1...4).contains(bytes.count), bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        return bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func phraseKey(_ text: some StringProtocol) -> String {
        var out = ""
        var space = false
        for scalar in NameKey.fold(text).unicodeScalars {
            if scalar == "." { continue }
            if scalar == " " || scalar == "\t" {
                space = !out.isEmpty
                continue
            }
            if space { out.unicodeScalars.append(" "); space = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
