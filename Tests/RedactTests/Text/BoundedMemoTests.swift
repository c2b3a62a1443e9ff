import Testing
@testable import Redact

@Suite struct BoundedMemoTests {
    @Test func holdsAtMostItsLimit() {
        var memo = BoundedMemo<Int, String>(limit: 100)
        for i in 0..<10_000 {
            if memo.value(for: i) == nil { memo.store(String(i), for: i) }
            #expect(memo.count <= 100)
        }
        // The last half-limit stored are all there; the first ones are gone.
        for i in 9_950..<10_000 {
            let held = memo.value(for: i)
            #expect(held == String(i))
        }
        let first = memo.value(for: 0)
        #expect(first == nil)
    }

    /// A result the text keeps using survives any number of others passing through.
    @Test func keepsWhatIsUsed() {
        var memo = BoundedMemo<String, Int>(limit: 64)
        memo.store(1, for: "common")
        for i in 0..<5_000 {
            memo.store(i, for: "rare \(i)")
            if i % 10 == 0 {
                let common = memo.value(for: "common")
                #expect(common == 1, "\(i)")
            }
        }
        // Left unused for longer than a whole limit, it goes.
        for i in 0..<200 { memo.store(i, for: "later \(i)") }
        let gone = memo.value(for: "common")
        #expect(gone == nil)
    }

    @Test func removeAllEmptiesBothGenerations() {
        var memo = BoundedMemo<Int, Int>(limit: 10)
        for i in 0..<8 { memo.store(i, for: i) }
        memo.removeAll()
        #expect(memo.count == 0)
        let seven = memo.value(for: 7)
        #expect(seven == nil)
    }
}
