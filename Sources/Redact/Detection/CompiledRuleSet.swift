import RedactRules

/// A rule ready to run: its pattern compiled, its validator and stand-in resolved.
struct CompiledRule: Sendable {
    let index: Int
    let spec: RuleSpec
    let regex: RegexPrototype?
    /// The rule's ``RuleSpec/dropIf`` pattern, compiled as `regex` is.
    var dropIf: RegexPrototype? = nil
    let validator: Validator?
    let standIn: StandInKind

    /// Whether every character of this rule's finds must be replaced (the protected names).
    var mustCover: Bool { spec.id == RedactionConfiguration.protectedNamesRuleID }

    var id: String { spec.id }
    var label: String { spec.label }
}

/// A rule set compiled for the engine: every pattern compiled once, word lists keyed, pattern
/// rules grouped by the characters that trigger them.
///
/// Immutable and shared between threads; each `Scanner` makes its own matchers from it.
final class CompiledRuleSet: Sendable {
    let spec: RuleSetSpec
    let rules: [CompiledRule]
    /// Pattern rules that share a trigger set run over the same windows.
    let triggerGroups: [TriggerGroup]
    /// The distinct trigger character sets of `triggerGroups`.
    let triggerSetCount: Int
    /// For each ASCII character, one bit per trigger character set that holds it (sets 0-63),
    /// so that one pass over a text finds the characters of every set.
    let triggerSetMasks: [UInt64]
    /// The distinct `near` lists of `triggerGroups`, found in a text by one pass for all.
    let nearStrings: NearStrings
    /// Per rule, where its ``RuleSpec/dropIf`` pattern can hold (``RuleSpec/dropIfAfter``);
    /// nil where it is tried at every match.
    let dropGates: [DropGate?]
    /// Pattern rules without a trigger: they scan the whole text.
    let untriggered: [Int]
    let words: WordTable
    /// The month-name lists the date stand-in reads (`months.*` lists of 12), by name.
    let monthLists: [String: [String]]
    /// The weekday lists the date stand-in moves with a date (`weekdays.*` lists of 7), by name.
    let weekdayLists: [String: [String]]
    /// The ordinal day words the date stand-in reads and writes (`days.*` lists of 31), by name.
    let dayLists: [String: [String]]
    /// The number words the money and time stand-ins write (`money.numbers.*`, `time.hours.*`).
    let numberWords: NumberWords
    /// The lists that steer name detection (`names.*`, `places.*`, `org.*`, `address.*`).
    let nameRules: NameRules
    /// The rules that name detection reports under, when the set enables it.
    let nameRuleIndices: (person: Int, location: Int, organization: Int, address: Int)?

    /// The ids of the rules name detection reports under (not written in any rule file).
    static let nameRuleIDs = (person: "names.person", location: "names.location", organization: "names.organization",
                              address: "names.address")

    /// The built-in rules' patterns, with their group and case flag: these compile (a test
    /// compiles them all), so their compiling can wait until a text needs them.
    static let builtInPatterns: Set<String> = Set(DefaultRules.spec.rules.compactMap { rule in
        rule.pattern == nil ? nil : patternKey(rule)
    })

    static func patternKey(_ rule: RuleSpec) -> String {
        "\(rule.caseInsensitive ? 1 : 0) \(rule.group) " + (rule.pattern ?? "") + (rule.dropIf.map { "\u{0}" + $0 } ?? "")
    }

    /// Pattern rules that run over the same windows: same trigger characters, same least
    /// number of them, same longest match.
    struct TriggerGroup: Sendable {
        /// 128 flags, one per ASCII character.
        let characters: [Bool]
        /// Index of this group's character set among `triggerSets`: groups that share one
        /// share the scan that finds the characters.
        let characterSet: Int
        /// Window half-width: the longest match of the group's rules.
        let reach: Int
        /// The least number of trigger characters a match of the group's rules contains.
        let minTriggers: Int
        /// Index of the group's `near` list in `nearStrings`, or nil when windows open at any
        /// trigger.
        let nearSet: Int?
        /// The group's matches hold no ASCII space (``RuleSpec/unbroken``): windows stop at one.
        let unbroken: Bool
        let rules: [Int]
    }

    /// Compiles `spec`. Patterns of the built-in rules are compiled when a text first needs
    /// them (``RegexPrototype``); every other pattern now, so that its mistakes are reported
    /// here. With `compileEagerly`, every pattern is compiled now (the test that keeps the
    /// built-in patterns known to compile).
    init(spec: RuleSetSpec, compileEagerly: Bool = false) throws(RuleFileError) {
        self.spec = spec
        var rules: [CompiledRule] = []
        var words = WordTable()
        let segmenter = WordSegmenter()
        for (index, rule) in spec.rules.enumerated() {
            func fail(_ code: RuleFileError.Code, _ message: String) -> RuleFileError {
                RuleFileError(code, file: rule.location.file, line: rule.location.line, ruleID: rule.id, message)
            }
            // A built-in rule's patterns are known to compile with any lists (list words enter a
            // pattern escaped, as literal alternatives of a group that captures nothing): their
            // compiling waits for a text that needs them.
            let deferred = !compileEagerly && Self.builtInPatterns.contains(Self.patternKey(rule))
            func prototype(_ pattern: String, named name: String) throws(RuleFileError) -> RegexPrototype {
                if deferred {
                    return RegexPrototype(deferred: {
                        let expanded = spec.expandPattern(pattern)
                        return (CaselessClasses.rewrite(expanded), expanded)
                    }, caseInsensitive: rule.caseInsensitive)
                }
                let expanded = spec.expandPattern(pattern)
                do {
                    // Caseless classes are kept out of ICU's case closure (start-up cost, see
                    // CaselessClasses). A pattern that fails is compiled again as written, so
                    // the error's line and offset point into the rule file's text.
                    return try RegexPrototype(pattern: CaselessClasses.rewrite(expanded), caseInsensitive: rule.caseInsensitive)
                } catch {
                    var reported = error
                    do { _ = try RegexPrototype(pattern: expanded, caseInsensitive: rule.caseInsensitive) } catch { reported = error }
                    throw fail(.invalidPattern, "the \(name) does not compile (\(reported.name) near line \(reported.line), offset \(reported.offset) of the pattern)")
                }
            }
            let regex = try rule.pattern.map { (pattern) throws(RuleFileError) in try prototype(pattern, named: "pattern") }
            if !deferred, let regex, rule.group > regex.groupCount {
                throw fail(.invalidPattern, "'group: \(rule.group)' but the pattern has \(regex.groupCount) capture groups")
            }
            let dropIf = try rule.dropIf.map { (pattern) throws(RuleFileError) in try prototype(pattern, named: "drop_if pattern") }
            var validator: Validator?
            if let name = rule.validator {
                guard let v = Validator(ruleName: name) else {
                    throw fail(.invalidValidator, "unknown validator '\(name)'; known: luhn, iban, tckn, inn, snils, ipv4, ipv6, time, coordinates, postcode, ssn, nino, bsn, aba, icao, phone, phone:<REGIONS>")
                }
                validator = v
            }
            let standIn: StandInKind
            if let name = rule.pseudonym {
                guard let kind = StandInKind(rawValue: name) else {
                    throw fail(.schema, "unknown pseudonym '\(name)'; known: \(StandInKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                standIn = kind
            } else {
                standIn = StandInKind.default(label: rule.label, validator: validator)
            }
            if rule.kind == .wordlist || rule.kind == .cue {
                for word in spec.expandWords(rule.words) {
                    let isPrefix = word.hasSuffix("*")
                    let text = isPrefix ? String(word.dropLast()) : word
                    words.add(keys: Self.wordKeys(text, segmenter: segmenter), isPrefix: isPrefix, rule: index)
                }
            }
            rules.append(CompiledRule(index: index, spec: rule, regex: regex, dropIf: dropIf, validator: validator, standIn: standIn))
        }
        nameRules = NameRules(lists: spec.lists, allow: [])
        if nameRules.isEnabled {
            // Organizations and addresses are the more specific reading of the words they cover.
            func add(_ id: String, _ label: String, _ standIn: StandInKind, priority: Int = 40) -> Int {
                let rule = RuleSpec(id: id, label: label, languages: ["*"], kind: .wordlist, priority: priority,
                                    location: RuleLocation(file: "<names>", line: 0))
                rules.append(CompiledRule(index: rules.count, spec: rule, regex: nil, validator: nil, standIn: standIn))
                return rules.count - 1
            }
            let ids = Self.nameRuleIDs
            nameRuleIndices = (add(ids.person, "PERSON", .person), add(ids.location, "LOCATION", .place),
                               add(ids.organization, "ORGANIZATION", .organization, priority: 45),
                               add(ids.address, "ADDRESS", .address, priority: 45))
        } else {
            nameRuleIndices = nil
        }
        self.rules = rules
        self.words = words

        struct GroupKey: Hashable, Comparable {
            var characters: String
            var minTriggers: Int
            var reach: Int
            /// The rule's `near` strings, sorted, each followed by U+0000: rules of one group
            /// share one window list, so they share the test too.
            var near: String
            /// Whether the `near` strings are compared without case (a case-insensitive rule).
            var nearCaseless: Bool
            var unbroken: Bool
            static func < (a: GroupKey, b: GroupKey) -> Bool {
                (a.characters, a.minTriggers, a.reach, a.near, a.nearCaseless ? 1 : 0, a.unbroken ? 1 : 0)
                    < (b.characters, b.minTriggers, b.reach, b.near, b.nearCaseless ? 1 : 0, b.unbroken ? 1 : 0)
            }
        }
        var groups: [GroupKey: [Int]] = [:]
        var untriggered: [Int] = []
        for rule in rules where rule.spec.kind == .pattern {
            if let trigger = rule.spec.trigger {
                let key = GroupKey(characters: String(Set(trigger).sorted()), minTriggers: rule.spec.minTriggers,
                                   reach: rule.spec.maxLength, near: Set(spec.expandWords(rule.spec.near)).sorted().map { $0 + "\u{0}" }.joined(),
                                   nearCaseless: rule.spec.caseInsensitive && !rule.spec.near.isEmpty, unbroken: rule.spec.unbroken)
                groups[key, default: []].append(rule.index)
            } else {
                untriggered.append(rule.index)
            }
        }
        var setIndex: [String: Int] = [:]
        var nearIndex: [String: Int] = [:]
        var nearLists: [(strings: [String], caseless: Bool)] = []
        triggerGroups = groups.keys.sorted().map { key in
            var flags = [Bool](repeating: false, count: 128)
            for scalar in key.characters.unicodeScalars where scalar.value < 128 { flags[Int(scalar.value)] = true }
            let index = setIndex[key.characters] ?? setIndex.count
            setIndex[key.characters] = index
            var nearSet: Int?
            if !key.near.isEmpty {
                let listKey = (key.nearCaseless ? "i" : "x") + key.near
                nearSet = nearIndex[listKey] ?? nearLists.count
                if nearSet == nearLists.count {
                    nearIndex[listKey] = nearSet
                    nearLists.append((key.near.split(separator: "\u{0}").map(String.init), key.nearCaseless))
                }
            }
            return TriggerGroup(characters: flags, characterSet: index, reach: key.reach, minTriggers: key.minTriggers,
                                nearSet: nearSet, unbroken: key.unbroken, rules: groups[key]!)
        }
        triggerSetCount = setIndex.count
        var masks = [UInt64](repeating: 0, count: 128)
        for group in triggerGroups where group.characterSet < 64 {
            for c in 0..<128 where group.characters[c] { masks[c] |= 1 << UInt64(group.characterSet) }
        }
        triggerSetMasks = masks
        dropGates = rules.map { rule in
            rule.dropIf == nil || rule.spec.dropIfAfter.isEmpty ? nil : DropGate(strings: spec.expandWords(rule.spec.dropIfAfter))
        }
        nearStrings = NearStrings(lists: nearLists)
        self.untriggered = untriggered
        monthLists = spec.lists.filter { $0.key.hasPrefix("months.") && $0.value.count == 12 }
        weekdayLists = spec.lists.filter { $0.key.hasPrefix("weekdays.") && $0.value.count == 7 }
        dayLists = spec.lists.filter { $0.key.hasPrefix("days.") && $0.value.count == 31 }
        numberWords = NumberWords(lists: spec.lists)
    }

    /// The matching keys of the words of `text`, segmented as the scanner segments input.
    static func wordKeys(_ text: String, segmenter: WordSegmenter) -> [[UInt16]] {
        let units = Array(text.utf16)
        var tokens: [WordToken] = []
        return units.withUnsafeBufferPointer { buffer in
            segmenter.segment(buffer, into: &tokens)
            return tokens.map { token in
                var key: [UInt16] = []
                MatchKey.append(key: UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.end)]), to: &key)
                return key
            }
        }
    }
}
