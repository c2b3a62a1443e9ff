/// The `near` lists of a rule set, made to be found in a text by one pass over its UTF-16
/// units for all lists at once.
///
/// A rule with a `near` list wakes only around trigger characters that have one of its strings
/// within its `max_length`: a digit-triggered money rule runs only where a currency word or
/// symbol is close, not at every number. The pass costs a table look-up per unit, far less than
/// one regular-expression attempt per trigger character.
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
    /// string), with the lists each belongs to: an array, not a dictionary, so a hit costs no
    /// hashing.
    private let buckets: [[(units: [UInt16], lists: [Int])]]

    init(lists: [[String]]) {
        count = lists.count
        var pairs = [UInt64](repeating: 0, count: 1024)
        var singles = [UInt64](repeating: 0, count: 1024)
        var buckets = [[(units: [UInt16], lists: [Int])]](repeating: [], count: Self.bucketCount)
        for (list, strings) in lists.enumerated() {
            for string in strings {
                let units = Array(string.utf16)
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
                if let i = buckets[b].firstIndex(where: { $0.units == units }) {
                    if !buckets[b][i].lists.contains(list) { buckets[b][i].lists.append(list) }
                } else {
                    buckets[b].append((units, [list]))
                }
            }
        }
        self.pairs = pairs
        self.singles = singles
        self.buckets = buckets
    }

    private static let bucketCount = 1024

    /// Fills `starts[list]` with the offsets where a string of that list starts in `units`, in
    /// increasing order.
    func find(in units: UnsafeBufferPointer<UInt16>, into starts: inout [[Int32]]) {
        for i in starts.indices { starts[i].removeAll(keepingCapacity: true) }
        let n = units.count
        guard n > 0 else { return }
        pairs.withUnsafeBufferPointer { pairs in
            singles.withUnsafeBufferPointer { singles in
                for i in 0..<n {
                    let u = units[i]
                    let next = i + 1 < n ? units[i + 1] : 0
                    let h = Self.pairHash(u, next)
                    let pair = (pairs[h >> 6] >> UInt64(h & 63)) & 1
                    let single = (singles[Int(u) >> 6] >> UInt64(u & 63)) & 1
                    guard pair | single != 0 else { continue }
                    if pair != 0 { record(bucket: h & (Self.bucketCount - 1), at: i, in: units, into: &starts) }
                    if single != 0 { record(bucket: Int(u) & (Self.bucketCount - 1), at: i, in: units, into: &starts) }
                }
            }
        }
    }

    private func record(bucket: Int, at i: Int, in units: UnsafeBufferPointer<UInt16>, into starts: inout [[Int32]]) {
        for entry in buckets[bucket] where Self.occurs(entry.units, in: units, at: i) {
            for list in entry.lists where starts[list].last != Int32(i) { starts[list].append(Int32(i)) }
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
