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
    /// One bit per UTF-16 unit value: whether some string of some list starts with it.
    private let firstUnits: [UInt64]
    /// One bit per hash of a unit and the next: whether some string of two units or more
    /// starts with such a pair. Most text units that start a string (the `d` of `dollar`) are
    /// followed by another than the string's second, so this settles them without a look-up.
    private let pairs: [UInt64]
    /// One bit per unit value: whether a one-unit string is that unit (`$`, `°`).
    private let singles: [UInt64]
    /// The strings that start with a unit, with the lists they belong to.
    private let byFirstUnit: [UInt16: [(units: [UInt16], lists: [Int])]]

    init(lists: [[String]]) {
        count = lists.count
        var firstUnits = [UInt64](repeating: 0, count: 1024)
        var pairs = [UInt64](repeating: 0, count: 1024)
        var singles = [UInt64](repeating: 0, count: 1024)
        var byFirstUnit: [UInt16: [(units: [UInt16], lists: [Int])]] = [:]
        for (list, strings) in lists.enumerated() {
            for string in strings {
                let units = Array(string.utf16)
                guard let first = units.first else { continue }
                firstUnits[Int(first) >> 6] |= 1 << UInt64(first & 63)
                if units.count == 1 {
                    singles[Int(first) >> 6] |= 1 << UInt64(first & 63)
                } else {
                    let h = Self.pairHash(first, units[1])
                    pairs[h >> 6] |= 1 << UInt64(h & 63)
                }
                var entries = byFirstUnit[first, default: []]
                if let i = entries.firstIndex(where: { $0.units == units }) {
                    if !entries[i].lists.contains(list) { entries[i].lists.append(list) }
                } else {
                    entries.append((units, [list]))
                }
                byFirstUnit[first] = entries
            }
        }
        self.firstUnits = firstUnits
        self.pairs = pairs
        self.singles = singles
        self.byFirstUnit = byFirstUnit
    }

    /// Fills `starts[list]` with the offsets where a string of that list starts in `units`, in
    /// increasing order.
    func find(in units: UnsafeBufferPointer<UInt16>, into starts: inout [[Int32]]) {
        for i in starts.indices { starts[i].removeAll(keepingCapacity: true) }
        let n = units.count
        firstUnits.withUnsafeBufferPointer { bits in
            for i in 0..<n {
                let u = units[i]
                guard bits[Int(u) >> 6] & (1 << UInt64(u & 63)) != 0 else { continue }
                let single = singles[Int(u) >> 6] & (1 << UInt64(u & 63)) != 0
                if !single {
                    guard i + 1 < n else { continue }
                    let h = Self.pairHash(u, units[i + 1])
                    guard pairs[h >> 6] & (1 << UInt64(h & 63)) != 0 else { continue }
                }
                guard let entries = byFirstUnit[u] else { continue }
                for entry in entries where Self.occurs(entry.units, in: units, at: i) {
                    for list in entry.lists where starts[list].last != Int32(i) { starts[list].append(Int32(i)) }
                }
            }
        }
    }

    private static func pairHash(_ a: UInt16, _ b: UInt16) -> Int {
        Int((UInt32(a) &* 0x9E37 ^ UInt32(b)) & 0xFFFF)
    }

    private static func occurs(_ string: [UInt16], in units: UnsafeBufferPointer<UInt16>, at i: Int) -> Bool {
        guard i + string.count <= units.count else { return false }
        for k in 1..<string.count where units[i + k] != string[k] { return false }
        return true
    }
}
