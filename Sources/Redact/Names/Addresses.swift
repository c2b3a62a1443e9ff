import RedactRules

/// Addresses: a street type before or after a capitalized run, and the house and flat numbers
/// that follow it.
extension NameReading {
    mutating func judgeAddress(run: Range<Int>, into finds: inout [Find]) -> Bool {
        // `ул. Ленина, д. 5`, `улица Садовая`: the type word before the run.
        if let before = wordBefore(run.lowerBound, maxGap: 2), rules.addressBefore.contains(foldToken(before)) {
            let end = houseTail(after: run.upperBound - 1)
            finds.append(Find(start: Int(tokens[before].start), end: end, rule: addressRule, keys: []))
            return true
        }
        // `Nizami küçəsi 25`, `Atatürk Caddesi No: 12`, `14 Baker Street`: the type word after or at the end.
        var typeIndex: Int? = nil
        if let k = run.dropFirst().last(where: { analyses[$0].map { rules.addressAfter.contains($0.fold) } ?? false }) {
            typeIndex = k  // words after it in the run are house words (`Caddesi No: 12`)
        } else if run.upperBound < tokens.count, gapIsSingleSpace(run.upperBound - 1, run.upperBound),
                  rules.addressAfter.contains(foldToken(run.upperBound)) {
            typeIndex = run.upperBound
        }
        guard let typeIndex else { return false }
        // `Baku Court of Appeal` is a court, not a street.
        if typeIndex + 1 < tokens.count, rules.ofWords.contains(foldToken(typeIndex + 1)) { return false }
        // The street's name: the run without leading ordinary words (`The`, `Adresi`), keeping one.
        let nameEnd = min(typeIndex, run.upperBound)
        var first = run.lowerBound
        while first + 1 < nameEnd, let a = analyses[first], a.flags.isCommon || a.isExcluded || rules.notNames.contains(a.fold) {
            first += 1
        }
        var start = Int(tokens[first].start)
        let numberBefore = first > 0 && tokens[first - 1].isNumber && gapIsSpace(first - 1, first) && first == run.lowerBound
        if numberBefore { start = houseHead(before: first - 1) ?? Int(tokens[first - 1].start) }
        let end = houseTail(after: typeIndex)
        // Evidence that this is a street: a capitalized type word, a house number, or a name
        // word that is not an ordinary word (`The court heard` is no address).
        let hasNameWord = (first..<nameEnd).contains { t in
            guard let a = analyses[t] else { return false }
            return !(a.flags.isCommon || a.isExcluded) || a.isName || a.isPlace
        }
        guard first < nameEnd, analyses[typeIndex] != nil || numberBefore || end > Int(tokens[typeIndex].end) || hasNameWord else {
            return false
        }
        finds.append(Find(start: start, end: end, rule: addressRule, keys: []))
        // A second street part: `Cumhuriyet Mahallesi, Lale Sokak No: 7` is found by its own run.
        return true
    }

    /// Whether a street type (`address.after`) follows `run` one space on, with a house number
    /// after it.
    mutating func hasStreetTypeWithHouse(after run: Range<Int>) -> Bool {
        let type = run.upperBound
        guard type < tokens.count, gapIsSingleSpace(type - 1, type), rules.addressAfter.contains(foldToken(type)) else { return false }
        return houseTail(after: type) > Int(tokens[type].end)
    }

    /// The start of a flat, suite or unit written before the house number at word `t`, with a
    /// comma or a space between (`Flat 4, 27 Clarendon Road`, `Apartment 12B, 480 Park
    /// Avenue`): a house word (`address.house`) and a number of up to six characters.
    mutating func houseHead(before t: Int) -> Int? {
        guard t >= 2 else { return nil }
        let gap = gapUnits(t - 1, t)
        guard (gap.count == 2 && gap[0] == 0x2C && gap[1] == 0x20) || (gap.count == 1 && gap[0] == 0x20),
              tokens[t - 1].end - tokens[t - 1].start <= 6, holdsDigit(tokens[t - 1]), gapIsSingleSpace(t - 2, t - 1),
              rules.houseWords.contains(foldToken(t - 2)) else { return nil }
        return Int(tokens[t - 2].start)
    }

    /// The end of an address whose street part ends with token `t`: house, flat and block
    /// numbers after it (`25`, `No: 12`, `д. 5, кв. 7`, `Apt 3`).
    mutating func houseTail(after t: Int) -> Int {
        var end = Int(tokens[t].end)
        var k = t + 1
        var steps = 0
        while k < tokens.count && steps < 6 {
            let gap = units[end..<Int(tokens[k].start)]
            guard gap.count <= 3, !gap.contains(10), gap.allSatisfy({ $0 == 0x20 || $0 == 0x2C || $0 == 0x2E || $0 == 0x3A || $0 == 0x2116 || $0 == 0x23 }) else { break }
            if tokens[k].isNumber {
                end = Int(tokens[k].end)
                // A letter right after the number (`25A`, `12/3` is two numbers).
                k += 1
                steps += 1
                continue
            }
            let word = foldToken(k)
            if rules.houseWords.contains(word), k + 1 < tokens.count, tokens[k + 1].isNumber,
               Int(tokens[k + 1].start) - Int(tokens[k].end) <= 3 {
                end = Int(tokens[k + 1].end)
                k += 2
                steps += 1
                continue
            }
            if tokens[k - 1].isNumber, Int(tokens[k].start) == end, tokens[k].end - tokens[k].start == 1 {
                end = Int(tokens[k].end)  // 25a
                k += 1
                continue
            }
            break
        }
        return end
    }
}
