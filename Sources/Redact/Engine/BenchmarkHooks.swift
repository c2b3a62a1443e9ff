import RedactRules

/// Entry points into the engine's internal hot paths, for the micro-benchmarks in
/// `Benchmarks/Micro` only (`@_spi(Benchmarks) import Redact`).
///
/// Each hook wraps an internal type and calls exactly what the engine calls on its hot path; none
/// changes what the engine does. A hook does its setup in `init` (and in `reset()` where it has
/// one), so a benchmark can keep that out of what it measures, and its `run()` returns a count
/// that depends on the work done, for the benchmark to pass to `blackHole`. Not API: these may
/// change with the internals they wrap.
@_spi(Benchmarks)
public enum BenchmarkHooks {
    /// Word segmentation of a fixed text, as the scanner runs it on every text
    /// (`WordSegmenter.segment(_:into:)`, the fast path with ICU behind it), or by ICU's break
    /// iterator alone (`WordSegmenter.segmentWithICU(_:into:)`), the reference the fast path is
    /// measured against on the same units: one segmenter, token buffer reused from run to run.
    public final class Segmentation {
        private let segmenter = WordSegmenter()
        private let units: [UInt16]
        private let icuOnly: Bool
        private var tokens: [WordToken] = []

        /// A segmenter for `text` (held as UTF-16, the form the scanner segments); with
        /// `icuOnly`, ICU segments every text.
        public init(text: String, icuOnly: Bool = false) {
            units = Array(text.utf16)
            self.icuOnly = icuOnly
        }

        /// The length of the text in UTF-16 units.
        public var utf16Count: Int { units.count }

        /// Segments the whole text once; returns the number of word-like tokens found.
        public func run() -> Int {
            units.withUnsafeBufferPointer {
                if icuOnly { segmenter.segmentWithICU($0, into: &tokens) } else { segmenter.segment($0, into: &tokens) }
            }
            return tokens.count
        }
    }

    /// Word-list lookups of fixed words in an engine's word table, as the scanner does for each
    /// token of a text: the word's matching key (`MatchKey.append(key:to:)`, ICU case folding for
    /// non-ASCII words) into a reused buffer, then `WordTable.forEachEntry(startingWith:_:)`
    /// (exact key and every prefix length of the `word*` entries).
    public final class WordListLookup {
        private let table: WordTable
        private let words: [[UInt16]]
        private var key: [UInt16] = []

        /// Lookups of `words` (each one word as a segmenter would cut it) in `engine`'s table of
        /// `wordlist` and `cue` rule words.
        public init(engine: RedactionEngine, words: [String]) {
            table = engine.compiled.words
            self.words = words.map { Array($0.utf16) }
        }

        /// Looks up every word once; returns the number of table entries the words start
        /// (a phrase entry counts when its first word matches, before its other words are checked).
        public func run() -> Int {
            var found = 0
            for word in words {
                key.removeAll(keepingCapacity: true)
                word.withUnsafeBufferPointer { MatchKey.append(key: $0, to: &key) }
                key.withUnsafeBufferPointer { key in
                    table.forEachEntry(startingWith: key) { _, _ in found += 1 }
                }
            }
            return found
        }
    }

    /// Lexicon lookups of fixed words, as name detection makes them for each capitalized word
    /// (`WordAnalysis.analyze`): the common-word flags by folded key (`Lexicon.word(fold:)`) and
    /// the name and place entry by phonetic key (`Lexicon.name(phonetic:)`), both binary searches
    /// of the word lists compiled into the binary, keys made by `NameKey`.
    public struct LexiconLookup {
        private let words: [String]

        /// Lookups of `words` (each one word).
        public init(words: [String]) {
            self.words = words
        }

        /// Looks up every word once in both lists; returns the number of words found as a common
        /// word plus the number found as a name or place.
        public func run() -> Int {
            var found = 0
            for word in words {
                if Lexicon.word(fold: NameKey.fold(word)).isCommon { found += 1 }
                if Lexicon.name(phonetic: NameKey.phonetic(word)) != nil { found += 1 }
            }
            return found
        }
    }

    /// A candidate span for ``Resolution``: what a rule proposes before overlaps are resolved
    /// (the fields of the engine's internal `Candidate`).
    public struct CandidateSpan: Sendable, Hashable {
        /// UTF-8 byte offsets into the text.
        public var start: Int
        public var end: Int
        /// Index of the rule; only compared, as the tie-break of last resort.
        public var rule: Int
        /// The rule's validator accepted the text.
        public var validated: Bool
        public var priority: Int
        /// Every character must end up replaced (protected names).
        public var mustCover: Bool

        /// A candidate from its parts.
        public init(start: Int, end: Int, rule: Int, validated: Bool = false, priority: Int = 0, mustCover: Bool = false) {
            self.start = start
            self.end = end
            self.rule = rule
            self.validated = validated
            self.priority = priority
            self.mustCover = mustCover
        }

        var candidate: Candidate {
            Candidate(start: start, end: end, rule: rule, validated: validated, priority: priority, mustCover: mustCover)
        }
    }

    /// Overlap resolution of a fixed candidate list (`Resolver.resolve(_:in:)`): cut at line
    /// breaks, ranked, the winners kept sorted by start, protected names' uncovered rest added.
    public struct Resolution {
        private let candidates: [Candidate]
        private let bytes: [UInt8]

        /// Resolution of `candidates`, whose offsets are UTF-8 offsets into `text`.
        /// - Precondition: every candidate has `0 <= start <= end <= text.utf8.count`.
        public init(text: String, candidates: [CandidateSpan]) {
            let bytes = Array(text.utf8)
            precondition(candidates.allSatisfy { 0 <= $0.start && $0.start <= $0.end && $0.end <= bytes.count },
                         "candidate outside the text")
            self.bytes = bytes
            self.candidates = candidates.map(\.candidate)
        }

        /// Resolves the list once; returns the number of winning spans.
        public func run() -> Int {
            bytes.withUnsafeBufferPointer { Resolver.resolve(candidates, in: $0).count }
        }
    }

    /// Output writing for a fixed text whose spans are already detected: the second half of
    /// `RedactionSession.redact`, `RedactionSession.apply` (linking later mentions of known
    /// names, each stand-in made by the pseudonymizer, case suffixes refitted, text between
    /// spans copied, spans collected with offsets in three units).
    public final class Output {
        private let session: RedactionSession
        private let bytes: [UInt8]
        private let detected: DetectedText
        private var output: [UInt8] = []
        private var spans: [DetectedSpan] = []

        /// Detects `text` once in a new session of `engine` and makes the session ready to write it.
        public init(engine: RedactionEngine, text: String) {
            let session = engine.makeSession()
            let bytes = Array(text.utf8)
            // A Swift String is always valid UTF-8: detection cannot throw.
            detected = bytes.withUnsafeBufferPointer { pointer in
                (try? RedactionSession.detect(pointer, base: 0, scanner: session.scannerForChecks))
                    ?? DetectedText(winners: [], mentions: [], nameTokens: [])
            }
            self.session = session
            self.bytes = bytes
            reset()
        }

        /// The number of resolved spans detection found, before linking adds later mentions.
        public var detectedSpanCount: Int { detected.winners.count }

        /// Puts the session back where `redact` has it before writing: a new document (no names
        /// known, no stand-ins cached, tags from 1) whose names have been learned by a first
        /// reading. Not part of output writing; call it before each measured `run()`.
        public func reset() {
            session.startDocument()
            bytes.withUnsafeBufferPointer { pointer in
                try? session.learn(pointer)
            }
            output.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
        }

        /// Writes the redacted text once (into buffers kept from the last run); returns the
        /// number of output bytes plus the number of replaced spans.
        public func run() -> Int {
            output.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
            bytes.withUnsafeBufferPointer { pointer in
                session.apply(detected, to: pointer, base: TextPosition(), into: &output, spans: &spans, collect: true)
            }
            return output.count + spans.count
        }
    }

    /// Word analysis of fixed capitalized words, as name detection makes it for each distinct
    /// word of a line the first time it meets it (`WordAnalysis.analyze(_:rules:languages:)`,
    /// which `NameReading.analyze` calls on a miss of the detector's cache): the common-word
    /// flags, the name and place entries of the word, its stem before an apostrophe or a case
    /// suffix and its Russian nominatives, surname and patronymic shapes, and the evidence bits
    /// the context model reads. The analysis has no cache of its own, so every run analyses
    /// every word afresh.
    public struct NameWordAnalysis {
        private let rules: NameRules
        private let words: [(word: String, languages: TextLanguages)]

        /// Analyses of `words`, each one capitalized word as a segmenter would cut it, in a line
        /// of `language`: `en` is English, `ru` Russian, `az` and `tr` both Azerbaijani and
        /// Turkish (what a Turkic line's letters tell), anything else all four; with the name
        /// lists and rules of `engine`.
        public init(engine: RedactionEngine, words: [(word: String, language: String)]) {
            rules = engine.compiled.nameRules
            self.words = words.map { ($0.word, Self.languages(of: $0.language)) }
        }

        /// The languages a line of `code` may be in, as `TextLanguages.of(_:)` tells them.
        static func languages(of code: String) -> TextLanguages {
            switch code {
            case "en": return .english
            case "ru": return .russian
            case "az", "tr": return [.azerbaijani, .turkish]
            default: return .all
            }
        }

        /// Analyses every word once; returns the number of words read as a person's name (a
        /// listed name, or a surname or patronymic shape) plus the number read as a place.
        public func run() -> Int {
            var found = 0
            for (word, languages) in words {
                let analysis = WordAnalysis.analyze(word, rules: rules, languages: languages)
                if analysis.isName { found += 1 }
                if analysis.isPlace { found += 1 }
            }
            return found
        }
    }

    /// Name detection over a fixed text, as the scanner runs it after segmenting
    /// (`NameDetector.detect(_:tokens:finds:nameTokens:)`: every capitalized word analysed,
    /// the context model's reading, runs judged, places, organizations and addresses found),
    /// without the segmentation, the pattern rules and the word lists. The detector is made as
    /// the scanner makes it, with the engine's name rules and the embedded context model.
    public final class NameDetection {
        private let detector: NameDetector
        private let units: [UInt16]
        private let tokens: [WordToken]
        private var finds: [NameDetector.Find] = []
        private var nameTokens: [NameDetector.NameToken] = []

        /// A name detector for `text`, segmented once here as the scanner segments it (zero-width
        /// splits joined).
        /// - Precondition: `engine`'s rule set enables name detection (the default set does).
        public init(engine: RedactionEngine, text: String) {
            let compiled = engine.compiled
            guard let ruleIndices = compiled.nameRuleIndices else { preconditionFailure("the rule set has no name detection") }
            detector = NameDetector(rules: compiled.nameRules, personRule: ruleIndices.person, locationRule: ruleIndices.location,
                                    organizationRule: ruleIndices.organization, addressRule: ruleIndices.address)
            let units = Array(text.utf16)
            var tokens: [WordToken] = []
            units.withUnsafeBufferPointer { units in
                WordSegmenter().segment(units, into: &tokens)
                Scanner.joinZeroWidthSplits(&tokens, units: units)
            }
            self.units = units
            self.tokens = tokens
        }

        /// The number of word tokens of the text.
        public var tokenCount: Int { tokens.count }

        /// Empties the detector's cache of word analyses, so that the next run meets every word
        /// of the text as new, as a scanner does the first time it reads it. Not part of name
        /// detection; call it before each measured `run()`.
        public func reset() {
            detector.cache.removeAll()
        }

        /// Detects the text's names once (into buffers kept from the last run); returns the
        /// number of finds plus the number of capitalized words kept for linking.
        public func run() -> Int {
            finds.removeAll(keepingCapacity: true)
            nameTokens.removeAll(keepingCapacity: true)
            units.withUnsafeBufferPointer { units in
                detector.detect(units, tokens: tokens, finds: &finds, nameTokens: &nameTokens)
            }
            return finds.count + nameTokens.count
        }
    }

    /// The pattern rules of an engine's rule set over a fixed text, as the scanner runs them on
    /// every text (`Scanner.scan(_:namesOnly:)`: the text loaded as UTF-16, the windows around
    /// each trigger group's characters found, each rule's ICU matcher run in them, validators
    /// applied), without segmentation, word lists, cue rules and name detection.
    ///
    /// The scanner is one of a rule set holding only the engine's `pattern` rules, with name
    /// detection off: the same trigger groups and matchers as the engine's, since only pattern
    /// rules are grouped, and nothing else to run.
    public final class PatternRules {
        private let scanner: Scanner
        private let bytes: [UInt8]

        /// A scanner of `engine`'s pattern rules for `text`.
        public init(engine: RedactionEngine, text: String) {
            var spec = engine.compiled.spec
            spec.rules.removeAll { $0.kind != .pattern }
            // Name detection is on when the set has titles (`NameRules.isEnabled`).
            spec.lists = spec.lists.filter { $0.key != "names.titles" && !$0.key.hasPrefix("names.titles.") }
            // The engine's rules compiled once already: they compile again.
            let compiled = try! CompiledRuleSet(spec: spec)
            precondition(compiled.nameRuleIndices == nil && compiled.words.isEmpty, "more than pattern rules left")
            scanner = Scanner(rules: compiled)
            bytes = Array(text.utf8)
        }

        /// The number of pattern rules the scanner runs.
        public var ruleCount: Int { scanner.rules.rules.count }

        /// Runs every pattern rule over the text once; returns the number of candidate spans
        /// found (unresolved, so overlapping ones each count).
        public func run() -> Int {
            // A Swift String is always valid UTF-8: scanning cannot throw.
            bytes.withUnsafeBufferPointer { (try? scanner.scan($0))?.count ?? 0 }
        }
    }

    /// Stand-in choice for fixed people, places and organizations
    /// (`Pseudonymizer.replacement(for:rule:)` under the name detector's person, location and
    /// organization rules, with the engine's key and operators): the stand-in lists searched
    /// for a free entry the key picks, spellings and case forms fitted, each value's choice
    /// kept so no two share one. The lists, and what is worked out from them once per process,
    /// are made by the first run (a warm-up run) and shared by the later ones.
    public final class StandIns {
        private let engine: RedactionEngine
        private let dates: DateStandIn
        private let values: [(value: String, rule: CompiledRule)]
        private let foundKeys: Set<String>
        private var pseudonymizer: Pseudonymizer
        /// The stand-ins of the last run, in the order of the values.
        public private(set) var standIns: [String] = []

        /// Stand-ins for `people`, `places` and `organizations`, in that order.
        /// - Precondition: `engine`'s rule set enables name detection (the default set does).
        public init(engine: RedactionEngine, people: [String], places: [String], organizations: [String]) {
            let compiled = engine.compiled
            guard let ruleIndices = compiled.nameRuleIndices else { preconditionFailure("the rule set has no name detection") }
            self.engine = engine
            let rules = compiled.rules
            values = people.map { ($0, rules[ruleIndices.person]) } + places.map { ($0, rules[ruleIndices.location]) }
                + organizations.map { ($0, rules[ruleIndices.organization]) }
            // The session knows the words of the names it found, and no stand-in may be one of
            // them: these values are the names found.
            foundKeys = Set((people + places + organizations).flatMap { value in
                value.split(whereSeparator: { $0 == " " || $0 == "-" }).map { NameKey.phonetic($0) }
            })
            dates = DateStandIn(monthLists: compiled.monthLists, weekdayLists: compiled.weekdayLists, dayLists: compiled.dayLists)
            pseudonymizer = Self.makePseudonymizer(engine, dates: dates, foundKeys: foundKeys)
            standIns.reserveCapacity(values.count)
        }

        /// A pseudonymizer as a session makes one for each document (`RedactionSession`'s
        /// `makePseudonymizer`), whose names know `foundKeys` as found.
        private static func makePseudonymizer(_ engine: RedactionEngine, dates: DateStandIn, foundKeys: Set<String>) -> Pseudonymizer {
            let pseudonymizer = Pseudonymizer(
                key: engine.configuration.key, operators: engine.configuration.operators, dates: dates,
                nameRules: engine.compiled.nameRules, repertoire: engine.configuration.outputRepertoire,
                numberWords: engine.compiled.numberWords, scheme: engine.configuration.standInScheme)
            pseudonymizer.names.isFoundName = { foundKeys.contains($0) }
            return pseudonymizer
        }

        /// A new pseudonymizer, as for a new document: no stand-in chosen or cached, so the next
        /// run chooses every one again. Not part of stand-in choice; call it before each
        /// measured `run()`.
        public func reset() {
            pseudonymizer = Self.makePseudonymizer(engine, dates: dates, foundKeys: foundKeys)
        }

        /// Chooses the stand-in of every value once; returns the number of stand-ins that differ
        /// from their value plus their length in UTF-8 bytes.
        public func run() -> Int {
            standIns.removeAll(keepingCapacity: true)
            var result = 0
            for (value, rule) in values {
                let standIn = pseudonymizer.replacement(for: value, rule: rule)
                if standIn != value { result += 1 }
                result += standIn.utf8.count
                standIns.append(standIn)
            }
            return result
        }
    }
}
