/// Runs every rule of a compiled set over a text and collects candidate spans.
///
/// One scanner per thread: it owns ICU matchers and segmenter state and reuses its buffers
/// from text to text. The work is shaped by the throughput budget: ICU word segmentation
/// takes about half of it, so pattern rules do not scan the text; they run only in windows
/// around their trigger characters (digits, `@`, `/`, …), found by one pass over the UTF-16 units.
final class Scanner {
    let rules: CompiledRuleSet
    private let segmenter = WordSegmenter()
    /// Each pattern rule's matcher, made when the rule first runs (its pattern may be compiled
    /// only then, see ``RegexPrototype``), and the scan whose text it was last pointed at:
    /// a matcher is pointed at a text only when its rule runs on it (most lines of a transcript
    /// hold no trigger character of most rules).
    private var matchers: [RegexMatcher?]
    private var matcherScans: [Int]
    /// The matchers of the rules' ``RuleSpec/dropIf`` patterns, made and pointed at a text as
    /// `matchers` are.
    private var dropMatchers: [RegexMatcher?]
    private var dropMatcherScans: [Int]
    private var scanNumber = 0
    private var text = UTF16Buffer()
    private var tokens: [WordToken] = []
    private var windows: [Range<Int>] = []
    /// Positions of each trigger character set's characters in the current text, found once
    /// per set however many groups share it.
    private var triggerPositions: [[Int32]]
    private var triggerPositionsFound: [Bool]
    /// Where the strings of each `near` list start in the current text, found once per text
    /// for all lists when the first group with one has windows to open.
    private var nearStarts: [[Int32]]
    private var nearStartsFound = false
    private var nearScratch = NearStrings.Scratch()
    private var key: [UInt16] = []
    private var nextKey: [UInt16] = []
    private let names: NameDetector?
    private var finds: [NameDetector.Find] = []
    private var foundNameTokens: [NameDetector.NameToken] = []
    /// The names found by the last `scan`, with the keys that link later mentions to them;
    /// UTF-8 offsets relative to the scanned text.
    private(set) var mentions: [NameMention] = []
    /// The capitalized words of the last `scan`, for linking them to names found anywhere.
    private(set) var nameTokens: [NameMention] = []
    /// Where the candidates of the name detector start in what the last `scan` returned: they
    /// come last, and alone they are what a `namesOnly` scan returns.
    private(set) var nameCandidatesStart = 0
    /// Where this scanner's time goes, by stage and by rule, when set (`redact rules cost`);
    /// nil (the default) costs one test per text and per pattern search.
    var profile: ScanProfile?

    init(rules: CompiledRuleSet) {
        self.rules = rules
        if let ruleIndices = rules.nameRuleIndices {
            names = NameDetector(rules: rules.nameRules, personRule: ruleIndices.person, locationRule: ruleIndices.location,
                                 organizationRule: ruleIndices.organization, addressRule: ruleIndices.address)
        } else {
            names = nil
        }
        matchers = Array(repeating: nil, count: rules.rules.count)
        matcherScans = Array(repeating: -1, count: rules.rules.count)
        dropMatchers = Array(repeating: nil, count: rules.rules.count)
        dropMatcherScans = Array(repeating: -1, count: rules.rules.count)
        triggerPositions = Array(repeating: [], count: rules.triggerSetCount)
        triggerPositionsFound = Array(repeating: false, count: rules.triggerSetCount)
        nearStarts = Array(repeating: [], count: rules.nearStrings.count)
    }

    /// The candidate spans in `bytes` (UTF-8), unresolved, in no particular order.
    /// - Throws: `InvalidUTF8` at the first malformed byte, before any rule has run.
    /// With `namesOnly`, only name detection runs (the first reading of a document read twice,
    /// which only learns its names).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, namesOnly: Bool = false) throws(InvalidUTF8) -> [Candidate] {
        var lap = profile?.start(bytes: bytes.count)
        try text.load(bytes)
        profile?.lap(.load, &lap)
        scanNumber &+= 1
        var candidates: [Candidate] = []
        for i in triggerPositionsFound.indices { triggerPositionsFound[i] = false }
        nearStartsFound = false
        text.units.withUnsafeBufferPointer { units in
            if !namesOnly {
                // One pass finds the trigger characters of every set; a group none of whose
                // characters the text holds opens no window, and is not even copied (most
                // lines of a transcript hold no digit, `@` or `/`).
                findAllTriggerPositions(units)
                for g in rules.triggerGroups.indices {
                    let set = rules.triggerGroups[g].characterSet
                    if set < 64 && triggerPositions[set].isEmpty { continue }
                    let group = rules.triggerGroups[g]
                    findWindows(units, group: group)
                    profile?.lap(.windows, &lap)
                    for ruleIndex in group.rules {
                        for window in windows { runPattern(ruleIndex, in: window, units: units, into: &candidates) }
                    }
                    profile?.lap(.patterns, &lap)
                }
                profile?.lap(.windows, &lap)
                for ruleIndex in rules.untriggered {
                    runPattern(ruleIndex, in: 0..<units.count, units: units, into: &candidates)
                }
                profile?.lap(.patterns, &lap)
            }
            if (!rules.words.isEmpty && !namesOnly) || names != nil {
                segmenter.segment(units, into: &tokens)
                Self.joinZeroWidthSplits(&tokens, units: units)
            }
            profile?.lap(.segmentation, &lap)
            if !rules.words.isEmpty && !namesOnly {
                lookUpWords(units, into: &candidates)
            }
            profile?.lap(.words, &lap)
            mentions.removeAll(keepingCapacity: true)
            nameTokens.removeAll(keepingCapacity: true)
            nameCandidatesStart = candidates.count
            if let names {
                finds.removeAll(keepingCapacity: true)
                foundNameTokens.removeAll(keepingCapacity: true)
                names.detect(units, tokens: tokens, finds: &finds, nameTokens: &foundNameTokens)
                for find in finds {
                    let start = text.utf8Offset(find.start), end = text.utf8Offset(find.end)
                    var candidate = Candidate(start: start, end: end, rule: find.rule, validated: false,
                                              priority: rules.rules[find.rule].spec.priority,
                                              evidence: find.modelMargin > 0 ? .model : .names, modelMargin: find.modelMargin)
                    switch find.kindSupport {
                    case .rules: break
                    case .agreed: candidate.kindSupport = 1
                    case .confirmed: candidate.kindSupport = 2
                    case .disputed(let kind):
                        candidate.kindSupport = -1
                        candidate.alternativeRule = names.rule(for: kind)
                    case .unsupported: candidate.kindSupport = -1
                    }
                    candidates.append(candidate)
                    mentions.append(NameMention(start: start, end: end, rule: find.rule, keys: find.keys))
                }
                for token in foundNameTokens {
                    nameTokens.append(NameMention(start: text.utf8Offset(token.start), end: text.utf8Offset(token.end),
                                                  rule: -1, keys: token.keys))
                }
                profile?.lap(.names, &lap)
            }
        }
        return candidates
    }

    /// Joins words that only zero-width characters split (`Elç\u{200B}in`): ICU breaks words at
    /// a zero-width space, but a name disguised by one is still one word, and is replaced whole.
    static func joinZeroWidthSplits(_ tokens: inout [WordToken], units: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 1 else { return }
        var out = 0
        for t in 1..<tokens.count {
            let gap = units[Int(tokens[out].end)..<Int(tokens[t].start)]
            if !gap.isEmpty, gap.allSatisfy({ $0 == 0x200B || $0 == 0x200C || $0 == 0x200D || $0 == 0x2060 || $0 == 0xFEFF || $0 == 0xAD }),
               !tokens[out].isNumber, !tokens[t].isNumber {
                tokens[out].end = tokens[t].end
            } else {
                out += 1
                tokens[out] = tokens[t]
            }
        }
        tokens.removeSubrange((out + 1)...)
    }

    /// Merged windows of ±`reach` units around every trigger character that starts a run of
    /// at least `minTriggers` of them within `reach` units and, for a group with a `near`
    /// list, has one of its strings starting within `reach` units.
    ///
    /// Sound because a match of a group's rules is at most `reach` long and holds at least
    /// `minTriggers` trigger characters: all of them lie within `reach` of its first one, so
    /// that one opens a window, and the window covers the whole match. A `near` string starts
    /// within `reach` of the match's start or end by the rule's contract, so within `reach` of
    /// that first trigger character too.
    ///
    /// For an ``CompiledRuleSet/TriggerGroup/unbroken`` group the window is also cut to the run
    /// between spaces (space, tab, line feed, form feed, carriage return) that holds the
    /// trigger, and the `minTriggers` must lie in that run: a match holds none of those
    /// characters, so it lies in the run of each of its triggers. ICU's `\s` holds all five, so
    /// a pattern that stops at `\s` is unbroken.
    private func findWindows(_ units: UnsafeBufferPointer<UInt16>, group: CompiledRuleSet.TriggerGroup) {
        let n = units.count
        let set = group.characterSet
        if !triggerPositionsFound[set] && set < 64 {
            findAllTriggerPositions(units)
        }
        if !triggerPositionsFound[set] {
            var found: [Int32] = []
            swap(&found, &triggerPositions[set])
            found.removeAll(keepingCapacity: true)
            group.characters.withUnsafeBufferPointer { flags in
                for i in 0..<n {
                    let u = units[i]
                    if u < 128 && flags[Int(u)] { found.append(Int32(i)) }
                }
            }
            triggerPositions[set] = found
            triggerPositionsFound[set] = true
        }
        var near: [Int32] = []
        if let nearSet = group.nearSet, !triggerPositions[set].isEmpty {
            if !nearStartsFound {
                rules.nearStrings.find(in: units, scratch: &nearScratch, into: &nearStarts)
                nearStartsFound = true
            }
            near = nearStarts[nearSet]
        }
        // Built in a local array and stored once: the class property would pay an exclusivity
        // check on every access in this loop.
        var windows: [Range<Int>] = []
        swap(&windows, &self.windows)
        windows.removeAll(keepingCapacity: true)
        defer { self.windows = windows }
        if group.nearSet != nil && near.isEmpty { return }
        let reach = group.reach
        let need = group.minTriggers
        let unbroken = group.unbroken
        // For an unbroken group: the run of the last trigger, between spaces (each run is
        // walked once, however many triggers it holds).
        var runStart = 0, runEnd = -1
        @inline(__always) func isBreak(_ u: UInt16) -> Bool { u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0C || u == 0x0D }
        triggerPositions[set].withUnsafeBufferPointer { positions in
            near.withUnsafeBufferPointer { near in
                let count = positions.count
                var nextNear = 0  // first near string not before the current trigger's reach
                var a = 0
                while a < count {
                    let index = a
                    let p = Int(positions[index])
                    a += 1
                    if !near.isEmpty {
                        while nextNear < near.count && Int(near[nextNear]) < p - reach { nextNear += 1 }
                        guard nextNear < near.count else { break }
                        let next = Int(near[nextNear])
                        if next > p + reach {
                            // No near string within reach: skip to the first trigger that has
                            // this one within reach (near strings are few, triggers many).
                            var low = a, high = count
                            while low < high {
                                let mid = (low + high) / 2
                                if Int(positions[mid]) < next - reach { low = mid + 1 } else { high = mid }
                            }
                            a = low
                            continue
                        }
                    }
                    var lower = max(0, p - reach)
                    var upper = min(n, p + reach + 1)
                    if unbroken {
                        if p >= runEnd {
                            runStart = p
                            while runStart > 0 && !isBreak(units[runStart - 1]) { runStart -= 1 }
                            runEnd = p + 1
                            while runEnd < n && !isBreak(units[runEnd]) { runEnd += 1 }
                        }
                        lower = max(lower, runStart)
                        upper = min(upper, runEnd)
                    }
                    // `need` triggers in [p, p + reach) (and in p's run): the need-th from this one lies there.
                    guard index + need - 1 < count, Int(positions[index + need - 1]) < min(p + reach, upper) else { continue }
                    if let previous = windows.last, previous.upperBound >= lower {
                        windows[windows.count - 1] = previous.lowerBound..<max(previous.upperBound, upper)
                    } else {
                        windows.append(lower..<upper)
                    }
                }
            }
        }
    }

    /// The positions of the characters of every trigger set (the first 64) in one pass.
    private func findAllTriggerPositions(_ units: UnsafeBufferPointer<UInt16>) {
        var found: [[Int32]] = []
        swap(&found, &triggerPositions)
        for set in found.indices where set < 64 { found[set].removeAll(keepingCapacity: true) }
        rules.triggerSetMasks.withUnsafeBufferPointer { masks in
            for i in 0..<units.count {
                let u = units[i]
                guard u < 128 else { continue }
                var mask = masks[Int(u)]
                while mask != 0 {
                    found[mask.trailingZeroBitCount].append(Int32(i))
                    mask &= mask - 1
                }
            }
        }
        swap(&found, &triggerPositions)
        for set in triggerPositionsFound.indices where set < 64 { triggerPositionsFound[set] = true }
    }

    /// Rule `index`'s matcher, pointed at `units` (the text of this scan); nil for a rule
    /// without a pattern.
    private func matcher(_ index: Int, units: UnsafeBufferPointer<UInt16>) -> RegexMatcher? {
        Self.pointed(&matchers, &matcherScans, index, prototype: rules.rules[index].regex, units: units, scan: scanNumber)
    }

    /// Rule `index`'s ``RuleSpec/dropIf`` matcher, pointed at `units`; nil for a rule without one.
    private func dropMatcher(_ index: Int, units: UnsafeBufferPointer<UInt16>) -> RegexMatcher? {
        Self.pointed(&dropMatchers, &dropMatcherScans, index, prototype: rules.rules[index].dropIf, units: units, scan: scanNumber)
    }

    /// The matcher `made[index]` of `prototype`, made when first needed and pointed at `units`
    /// once per scan (`scans` records the scan it was last pointed in); nil without a prototype.
    private static func pointed(_ made: inout [RegexMatcher?], _ scans: inout [Int], _ index: Int, prototype: RegexPrototype?,
                                units: UnsafeBufferPointer<UInt16>, scan: Int) -> RegexMatcher? {
        let matcher: RegexMatcher
        if let existing = made[index] {
            matcher = existing
        } else {
            guard let prototype else { return nil }
            matcher = prototype.makeMatcher()
            made[index] = matcher
        }
        if scans[index] != scan {
            matcher.setText(units)
            scans[index] = scan
        }
        return matcher
    }

    private func runPattern(_ ruleIndex: Int, in region: Range<Int>, units: UnsafeBufferPointer<UInt16>,
                            into candidates: inout [Candidate]) {
        let rule = rules.rules[ruleIndex]
        let found = candidates.count
        let set = profile?.now()
        guard let matcher = matcher(ruleIndex, units: units) else { return }
        let dropMatcher = dropMatcher(ruleIndex, units: units)
        if let set { profile?.ruleSetUp(ruleIndex, since: set) }
        let started = profile?.now()
        // Windows overlap in what they can see; a match is counted by the window it starts in.
        let complete: Bool
        if let dropMatcher {
            let gate = rules.dropGates[ruleIndex]
            complete = matcher.forEachMatch(in: region, group: rule.spec.group, dropping: { start, end in
                if let gate, !gate.opens(before: start, in: units) { return false }
                // A check that could not finish (step limit) keeps its match: a span too many, never one too few.
                return dropMatcher.holds(at: start, end: end) ?? false
            }) { start, end in
                if let candidate = accept(rule, start: start, end: end, units: units) { candidates.append(candidate) }
            }
        } else {
            complete = matcher.forEachMatch(in: region, group: rule.spec.group) { start, end in
                if let candidate = accept(rule, start: start, end: end, units: units) { candidates.append(candidate) }
            }
        }
        if !complete { candidates.append(exhausted(rule, region)) }
        if let started { profile?.ruleRan(ruleIndex, since: started, units: region.count, found: candidates.count - found) }
    }

    /// Fail closed when a rule's search hit its step limit: what it was searching may hold a
    /// match that was never found, so the whole region is replaced, and the session counts
    /// the rule (``RedactionSession/exhaustedRules``) so the caller can name it.
    private func exhausted(_ rule: CompiledRule, _ region: Range<Int>) -> Candidate {
        Candidate(start: text.utf8Offset(region.lowerBound), end: text.utf8Offset(region.upperBound), rule: rule.index,
                  validated: true, priority: Int.max / 2, mustCover: true, exhausted: true)
    }

    /// The candidate for a match at UTF-16 `start..<end`, if it passes the rule's validator.
    private func accept(_ rule: CompiledRule, start: Int, end: Int, units: UnsafeBufferPointer<UInt16>) -> Candidate? {
        if let validator = rule.validator {
            let value = String(decoding: UnsafeBufferPointer(rebasing: units[start..<end]), as: UTF16.self)
            guard validator.accepts(value[...]) else { return nil }
        }
        // The identifier material a pattern took stays covered, even where a stronger
        // overlapping span wins part of it: `+994 50 123 45 67elcin@…` loses its `67` to the
        // e-mail, and the rest of the phone must not show.
        return Candidate(start: text.utf8Offset(start), end: text.utf8Offset(end), rule: rule.index,
                         validated: rule.validator != nil, priority: rule.spec.priority, mustCover: true,
                         remainderNeedsDigit: true, evidence: rule.validator != nil ? .validated : .pattern)
    }

    private func lookUpWords(_ units: UnsafeBufferPointer<UInt16>, into candidates: inout [Candidate]) {
        let table = rules.words
        for t in tokens.indices {
            let token = tokens[t]
            if token.isNumber { continue }
            key.removeAll(keepingCapacity: true)
            MatchKey.append(key: UnsafeBufferPointer(rebasing: units[Int(token.start)..<Int(token.end)]), to: &key)
            key.withUnsafeBufferPointer { key in
                table.forEachEntry(startingWith: key) { entry, firstKeyLength in
                    guard let last = phraseEnd(from: t, following: entry.following, lastIsPrefix: entry.lastIsPrefix, units: units)
                    else { return }
                    let rule = rules.rules[Int(entry.rule)]
                    let start = Int(token.start)
                    var end = Int(tokens[last].end)
                    switch rule.spec.kind {
                    case .wordlist:
                        // Turkish writes a proper name's suffix after an apostrophe: a word that
                        // goes on past its entry's prefix with one (`Sayıştay'ın` of `Sayıştay*`)
                        // ends before it, as the name detector's names do, so its stand-in is the
                        // name's and the suffix is fitted to it.
                        let lastKeyLength = entry.following.last?.count ?? firstKeyLength
                        let lastStart = Int(tokens[last].start)
                        if let apostrophe = (lastStart..<end).first(where: { units[$0] == 0x27 || units[$0] == 0x2019 }),
                           apostrophe - lastStart >= lastKeyLength {
                            end = apostrophe
                        }
                        // A phrase with a bracket inside takes its closing one (`First-tier
                        // Tribunal (Immigration and Asylum Chamber)`): the keys hold words only.
                        if end < units.count, units[end] == 0x29, let open = (start..<end).last(where: { units[$0] == 0x28 }),
                           !(open..<end).contains(where: { units[$0] == 0x29 }) {
                            end += 1
                        }
                        candidates.append(Candidate(start: text.utf8Offset(start), end: text.utf8Offset(end), rule: rule.index,
                                                    validated: false, priority: rule.spec.priority, mustCover: rule.mustCover,
                                                    evidence: .list))
                    case .cue:
                        findCueTarget(rule, cueStart: start, after: end, units: units, into: &candidates)
                    case .pattern:
                        break
                    }
                }
            }
        }
    }

    /// The index of the last token of a phrase that starts at token `first`, or nil when the
    /// words after it are not `following` (the last one only starting with its key when
    /// `lastIsPrefix`).
    private func phraseEnd(from first: Int, following: [[UInt16]], lastIsPrefix: Bool, units: UnsafeBufferPointer<UInt16>) -> Int? {
        var t = first
        for (i, expected) in following.enumerated() {
            t += 1
            guard t < tokens.count else { return nil }
            // Phrase words must be adjacent: only spaces and punctuation between them, no line break.
            let gap = units[Int(tokens[t - 1].end)..<Int(tokens[t].start)]
            if gap.count > 3 || gap.contains(10) || gap.contains(13) { return nil }
            nextKey.removeAll(keepingCapacity: true)
            MatchKey.append(key: UnsafeBufferPointer(rebasing: units[Int(tokens[t].start)..<Int(tokens[t].end)]), to: &nextKey)
            if lastIsPrefix && i == following.count - 1 {
                if !nextKey.starts(with: expected) { return nil }
            } else if nextKey != expected {
                return nil
            }
        }
        return t
    }

    /// Runs a cue rule's target pattern right after its cue: the first match starting at most
    /// `window` units after the cue and before the end of the line. With `cue_in_span` the
    /// span runs from the cue's start to the target's end.
    private func findCueTarget(_ rule: CompiledRule, cueStart: Int, after cueEnd: Int, units: UnsafeBufferPointer<UInt16>,
                               into candidates: inout [Candidate]) {
        let set = profile?.now()
        guard let matcher = matcher(rule.index, units: units) else { return }
        if let set { profile?.ruleSetUp(rule.index, since: set) }
        let started = profile?.now()
        var lineEnd = cueEnd
        let limit = min(units.count, cueEnd + rule.spec.window + rule.spec.maxLength)
        while lineEnd < limit && units[lineEnd] != 10 { lineEnd += 1 }
        var found: Candidate?
        // Matches come in order of their start: past the window, none can count.
        let complete = matcher.forEachMatchWhile(in: cueEnd..<lineEnd, group: rule.spec.group) { start, end in
            guard start - cueEnd <= rule.spec.window else { return false }
            found = accept(rule, start: rule.spec.cueInSpan ? cueStart : start, end: end, units: units)
            return found == nil
        }
        if !complete && found == nil { found = exhausted(rule, cueEnd..<lineEnd) }
        if var found {
            if found.evidence != .validated { found.evidence = .cue }
            candidates.append(found)
        }
        if let started { profile?.ruleRan(rule.index, since: started, units: lineEnd - cueEnd, found: found == nil ? 0 : 1) }
    }
}
