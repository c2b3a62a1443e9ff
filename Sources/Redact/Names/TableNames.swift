import RedactRules

/// Names in results tables and lists, and names followed by their country in brackets, where
/// a line gives no sentence to read them by.
extension NameReading {
    /// Names in a line of results or figures (`Karvex 6 Oltani 2`, `Smith 13, Jones 45`): on a
    /// line where two or more runs of capitalized words are each followed by a number, every such
    /// run that no other rule found is a name. A capitalized word before a number is ordinary
    /// often enough (`Chapter 5`), so one alone proves nothing; the run's words must be no
    /// ordinary, calendar, country, never-name or identifier words (`IBAN AZ21 NABZ 0000`),
    /// unless the line is nothing but names and scores (``resultsLineRuns(_:)``). The kind is the context model's where it
    /// reads one, else a person when a list knows a word as a name, else an organization (a
    /// team, a company).
    mutating func findTableNames(into finds: inout [Find]) {
        var lineStart = 0
        // Rows of a standings table, one name a line (`Pohvale 3 1 0 6 1 10`), by line.
        var rows: [(name: Range<Int>, unlisted: Bool)?] = []
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count, !gapUnits(lineEnd - 1, lineEnd).contains(10) { lineEnd += 1 }
            rows.append(tableRowName(lineStart..<lineEnd))
            var candidates: [Range<Int>] = []
            var t = lineStart
            while t < lineEnd {
                guard analyses[t] != nil else { t += 1; continue }
                let name = tableNameEnd(from: t, limit: lineEnd)
                let end = name.end
                if end < lineEnd, tokens[end].isNumber, gapAfterTableName(end, tagged: name.words < end).allSatisfy({ $0 == 0x20 || $0 == 0xA0 }),
                   (t..<name.words).allSatisfy({ analyses[$0].map { isUnlistedNameWord($0) } ?? false }) {
                    candidates.append(t..<end)
                }
                t = end
            }
            if candidates.count < 2, let runs = resultsLineRuns(lineStart..<lineEnd) { candidates = runs }
            if candidates.count >= 2 {
                for range in candidates {
                    emitTableName(range, into: &finds)
                }
            }
            lineStart = lineEnd
        }
        // A row's name counts where the line before or after is a row too; a name that is also
        // an ordinary word (`Anvil`, `Orchard`) where a row next to it has a name no list holds
        // as an ordinary word.
        for (i, row) in rows.enumerated() {
            guard let row else { continue }
            let before = i > 0 ? rows[i - 1] : nil, after = i + 1 < rows.count ? rows[i + 1] : nil
            guard row.unlisted ? (before != nil || after != nil) : (before?.unlisted == true || after?.unlisted == true) else { continue }
            emitTableName(row.name, into: &finds)
        }
    }

    /// Emits the table name of words `range` (its bracketed tag, when it has one, the last
    /// word) unless another find overlaps it. The kind is the context model's where it reads
    /// one, else a person when a list knows a word as a name, else an organization.
    mutating func emitTableName(_ range: Range<Int>, into finds: inout [Find]) {
        let last = range.upperBound - 1
        let tagged = range.count >= 2 && isBracketTag(last)
        let start = Int(tokens[range.lowerBound].start), end = Int(tokens[last].end) + (tagged ? 1 : 0)
        // The tag read alone (`BJ` as an acronym) gives way to the name it belongs to.
        if tagged { finds.removeAll { $0.start >= Int(tokens[last].start) - 1 && $0.end <= end } }
        if finds.contains(where: { $0.start < end && start < $0.end }) { return }
        let words = tagged ? range.lowerBound..<last : range
        let rule = modelKind(of: words).map { detector.rule(for: $0) }
            ?? (words.contains(where: { analyses[$0]?.isName == true }) ? personRule : organizationRule)
        let before = finds.count
        emit(range, rule: rule, into: &finds)
        if tagged, finds.count > before, finds[before].end == end - 1 { finds[before].end = end }
    }

    /// The end (exclusive) of a table name's words from `t` (``shortRunEnd(from:limit:)``) and
    /// the end of the name with the bracketed tag that may follow it: one to three capital
    /// letters after ` (` and before `)` (`Varnek (B)`, `Polje (BJ)`), the way a table tells
    /// two clubs of one name apart. `words == end` when there is none.
    mutating func tableNameEnd(from t: Int, limit: Int) -> (words: Int, end: Int) {
        let words = shortRunEnd(from: t, limit: limit)
        guard words > t, words < limit, isBracketTag(words) else { return (words, words) }
        return (words, words + 1)
    }

    /// Whether token `t` is one to three capital Latin letters right after ` (` and before `)`.
    mutating func isBracketTag(_ t: Int) -> Bool {
        guard t > 0 else { return false }
        let gap = gapUnits(t - 1, t)
        let start = Int(tokens[t].start), end = Int(tokens[t].end)
        return gap.count == 2 && gap[0] == 0x20 && gap[1] == 0x28 && end - start <= 3 && end < units.count
            && units[end] == 0x29 && units[start..<end].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// The characters between a table name ending before token `end` and that token, without
    /// the closing bracket of its tag when it is `tagged`.
    mutating func gapAfterTableName(_ end: Int, tagged: Bool) -> UnsafeBufferPointer<UInt16> {
        let gap = gapUnits(end - 1, end)
        return tagged && !gap.isEmpty ? UnsafeBufferPointer(rebasing: gap.dropFirst()) : gap
    }

    /// The name of line `line` when the line is a row of a table: up to three capitalized words
    /// at the start of the line, then three numbers or more and nothing but numbers and their
    /// marks (`.`, `-`, `/`, `,`). `unlisted` when the words may be a name no list holds
    /// (``isUnlistedNameWord(_:)``); else they may be ordinary words too (``isTableNameWord(_:)``).
    mutating func tableRowName(_ line: Range<Int>) -> (name: Range<Int>, unlisted: Bool)? {
        guard let first = line.first, analyses[first] != nil else { return nil }
        let name = tableNameEnd(from: first, limit: line.upperBound)
        let end = name.end
        guard line.upperBound - end >= 3, (end..<line.upperBound).allSatisfy({ tokens[$0].isNumber }),
              (first..<name.words).allSatisfy({ analyses[$0].map { isTableNameWord($0) } ?? false }) else { return nil }
        for t in end..<line.upperBound {
            let gap = t == end ? gapAfterTableName(t, tagged: name.words < end) : gapUnits(t - 1, t)
            if !gap.allSatisfy({ [0x20, 0x2E, 0x2D, 0x2F, 0x2C, 0xA0, 0x09].contains($0) }) { return nil }
        }
        return (first..<end, (first..<name.words).allSatisfy { analyses[$0].map { isUnlistedNameWord($0) } ?? false })
    }

    /// The names of line `line` when the whole line is results, pairs of a name and its score
    /// and nothing else (`Anvil 2 Beacon 2`, `Orchard 4 Harrowby City 0`): two or more runs of up
    /// to three capitalized words, each followed by one number, one space apart. A line so
    /// made is a fixture whatever its words are, so they may be ordinary words too
    /// (``isTableNameWord(_:)``).
    mutating func resultsLineRuns(_ line: Range<Int>) -> [Range<Int>]? {
        var runs: [Range<Int>] = []
        var t = line.lowerBound
        while t < line.upperBound {
            if t > line.lowerBound && !gapIsSingleSpace(t - 1, t) { return nil }
            guard analyses[t] != nil else { return nil }
            let name = tableNameEnd(from: t, limit: line.upperBound)
            let end = name.end
            guard end < line.upperBound, tokens[end].isNumber else { return nil }
            let gap = gapAfterTableName(end, tagged: name.words < end)
            guard gap.count == 1, gap[0] == 0x20 || gap[0] == 0xA0,
                  (t..<name.words).allSatisfy({ analyses[$0].map { isTableNameWord($0) } ?? false }) else { return nil }
            runs.append(t..<end)
            t = end + 1
        }
        return runs.count >= 2 ? runs : nil
    }

    /// Names followed by their country in brackets (`Anna Lindqvist (Sweden) 65.12`, `Tom
    /// Barrow (Britain)`), the way results and lists give a person's nationality: a run of up to
    /// three capitalized words that are no ordinary, calendar, country or never-name words,
    /// then ` (`, a country word and `)`. The kind is the context model's where it reads one,
    /// else a person.
    mutating func findNamesBeforeBracketedCountry(into finds: inout [Find]) {
        var t = 0
        while t < tokens.count {
            guard analyses[t] != nil else { t += 1; continue }
            let end = shortRunEnd(from: t, limit: tokens.count)
            defer { t = end }
            guard end < tokens.count, let country = analyses[end], country.flags.isCountry else { continue }
            let before = gapUnits(end - 1, end)
            guard before.count == 2, before[0] == 0x20, before[1] == 0x28,
                  Int(tokens[end].end) < units.count, units[Int(tokens[end].end)] == 0x29 else { continue }
            guard (t..<end).allSatisfy({ analyses[$0].map { isUnlistedNameWord($0) && !$0.isAllCaps } ?? false }) else { continue }
            let start = Int(tokens[t].start), stop = Int(tokens[end - 1].end)
            if finds.contains(where: { $0.start < stop && start < $0.end }) { continue }
            emit(t..<end, rule: modelKind(of: t..<end).map { detector.rule(for: $0) } ?? personRule, into: &finds)
        }
    }

    /// The end (exclusive) of up to three capitalized words from `t`, one space apart, before `limit`.
    mutating func shortRunEnd(from t: Int, limit: Int) -> Int {
        var end = t
        while end < limit, end - t < 3, analyses[end] != nil, end == t || gapIsSingleSpace(end - 1, end) { end += 1 }
        return end
    }

    /// A capitalized word that may be a name in a table, where the table says it is one: no
    /// calendar, country, nationality, never-name, title or identifier word, and two letters
    /// or more; an ordinary word may be (`Anvil`, `Orchard`, `Beacon`).
    mutating func isTableNameWord(_ a: WordAnalysis) -> Bool {
        !a.isExcluded && !rules.notNames.contains(a.fold) && !rules.titles.contains(a.fold)
            && !rules.notAcronyms.contains(a.fold) && a.letterCount >= 2
    }

    /// A capitalized word that may be a name no list holds: no ordinary, calendar, country,
    /// nationality, never-name, title or identifier word, and two letters or more.
    mutating func isUnlistedNameWord(_ a: WordAnalysis) -> Bool {
        !a.flags.isCommon && !a.isExcluded && !rules.notNames.contains(a.fold) && !rules.titles.contains(a.fold)
            && !rules.notAcronyms.contains(a.fold) && a.letterCount >= 2
    }
}
