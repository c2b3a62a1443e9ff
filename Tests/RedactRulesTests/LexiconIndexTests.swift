import RedactRules
import Testing

@Suite struct LexiconIndexTests {
    /// The slots of `index`, decoded by the layout ``LexiconIndex`` documents.
    func slots(_ index: String) -> [Int] {
        let bytes = Array(index.utf8)
        let width = Int(bytes[0]) - 0x30
        return stride(from: 1, to: bytes.count, by: width).map { start in
            bytes[start..<start + width].reduce(0) { $0 << 6 | Int($1 - 0x30) }
        }
    }

    /// The line offset the index gives for `key`, probing as the engine does; nil at an empty slot.
    func probe(_ key: String, table: String, index: String) -> Int? {
        let slots = slots(index)
        let bytes = Array(table.utf8)
        let keyBytes = Array(key.utf8)
        var s = keyBytes.withUnsafeBufferPointer { LexiconIndex.slot(of: LexiconIndex.hash($0), slotCount: slots.count) }
        while slots[s] != 0 {
            let line = slots[s] - 1
            var end = line
            while end < bytes.count && bytes[end] != 9 && bytes[end] != 10 { end += 1 }
            if Array(bytes[line..<end]) == keyBytes { return line }
            s = (s + 1) % slots.count
        }
        return nil
    }

    @Test func everyKeyIsFoundAtItsLineAndAMissingKeyAtAnEmptySlot() {
        let table = "anna\tf;r;\nelçin\tm;a;\nqəbələ\tl;a;AZ1\nzaur\n"
        let index = LexiconIndex.build(table: table)
        #expect(index.utf8.first == UInt8(ascii: "1"))  // offsets + 1 up to 45 fit one base-64 digit
        #expect(slots(index).count == 8)  // twice the four lines
        #expect(slots(index).filter { $0 != 0 }.sorted() == [1, 11, 23, 41])  // line starts + 1
        #expect(index.utf8.allSatisfy { $0 >= 0x30 && $0 < 0x70 })
        #expect(probe("anna", table: table, index: index) == 0)
        #expect(probe("elçin", table: table, index: index) == 10)
        #expect(probe("qəbələ", table: table, index: index) == 22)
        #expect(probe("zaur", table: table, index: index) == 40)  // a line with no payload
        #expect(probe("ann", table: table, index: index) == nil)
        #expect(probe("annaf", table: table, index: index) == nil)
        #expect(probe("", table: table, index: index) == nil)
    }

    @Test func theSlotWidthGrowsWithTheTable() {
        let lines = (0..<3000).map { "key\($0)\tpayload" }.sorted()
        let table = lines.joined(separator: "\n") + "\n"
        let index = LexiconIndex.build(table: table)
        #expect(index.utf8.first == UInt8(ascii: "3"))  // 46,890 bytes: more than 64², less than 64³
        #expect(slots(index).count == 6000)
        for (n, line) in lines.enumerated() where n % 7 == 0 {
            let key = String(line.split(separator: "\t")[0])
            let offset = probe(key, table: table, index: index)
            #expect(offset.map { table.utf8.dropFirst($0).starts(with: line.utf8) } == true, "\(key)")
        }
        #expect(probe("key3000", table: table, index: index) == nil)
    }

    @Test func anEmptyTableHasAnEmptyIndex() {
        #expect(LexiconIndex.build(table: "") == "")
    }
}
