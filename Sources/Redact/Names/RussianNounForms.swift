import RedactRules
/// A list of Russian nouns, found in any of their case forms: `суд` in `суда`, `суде`;
/// `министерство` in `министерства`, `министерством`; `больница` in `больницу`.
///
/// A case form is the noun itself, or its stem (the noun without a last letter of
/// `org.noun-final-letters`, `а я о е ь й`; at least three letters) followed by one of the case
/// endings of `org.noun-endings` (`министерств|ом`, `управлени|ем`), or, without that list, by
/// at most three letters: the list keeps a verb's form (`отдел|ана`) and a noun made on
/// the stem (`совет|ник`) out. The nouns are indexed by the first
/// three letters of their stems, so a word is compared only with the few nouns it could be a
/// form of: this runs for words around every capitalized run of a Russian text.
struct RussianNounForms {
    private var nouns: [String: [String]] = [:]
    private let finalLetters: Set<Unicode.Scalar>
    /// The endings a case form may have after the stem; empty: any of up to three letters.
    private let endings: Set<String>
    /// The first UTF-16 unit of each noun: a word that starts otherwise is none of them, read
    /// before the word is folded.
    private(set) var firstUnits: Set<UInt16> = []

    /// The nouns of `list`, whose stems drop a last letter of `finalLetters`.
    init<Nouns: Sequence>(_ list: Nouns, finalLetters: Set<Unicode.Scalar>, endings: Set<String> = []) where Nouns.Element == String {
        self.finalLetters = finalLetters
        self.endings = endings
        for noun in list {
            if let first = noun.utf16.first { firstUnits.insert(first) }
            var stem = Array(noun.unicodeScalars)
            if let last = stem.last, finalLetters.contains(last) { stem.removeLast() }
            // A stem under three letters matches only the noun itself.
            nouns[Self.head(stem.count >= 3 ? stem : Array(noun.unicodeScalars)), default: []].append(noun)
        }
    }

    /// Whether the list is empty.
    var isEmpty: Bool { nouns.isEmpty }

    /// Whether `word` (case folded) is one of the nouns in one of its case forms.
    func contains(formOf word: String) -> Bool {
        // No array on this path: it runs for many words (a three-letter head is a small string).
        guard let candidates = nouns[String(scalars: word.unicodeScalars.prefix(3))] else { return false }
        return candidates.contains { isForm(word, of: $0) }
    }

    /// `word` is `noun` in one of its cases.
    func isForm(_ word: String, of noun: String) -> Bool {
        if word == noun { return true }
        var stem = noun
        if let last = stem.unicodeScalars.last, finalLetters.contains(last) { stem.unicodeScalars.removeLast() }
        guard stem.count >= 3, word.hasPrefix(stem) else { return false }
        guard !endings.isEmpty else { return word.count - stem.count <= 3 }
        return endings.contains(String(word.dropFirst(stem.count)))
    }

    private static func head(_ scalars: [Unicode.Scalar]) -> String {
        String(scalars: scalars.prefix(3))
    }
}
