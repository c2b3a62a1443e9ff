import RedactRules

/// Times each rule of a set, and each stage of detection, on texts a user gives: which rule of a
/// set makes the scan slow, before a newsroom runs it over years of archives.
///
/// It runs the engine's own scanner (one thread, the filter's blocks of whole lines) with a
/// profile of its stages and rules in it, so what it times is what the filter runs, rule by rule: a pattern
/// rule's searches in the windows its trigger characters open, a cue rule's search after each
/// cue word. Linking, stand-in choice and output are not part of a scan and are not timed here
/// (`redact bench` times whole runs). Times are wall-clock on a shared machine: compare rules
/// within one report, and two sets by two reports of the same texts, not figures across machines.
/// This is what `redact rules cost` prints.
public final class RuleCostProfiler {
    /// One rule's share of a scan.
    public struct RuleCost: Sendable, Hashable {
        /// The rule's id.
        public var id: String
        /// The label it reports its finds under.
        public var label: String
        /// `pattern` or `cue` (word-list rules are looked up in one table, in the `words` stage).
        public var kind: String
        /// Where the rule is written, `file:line`.
        public var location: String
        /// Seconds spent in the rule's searches.
        public var seconds: Double
        /// Seconds spent setting the rule up: its pattern compiled (a built-in pattern compiles
        /// on its first search, once per process), its matcher pointed at each text.
        public var setUpSeconds: Double
        /// How many searches ran (windows for a pattern rule, cue words for a cue rule).
        public var searches: Int
        /// UTF-16 units the searches covered (a window's length, or a cue's line after the cue).
        public var unitsSearched: Int
        /// Candidates the rule proposed (before overlaps are resolved).
        public var finds: Int
    }

    /// What the texts cost.
    public struct Report: Sendable {
        /// Blocks scanned.
        public var blocks: Int
        /// The blocks' UTF-8 bytes.
        public var bytes: Int
        /// Seconds per stage of a scan, in the order the stages run: `load`, `windows`,
        /// `patterns`, `segmentation`, `words`, `names`. The `patterns` stage holds the pattern
        /// rules' searches and set-up; the `words` stage the cue rules'.
        public var stages: [(name: String, seconds: Double)]
        /// Every rule that ran at least one search, dearest first.
        public var rules: [RuleCost]
        /// The stages' sum.
        public var seconds: Double { stages.reduce(0) { $0 + $1.seconds } }
    }

    private let engine: RedactionEngine
    private let scanner: Scanner
    private let profile: ScanProfile
    /// The most bytes of whole lines scanned at once, as the filter's blocks (64 KiB); a longer
    /// line is scanned whole.
    public var blockBytes = 64 * 1024

    /// A profiler for the rules `engine` was compiled with.
    public init(engine: RedactionEngine) {
        self.engine = engine
        scanner = Scanner(rules: engine.compiled)
        profile = ScanProfile(ruleCount: engine.compiled.rules.count)
        scanner.profile = profile
    }

    /// Scans `text` (UTF-8) in blocks of whole lines, adding to the report.
    /// - Throws: `InvalidUTF8` with the offset of the first bad byte in `text`.
    public func scan(_ text: [UInt8]) throws(InvalidUTF8) {
        var start = 0
        while start < text.count {
            var end = min(text.count, start + blockBytes)
            if end < text.count {
                // Cut after the last line feed in the block, or after the first one past it.
                if let lineEnd = text[start..<end].lastIndex(of: 10) {
                    end = lineEnd + 1
                } else {
                    end = (text[end...].firstIndex(of: 10)).map { $0 + 1 } ?? text.count
                }
            }
            do {
                _ = try text.withUnsafeBufferPointer { all throws(InvalidUTF8) in
                    try scanner.scan(UnsafeBufferPointer(rebasing: all[start..<end]))
                }
            } catch {
                throw InvalidUTF8(offset: start + error.offset)
            }
            start = end
        }
    }

    /// What the texts scanned so far cost.
    public func report() -> Report {
        let seconds = { (d: Duration) -> Double in
            Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        var rules: [RuleCost] = []
        for rule in engine.compiled.rules where profile.ruleSearches[rule.index] > 0 {
            rules.append(RuleCost(id: rule.id, label: rule.label, kind: rule.spec.kind.rawValue,
                                  location: rule.spec.location.description, seconds: seconds(profile.ruleTime[rule.index]),
                                  setUpSeconds: seconds(profile.ruleSetUpTime[rule.index]),
                                  searches: profile.ruleSearches[rule.index], unitsSearched: profile.ruleUnits[rule.index],
                                  finds: profile.ruleFinds[rule.index]))
        }
        rules.sort { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.id < $1.id }
        let stages = ScanProfile.Stage.allCases.map { stage in
            (name: "\(stage)", seconds: seconds(profile.stageTime[stage.rawValue]))
        }
        return Report(blocks: profile.texts, bytes: profile.bytes, stages: stages, rules: rules)
    }
}
