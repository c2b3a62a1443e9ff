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
/// common stem of at least three (`Муса`/`Мусы`); `Əli` is no form of `Əliyev`.
public enum StandInConsistency {
    /// Whether `short`'s words are a subsequence of `long`'s words (equal strings included),
    /// each word equal to its match, a case form of it, or its initial.
    public static func isShortForm(_ short: String, of long: String) -> Bool {
        if short == long { return true }
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

    /// `word` is `other`, a case form of it, or its initial (`K.` of `Kamran`).
    static func matches(_ word: Substring, _ other: Substring) -> Bool {
        if word == other { return true }
        let a = Array(word.unicodeScalars), b = Array(other.unicodeScalars)
        if a.count == 2, a[1] == ".", a[0].properties.isUppercase, let first = b.first, b.count > 2 {
            return first == a[0]
        }
        let cyrillic: (Unicode.Scalar) -> Bool = { $0.value >= 0x400 && $0.value <= 0x4FF }
        guard a.allSatisfy(cyrillic), b.allSatisfy(cyrillic) else { return false }
        var stem = 0
        while stem < min(a.count, b.count), a[stem] == b[stem] { stem += 1 }
        return stem >= 3 && a.count - stem <= 2 && b.count - stem <= 2
    }
}
