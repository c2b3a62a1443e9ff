/// Where a rule's ``RuleSpec/dropIf`` pattern can hold: only where one of its
/// ``RuleSpec/dropIfAfter`` strings ends at most ``RuleSpec/dropIfGap`` units before a match's
/// start. Tested per match by walking back from the match over the text, folded unit by unit,
/// through a trie of the strings written backwards: a few steps where no string ends, instead of
/// ICU's attempt of each list word at each length of a look-behind.
///
/// Compared without case (ICU's full case folding, ``CaseFold``), whatever the rule's flag: the
/// gate only lets the exact test run, so it may let through more spellings than the pattern
/// takes, never fewer.
struct DropGate: Sendable {
    /// Children of each node by folded unit; node 0 is the root (the end of every string).
    private let children: [[UInt16: Int32]]
    /// Whether a string starts at the node: its units, read backwards, lead there from the root.
    private let complete: [Bool]

    init(strings: [String]) {
        var children: [[UInt16: Int32]] = [[:]]
        var complete = [false]
        for string in strings {
            var node = 0
            for unit in CaseFold.fold(string).reversed() {
                if let next = children[node][unit] {
                    node = Int(next)
                } else {
                    children.append([:])
                    complete.append(false)
                    children[node][unit] = Int32(children.count - 1)
                    node = children.count - 1
                }
            }
            complete[node] = true
        }
        self.children = children
        self.complete = complete
    }

    /// Whether one of the strings ends between `start - RuleSpec.dropIfGap` and `start`.
    func opens(before start: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        var end = start
        while end >= 0 && end >= start - RuleSpec.dropIfGap {
            if endsString(at: end, in: units) { return true }
            end -= 1
        }
        return false
    }

    /// Whether one of the strings ends right before `end`.
    private func endsString(at end: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        var node = 0
        var k = end - 1
        while k >= 0 {
            let unit = units[k]
            if let folded = CaseFold.single(unit) {
                guard let next = children[node][folded] else { return false }
                node = Int(next)
            } else {
                for folded in CaseFold.expansion(of: unit).reversed() {
                    guard let next = children[node][folded] else { return false }
                    node = Int(next)
                }
            }
            if complete[node] { return true }
            k -= 1
        }
        return false
    }
}
