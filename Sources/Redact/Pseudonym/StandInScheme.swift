import Crypto

/// Which way of choosing stand-ins a run uses, by version number.
///
/// A stand-in is a keyed choice from lists: the same key, rules and scheme give the same
/// stand-in on every machine. The lists and the way of choosing change between releases (a
/// larger pool, a new rule of fit), and every such change moves stand-ins: an archive redacted
/// last year would no longer match a document redacted today with the same key. So the choice
/// is versioned: outputs that carry the rule set's digest carry the scheme too
/// (`redact --version`, `redact eval` reports, `redact_engine_stand_in_scheme` in the C ABI),
/// and a user pins the scheme an archive was made with (`--stand-in-scheme N`,
/// ``RedactionConfiguration/standInScheme``).
///
/// Versions:
/// - **1**: person stand-ins from the common names of `Rules/lexicon/standins.tsv` only (70 to
///   100 per language and kind). Past them, two people of one run share a stand-in piece.
/// - **2**: once the common names that fit are taken, the larger pools of
///   `Rules/lexicon/standins-extended.tsv` (real names of the open lists, then surnames and
///   patronymics formed on real given names, then made-up name-like forms): a real name that
///   fits first, then a formed or made-up one that fits, then any free entry, before two
///   originals share one; a stand-in piece given to a person of one family (an Azerbaijani
///   name spelled in Cyrillic, `Яков`) is not given to a person of another (a Russian `Яков`);
///   and a name the lists hold as both Azerbaijani (or Turkish) and Russian, written in
///   Cyrillic, takes a Russian stand-in unless the run also writes it in Latin letters
///   (version 1 gave `Анна` an Azerbaijani name in Cyrillic letters). A run that does not use
///   up the common names that fit, and has no such name, gets the stand-ins of version 1.
///   Also from version 2: a man's name in a case form that only sounds like a woman's name
///   (`Виктора Бута`) is read as his; the father's name before `oğlu`, `qızı`, `оглы`, `кызы`
///   gets a man's given name; and the second of two initials (`Бондаренко А. И.`) takes the
///   initial of the patronymic's stand-in.
/// - **3**: as 2, and a person's stand-in keeps the lower-case particles of the name
///   as written (`Lars van den Broek` → `Derek van den Clark`, not a given name in their
///   place), and a given name whose sound the lists hold as both a man's and a woman's takes
///   the gender of its own spelling where the lists give one (`Anna`, keyed `ana` with men's
///   names: a woman, where version 2 read a man). Same lists as version 2.
/// - **4**: as 3, and a name whose words all read as given names (`Йенс Леман`,
///   `Леман` a Turkish woman's name too) has its last word for the surname, with the gender of
///   the given names before it (version 3: two given names, a woman's); a Russian surname that
///   does not decline (`Тимошенко`, `Ющенко`, `Нетаньяху`) takes the given name's case in its
///   stand-in (`Юлии Тимошенко` → `Тамары Смирновой`, `Виктором Ющенко` → `Всеволодом
///   Цветковым`; version 3 left the surname in the nominative), and a man's given name in a
///   case form before such a surname reads as his (`Виктора Ющенко`, version 3 a woman's
///   `Виктора`). Every part of one person's stand-in comes from one list family, the one most
///   of the name's listed words share (`Ahmet Yılmaz`: version 3 gave `Ahmet`, which the Russian
///   lists hold too, a Russian given name beside a Turkish surname), and a word met alone takes
///   the family its full name gave it. A surname's stand-in in `-ов`, `-ин` takes such a
///   surname's instrumental (`Шевчуком` → `Васильевым`; version 3 `Васильевом`), and a surname
///   takes the case of the given name before it where it reads two ways (`Оливером Каном`: `Кан`
///   and `ом`, not the prepositional of a `Каний`). No stand-in is a letter away from the
///   original's sound (`Анна`, read as a town, took `Унна`). Same lists as version 2.
/// - **5**: as 4, and a stand-in for a man's name in `-ь` or `-й` in a case form
///   (`Игоря`, `Игорем`, `Сергею`) takes that case whatever its own stem: `Виктора`, `Виктором`
///   for a stand-in in a hard consonant, `Сергея` for one in the other soft final (version 4
///   left such a stand-in in the nominative: `Игоря Козлова` → `Виктор Герасимова`). Same
///   lists as version 2.
/// - **6**: as 5, and a given name no list tells the gender of, met in a full name
///   (`Franck Leboeuf`), is that name's given name when met alone: `Franck` takes the given
///   name of the full name's stand-in, read as a man's, as the full name's was (version 5
///   gave it a stand-in of its own: `Franck Leboeuf` → `Ryan Young`, `Franck` → `Thomas`). A
///   full name that tells the gender later takes the word over. An acronym's initials may
///   also leave out the prepositions and conjunctions of `org.acronym-skipped-words` (`ОФДД` of
///   `Объединённый фронт за демократию против диктатуры` takes the initials of the name's
///   stand-in), and an acronym in brackets after a name of words keeps an acronym for its
///   stand-in (version 5 spelled the name's stand-in in Latin letters there). Same lists as
///   version 2.
/// - **7**: as 6, and a place whose name holds a place type keeps the type as
///   written and replaces each other capitalized word as a place by itself, in its own case
///   (`Свердловской области` → `Ивовой области`; version 6 gave a town in the nominative,
///   `Верхнебаканский`, and two regions of one type could share a stand-in through the type
///   word); and a short name in capitals (`ОП`, `ГУФСИН`) takes capitals that start a stand-in
///   surname of its script (version 6 drew from the whole alphabet: `ЬЯ`, `ЛСЕШШЪ`); in a name
///   in capitals a preposition or conjunction stays (`ГУФССП РОССИИ ПО Г. МОСКВЕ`: version 6
///   replaced `ПО` as an acronym) and a place's case form of five letters or more is the place
///   (`МОСКВЕ`, version 6 six random capitals); a place type in a body's name stays
///   (`Суд Республики Татарстан`), and a body's word in a name read as a place. Same lists as
///   version 2.
/// - **8**: as 7, and a Russian body's head (`org.heads`) stays in an organization's
///   stand-in in every case form, and so do the heads written as short names in capitals
///   (`org.heads`, `org.caps-heads`), and so do a country, a nationality's word and capitals
///   that name no body (`org.not-acronyms`): `Управления ФСБ России по г. Уфе` → `Управления
///   ФСБ России по г. <town>`, `ГСУ СК России` and `Российской Федерации` stay (version 7
///   replaced `Управления` by an ordinary word, `Старт`, `ГСУ`, `СК`, `ГИБДД` and `РФ` by
///   capitals, `Российской` by an adjective). Same lists as version 2.
/// - **9** (current): as 8, and the digits of an organization's name are replaced by as many
///   keyed digits (`İstanbul 26. Ağır Ceza Mahkemesi` → `… 71. Ağır … Mahkemesi`, `ФКУ
///   СИЗО-1`, `судебного участка № 7`): the number says which of a town's courts, jails or
///   police departments is meant. Version 8 kept them as written. Same lists as version 2.
///
/// A scheme fixes how stand-ins are *chosen*, not what is *found*: a release that finds a name
/// it missed, or reads a word differently (another case form, another part of a name), can
/// still change that name's stand-in, and through the run's ownership of list entries a few
/// others'; the release notes (the project's `Benchmarks/README.md`) say so.
///
/// The stand-in lists each version reads are pinned by a digest (`listDigests`), checked by
/// the test suite against the lists the binary carries: a change to a list that does not add a
/// version fails the tests. Places, organizations and the other kinds are not versioned yet;
/// their lists are the same in every version.
public struct StandInScheme: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The version number.
    public let version: Int

    /// The scheme this release uses unless told otherwise.
    public static let current = StandInScheme(checked: 9)
    /// Every version this release can reproduce.
    public static let supported: ClosedRange<Int> = 1...9

    /// The scheme of `version`, nil when this release cannot reproduce it.
    public init?(version: Int) {
        guard Self.supported.contains(version) else { return nil }
        self.version = version
    }

    private init(checked version: Int) { self.version = version }

    /// The highest tier of the person lists the scheme reads (`given-m`, `given-m.2`, …).
    var lastTier: Int { version >= 2 ? 9 : 1 }

    /// Per version, the SHA-256 of the stand-in list lines it reads (``listDigest(lastTier:)``).
    static let listDigests: [Int: String] = [
        1: "381619c780de185a4bc6464a0de6cf0b73938d5542751081e338aa960ce4a485",
        2: "a444a2de3d20d7e703d3a9bf4fc371e304d3022f6a0ba7d952bdc0d503e3808b",
        3: "a444a2de3d20d7e703d3a9bf4fc371e304d3022f6a0ba7d952bdc0d503e3808b",
        4: "a444a2de3d20d7e703d3a9bf4fc371e304d3022f6a0ba7d952bdc0d503e3808b",
        5: "a444a2de3d20d7e703d3a9bf4fc371e304d3022f6a0ba7d952bdc0d503e3808b",
        6: "a444a2de3d20d7e703d3a9bf4fc371e304d3022f6a0ba7d952bdc0d503e3808b",
        7: "a444a2de3d20d7e703d3a9bf4fc371e304d3022f6a0ba7d952bdc0d503e3808b",
        8: "a444a2de3d20d7e703d3a9bf4fc371e304d3022f6a0ba7d952bdc0d503e3808b",
        9: "a444a2de3d20d7e703d3a9bf4fc371e304d3022f6a0ba7d952bdc0d503e3808b",
    ]

    /// SHA-256, in hex, of the person stand-in lines the binary carries for tiers up to
    /// `lastTier` (`style:kind:n<TAB>name` lines of the lists the choice reads, in table order).
    static func listDigest(lastTier: Int) -> String {
        var text = ""
        for (key, payload) in Lexicon.standIns.lines(withPrefix: "") {
            // The names only: the phonetic keys beside them are worked out from them.
            let name = payload.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = key.split(separator: ":")
            guard parts.count == 3, ["az-Latn", "ru-Cyrl", "tr-Latn", "en-Latn"].contains(parts[0]) else { continue }
            let tier = parts[1].split(separator: ".").dropFirst().first.flatMap { Int($0) } ?? 1
            if tier <= lastTier { text += key + "\t" + name + "\n" }
        }
        return SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    public static func < (a: Self, b: Self) -> Bool { a.version < b.version }
    public var description: String { String(version) }
}
