import CICU

/// ICU's full case folding of UTF-16 units, by table: the comparison a case-insensitive
/// pattern makes (`MART`, `Mart` and `mart` fold alike; `ß` folds to `ss`, `İ` to `i` and
/// U+0307, the Kelvin sign to `k`, `ᲀ` to `в`).
///
/// Why a table: the `near` test of pattern rules (``NearStrings``) folds every unit of a text
/// that holds a trigger character, and a call into ICU per unit would cost more than the test
/// saves. The table is built on first use, once per process, from ICU itself (one call per
/// code point of the Basic Multilingual Plane, about a millisecond), so it folds as the ICU the
/// patterns run on does. Surrogates are kept as they are: a supplementary character folds to
/// another supplementary character, never to a unit a `near` string of the rules holds.
enum CaseFold {
    private static let table: (single: [UInt16], expansions: [UInt16: [UInt16]]) = {
        var single = [UInt16](repeating: 0, count: 65536)
        var expansions: [UInt16: [UInt16]] = [:]
        var out = [UInt16](repeating: 0, count: 8)
        for u in 0..<65536 {
            let unit = UInt16(u)
            if (0xD800...0xDFFF).contains(u) {
                single[u] = unit
                continue
            }
            var error: Int32 = 0
            let n = withUnsafePointer(to: unit) { source in
                rx_fold_case(source, 1, &out, Int32(out.count), &error)
            }
            if error > 0 || n == 0 {
                single[u] = unit
            } else if n == 1 && out[0] != expandsMark {
                single[u] = out[0]
            } else {
                single[u] = expandsMark
                expansions[unit] = Array(out[0..<Int(n)])
            }
        }
        return (single, expansions)
    }()

    /// The value of a unit that folds to several units (or to U+FFFF itself): its folding is in
    /// the expansions.
    private static let expandsMark: UInt16 = 0xFFFF

    /// The folding of `unit` when it is one unit; nil when it is several (``expansion(of:)``).
    @inline(__always)
    static func single(_ unit: UInt16) -> UInt16? {
        let folded = table.single[Int(unit)]
        return folded == expandsMark ? nil : folded
    }

    /// The folding of a unit that folds to several units.
    static func expansion(of unit: UInt16) -> [UInt16] { table.expansions[unit] ?? [unit] }

    /// Appends the folding of `unit` to `out`; returns how many units it appended.
    @inline(__always)
    static func append(_ unit: UInt16, to out: inout [UInt16]) -> Int {
        let folded = table.single[Int(unit)]
        if folded != expandsMark {
            out.append(folded)
            return 1
        }
        let expansion = table.expansions[unit] ?? [unit]
        out.append(contentsOf: expansion)
        return expansion.count
    }

    /// The full case folding of `string`'s UTF-16 units.
    static func fold(_ string: String) -> [UInt16] {
        var out: [UInt16] = []
        for unit in string.utf16 { _ = append(unit, to: &out) }
        return out
    }

    /// Folds `units` into `folded` (replacing what it held) and, when some unit folded to
    /// several, fills `origin` with the offset in `units` of each unit of `folded`; leaves
    /// `origin` empty when the folding is one unit for one (offsets are then the same).
    static func fold(_ units: UnsafeBufferPointer<UInt16>, into folded: inout [UInt16], origin: inout [Int32]) {
        folded.removeAll(keepingCapacity: true)
        origin.removeAll(keepingCapacity: true)
        let n = units.count
        let (single, _) = table
        // One unit for one, by table, in one pass the compiler can keep tight; then, from the
        // first unit that folds to several (rare: ß, İ, ligatures), unit by unit with offsets.
        single.withUnsafeBufferPointer { single in
            folded.append(contentsOf: units.lazy.map { single[Int($0)] })
        }
        guard let first = folded.firstIndex(of: expandsMark) else { return }
        folded.removeSubrange(first...)
        origin.reserveCapacity(n + 16)
        for k in 0..<first { origin.append(Int32(k)) }
        single.withUnsafeBufferPointer { single in
            for i in first..<n {
                let unit = units[i]
                let f = single[Int(unit)]
                if f != expandsMark {
                    folded.append(f)
                    origin.append(Int32(i))
                } else {
                    let count = append(unit, to: &folded)
                    for _ in 0..<count { origin.append(Int32(i)) }
                }
            }
        }
    }
}
