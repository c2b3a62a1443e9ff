/// The `near` lists of a rule set, made to be found in a text by one pass over its UTF-16
/// units for all lists at once.
///
/// A rule with a `near` list wakes only around trigger characters that have one of its strings
/// within its `max_length`: a digit-triggered money rule runs only where a currency word or
/// symbol is close, not at every number. The pass costs a table look-up per unit, far less than
/// one regular-expression attempt per trigger character.
///
/// # Compared as the rule's pattern compares
/// A list of a case-sensitive rule is compared exactly (it names every spelling its pattern
/// takes: `dollar`, `Dollar`). A list of a `case_insensitive` rule is compared by ICU's full
/// case folding (``CaseFold``), as its pattern compares: `mart` is near in `MARTA` and `Mart`,
/// `strasse` in `Straße`, so the list names each word once and can never skip a match for want
/// of a spelling. When the set has such a list, the text is folded once and every list is
/// searched in the folded text: an exact string is found there by its folding and then checked
/// against the text as written, so it opens no window at the spellings its rule does not match.
struct NearStrings: Sendable {
    /// How many lists there are; each text's occurrences are kept per list.
    let count: Int
    /// One bit per hash of a unit and the next: whether some string of two units or more
    /// starts with such a pair. Tested at every unit without a branch before it; most units
    /// (the `d` of an ordinary word, for `dollar`) are settled by it.
    private let pairs: [UInt64]
    /// One bit per unit value: whether a one-unit string is that unit (`$`, `°`).
    private let singles: [UInt64]
    /// The strings by the low bits of their pair hash (of their one unit for a one-unit
    /// string): an array, not a dictionary, so a hit costs no hashing.
    private let buckets: [[Entry]]
    /// Whether some list is compared without case, so that the text is folded.
    private let folds: Bool

    /// One string as the search compares it (folded when `folds`), the caseless lists it
    /// belongs to, and for each exact list the string as that list wrote it.
    private struct Entry {
        var units: [UInt16]
        var caseless: [Int]
        var exact: [(list: Int, units: [UInt16])]
    }

    /// `lists`: each list's strings, and whether it is compared without case.
    init(lists: [(strings: [String], caseless: Bool)]) {
        count = lists.count
        let folds = lists.contains { $0.caseless }
        var pairs = [UInt64](repeating: 0, count: 1024)
        var singles = [UInt64](repeating: 0, count: 1024)
        var buckets = [[Entry]](repeating: [], count: Self.bucketCount)
        for (list, (strings, caseless)) in lists.enumerated() {
            for string in strings {
                let written = Array(string.utf16)
                let units = folds ? CaseFold.fold(string) : written
                guard let first = units.first else { continue }
                let b: Int
                if units.count == 1 {
                    singles[Int(first) >> 6] |= 1 << UInt64(first & 63)
                    b = Int(first) & (Self.bucketCount - 1)
                } else {
                    let h = Self.pairHash(first, units[1])
                    pairs[h >> 6] |= 1 << UInt64(h & 63)
                    b = h & (Self.bucketCount - 1)
                }
                let i = buckets[b].firstIndex(where: { $0.units == units }) ?? buckets[b].count
                if i == buckets[b].count { buckets[b].append(Entry(units: units, caseless: [], exact: [])) }
                if caseless || !folds {
                    if !buckets[b][i].caseless.contains(list) { buckets[b][i].caseless.append(list) }
                } else if !buckets[b][i].exact.contains(where: { $0.list == list && $0.units == written }) {
                    buckets[b][i].exact.append((list, written))
                }
            }
        }
        self.pairs = pairs
        self.singles = singles
        self.buckets = buckets
        self.folds = folds
    }

    private static let bucketCount = 1024

    /// A scanner's buffers for the folded text, reused from text to text.
    struct Scratch {
        var folded: [UInt16] = []
        var origin: [Int32] = []
    }

    /// Fills `starts[list]` with the offsets where a string of that list starts in `units`, in
    /// increasing order (compared as the type's note says). A string that starts inside the
    /// folding of one character (the second `s` of `ß`) starts at that character.
    func find(in units: UnsafeBufferPointer<UInt16>, scratch: inout Scratch, into starts: inout [[Int32]]) {
        for i in starts.indices { starts[i].removeAll(keepingCapacity: true) }
        guard units.count > 0 else { return }
        guard folds else {
            search(units, origin: UnsafeBufferPointer(start: nil, count: 0), written: units, into: &starts)
            return
        }
        CaseFold.fold(units, into: &scratch.folded, origin: &scratch.origin)
        scratch.origin.withUnsafeBufferPointer { origin in
            scratch.folded.withUnsafeBufferPointer { folded in
                search(folded, origin: origin, written: units, into: &starts)
            }
        }
    }

    /// Searches `units` (the text, folded when `folds`); `origin` maps a unit of `units` to
    /// its offset in `written` (empty: the same offset).
    private func search(_ units: UnsafeBufferPointer<UInt16>, origin: UnsafeBufferPointer<Int32>,
                        written: UnsafeBufferPointer<UInt16>, into starts: inout [[Int32]]) {
        let n = units.count
        pairs.withUnsafeBufferPointer { pairs in
            singles.withUnsafeBufferPointer { singles in
                for i in 0..<n {
                    let u = units[i]
                    let next = i + 1 < n ? units[i + 1] : 0
                    let h = Self.pairHash(u, next)
                    let pair = (pairs[h >> 6] >> UInt64(h & 63)) & 1
                    let single = (singles[Int(u) >> 6] >> UInt64(u & 63)) & 1
                    guard pair | single != 0 else { continue }
                    let at = origin.isEmpty ? i : Int(origin[i])
                    if pair != 0 {
                        record(bucket: h & (Self.bucketCount - 1), at: i, as: at, in: units, written: written, into: &starts)
                    }
                    if single != 0 {
                        record(bucket: Int(u) & (Self.bucketCount - 1), at: i, as: at, in: units, written: written, into: &starts)
                    }
                }
            }
        }
    }

    private func record(bucket: Int, at i: Int, as at: Int, in units: UnsafeBufferPointer<UInt16>,
                        written: UnsafeBufferPointer<UInt16>, into starts: inout [[Int32]]) {
        let position = Int32(at)
        for entry in buckets[bucket] where Self.occurs(entry.units, in: units, at: i) {
            for list in entry.caseless where starts[list].last != position { starts[list].append(position) }
            for (list, string) in entry.exact where starts[list].last != position {
                if Self.occurs(string, in: written, at: at) { starts[list].append(position) }
            }
        }
    }

    private static func pairHash(_ a: UInt16, _ b: UInt16) -> Int {
        Int((UInt32(a) &* 0x9E37 ^ UInt32(b)) & 0xFFFF)
    }

    private static func occurs(_ string: [UInt16], in units: UnsafeBufferPointer<UInt16>, at i: Int) -> Bool {
        guard i + string.count <= units.count else { return false }
        for k in 0..<string.count where units[i + k] != string[k] { return false }
        return true
    }
}
