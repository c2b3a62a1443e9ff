/// Where a ``Scanner``'s time goes: per stage of a scan and per rule, in one thread.
///
/// Filled only when a scanner is given one (``RuleCostProfiler``, `redact rules cost`); a
/// scanner without one pays a nil test per text and per pattern search. A rule's time is the
/// wall time of its searches (pattern rules: each window its triggers opened; cue rules: the
/// search after each cue word), read from the monotonic clock around each search, so the
/// clock's own cost (tens of nanoseconds) is inside it: a rule searched in many small windows
/// looks a little dearer than it is. A rule's set-up is apart from its searches: a built-in
/// pattern compiled on its first search (see ``RegexPrototype``), a matcher made, and a matcher
/// pointed at each text the rule searches.
final class ScanProfile {
    /// The stages of one scan, in the order they run.
    enum Stage: Int, CaseIterable {
        /// UTF-8 validated and widened to UTF-16 units.
        case load
        /// Trigger characters found and the windows around them opened.
        case windows
        /// Pattern rules searched in their windows (the rules' own times add up to this).
        case patterns
        /// Word boundaries (the fast path, ICU behind it).
        case segmentation
        /// Words looked up in the word-list and cue tables, cue targets searched.
        case words
        /// Name detection (lists, name rules, the context model).
        case names
    }

    private let clock = ContinuousClock()
    private(set) var stageTime: [Duration]
    private(set) var ruleTime: [Duration]
    private(set) var ruleSetUpTime: [Duration]
    private(set) var ruleSearches: [Int]
    private(set) var ruleUnits: [Int]
    private(set) var ruleFinds: [Int]
    private(set) var texts = 0
    private(set) var bytes = 0

    init(ruleCount: Int) {
        stageTime = Array(repeating: .zero, count: Stage.allCases.count)
        ruleTime = Array(repeating: .zero, count: ruleCount)
        ruleSetUpTime = Array(repeating: .zero, count: ruleCount)
        ruleSearches = Array(repeating: 0, count: ruleCount)
        ruleUnits = Array(repeating: 0, count: ruleCount)
        ruleFinds = Array(repeating: 0, count: ruleCount)
    }

    func now() -> ContinuousClock.Instant { clock.now }

    /// Counts a text of `bytes` UTF-8 bytes and returns the instant its first stage starts.
    func start(bytes: Int) -> ContinuousClock.Instant {
        texts += 1
        self.bytes += bytes
        return clock.now
    }

    /// Adds the time since `since` to `stage` and moves `since` to now.
    func lap(_ stage: Stage, _ since: inout ContinuousClock.Instant?) {
        guard let start = since else { return }
        let end = clock.now
        stageTime[stage.rawValue] += start.duration(to: end)
        since = end
    }

    /// Rule `index`'s matcher made (its pattern compiled, the first time) or pointed at the
    /// text, from `since` until now.
    func ruleSetUp(_ index: Int, since: ContinuousClock.Instant) {
        ruleSetUpTime[index] += since.duration(to: clock.now)
    }

    /// One search of rule `index` that began at `since`, over `units` UTF-16 units, with
    /// `found` candidates.
    func ruleRan(_ index: Int, since: ContinuousClock.Instant, units: Int, found: Int) {
        ruleTime[index] += since.duration(to: clock.now)
        ruleSearches[index] += 1
        ruleUnits[index] += units
        ruleFinds[index] += found
    }
}
