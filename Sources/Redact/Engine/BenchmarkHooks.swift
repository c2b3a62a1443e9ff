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
                    table.forEachEntry(startingWith: key) { _ in found += 1 }
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
}
