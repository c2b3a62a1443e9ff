import Testing
@testable import Redact

/// The owner table answers as a dictionary would, through growth and colliding slots.
@Suite struct OwnerTableTests {
    @Test func itAnswersAsADictionaryThroughGrowth() {
        var table = OwnerTable()
        var reference: [UInt64: UInt64] = [:]
        var state: UInt64 = 0x1234_5678
        for n in 0..<5000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Keys that differ only in their high bits land in neighbouring slots of a small table.
            let key = n % 3 == 0 ? UInt64(n) << 54 : state
            table[key] = UInt64(n)
            reference[key] = UInt64(n)
        }
        table[0] = 7  // zero is a key like any other
        reference[0] = 7
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table[key] == value) }
        #expect(table[0xDEAD_BEEF] == nil)
        #expect(table[1 << 63 | 5] == nil)
    }
}
