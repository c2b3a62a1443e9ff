/// Words and phrases by matching key, for word-list rules and cue words.
///
/// A phrase is stored under its first word's key with the keys of the words that must follow;
/// an entry ending in `*` matches any word that starts with it (`telefon*` takes `telefonu`,
/// `telefonla`), which is how cue words cover the case endings of Azerbaijani, Turkish and Russian.
struct WordTable: Sendable {
    struct Entry: Sendable {
        /// Keys of the words after the first, in order.
        var following: [[UInt16]]
        /// The rule the entry belongs to.
        var rule: Int32
    }

    private var exact: [[UInt16]: [Entry]] = [:]
    private var prefixes: [[UInt16]: [Entry]] = [:]
    /// The lengths of the prefix entries, so a word is looked up only at those lengths.
    private(set) var prefixLengths: [Int] = []

    var isEmpty: Bool { exact.isEmpty && prefixes.isEmpty }

    /// Adds `words` (already split into the keys of their words) for `rule`.
    mutating func add(keys: [[UInt16]], isPrefix: Bool, rule: Int) {
        guard let first = keys.first, !first.isEmpty else { return }
        let entry = Entry(following: Array(keys.dropFirst()), rule: Int32(rule))
        if isPrefix && keys.count == 1 {
            prefixes[first, default: []].append(entry)
            if !prefixLengths.contains(first.count) { prefixLengths.append(first.count) }
            prefixLengths.sort()
        } else {
            exact[first, default: []].append(entry)
        }
    }

    /// Calls `found` for each entry that the word with key `key` starts.
    @inline(__always)
    func forEachEntry(startingWith key: [UInt16], _ found: (Entry) -> Void) {
        if let entries = exact[key] { entries.forEach(found) }
        guard !prefixLengths.isEmpty else { return }
        for length in prefixLengths where length <= key.count {
            if let entries = prefixes[Array(key[..<length])] { entries.forEach(found) }
        }
    }
}
