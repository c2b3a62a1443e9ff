/// The rule by which two stand-ins of one entity count as the same: equal, or the shorter one a
/// short form of the longer.
///
/// A person first named in full and later by surname alone should get the full pseudonym and
/// then its surname (`Kamran Əliyev`, then `Əliyev`), not an unrelated name. So a stand-in is a
/// *short form* of another when its words (split on whitespace) occur in the other's words in
/// the same order, not necessarily adjacent: `Əliyev` and `Kamran Əliyev` are short forms of
/// `Kamran Rauf oğlu Əliyev`; `Əliyev Kamran` is not.
public enum StandInConsistency {
    /// Whether `short`'s words are a subsequence of `long`'s words (equal strings included).
    public static func isShortForm(_ short: String, of long: String) -> Bool {
        if short == long { return true }
        let shortWords = short.split(whereSeparator: \.isWhitespace)
        let longWords = long.split(whereSeparator: \.isWhitespace)
        guard !shortWords.isEmpty else { return false }
        var cursor = longWords.startIndex
        for word in shortWords {
            guard let found = longWords[cursor...].firstIndex(of: word) else { return false }
            cursor = found + 1
        }
        return true
    }
}
