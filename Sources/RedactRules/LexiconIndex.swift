/// A hash index over a compiled lexicon table (`KEY<TAB>PAYLOAD` lines), built when the rules
/// are compiled and embedded beside the table, so that a word is found with one hash and one
/// or two key comparisons instead of a binary search of twenty line comparisons, and nothing
/// is built when the engine starts.
///
/// Layout, all printable ASCII so that it embeds as a string literal (as the context model's
/// weights do): the first byte is the width `w` (`"0"` + w) of each slot; then `slotCount`
/// slots of `w` digits, base 64 with digit `d` written as the byte `0x30 + d`, most significant
/// first. A slot holds the byte offset of a line's start plus one; zero is an empty slot. A key
/// hashes to a slot by ``slot(of:slotCount:)``; collisions probe the next slots, wrapping
/// (linear probing), and there are twice as many slots as lines, so a lookup of a missing key
/// ends at an empty slot after about 2.5 probes.
public enum LexiconIndex {
    /// The hash of a key's UTF-8 bytes: FNV-1a, then a 64-bit finalizer so that the top bits
    /// (which choose the slot) depend on every byte. Stable across runs and machines.
    @inlinable
    public static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// The first slot a key of hash `hash` is looked for in, of `slotCount`.
    @inlinable
    public static func slot(of hash: UInt64, slotCount: Int) -> Int {
        Int(truncatingIfNeeded: hash.multipliedFullWidth(by: UInt64(slotCount)).high)
    }

    /// The index of `table`, in the layout above.
    public static func build(table: String) -> String {
        let bytes = Array(table.utf8)
        var lineStarts: [Int] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            lineStarts.append(start)
            start = end + 1
        }
        guard !lineStarts.isEmpty else { return "" }
        var width = 1
        while 1 << (6 * width) <= bytes.count + 1 { width += 1 }
        let slotCount = lineStarts.count * 2
        var slots = [Int](repeating: 0, count: slotCount)
        bytes.withUnsafeBufferPointer { all in
            for line in lineStarts {
                var tab = line
                while tab < all.count && all[tab] != 9 && all[tab] != 10 { tab += 1 }
                var s = slot(of: hash(UnsafeBufferPointer(rebasing: all[line..<tab])), slotCount: slotCount)
                while slots[s] != 0 { s = s + 1 == slotCount ? 0 : s + 1 }
                slots[s] = line + 1
            }
        }
        var out: [UInt8] = [0x30 + UInt8(width)]
        out.reserveCapacity(1 + slotCount * width)
        for value in slots {
            for digit in stride(from: width - 1, through: 0, by: -1) {
                out.append(0x30 + UInt8((value >> (6 * digit)) & 63))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
