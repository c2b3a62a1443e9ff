/// A memo of results that can always be worked out again (a word's analysis, a phonetic key),
/// holding at most `limit` of them, the recently used first.
///
/// Two generations: new results go into the recent one; when it holds half the limit it becomes
/// the older one, and the older one is dropped. A result found in the older generation is
/// copied back into the recent one, so what a text keeps using stays, whatever the size of the
/// run. Emptying a whole table when it filled up (what the memos did before) made a run over
/// distinct text work out its common words again after each clearing, and let the table grow to
/// its limit before anything was freed.
///
/// A limit of 1.5 times a power of two fills each generation's table to Swift's greatest load
/// (3/4): a generation of 49,152 entries takes a table of 65,536 slots, one of 32,768 entries
/// the same table half used.
///
/// Only for pure results: a memo that is forgotten and made again must give the same value,
/// or the output would depend on how much the run had seen. Choices that make a run consistent
/// (a stand-in given to a name) are not memos and are kept elsewhere.
struct BoundedMemo<Key: Hashable, Value> {
    private var recent: [Key: Value] = [:]
    private var older: [Key: Value] = [:]
    /// The most results held at once.
    let limit: Int

    init(limit: Int) {
        self.limit = max(2, limit)
    }

    /// How many results are held (a result promoted from the older generation counts twice).
    var count: Int { recent.count + older.count }

    /// The result stored for `key`, if it is still held.
    mutating func value(for key: Key) -> Value? {
        if let hit = recent[key] { return hit }
        guard let hit = older[key] else { return nil }
        store(hit, for: key)
        return hit
    }

    /// Stores `value` for `key`, dropping the older generation when the recent one is full.
    mutating func store(_ value: Value, for key: Key) {
        if recent.count >= limit / 2 {
            older = recent
            recent = [:]
        }
        recent[key] = value
    }

    mutating func removeAll() {
        recent = [:]
        older = [:]
    }
}
