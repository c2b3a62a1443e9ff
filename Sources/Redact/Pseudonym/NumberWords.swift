/// Number words of each language, by value, as the rule set's lists give them: what the money
/// and time stand-ins write when a sum or a time is spelt out (`five thousand dollars`,
/// `beş min manat`, `six o'clock`).
///
/// Read from positional lists, like the month lists: `money.numbers.<lang>.units` (1–9, in
/// order), `.units-feminine` (1–9, Russian forms before `тысяча`), `.teens` (10–19), `.tens`
/// (10–90), `.hundreds` (100–900), and `time.hours.<lang>` (1–12). The `.scales` lists (`bin`,
/// `min`, `тысяч`) are read only to tell which language a sum is in (Turkish `on bin` and
/// Azerbaijani `on min` share their `on`); other lists are not read here.
public struct NumberWords: Sendable {
    /// One positional list.
    struct Table: Sendable {
        /// `en`, `ru`…
        let language: String
        /// `units`, `teens`, `tens`, `hundreds`, `units-feminine`, `hours`.
        let kind: String
        let words: [String]
        let values: [Int]
    }

    let tables: [Table]
    /// Matching key of a word → (table, position) of every list it is in.
    private let lookup: [String: [(table: Int, position: Int)]]

    /// The tables found in `lists` (a rule set's lists by name); the rest is ignored.
    public init(lists: [String: [String]]) {
        var tables: [Table] = []
        for name in lists.keys.sorted() {
            let parts = name.split(separator: ".").map(String.init)
            let words = lists[name]!
            let language: String, kind: String
            if parts.count == 4, parts[0] == "money", parts[1] == "numbers" {
                (language, kind) = (parts[2], parts[3])
            } else if parts.count == 3, parts[0] == "time", parts[1] == "hours" {
                (language, kind) = (parts[2], "hours")
            } else {
                continue
            }
            let step: (Int) -> Int
            switch kind {
            case "units", "units-feminine", "hours": step = { $0 + 1 }
            case "teens": step = { 10 + $0 }
            case "tens": step = { 10 * ($0 + 1) }
            case "hundreds": step = { 100 * ($0 + 1) }
            // Scale words are never written in place of another word; they tell the language.
            case "scales": step = { _ in 0 }
            default: continue
            }
            tables.append(Table(language: language, kind: kind, words: words, values: words.indices.map(step)))
        }
        var lookup: [String: [(table: Int, position: Int)]] = [:]
        for (t, table) in tables.enumerated() {
            for (p, word) in table.words.enumerated() { lookup[MatchKey.of(word), default: []].append((t, p)) }
        }
        self.tables = tables
        self.lookup = lookup
    }

    /// Where `word` (any case) is in the tables whose kind passes `kinds`.
    func places(of word: String, kinds: (String) -> Bool) -> [(table: Int, position: Int)] {
        (lookup[MatchKey.of(word)] ?? []).filter { kinds(tables[$0.table].kind) }
    }

    /// `word` written with the capitalization of `model`: all capitals, a capital first letter
    /// (Azerbaijani and Turkish `i` as `İ`), or as listed.
    static func styled(_ word: String, like model: Substring, language: String) -> String {
        let letters = model.unicodeScalars.filter { ScalarTraits.isAlphabetic($0) }
        guard let first = letters.first, ScalarTraits.isUppercase(first) else { return word }
        let turkic = language == "az" || language == "tr"
        func upper(_ s: Substring) -> String {
            var out = ""
            for c in s { out += turkic && c == "i" ? "İ" : c.uppercased() }
            return out
        }
        if letters.count > 1, letters.allSatisfy({ ScalarTraits.isUppercase($0) }) { return upper(word[...]) }
        guard !word.isEmpty else { return word }
        return upper(word.prefix(1)) + word.dropFirst()
    }
}
