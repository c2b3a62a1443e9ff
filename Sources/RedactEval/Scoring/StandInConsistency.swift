/// The rule by which two stand-ins of one entity count as the same: equal, or the shorter one a
/// short form of the longer.
///
/// A person first named in full and later by surname alone should get the full pseudonym and
/// then its surname (`Kamran Əliyev`, then `Əliyev`), not an unrelated name. So a stand-in is a
/// *short form* of another when its words (split on whitespace) occur in the other's words in
/// the same order, not necessarily adjacent: `Əliyev` and `Kamran Əliyev` are short forms of
/// `Kamran Rauf oğlu Əliyev`; `Əliyev Kamran` is not.
///
/// A word also matches the other's word in another case form or as its initial, since the
/// engine gives a mention its stand-in part in the mention's own form: `Сафарову` (dative)
/// matches `Сафаров`, `Сафаровой` matches `Сафарова`, `K.` matches `Kamran`. A case form is a
/// Cyrillic word that differs from the other only in its last two letters or fewer, after a
/// common stem of at least three (`Муса`/`Мусы`), hyphens included (`Вильнев-Сен-Жоржем` of
/// `Вильнев-Сен-Жорж`); `Əli` is no form of `Əliyev`. Letter case
/// does not matter (`GULAR` of `Gular`). A word in Cyrillic and one in Latin letters, or two
/// Latin words spelled differently, match when their consonants agree (``consonants(_:)``): one
/// stand-in spelled in each script or spelling, as the engine writes a name's stand-in as each
/// mention is written (`Степан Белов`, `Stepan Belov`; `Gülər Orucova`, `Gular Orujova`); a
/// word of one consonant also needs its first letter to agree (`Илья`, `Ilya`).
///
/// An acronym is a short form of a name whose initials it is: the first letters, in order, of
/// some of the name's words from its first on (`ДПЗИ` of `Движение против закатной
/// иммиграции`, `ДЧБЕ` of `Движение за чистые берега Ели`), since the engine gives an acronym
/// the initials of its name's stand-in in the places the acronym read in the name. So an
/// organization named once in full and then by its acronym counts as one stand-in.
public enum StandInConsistency {
    /// Whether `short`'s words are a subsequence of `long`'s words (equal strings included),
    /// each word equal to its match, a case form of it, or its initial.
    public static func isShortForm(_ short: String, of long: String) -> Bool {
        if short == long { return true }
        if isAcronym(short, of: long) { return true }
        let shortWords = short.split(whereSeparator: \.isWhitespace)
        let longWords = long.split(whereSeparator: \.isWhitespace)
        guard !shortWords.isEmpty else { return false }
        var cursor = longWords.startIndex
        for word in shortWords {
            guard let found = longWords[cursor...].firstIndex(where: { matches(word, $0) }) else { return false }
            cursor = found + 1
        }
        return true
    }

    /// `word` without the quotation marks that open or close it.
    static func unquoted(_ word: Substring) -> Substring {
        let quotes: Set<Character> = ["«", "»", "\u{201C}", "\u{201D}", "\u{201E}", "\""]
        guard let first = word.firstIndex(where: { !quotes.contains($0) }),
              let last = word.lastIndex(where: { !quotes.contains($0) }) else { return word.prefix(0) }
        return word[first...last]
    }

    /// Whether `short` (two to eight capital letters) is the upper-cased first letters of some
    /// of `long`'s words (split at spaces and hyphens), in order, the first word's among them.
    static func isAcronym(_ short: String, of long: String) -> Bool {
        let letters = Array(short.unicodeScalars)
        guard (2...8).contains(letters.count), letters.allSatisfy({ $0.properties.isUppercase && $0.properties.isAlphabetic })
        else { return false }
        let initials: [String] = long.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{A0}" }).compactMap { word in
            word.unicodeScalars.first(where: { $0.properties.isAlphabetic }).map { String(Character($0)).uppercased() }
        }
        guard initials.count >= letters.count, initials.first == String(Character(letters[0])) else { return false }
        var next = 1
        for letter in letters.dropFirst() {
            guard let found = initials[next...].firstIndex(of: String(Character(letter))) else { return false }
            next = found + 1
        }
        return true
    }

    /// `word` is `other`, a case form of it, its initial (`K.` of `Kamran`), or it in another
    /// letter case or spelling (`GULAR`, `Gülər` and `Gular` of one stand-in).
    static func matches(_ word: Substring, _ other: Substring) -> Bool {
        if word == other { return true }
        // Quotes around a name are no part of it: `«Успех»` (a company's name in the span
        // `ООО «…»`) and `Успех` (a mention without the legal form) are one stand-in.
        let unquotedWord = unquoted(word), unquotedOther = unquoted(other)
        if unquotedWord.count != word.count || unquotedOther.count != other.count {
            return !unquotedWord.isEmpty && !unquotedOther.isEmpty && matches(unquotedWord, unquotedOther)
        }
        var a = Array(word.unicodeScalars), b = Array(other.unicodeScalars)
        if a.count == 2, a[1] == ".", a[0].properties.isUppercase, let first = b.first, b.count > 2 {
            return first == a[0]
        }
        // Letter case is the mention's (a speaker label in capitals gets its stand-in in capitals).
        a = Array(word.lowercased().unicodeScalars)
        b = Array(other.lowercased().unicodeScalars)
        if a == b { return true }
        let cyrillic: (Unicode.Scalar) -> Bool = { $0.value >= 0x400 && $0.value <= 0x4FF }
        let latin = !(a.contains(where: cyrillic) || b.contains(where: cyrillic))
        // A Latin word with letters added is another word (`Əliyevə` of `Əliyev`), not a spelling.
        if latin, a.starts(with: b) || b.starts(with: a) { return false }
        if a.contains(where: cyrillic) != b.contains(where: cyrillic) || latin {
            // The same stand-in in the other script (`Stepan` of `Степан`, `Elçin` of `Эльчин`),
            // or in another Latin spelling (`Orujova` of `Orucova`, `Gular` of `Gülər`): the
            // engine spells a stand-in as each mention is spelled.
            let x = consonants(a), y = consonants(b)
            guard x == y, !x.isEmpty else { return false }
            // One consonant says little (`Ilya`, `Илья`; `Yana`, `Яна`): the first letters must
            // then agree too, both a vowel or glide or the same consonant, and the lengths
            // differ by two letters at most.
            return x.count >= 2 || (abs(a.count - b.count) <= 2 && firstClass(a) == firstClass(b))
        }
        // A hyphenated name declines on its last part (`Вильнев-Сен-Жоржем` of `Вильнев-Сен-Жорж`).
        let hyphen: Unicode.Scalar = "-"
        guard a.allSatisfy({ cyrillic($0) || $0 == hyphen }), b.allSatisfy({ cyrillic($0) || $0 == hyphen }) else { return false }
        var stem = 0
        while stem < min(a.count, b.count), a[stem] == b[stem] { stem += 1 }
        return stem >= 3 && a.count - stem <= 2 && b.count - stem <= 2
    }

    /// The class of a word's first letter: its consonant class (``consonants(_:)``), or `V`
    /// for a vowel or a glide (`Я`, `Y`, `И`, `E`).
    static func firstClass(_ scalars: [Unicode.Scalar]) -> Character {
        guard let first = scalars.first else { return " " }
        return consonants([first]).first ?? "V"
    }

    /// The consonants of a word as classes of sound that Latin and Cyrillic spellings of one
    /// name share (`Stepan`, `Степан` → `stpn`), vowels, glides and signs left out. Loose on
    /// purpose: it compares only the stand-ins of one entity, which are spellings of one name or
    /// unrelated names.
    static func consonants(_ scalars: [Unicode.Scalar]) -> [Character] {
        var out: [Character] = []
        var previous = ""
        for scalar in scalars {
            let lower = Character(scalar).lowercased()
            defer { previous = lower }
            // `sh`, `ch`, `zh`, `kh`: the `h` is the letter before's.
            if lower == "h", ["s", "c", "z", "k"].contains(previous) { continue }
            // `ts` is `ц`: one class.
            if lower == "s", previous == "t", out.last == "t" { out.removeLast() }
            let cls: Character?
            switch lower {
            case "b", "p", "б", "п": cls = "p"
            case "v", "w", "f", "в", "ф": cls = "f"
            case "g", "k", "q", "x", "h", "ğ", "г", "к", "х", "ғ", "ҝ", "һ": cls = "k"
            case "d", "t", "д", "т": cls = "t"
            case "z", "s", "c", "ç", "ş", "j", "з", "с", "ц", "ч", "ш", "щ", "ж", "ҹ": cls = "s"
            case "l", "л": cls = "l"
            case "m", "м": cls = "m"
            case "n", "н": cls = "n"
            case "r", "р": cls = "r"
            default: cls = nil
            }
            // Digraphs (`kh`, `sh`, `ts`) and doubled letters give one class.
            if let cls, out.last != cls { out.append(cls) }
        }
        return out
    }
}
