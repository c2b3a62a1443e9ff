import RedactRules

/// Addresses: a street type before or after a capitalized run, and the house and flat numbers
/// that follow it.
extension NameReading {
    mutating func judgeAddress(run: Range<Int>, into finds: inout [Find]) -> Bool {
        // `ул. Ленина, д. 5`, `улица Садовая`, `пр-т Мира`: the type word before the run.
        if let before = streetTypeBefore(run.lowerBound) {
            var last = run.upperBound - 1
            // `ул. Красный проспект, д. 77`: the name's own type word after it.
            if last + 1 < tokens.count, gapIsSingleSpace(last, last + 1), rules.addressAfter.contains(foldToken(last + 1)) {
                last = hyphenatedTypeEnd(last + 1)
            }
            let end = houseTail(after: last)
            let start = houseBeforeStreet(before) ?? houseBeforeType(before) ?? Int(tokens[before].start)
            finds.append(Find(start: start, end: end, rule: addressRule, keys: []))
            return true
        }
        // `Nizami küçəsi 25`, `Atatürk Caddesi No: 12`, `14 Baker Street`: the type word after or at the end.
        var typeIndex: Int? = nil
        if let k = run.dropFirst().last(where: { analyses[$0].map { rules.addressAfter.contains($0.fold) } ?? false }) {
            typeIndex = k  // words after it in the run are house words (`Caddesi No: 12`)
        } else if run.upperBound < tokens.count, gapIsSingleSpace(run.upperBound - 1, run.upperBound),
                  rules.addressAfter.contains(foldToken(run.upperBound)) {
            typeIndex = run.upperBound
        } else if run.upperBound + 1 < tokens.count, gapIsSingleSpace(run.upperBound - 1, run.upperBound),
                  !startsUpper(tokens[run.upperBound]), rules.addressNameInfixes.contains(foldToken(run.upperBound)),
                  gapIsSingleSpace(run.upperBound, run.upperBound + 1), rules.addressAfter.contains(foldToken(run.upperBound + 1)) {
            // `Cavad xan küç. 18`: a lower-case title inside the street's name.
            typeIndex = run.upperBound + 1
        } else if run.upperBound + 2 < tokens.count, gapIsSingleSpace(run.upperBound - 1, run.upperBound),
                  rules.addressNumberedTypes.contains(foldToken(run.upperBound)), houseWordAndNumber(after: run.upperBound) {
            // `Yuxarı küçə, ev 8`: an uninflected type is a street's with a house word and number after it.
            typeIndex = run.upperBound
        } else if run.lowerBound > 0, gapIsSingleSpace(run.lowerBound - 1, run.lowerBound),
                  houseNumberStart(endingAt: run.lowerBound - 1) != nil, !isYear(run.lowerBound - 1) {
            // `3 Marlow Hill`, `1180 Tarrant Dr`: a type that is a street's only after a house number.
            if let k = run.dropFirst().last(where: { analyses[$0].map { rules.addressAfterWithHouse.contains($0.fold) } ?? false }) {
                typeIndex = k
            } else if run.upperBound < tokens.count, gapIsSingleSpace(run.upperBound - 1, run.upperBound),
                      rules.addressAfterWithHouse.contains(foldToken(run.upperBound)) {
                typeIndex = run.upperBound
            }
        }
        guard let typeIndex else { return false }
        // `Baku Court of Appeal` is a court, not a street.
        if typeIndex + 1 < tokens.count, rules.ofWords.contains(foldToken(typeIndex + 1)) { return false }
        // `Barnsley Crown Court`, `Tullerby Magistrates' Court`: a court's designator of two
        // words (`org.after`: crown court, magistrates court) that ends in the type is a court.
        if typeIndex > run.lowerBound, rules.orgAfter.contains(foldToken(typeIndex - 1) + " " + foldToken(typeIndex)) { return false }
        // The street's name: the run without an article (`The`) and the ordinary words that open
        // a sentence before it (`Adresi`), keeping one. Inside a sentence they are the name's
        // (`Şehit Ahmet Sok.`, `Qara Qarayev prospekti`, `33 North Oak Lane`, `Yeni Yol`).
        let nameEnd = min(typeIndex, run.upperBound)
        var first = run.lowerBound
        let opensSentence = isSentenceStartAfterStop(first)
        while first + 1 < nameEnd, let a = analyses[first],
              rules.orgArticles.contains(a.fold) || (opensSentence && (a.flags.isCommon || a.isExcluded || rules.notNames.contains(a.fold))) {
            first += 1
        }
        var start = Int(tokens[first].start)
        let numberStart = first == run.lowerBound && first > 0 && gapIsSpace(first - 1, first) ? houseNumberStart(endingAt: first - 1) : nil
        if let numberStart {
            // `Unit 7, Harlow Mill Road`: a number after a flat word and before a comma is the
            // flat's, on a street without a house number.
            start = houseHead(before: numberStart) ?? houseWordStart(before: numberStart) ?? Int(tokens[numberStart].start)
        } else if first == run.lowerBound, let house = houseBeforeStreet(first) {
            // `у дома 6 по Невскому проспекту`: the house before the name and its type.
            start = house
        } else if first == run.lowerBound, first >= 1, tokens[first - 1].isNumber, tokens[first - 1].end - tokens[first - 1].start <= 4,
                  gapUnits(first - 1, first).elementsEqual([0x2E, 0x20]), !tokenLanguages[first - 1].isDisjoint(with: [.turkish, .azerbaijani]) {
            // `Hürriyet Mah. 1. Gaye Sk. No: 4`: a street named with an ordinal before its name,
            // as Turkish and Azerbaijani write it; in English the full stop ends a sentence
            // (`convicted in 2019. Linden Court said`).
            start = Int(tokens[first - 1].start)
        } else if first == run.lowerBound, let title = titleBeforeStreet(first) {
            // `Dr. Esat Işık Cd. No: 29`: a street named after a person keeps the title.
            start = title
        }
        let typeLast = hyphenatedTypeEnd(typeIndex)
        let end = houseTail(after: typeLast)
        // Evidence that this is a street: a capitalized type word, a house number, or a name
        // word that is not an ordinary word (`The court heard` is no address).
        let hasNameWord = (first..<nameEnd).contains { t in
            guard let a = analyses[t] else { return false }
            return !(a.flags.isCommon || a.isExcluded) || a.isName || a.isPlace
        }
        guard first < nameEnd, analyses[typeIndex] != nil || numberStart != nil || end > Int(tokens[typeLast].end) || hasNameWord else {
            return false
        }
        finds.append(Find(start: start, end: end, rule: addressRule, keys: []))
        // A second street part: `Cumhuriyet Mahallesi, Lale Sokak No: 7` is found by its own run
        // and joined to this one by ``joinStreetParts(_:)``.
        return true
    }

    /// The first word of a street type written before the street's name at word `t`: `ул.`,
    /// `пр-т` (two words joined by a hyphen), with a word that opens the name between
    /// (`наб. реки Фонтанки`, `address.name-openers`), the number of a street named after a
    /// date (`ул. 25 Октября`) or an ordinal (`ул. 2-я Тверская-Ямская`).
    mutating func streetTypeBefore(_ t: Int) -> Int? {
        guard var k = wordBefore(t, maxGap: 2) else { return nil }
        if k > 0, isOrdinalEnding(k), tokens[k - 1].isNumber, gapIsHyphen(k - 1, k), let type = wordBefore(k - 1, maxGap: 2) {
            k = type
        } else if tokens[k].isNumber || rules.addressNameOpeners.contains(foldToken(k)), let type = wordBefore(k, maxGap: 2) {
            k = type
        }
        if rules.addressBefore.contains(foldToken(k)) { return k }
        if k > 0, gapIsHyphen(k - 1, k), rules.addressBefore.contains(foldToken(k - 1) + "-" + foldToken(k)) { return k - 1 }
        return nil
    }

    /// Word `t`, or the second half of a street type written with a hyphen that starts at it
    /// (`Кутузовский пр-т`).
    mutating func hyphenatedTypeEnd(_ t: Int) -> Int {
        guard t + 1 < tokens.count, gapIsHyphen(t, t + 1), rules.addressAfter.contains(foldToken(t) + "-" + foldToken(t + 1)) else { return t }
        return t + 1
    }

    mutating func gapIsHyphen(_ a: Int, _ b: Int) -> Bool {
        let gap = gapUnits(a, b)
        return gap.count == 1 && gap[0] == 0x2D
    }

    /// The start of a house written before the street type at word `type` (`д. 18 по ул.
    /// Горького`, `в доме 14 на улице Садовой`): a house word, its number and a word of
    /// `address.links`.
    mutating func houseBeforeStreet(_ type: Int) -> Int? {
        guard type >= 3, gapIsSingleSpace(type - 1, type), rules.addressLinks.contains(foldToken(type - 1)),
              gapIsSingleSpace(type - 2, type - 1), isHouseNumber(type - 2),
              let word = wordBefore(type - 2, maxGap: 2), rules.houseWords.contains(foldToken(word)) else { return nil }
        return Int(tokens[word].start)
    }

    /// The start of a house number written right before a street type that precedes the name
    /// (`14 quai Saint-Vincent`, `Flat 2, 9 rue Lavandière`), a year excepted (`В 2005 улица
    /// Ленина …`).
    mutating func houseBeforeType(_ type: Int) -> Int? {
        guard type >= 1, gapIsSingleSpace(type - 1, type), let number = houseNumberStart(endingAt: type - 1), !isYear(type - 1) else { return nil }
        return houseHead(before: number) ?? Int(tokens[number].start)
    }

    /// Whether word `t` is a number from 1900 to 2099: a year more often than a house.
    mutating func isYear(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.isNumber, token.end - token.start == 4 else { return false }
        let first = units[Int(token.start)], second = units[Int(token.start) + 1]
        return (first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30)
    }

    /// The start of a house word (`Unit`, `Flat`, `No`) right before the number at word `t`.
    mutating func houseWordStart(before t: Int) -> Int? {
        guard let word = wordBefore(t, maxGap: 2), rules.houseWords.contains(foldToken(word)) else { return nil }
        return Int(tokens[word].start)
    }

    /// The start of one or two titles (`Dr.`, `Prof. Dr.`) right before a street's name at word
    /// `t`, a house number or a street part before them (`Mah. Dr. Esat Işık Cd.`), not a
    /// sentence's start (`Dr. Işık Cd. dedi`).
    mutating func titleBeforeStreet(_ t: Int) -> Int? {
        var first = t
        while first > t - 2, let word = wordBefore(first, maxGap: 2), rules.titles.contains(foldToken(word)), startsUpper(tokens[word]) {
            first = word
        }
        guard first < t, first >= 1, let before = wordBefore(first, maxGap: 2) else { return nil }
        let fold = foldToken(before)
        guard rules.addressAfter.contains(fold) || rules.houseWords.contains(fold) || tokens[before].isNumber else { return nil }
        return Int(tokens[first].start)
    }

    /// Whether word `t` opens a sentence after a full stop or a line break: not after a colon
    /// (`Adres: Gazi Mustafa Kemal Bulvarı` names the street whole), nor after the full stop of
    /// an abbreviated street type, house word or title (`Kızılay Mah. Şehit Ahmet Sok.`, `Dr.
    /// Kemal Saran Cd.`).
    mutating func isSentenceStartAfterStop(_ t: Int) -> Bool {
        var p = Int(tokens[t].start) - 1
        while p >= 0 && (units[p] == 0x20 || units[p] == 0x09 || units[p] == 0xA0 || units[p] == 0x22 || units[p] == 0xAB
                         || units[p] == 0x201C || units[p] == 0x28 || units[p] == 0xFEFF) { p -= 1 }
        if p < 0 { return true }
        let u = units[p]
        if u == 0x2E, t > 0, Int(tokens[t - 1].end) == p {
            let word = foldToken(t - 1)
            if rules.addressAfter.contains(word) || rules.houseWords.contains(word) || rules.titles.contains(word) { return false }
        }
        return u == 10 || u == 13 || u == 0x2E || u == 0x21 || u == 0x3F || u == 0x2026
    }

    /// Whether word `t` is a house number: digits, with at most two letters after them
    /// (`25`, `12А`, `221B`, `9Д`).
    mutating func isHouseNumber(_ t: Int) -> Bool {
        let token = tokens[t]
        let start = Int(token.start), end = Int(token.end)
        guard end - start <= 7, units[start] >= 0x30 && units[start] <= 0x39 else { return false }
        if token.isNumber { return true }
        var p = start
        while p < end && units[p] >= 0x30 && units[p] <= 0x39 { p += 1 }
        guard end - p <= 2 else { return false }
        return units[p..<end].allSatisfy { u in Unicode.Scalar(u).map { ScalarTraits.isAlphabetic($0) } ?? false }
    }

    /// Whether word `t` is an ordinal's ending written after a number and a hyphen
    /// (`address.ordinal-endings`: `2-я`, `9-cu`; not the locative of `saat 10-da`).
    mutating func isOrdinalEnding(_ t: Int) -> Bool {
        analyses[t] == nil && tokens[t].end - tokens[t].start <= 4 && rules.addressOrdinalEndings.contains(foldToken(t))
    }

    /// Whether word `t` is one capital letter (`корп. Б`, `B Blok`).
    mutating func isCapitalLetter(_ t: Int) -> Bool {
        tokens[t].end - tokens[t].start == 1 && startsUpper(tokens[t])
    }

    /// The first word of a house number that ends with word `t` before a street's name: the
    /// number (`14 Baker Street`), a range (`14-16 Cranfield Terrace`), an ordinal (`2-я
    /// Тверская-Ямская ул.`).
    mutating func houseNumberStart(endingAt t: Int) -> Int? {
        if isHouseNumber(t) {
            return t >= 1 && tokens[t - 1].isNumber && gapIsHyphen(t - 1, t) ? t - 1 : t
        }
        if t >= 1, tokens[t - 1].isNumber, gapIsHyphen(t - 1, t), isOrdinalEnding(t) { return t - 1 }
        return nil
    }

    /// Whether a street type (`address.after`) follows `run` one space on, with a house number
    /// after it.
    mutating func hasStreetTypeWithHouse(after run: Range<Int>) -> Bool {
        let type = run.upperBound
        guard type < tokens.count, gapIsSingleSpace(type - 1, type), rules.addressAfter.contains(foldToken(type)) else { return false }
        let last = hyphenatedTypeEnd(type)
        return houseTail(after: last) > Int(tokens[last].end)
    }

    /// The start of a flat, suite or unit written before the house number at word `t`, with a
    /// comma or a space between (`Flat 4, 27 Clarendon Road`, `Apartment 12B, 480 Park
    /// Avenue`): a house word (`address.house`) and a number of up to six characters. A
    /// building's name may stand between them (`Flat 17, Alma House, 8 Carver Street`,
    /// `Apartment 14, The Maltings, 22 Bow Street`): one to three capitalized words between
    /// commas, taken only with the flat before them, which shows they are the address's.
    mutating func houseHead(before t: Int) -> Int? {
        if let flat = flatHead(before: t) { return flat }
        guard t >= 3, gapUnits(t - 1, t).elementsEqual([0x2C, 0x20]) else { return nil }
        var first = t - 1
        while first > t - 4, analyses[first] != nil, !holdsDigit(tokens[first]), first > 0, gapIsSingleSpace(first - 1, first) {
            first -= 1
        }
        guard analyses[first] != nil, !holdsDigit(tokens[first]), first >= 2 else { return nil }
        return flatHead(before: first)
    }

    /// ``houseHead(before:)`` without a building's name.
    mutating func flatHead(before t: Int) -> Int? {
        guard t >= 2 else { return nil }
        let gap = gapUnits(t - 1, t)
        guard (gap.count == 2 && gap[0] == 0x2C && gap[1] == 0x20) || (gap.count == 1 && gap[0] == 0x20),
              tokens[t - 1].end - tokens[t - 1].start <= 6, holdsDigit(tokens[t - 1]), let word = wordBefore(t - 1, maxGap: 2),
              rules.houseWords.contains(foldToken(word)) else { return nil }
        return Int(tokens[word].start)
    }

    /// The word that ends a numbered part starting at word `k`: a number or a letter, an
    /// ordinal's ending, and a street type or a word of `address.house-after` (`1234. Sok.`,
    /// `5-ci mkr.`, `3. kat`, `B Blok`, `10th Floor`).
    mutating func numberedPartEnd(at k: Int, streetTypesOnly: Bool = false) -> Int? {
        guard isHouseNumber(k) || isCapitalLetter(k) else { return nil }
        var n = k + 1
        guard n < tokens.count else { return nil }
        // `32/1. Sok.`: a street named by a number with a slash.
        if tokens[k].isNumber, n + 1 < tokens.count, gapUnits(k, n).elementsEqual([0x2F]), tokens[n].isNumber { n += 1 }
        if tokens[n - 1].isNumber, gapIsHyphen(n - 1, n), isOrdinalEnding(n) {
            n += 1  // `3-cü`, `2-я`
            guard n < tokens.count else { return nil }
        }
        let gap = gapUnits(n - 1, n)
        guard (gap.count == 1 && gap[0] == 0x20) || (gap.count == 2 && gap[0] == 0x2E && gap[1] == 0x20) else { return nil }
        let word = foldToken(n)
        guard rules.addressAfter.contains(word) || (!streetTypesOnly && rules.houseAfterWords.contains(word)) else { return nil }
        return hyphenatedTypeEnd(n)
    }

    /// Whether the house number at word `k`, after a comma, opens the next address rather than
    /// ending this one (`9 Willow Court, 41 Station Road`): a capitalized word and a street
    /// type follow it.
    mutating func opensNextAddress(_ k: Int) -> Bool {
        guard k + 2 < tokens.count, gapIsSingleSpace(k, k + 1), analyses[k + 1] != nil else { return false }
        var n = k + 2
        while n < min(k + 5, tokens.count), gapIsBlank(n - 1, n) {
            if rules.addressAfter.contains(foldToken(n)) { return true }
            n += 1
        }
        return false
    }

    /// Whether the number at word `t` is the ordinal that opens a street's name (`Mah. 1. Gaye
    /// Sk. No: 4`): a full stop and a space after it, then capitalized words and a street type.
    mutating func opensOrdinalStreet(_ t: Int) -> Bool {
        guard tokens[t].isNumber, t + 2 < tokens.count, gapUnits(t, t + 1).elementsEqual([0x2E, 0x20]), analyses[t + 1] != nil else { return false }
        var n = t + 2
        while n < min(t + 5, tokens.count), gapIsBlank(n - 1, n) {
            if rules.addressAfter.contains(foldToken(n)) { return true }
            guard analyses[n] != nil else { return false }
            n += 1
        }
        return false
    }

    /// The end of an address whose street part ends with token `t`: house, flat and block
    /// numbers after it (`25`, `No: 12`, `д. 5, кв. 7`, `Apt 3`, `14-88`, `12/3`, `1234. Sok.
    /// No: 7/2`, `İç Kapı No: 5`, `лит. А`).
    mutating func houseTail(after t: Int) -> Int {
        var end = Int(tokens[t].end)
        var k = t + 1
        var steps = 0
        while k < tokens.count && steps < 8 {
            let gap = units[end..<Int(tokens[k].start)]
            // `12/3`, `14-88`, `56–58`, `47/B`: the second part of a house number.
            if gap.count == 1, gap.first == 0x2F || gap.first == 0x2D || gap.first == 0x2013, Int(tokens[k - 1].end) == end, isHouseNumber(k - 1),
               isHouseNumber(k) || (gap.first == 0x2F && isCapitalLetter(k)) {
                end = Int(tokens[k].end)
                k += 1
                continue
            }
            // `мкр. Самал-2, д. 58`: a number joined to the street's name by a hyphen is the name's.
            if k == t + 1, gap.count == 1, gap.first == 0x2D, !holdsDigit(tokens[t]), tokens[k].isNumber, tokens[k].end - tokens[k].start <= 2 {
                end = Int(tokens[k].end)
                k += 1
                continue
            }
            guard gap.count <= 3, !gap.contains(10), gap.allSatisfy({ $0 == 0x20 || $0 == 0x2C || $0 == 0x2E || $0 == 0x3A || $0 == 0x2116 || $0 == 0x23 }) else { break }
            if let last = numberedPartEnd(at: k) {
                end = Int(tokens[last].end)
                k = last + 1
                steps += 1
                continue
            }
            if isHouseNumber(k) {
                // A number of five digits or more after the house is a postcode (`No: 3/1, 35220
                // Konak`), its own span.
                if gap.contains(0x2C), opensNextAddress(k) { break }
                if opensOrdinalStreet(k) { break }
                // `qəs., 3-cü massiv, ev 27`: an ordinal opens the next part, found on its own.
                if k + 1 < tokens.count, tokens[k].isNumber, gapIsHyphen(k, k + 1), isOrdinalEnding(k + 1) { break }
                // `ул. Ленина 19-летнюю студентку`: a number joined by a hyphen to a word of
                // five letters or more is an adjective of that number (an age, `5-этажный`), no house.
                if k + 1 < tokens.count, tokens[k].isNumber, gapIsHyphen(k, k + 1), !isHouseNumber(k + 1),
                   tokens[k + 1].end - tokens[k + 1].start >= 5 { break }
                if tokens[k].isNumber, tokens[k].end - tokens[k].start > 4 { break }
                end = Int(tokens[k].end)
                k += 1
                steps += 1
                continue
            }
            let word = foldToken(k)
            if rules.houseWords.contains(word) {
                // Up to three house words before their number (`İç Kapı No: 5`), or a letter (`лит. А`).
                var n = k + 1
                while n < min(k + 3, tokens.count), Int(tokens[n].start) - Int(tokens[n - 1].end) <= 2,
                      rules.houseWords.contains(foldToken(n)) { n += 1 }
                if n < tokens.count, Int(tokens[n].start) - Int(tokens[n - 1].end) <= 3, !gapUnits(n - 1, n).contains(10),
                   isHouseNumber(n) || (isCapitalLetter(n)) {
                    end = Int(tokens[n].end)
                    k = n + 1
                    steps += 1
                    continue
                }
            }
            // `Pennsylvania Avenue NW, Suite 200`: a compass point right after the type word.
            if tokens[k - 1].isNumber, Int(tokens[k].start) == end, tokens[k].end - tokens[k].start == 1 {
                end = Int(tokens[k].end)  // 25a
                k += 1
                continue
            }
            if k == t + 1, gap.count == 1, gap.first == 0x20, rules.addressDirections.contains(word) {
                end = Int(tokens[k].end)
                k += 1
                continue
            }
            break
        }
        return end
    }

    /// Streets named by a number, with a house number after them, where no capitalized name
    /// stands before (`1469 Sk. No: 3/1`, `5-ci mkr., bina 12`, `3. Cadde No: 28`); and streets
    /// named by an ordinal after a house number (`350 W 42nd St`, `100 5th Avenue`), with the
    /// flat before it (`Apt. 5B, 350 W 42nd St`).
    mutating func findNumberedStreets(into finds: inout [Find]) {
        var t = 0
        var covered = 0
        while t < tokens.count {
            defer { t += 1 }
            guard tokens[t].isNumber, Int(tokens[t].start) >= covered, t + 1 < tokens.count,
                  tokens[t + 1].start - tokens[t].end <= 2, !tokens[t + 1].isNumber else { continue }
            var start = Int(tokens[t].start)
            let end: Int
            if let type = numberedPartEnd(at: t, streetTypesOnly: true) {
                end = houseTail(after: type)
                guard end > Int(tokens[type].end) else {
                    if let street = streetAfterQuarter(type, finds: finds) {
                        finds[street].start = start
                        covered = finds[street].end
                    }
                    continue
                }
            } else if let type = ordinalStreetEnd(afterHouse: t) {
                end = houseTail(after: type)
                start = houseHead(before: t) ?? start
            } else if let type = numberedTypeEnd(at: t) {
                end = houseTail(after: type)
            } else if let type = numberedTypeWord(at: t), let street = streetAfterQuarter(type, finds: finds) {
                finds[street].start = start
                covered = finds[street].end
                continue
            } else {
                continue
            }
            if finds.contains(where: { $0.rule == addressRule && $0.start <= start && $0.end > start }) {
                covered = end
                continue
            }
            finds.append(Find(start: start, end: end, rule: addressRule, keys: []))
            covered = end
        }
    }

    /// The type word of a street or quarter named by an ordinal at word `t` and written
    /// uninflected (`17-ci məhəllə, ev 4`, `3-cü küçə, bina 12`: `address.numbered-types`), when
    /// a house word and its number follow (a comma between allowed); `3-cü məhəllə 12 ev` ("12
    /// houses") and `Bu küçə` are no address.
    mutating func numberedTypeEnd(at t: Int) -> Int? {
        guard t + 3 < tokens.count, numberedTypeWord(at: t) != nil, houseWordAndNumber(after: t + 2) else { return nil }
        return t + 2
    }

    /// Whether a house word and its number follow word `t`, a comma between allowed (`, ev 4`).
    mutating func houseWordAndNumber(after t: Int) -> Bool {
        guard t + 2 < tokens.count else { return false }
        let gap = gapUnits(t, t + 1)
        return gap.count <= 2 && gap.allSatisfy({ $0 == 0x20 || $0 == 0x2C }) && rules.houseWords.contains(foldToken(t + 1))
            && Int(tokens[t + 2].start) - Int(tokens[t + 1].end) <= 3 && isHouseNumber(t + 2)
    }

    /// The address found right after the comma that follows a numbered quarter's type word
    /// `type`: the quarter opens that street's address (`9-cu mikrorayon, Səməd Vurğun küç., ev 14`).
    mutating func streetAfterQuarter(_ type: Int, finds: [Find]) -> Int? {
        guard type + 1 < tokens.count, gapUnits(type, type + 1).elementsEqual([0x2C, 0x20]) ||
              gapUnits(type, type + 1).elementsEqual([0x2E, 0x2C, 0x20]) else { return nil }
        let next = Int(tokens[type + 1].start)
        return finds.firstIndex { $0.rule == addressRule && $0.start == next }
    }

    /// The type word of an ordinal and an uninflected street or quarter type at word `t` (`9-cu
    /// mikrorayon`), with nothing after it checked.
    mutating func numberedTypeWord(at t: Int) -> Int? {
        guard !rules.addressNumberedTypes.isEmpty, tokens[t].isNumber, t + 2 < tokens.count,
              gapIsHyphen(t, t + 1), isOrdinalEnding(t + 1), gapIsSingleSpace(t + 1, t + 2),
              rules.addressNumberedTypes.contains(foldToken(t + 2)) else { return nil }
        return t + 2
    }

    /// The street type of a street named by an ordinal after the house number at word `t`, a
    /// compass point allowed between (`350 W 42nd St`): the ordinal's letters are one of
    /// `address.ordinal-endings` (`nd`, `th`).
    mutating func ordinalStreetEnd(afterHouse t: Int) -> Int? {
        var k = t + 1
        guard gapIsSingleSpace(t, k) else { return nil }
        if rules.addressDirections.contains(foldToken(k)), k + 1 < tokens.count, gapIsSingleSpace(k, k + 1) { k += 1 }
        guard !tokens[k].isNumber, isHouseNumber(k) else { return nil }
        let token = tokens[k]
        var p = Int(token.start)
        while p < Int(token.end) && units[p] >= 0x30 && units[p] <= 0x39 { p += 1 }
        let ending = String(decoding: UnsafeBufferPointer(rebasing: units[p..<Int(token.end)]), as: UTF16.self).lowercased()
        guard rules.addressOrdinalEndings.contains(ending) else { return nil }
        return numberedPartEnd(at: k, streetTypesOnly: true)
    }

    /// Joins a neighbourhood that ends with its type word (`address.neighbourhoods`) to the
    /// street part right after it (`Kızılay Mah. Gazi Mustafa Kemal Bulvarı No: 33`, `Barbaros
    /// Mahallesi, Lale Sokak No: 5`), and a street that ends with its type word to the building
    /// after it (`İncirli Cad. Yaprak Apt. No: 23`): one address, and the full stop between
    /// them is not left visible. A settlement or district before a street is a place of its own.
    mutating func joinStreetParts(_ finds: inout [Find]) {
        let parts = finds.indices.filter { finds[$0].rule == addressRule }.sorted { finds[$0].start < finds[$1].start }
        guard parts.count >= 2 else { return }
        var dropped: [Int] = []
        var current = parts[0]
        for next in parts.dropFirst() {
            let gapStart = finds[current].end, gapEnd = finds[next].start
            let last = firstToken(startingAtOrAfter: gapStart) - 1
            // A part that ends with its street type and no house (`Zuhuratbaba Mah. İncirli Cad.`)
            // goes on with the building whose number follows (`Yaprak Apt. No: 23`), a full
            // stop or a space between; after a comma a street type ends one address of a list
            // (`9 Willow Court, 41 Station Road`).
            let gap = units[max(gapStart, 0)..<max(gapEnd, gapStart)]
            if gapEnd >= gapStart, gapEnd - gapStart <= 3, last >= 0, Int(tokens[last].end) == gapStart,
               rules.addressNeighbourhoods.contains(foldToken(last))
                || (rules.addressAfter.contains(foldToken(last)) && !gap.contains(0x2C)),
               gap.allSatisfy({ $0 == 0x20 || $0 == 0x2C || $0 == 0x2E || $0 == 0xA0 }) {
                finds[current].end = max(finds[current].end, finds[next].end)
                dropped.append(next)
            } else {
                current = next
            }
        }
        for i in dropped.sorted(by: >) { finds.remove(at: i) }
    }
}
