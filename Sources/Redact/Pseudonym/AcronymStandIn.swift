/// An acronym introduced with the name it shortens (`Движение против нелегальной иммиграции
/// (ДПНИ)`, `Digital Sky Technologies (DST)`) takes the initials of that name's stand-in
/// (`Движение против закатной иммиграции` → `ДПЗИ`), so that a reader can still tell the two
/// mentions are one organization, and the acronym tells no more than the name's stand-in does.
///
/// Initials are read in one of four ways, the first that gives the acronym: every word's
/// (`ДПНИ`, `DST`; a hyphen parts words, `Hewlett-Packard` → `HP`), the words of four letters
/// or more (`ОБСЕ` of `Организация по безопасности и сотрудничеству в Европе`: short function
/// words left out, in any language, without a list of them), the capitalized words', or the
/// words that are no preposition or conjunction of the rule set's lists
/// (`org.acronym-skipped-words`: `ОФДД` of `Объединённый фронт за демократию против
/// диктатуры`, where `против` is long and in lower case, as the nouns are). The
/// acronym's stand-in takes the initials of the stand-in's words in the same places (the
/// stand-in of `Движение за чистые берега Тарвы` keeps its five words, and `ДЧБТ` reads the
/// first, third, fourth and fifth); where the stand-in has another number of words, or the
/// initials give the acronym itself (a generic name kept as written), the acronym is replaced
/// as any other.
enum AcronymStandIn {
    /// The ways of reading initials, in the order tried.
    enum Reading: Int, CaseIterable, Sendable {
        case everyWord, longWords, capitalizedWords, contentWords
    }

    /// An acronym as written in parentheses: two to eight letters, all capitals.
    static func isAcronym(_ text: some StringProtocol) -> Bool {
        let scalars = text.unicodeScalars
        let count = scalars.count
        return count >= 2 && count <= 8 && scalars.allSatisfy { ScalarTraits.isUppercase($0) && ScalarTraits.isAlphabetic($0) }
    }

    /// How `acronym` is read from `name`'s initials, if it is; `skipping`: the words
    /// ``Reading/contentWords`` leaves out, as ``NameRules/phraseKey(_:)`` keys them.
    static func reading(of acronym: String, in name: String, skipping: WordSet = []) -> Reading? {
        let letters = String(acronym.unicodeScalars.map { Character($0) }).uppercased()
        return Reading.allCases.first { initials(of: name, reading: $0, skipping: skipping) == letters }
    }

    /// The initials of `name` by `reading`, upper-cased.
    static func initials(of name: String, reading: Reading, skipping: WordSet = []) -> String {
        let words = Self.words(of: name)
        return initials(of: words, at: positions(in: words, reading: reading, skipping: skipping))
    }

    /// The words of `name` that have a letter, as their letters: split at spaces and hyphens,
    /// quotes and brackets around a word left out (`«Ромашка»`).
    static func words(of name: String) -> [[Unicode.Scalar]] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{A0}" })
            .map { $0.unicodeScalars.filter { ScalarTraits.isAlphabetic($0) } }
            .filter { !$0.isEmpty }
    }

    /// Which of `words` give an initial by `reading`; `skipping` as in ``reading(of:in:skipping:)``.
    static func positions(in words: [[Unicode.Scalar]], reading: Reading, skipping: WordSet = []) -> [Int] {
        words.indices.filter { i in
            switch reading {
            case .everyWord: true
            case .longWords: words[i].count >= 4
            case .capitalizedWords: words[i][0].properties.isUppercase
            case .contentWords: skipping.isEmpty || !skipping.contains(NameRules.phraseKey(String(String.UnicodeScalarView(words[i]))))
            }
        }
    }

    /// The upper-cased first letters of `words` at `positions`.
    static func initials(of words: [[Unicode.Scalar]], at positions: [Int]) -> String {
        var out = ""
        for i in positions where i < words.count { out += String(Character(words[i][0])).uppercased() }
        return out
    }
}
