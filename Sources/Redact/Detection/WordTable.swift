#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Words and phrases by matching key, for word-list rules and cue words.
///
/// A phrase is stored under its first word's key with the keys of the words that must follow;
/// an entry ending in `*` matches any word that starts with it (`telefon*` takes `telefonu`,
/// `telefonla`), which is how cue words cover the case endings of Azerbaijani, Turkish and Russian;
/// in a phrase the `*` makes its last word a prefix (`Ali Məhkəmə*` takes `Ali Məhkəmənin`).
///
/// Every token of the input is looked up, so the table is built for that: keys live in one flat
/// buffer, slots are open-addressed by an FNV-1a hash of the key's UTF-16 units, and a lookup
/// hashes the caller's buffer in place, allocating nothing (a `Dictionary<[UInt16], …>` lookup
/// needed an array per token and per prefix length, and cost a quarter of the engine's time).
struct WordTable: Sendable {
    struct Entry: Sendable {
        /// Keys of the words after the first, in order.
        var following: [[UInt16]]
        /// The rule the entry belongs to.
        var rule: Int32
        /// The last of `following` is a prefix (a phrase written with `*`: `Ali Məhkəmə*`
        /// takes `Ali Məhkəmənin`).
        var lastIsPrefix = false
    }

    private var exact = KeyIndex()
    private var prefixes = KeyIndex()
    /// The lengths of the prefix entries, so a word is looked up only at those lengths.
    private(set) var prefixLengths: [Int] = []

    var isEmpty: Bool { exact.isEmpty && prefixes.isEmpty }

    /// Adds `words` (already split into the keys of their words) for `rule`.
    mutating func add(keys: [[UInt16]], isPrefix: Bool, rule: Int) {
        guard let first = keys.first, !first.isEmpty else { return }
        let entry = Entry(following: Array(keys.dropFirst()), rule: Int32(rule), lastIsPrefix: isPrefix && keys.count > 1)
        if isPrefix && keys.count == 1 {
            prefixes.insert(first, entry)
            if !prefixLengths.contains(first.count) { prefixLengths.append(first.count) }
            prefixLengths.sort()
        } else {
            exact.insert(first, entry)
        }
    }

    /// Calls `found` for each entry that the word with key `key` starts, with the length of
    /// the entry's first key (`key.count`, or a prefix entry's length).
    @inline(__always)
    func forEachEntry(startingWith key: UnsafeBufferPointer<UInt16>, _ found: (Entry, Int) -> Void) {
        exact.forEach(key) { found($0, key.count) }
        for length in prefixLengths {
            if length > key.count { break }
            prefixes.forEach(UnsafeBufferPointer(rebasing: key[..<length])) { found($0, length) }
        }
    }
}

/// An open-addressing hash index from UTF-16 keys to lists of entries.
private struct KeyIndex: Sendable {
    private var pool: [UInt16] = []
    /// Per distinct key: where it is in `pool`, its length and its entries.
    private var keys: [(start: Int32, count: Int32, hash: UInt32)] = []
    private var entries: [[WordTable.Entry]] = []
    /// Indices into `keys`, -1 for empty; the count is a power of two at least twice the keys.
    private var slots: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt16>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for unit in key {
            h = (h ^ UInt32(unit)) &* 16_777_619
        }
        return h
    }

    mutating func insert(_ key: [UInt16], _ entry: WordTable.Entry) {
        if let index = key.withUnsafeBufferPointer({ find($0) }) {
            entries[index].append(entry)
            return
        }
        if (keys.count + 1) * 2 > slots.count { grow() }
        let h = key.withUnsafeBufferPointer { Self.hash($0) }
        keys.append((Int32(pool.count), Int32(key.count), h))
        pool.append(contentsOf: key)
        entries.append([entry])
        place(keys.count - 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: max(16, slots.count * 2))
        for index in keys.indices { place(index) }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(keys[index].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt16>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let h = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(h) & mask
        return slots.withUnsafeBufferPointer { slots in
            pool.withUnsafeBufferPointer { pool in
                keys.withUnsafeBufferPointer { keys in
                    while true {
                        let index = slots[slot]
                        if index < 0 { return nil }
                        let candidate = keys[Int(index)]
                        if candidate.hash == h && Int(candidate.count) == key.count
                            && memcmp(pool.baseAddress! + Int(candidate.start), key.baseAddress!, key.count * 2) == 0 {
                            return Int(index)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    func forEach(_ key: UnsafeBufferPointer<UInt16>, _ found: (WordTable.Entry) -> Void) {
        guard !key.isEmpty, let index = find(key) else { return }
        entries[index].forEach(found)
    }
}
