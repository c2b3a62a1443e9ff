/// A map from 64-bit hashes to 64-bit hashes: which original owns each stand-in piece
/// (``NameStandIn``). Open addressing with linear probing over a power-of-two table.
///
/// Why not `Dictionary<UInt64, UInt64>`: once a run has used a stand-in list up, each new
/// original's choice passes over hundreds of owned entries, looking each one's owner up; the
/// keys are already FNV hashes, so a multiply and a shift place them, where the dictionary
/// hashes them again with SipHash. Same answers, a fraction of the cost per probe.
struct OwnerTable {
    private var keys: [UInt64]
    private var values: [UInt64]
    /// Whether each slot holds an entry (a key may be any value, zero included).
    private var used: [Bool]
    private(set) var count = 0
    private var shift: UInt64

    init() {
        keys = Array(repeating: 0, count: 1024)
        values = Array(repeating: 0, count: 1024)
        used = Array(repeating: false, count: 1024)
        shift = 64 - 10
    }

    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> UInt64? {
        get {
            let mask = keys.count - 1
            var s = slot(key)
            while used[s] {
                if keys[s] == key { return values[s] }
                s = (s + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { preconditionFailure("OwnerTable entries are never removed") }
            if (count + 1) * 4 > keys.count * 3 { grow() }
            insert(key, newValue)
        }
    }

    private mutating func insert(_ key: UInt64, _ value: UInt64) {
        let mask = keys.count - 1
        var s = slot(key)
        while used[s] {
            if keys[s] == key { values[s] = value; return }
            s = (s + 1) & mask
        }
        used[s] = true
        keys[s] = key
        values[s] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldUsed = used
        let capacity = keys.count * 2
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: 0, count: capacity)
        used = Array(repeating: false, count: capacity)
        shift -= 1
        count = 0
        for i in oldKeys.indices where oldUsed[i] { insert(oldKeys[i], oldValues[i]) }
    }
}
